package io.worktrackr.identity;

import io.worktrackr.common.InvalidInput;
import java.time.ZoneId;

/** Time zones are IANA region ids ("Europe/Berlin", "UTC"); offsets and abbreviations are refused. */
final class TimeZones {

    private TimeZones() {}

    static String require(String field, String value) {
        String zone = value.trim();
        if (!zone.equals("UTC") && !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidInput(field, "must be an IANA time zone such as Europe/Berlin or UTC");
        }
        return zone;
    }
}
