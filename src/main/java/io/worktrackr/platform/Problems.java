package io.worktrackr.platform;

import io.worktrackr.common.ProblemException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problems with stable type URIs. */
final class Problems {

    static final String TYPE_BASE = "https://worktrackr.io/problems/";

    private Problems() {}

    static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    static ProblemDetail of(ProblemException e) {
        ProblemDetail problem = of(HttpStatus.valueOf(e.status()), e.type(), e.title(), e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        e.properties().forEach(problem::setProperty);
        return problem;
    }
}
