package io.worktrackr.platform;

import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problems from the {@link ProblemType} catalogue. */
final class Problems {

    private Problems() {}

    static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(type.status()), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    static ProblemDetail of(ProblemException e) {
        ProblemDetail problem = of(e.type(), e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        e.properties().forEach(problem::setProperty);
        return problem;
    }
}
