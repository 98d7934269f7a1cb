package io.worktrackr.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client caused or must know about, answered as the RFC 9457 problem of its {@link ProblemType}
 * (which holds the slug, HTTP status and title) with this exception's message as {@code detail}, its field
 * errors and extra members. Subclasses name what happened; exceptions that need more than this carry their data
 * and are mapped by their module's web layer instead.
 */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    protected ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    protected ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemType type() {
        return type;
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
