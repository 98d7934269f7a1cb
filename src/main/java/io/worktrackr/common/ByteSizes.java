package io.worktrackr.common;

import java.util.Locale;

/** Sizes in the words people read: "25 MB", "1.5 MB", "512 bytes" (binary units, as the limits are configured). */
public final class ByteSizes {

    private static final String[] UNITS = {"bytes", "kB", "MB", "GB", "TB"};

    private ByteSizes() {}

    /** {@code 26214400} → "25 MB"; whole numbers without decimals, otherwise one decimal. */
    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number =
                value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + UNITS[unit];
    }
}
