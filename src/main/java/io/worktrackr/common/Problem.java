package io.worktrackr.common;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;

/**
 * The RFC 9457 {@code application/problem+json} body every failure answers with, as the OpenAPI document
 * describes it (the platform writes Spring's {@code ProblemDetail}; this record is its contract). Extension members
 * beyond these belong to one problem type, see {@link ProblemType} and docs/api.md.
 */
@Schema(
        name = "Problem",
        description = "RFC 9457 problem. Decide by `type` (`https://worktrackr.io/problems/<slug>`, the slugs are "
                + "listed in docs/api.md); `title` and `detail` are texts for people.")
public record Problem(
        @Schema(example = "https://worktrackr.io/problems/invalid-input")
        URI type,

        @Schema(example = "Invalid input") String title,
        @Schema(example = "422") int status,
        @Schema(example = "title: must not be blank") String detail,

        @Schema(description = "the request path", format = "uri-reference", example = "/api/tickets")
        URI instance,

        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "what is wrong, field by field")
        List<FieldError> errors,

        @Schema(
                requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                description = "5xx only: the id under which the failure is logged")
        String errorId,

        @Schema(
                requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                description = "`payload-too-large` of an upload: the largest file accepted, in bytes")
        Long maxFileSize,

        @Schema(
                requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                description = "`too-many-attachments`: how many files a comment may carry")
        Integer maxFilesPerComment,

        @Schema(
                requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                description = "`too-many-sign-in-attempts`: when to try again")
        Long retryAfterSeconds) {}
