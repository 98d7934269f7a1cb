package io.worktrackr.sla;

import io.worktrackr.common.TransactionScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The clocks a request's change just wrote, kept for that request's own answer.
 *
 * <p>Every status change answers with the ticket and its SLA, and the answer read back the clocks the change had
 * written a moment before (plus the settings' version): two statements more on the hottest write. A change's clocks
 * are handed over here instead, and become visible to the answer only once the change's transaction committed (a
 * rolled-back change leaves nothing) and only within the same request (a request attribute: nothing outlives the
 * request, crosses threads or is shared between nodes). The answer then shows exactly what its change committed —
 * the same version as the ticket it answers with, even if another change of the ticket committed since.
 */
@Component
class AnsweredClocks {

    /** A ticket's clocks as its change wrote them, and the settings they were worked out with (null: not asked). */
    record Written(List<SlaClock> clocks, SlaSettings.@Nullable Snapshot settings) {}

    private static final String ATTRIBUTE = AnsweredClocks.class.getName();

    /** Called in the change's transaction: the clocks become the answer's once it commits. */
    void remember(UUID ticketId, List<SlaClock> clocks, SlaSettings.@Nullable Snapshot settings) {
        if (RequestContextHolder.getRequestAttributes() == null) {
            return; // not answering a request (a reaction, a job): nobody to hand the clocks to
        }
        Map<UUID, Written> pending = TransactionScoped.get(
                this,
                HashMap::new,
                written -> Objects.requireNonNull(committed(true)).putAll(written));
        if (pending != null) {
            pending.put(ticketId, new Written(List.copyOf(clocks), settings));
        }
    }

    /** The clocks this request's committed change wrote for the ticket, if it wrote any. */
    @Nullable Written recall(UUID ticketId) {
        Map<UUID, Written> committed = committed(false);
        return committed == null ? null : committed.get(ticketId);
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Map<UUID, Written> committed(boolean create) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Map<UUID, Written> committed =
                (Map<UUID, Written>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (committed == null && create) {
            committed = new HashMap<>();
            request.setAttribute(ATTRIBUTE, committed, RequestAttributes.SCOPE_REQUEST);
        }
        return committed;
    }
}
