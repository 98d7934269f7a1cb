package io.worktrackr.identity;

import org.jspecify.annotations.Nullable;

/** A short, human description of a client from its User-Agent: "Firefox on Linux", "curl". */
public final class Devices {

    private Devices() {}

    public static String describe(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown device";
        }
        String ua = userAgent;
        String browser = ua.contains("Edg/")
                ? "Edge"
                : ua.contains("OPR/")
                        ? "Opera"
                        : ua.contains("Firefox/")
                                ? "Firefox"
                                : ua.contains("Chrome/") || ua.contains("Chromium/")
                                        ? "Chrome"
                                        : ua.contains("Safari/") ? "Safari" : null;
        String os = ua.contains("Android")
                ? "Android"
                : ua.contains("iPhone") || ua.contains("iPad")
                        ? "iOS"
                        : ua.contains("Windows")
                                ? "Windows"
                                : ua.contains("Mac OS X") || ua.contains("Macintosh")
                                        ? "macOS"
                                        : ua.contains("CrOS") ? "ChromeOS" : ua.contains("Linux") ? "Linux" : null;
        if (browser != null) {
            return os == null ? browser : browser + " on " + os;
        }
        String product = ua.split("[\\s;(]", 2)[0];
        String name = product.contains("/") ? product.substring(0, product.indexOf('/')) : product;
        name = name.replaceAll("\\p{Cc}", "");
        return name.isBlank() ? "Unknown device" : name.length() > 60 ? name.substring(0, 60) : name;
    }
}
