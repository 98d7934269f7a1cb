package io.worktrackr.attachments;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import javax.imageio.ImageIO;

/** Real files for upload tests, made on the spot. */
final class Samples {

    private Samples() {}

    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A minimal lossless WebP header (RIFF container, "WEBP", a VP8L chunk): enough to be sniffed as WebP. */
    static byte[] webp() {
        byte[] bytes = new byte[] {
            'R',
            'I',
            'F',
            'F',
            26,
            0,
            0,
            0,
            'W',
            'E',
            'B',
            'P',
            'V',
            'P',
            '8',
            'L',
            13,
            0,
            0,
            0,
            0x2f,
            0,
            0,
            0,
            0x10,
            0x07,
            0x10,
            0x11,
            0x11,
            (byte) 0x88,
            (byte) 0x88,
            (byte) 0xfe,
            0x07,
            0
        };
        return bytes;
    }

    static byte[] html() {
        return "<!DOCTYPE html>\n<html><head><title>cat</title></head><body><script>window.xss=1</script></body></html>\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] svg() {
        return "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                .concat("<script>window.xss=1</script><rect width=\"10\" height=\"10\"/></svg>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
