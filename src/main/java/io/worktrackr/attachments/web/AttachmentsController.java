package io.worktrackr.attachments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.attachments.Attachment;
import io.worktrackr.attachments.AttachmentManagement;
import io.worktrackr.attachments.AttachmentManagement.Upload;
import io.worktrackr.attachments.AttachmentQueries;
import io.worktrackr.attachments.AttachmentQueries.AttachmentDetails;
import io.worktrackr.attachments.AttachmentQueries.Download;
import io.worktrackr.attachments.internal.FileNames;
import io.worktrackr.common.ByteSizes;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.Person;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads ({@code multipart/form-data}, field {@code file}, optional {@code commentId}), lists and downloads.
 * A download is always {@code attachment} unless an inline preview is asked for and the bytes are a raster
 * image; {@code nosniff} and a sandboxing CSP keep a hostile file from running in the browser either way.
 */
@RestController
class AttachmentsController {

    record AttachmentResponse(
            UUID id,
            UUID ticketId,
            @Nullable UUID commentId,
            String filename,
            long size,
            String sha256,
            String contentType,
            boolean previewable,
            Person uploadedBy,
            Instant createdAt) {

        static AttachmentResponse of(AttachmentDetails a) {
            return new AttachmentResponse(
                    a.id(),
                    a.ticketId(),
                    a.commentId(),
                    a.filename(),
                    a.size(),
                    a.sha256(),
                    a.contentType(),
                    a.previewable(),
                    a.uploadedBy(),
                    a.createdAt());
        }
    }

    @Schema(name = "AttachmentList")
    record ListResponse(List<AttachmentResponse> items) {}

    record AttachmentLimitsResponse(
            @Schema(description = "the largest file accepted, in bytes")
            long maxFileSize,

            @Schema(description = "the same as people read it, e.g. \"25 MB\"")
            String maxFileSizeText,

            int maxFilesPerComment) {}

    private final AttachmentManagement management;
    private final AttachmentQueries queries;
    private final CurrentActor currentActor;

    AttachmentsController(AttachmentManagement management, AttachmentQueries queries, CurrentActor currentActor) {
        this.management = management;
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @Operation(operationId = "uploadAttachment", summary = "Attach a file to a ticket or one of its comments")
    @ApiResponse(responseCode = "201", description = "Stored.")
    @ApiResponse(
            responseCode = "413",
            description =
                    "The file is too large (`payload-too-large`, `maxFileSize`) or the comment has all the files it may carry (`too-many-attachments`, `maxFilesPerComment`); nothing was stored.")
    @PostMapping(path = "/api/tickets/{ticketId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentResponse> upload(
            @PathVariable UUID ticketId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) UUID commentId) {
        Actor actor = currentActor.get();
        Upload upload = file == null ? null : new Upload(file.getOriginalFilename(), file.getSize(), file);
        Attachment attachment = management.upload(actor, ticketId, commentId, upload);
        return ResponseEntity.created(URI.create("/api/attachments/" + attachment.id()))
                .body(AttachmentResponse.of(queries.details(attachment)));
    }

    @Operation(
            operationId = "getAttachmentLimits",
            summary = "The upload limits, so a client can refuse an oversize file before sending it")
    @GetMapping("/api/attachments/limits")
    AttachmentLimitsResponse limits() {
        currentActor.get(); // signed in, like every API call
        AttachmentManagement.Limits limits = management.limits();
        return new AttachmentLimitsResponse(
                limits.maxFileSize(), ByteSizes.human(limits.maxFileSize()), limits.maxFilesPerComment());
    }

    @Operation(operationId = "listAttachments", summary = "List a ticket's files, oldest first")
    @GetMapping("/api/tickets/{ticketId}/attachments")
    ListResponse list(@PathVariable UUID ticketId) {
        return new ListResponse(queries.list(currentActor.get(), ticketId).stream()
                .map(AttachmentResponse::of)
                .toList());
    }

    @Operation(operationId = "downloadAttachment", summary = "Download a file (inline=true: an image preview)")
    @ApiResponse(
            responseCode = "200",
            description = "The bytes, with the sniffed Content-Type and a Content-Disposition naming the file.",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/attachments/{id}")
    ResponseEntity<Resource> download(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean inline) {
        Download download = queries.open(currentActor.get(), id);
        Attachment attachment = download.attachment();
        boolean showInline = inline && attachment.previewable();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        FileNames.contentDisposition(showInline ? "inline" : "attachment", attachment.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.size())
                .body(new InputStreamResource(download.content()));
    }
}
