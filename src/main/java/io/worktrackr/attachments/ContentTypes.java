package io.worktrackr.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its bytes alone (Tika's magic numbers): neither the client's Content-Type nor the file
 * name is believed. Only raster images sniffed as such may be shown inline; SVG and HTML never are.
 */
final class ContentTypes {

    static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();

    private ContentTypes() {}

    /** Reads the first bytes of a stream that supports mark/reset, and puts them back. */
    static String detect(InputStream markable) throws IOException {
        if (!markable.markSupported()) {
            throw new IllegalArgumentException("detection needs a stream with mark/reset");
        }
        return DETECTOR.detect(markable, new Metadata()).getBaseType().toString();
    }

    static boolean inline(String contentType) {
        return INLINE.contains(contentType);
    }
}
