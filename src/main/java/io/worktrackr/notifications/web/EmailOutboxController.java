package io.worktrackr.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.notifications.EmailOutbox;
import io.worktrackr.notifications.OutboxEmail;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's notification e-mails for admins: {@code GET /api/admin/email-outbox?status=failed} (with
 * whether this install sends e-mail at all), and per e-mail "retry now" and "discard".
 */
@RestController
class EmailOutboxController {

    record EmailOutboxResponse(
            List<OutboxEmail> items,

            @Schema(description = "whether the e-mails listed can go out at all on this install")
            OutboxDeliveryResponse delivery) {}

    /** Whether an SMTP server is configured; never which one, nor its credentials. */
    record OutboxDeliveryResponse(
            @Schema(
                    description = "false without `WORKTRACKR_SMTP_HOST`: nothing is sent, every e-mail waits in"
                            + " the outbox (retrying changes nothing until a server is configured)")
            boolean smtpConfigured) {}

    private final EmailOutbox outbox;
    private final CurrentActor currentActor;

    EmailOutboxController(EmailOutbox outbox, CurrentActor currentActor) {
        this.outbox = outbox;
        this.currentActor = currentActor;
    }

    @Operation(
            operationId = "listEmailOutbox",
            summary = "The organisation's notification e-mails, newest first: waiting, sent, given up (admin)")
    @GetMapping("/api/admin/email-outbox")
    EmailOutboxResponse list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Integer limit) {
        var actor = currentActor.get();
        return new EmailOutboxResponse(
                outbox.list(actor, status, limit), new OutboxDeliveryResponse(outbox.smtpConfigured(actor)));
    }

    @Operation(
            operationId = "retryOutboxEmail",
            summary = "Make a waiting or given-up e-mail due now; the sender tries it within seconds (admin). "
                    + "409 email-not-waiting when it is sent, cancelled or being sent")
    @PostMapping("/api/admin/email-outbox/{id}/retry")
    OutboxEmail retry(@PathVariable UUID id) {
        return outbox.retry(currentActor.get(), id);
    }

    @Operation(
            operationId = "discardOutboxEmail",
            summary = "Give up a waiting or failed e-mail for good: cancelled, never sent (admin). "
                    + "409 email-not-waiting when it is sent, cancelled or being sent")
    @PostMapping("/api/admin/email-outbox/{id}/discard")
    OutboxEmail discard(@PathVariable UUID id) {
        return outbox.discard(currentActor.get(), id);
    }
}
