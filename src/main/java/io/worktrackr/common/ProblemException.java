package io.worktrackr.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client caused or must know about. Carries everything the platform needs to answer with
 * an RFC 9457 problem: HTTP status, a stable type slug, a human title and detail, field errors and extra
 * properties. Subclasses name what happened.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    protected ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    protected ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public int status() {
        return status;
    }

    /** Stable slug, becomes {@code https://worktrackr.io/problems/<type>}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** Adds an extra member to the problem answer (RFC 9457 extension member). */
    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }
}
