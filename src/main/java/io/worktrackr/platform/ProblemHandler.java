package io.worktrackr.platform;

import io.worktrackr.common.FieldError;
import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;
import jakarta.servlet.MultipartConfigElement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where failures become RFC 9457 {@code application/problem+json} answers. Titles are for
 * people, types are stable URIs, field errors name the field. Unexpected failures answer 500 with an
 * {@code errorId} that is also in the log; no stack trace reaches the client.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** Tomcat does not say which limit an upload broke; the configured per-file limit is the one that matters. */
    private final long maxFileSize;

    private final DatabaseOutageLog outageLog;

    ProblemHandler(MultipartConfigElement multipart, DatabaseOutageLog outageLog) {
        this.maxFileSize = multipart.getMaxFileSize();
        this.outageLog = outageLog;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException e, WebRequest request) {
        return respond(Problems.of(e), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            // /api/tickets/not-a-uuid names nothing that exists: the same answer as any unknown id
            return respond(Problems.of(ProblemType.NOT_FOUND, "Nothing was found at this address."), request);
        }
        return invalid(List.of(new FieldError(e.getName(), "is not a valid value")), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException e, WebRequest request) {
        if (e.getMostSpecificCause() instanceof java.sql.SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22")) {
            // SQL "data exception" (a value the column cannot hold): the input is wrong, nothing clashed
            log.info("Rejected a value the database cannot store: {}", sql.getMessage());
            return respond(
                    Problems.of(
                            ProblemType.INVALID_INPUT,
                            "A value in the request cannot be stored (for example a NUL character or an out-of-range number)."),
                    request);
        }
        log.info(
                "Rejected a write that broke a database constraint: {}",
                e.getMostSpecificCause().getMessage());
        return respond(
                Problems.of(
                        ProblemType.CONFLICT,
                        "The change clashes with the current data (perhaps someone made the same change just now). Reload and try again."),
                request);
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<Object> handleLockFailure(PessimisticLockingFailureException e, WebRequest request) {
        return respond(
                Problems.of(
                        ProblemType.CONFLICT, "Someone else was changing the same data at the same moment. Try again."),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception e, WebRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            outageLog.refused(e);
            ResponseEntity<Object> answer =
                    respond(Problems.of(ProblemType.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL), request);
            return ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                    .body(answer.getBody());
        }
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected failure, errorId={}", errorId, e);
        ProblemDetail problem = Problems.of(
                ProblemType.INTERNAL_ERROR,
                "The server failed to handle this request. Quote error id " + errorId + " when reporting it.");
        problem.setProperty("errorId", errorId);
        return respond(problem, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .collect(Collectors.toList());
        return invalid(errors, request);
    }

    /** An upload over the multipart limit, refused while it arrives: nothing of it is kept. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (partHeadersTooLarge(e)) {
            // a tiny file with a very long name: the part's headers are over the container's limit, not the file
            return invalid(List.of(new FieldError("file", "has a file name that is too long")), request);
        }
        long limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : maxFileSize;
        ProblemDetail problem = Problems.of(
                ProblemType.FILE_TOO_LARGE,
                "A file may be at most " + io.worktrackr.common.ByteSizes.human(limit) + "; nothing was stored.");
        problem.setProperty("maxFileSize", limit);
        return respond(problem, request);
    }

    /** Tomcat's "part header size exceeded" / "header section has more than … bytes", anywhere in the causes. */
    private static boolean partHeadersTooLarge(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("header")) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a problem raised while the body was read (over the size limit while streaming in) wins, however deep the
        // JSON reader wrapped it: Jackson reports it as a mapping failure of the field it was reading
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return handleProblem(problem, request);
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return invalid(List.of(new FieldError(path(unknown), "is not a known field")), request);
            }
            if (cause instanceof InvalidFormatException format) {
                return invalid(List.of(new FieldError(path(format), "has the wrong format or type")), request);
            }
            if (cause instanceof DatabindException binding && !(cause instanceof StreamReadException)) {
                String message = missingPrimitive(binding) ? "is required" : "has the wrong type";
                return invalid(List.of(new FieldError(path(binding), message)), request);
            }
            if (cause instanceof StreamReadException read && duplicateField(read) != null) {
                return invalid(List.of(new FieldError(duplicateField(read), "is given more than once")), request);
            }
        }
        return respond(
                Problems.of(ProblemType.MALFORMED_JSON, "The request body is missing or is not valid JSON."), request);
    }

    /**
     * A boolean or number left out or sent as null: Jackson 3 refuses it (FAIL_ON_NULL_FOR_PRIMITIVES) with the same
     * exception type as a wrong type, and "has the wrong type" for a field nobody sent sent people looking for a typo.
     */
    private static boolean missingPrimitive(DatabindException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith("Cannot map `null` into type");
    }

    private static final java.util.regex.Pattern DUPLICATE =
            java.util.regex.Pattern.compile("^Duplicate (?:Object property|field) \"([^\"]*)\"");

    /** The property a body names twice (StrictJsonConfiguration turns the parser's duplicate detection on). */
    private static @org.jspecify.annotations.Nullable String duplicateField(StreamReadException e) {
        java.util.regex.Matcher matcher = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        return matcher.find() ? matcher.group(1) : null;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Spring's own exceptions (405, 415, 404 for no handler …) get a type URI of ours too
        // (Spring 7 leaves the type unset rather than about:blank)
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(ProblemType.forHttpStatus(statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors, WebRequest request) {
        return handleProblem(new io.worktrackr.common.InvalidInput(errors), request);
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, WebRequest request) {
        if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet) {
            problem.setInstance(java.net.URI.create(servlet.getRequest().getRequestURI()));
        }
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
