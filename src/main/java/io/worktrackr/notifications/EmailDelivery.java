package io.worktrackr.notifications;

import io.worktrackr.common.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** Whether and how a kind of notification is e-mailed: not at all, at once, or in the daily digest. */
public enum EmailDelivery {
    OFF,
    IMMEDIATELY,
    DAILY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EmailDelivery parse(String field, String value) {
        return Arrays.stream(values())
                .filter(e -> e.code().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of off, immediately, daily"));
    }
}
