package io.worktrackr.tickets;

import io.worktrackr.common.FieldError;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A bulk update in which at least one item failed: nothing was changed. Lists every failing item. */
public class BulkRejected extends RuntimeException {

    /** {@code staleTicketId} is set when the item failed because the ticket changed meanwhile. */
    public record FailedItem(
            int index,
            UUID id,
            List<FieldError> errors,
            @Nullable UUID staleTicketId) {}

    private final List<FailedItem> failures;
    private final int total;

    public BulkRejected(List<FailedItem> failures, int total) {
        super(failures.size() + " of " + total + " items cannot be applied, so none was. Nothing changed.");
        this.failures = List.copyOf(failures);
        this.total = total;
    }

    public List<FailedItem> failures() {
        return failures;
    }

    /** How many items the bulk update had. */
    public int total() {
        return total;
    }
}
