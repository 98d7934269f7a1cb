package io.worktrackr.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.worktrackr.activity.ActivityVerification;
import io.worktrackr.activity.ActivityVerification.Verification;
import io.worktrackr.identity.CurrentActor;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET the verification of the organisation's trail: every hash chain and the latest checkpoint (admins). */
@RestController
class ActivityVerificationController {

    /** The latest checkpoint: when, its Merkle-style root (keep it elsewhere to compare later) and how many heads. */
    record ActivityCheckpointResponse(Instant at, String root, long tickets) {}

    /**
     * The first broken link. {@code reason}: content-changed, link-broken, entry-missing, trail-missing,
     * head-changed or checkpoint-altered; {@code entryId} is null when the entry is gone, {@code ticketId} null for
     * checkpoint-altered.
     */
    record ActivityBrokenLinkResponse(
            @Nullable UUID ticketId, @Nullable UUID entryId, String reason) {}

    /**
     * {@code ok} when every chain recomputes and the latest checkpoint's heads are all still there; {@code tickets}
     * and {@code entries} checked; {@code entriesBeforeChain} entries older than the chain (not covered).
     */
    record ActivityVerificationResponse(
            boolean ok,
            long tickets,
            long entries,
            long entriesBeforeChain,
            @Nullable ActivityCheckpointResponse checkpoint,
            @Nullable ActivityBrokenLinkResponse firstBreak) {

        static ActivityVerificationResponse of(Verification v) {
            return new ActivityVerificationResponse(
                    v.ok(),
                    v.tickets(),
                    v.entries(),
                    v.entriesBeforeChain(),
                    v.checkpoint() == null
                            ? null
                            : new ActivityCheckpointResponse(
                                    v.checkpoint().at(),
                                    v.checkpoint().root(),
                                    v.checkpoint().tickets()),
                    v.firstBreak() == null
                            ? null
                            : new ActivityBrokenLinkResponse(
                                    v.firstBreak().ticketId(),
                                    v.firstBreak().entryId(),
                                    v.firstBreak()
                                            .reason()
                                            .name()
                                            .toLowerCase(Locale.ROOT)
                                            .replace('_', '-')));
        }
    }

    private final ActivityVerification verification;
    private final CurrentActor currentActor;

    ActivityVerificationController(ActivityVerification verification, CurrentActor currentActor) {
        this.verification = verification;
        this.currentActor = currentActor;
    }

    @Operation(
            operationId = "verifyActivity",
            summary = "Recompute the organisation's activity hash chains and check the latest checkpoint (admins)")
    @GetMapping("/api/activity/verify")
    ActivityVerificationResponse verify() {
        return ActivityVerificationResponse.of(verification.verify(currentActor.get()));
    }
}
