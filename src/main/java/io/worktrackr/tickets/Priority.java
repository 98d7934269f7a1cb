package io.worktrackr.tickets;

import io.worktrackr.common.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How urgent a ticket is, lowest first. */
public enum Priority {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    URGENT("Urgent");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Priority fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public static Priority parse(String field, String value) {
        return Arrays.stream(values())
                .filter(p -> p.code().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(
                        field,
                        "must be one of "
                                + Arrays.stream(values()).map(Priority::code).collect(Collectors.joining(", "))));
    }
}
