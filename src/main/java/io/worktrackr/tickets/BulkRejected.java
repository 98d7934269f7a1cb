package io.worktrackr.tickets;

import io.worktrackr.common.FieldError;
import io.worktrackr.common.ProblemException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A bulk update in which at least one item failed: nothing was changed. Lists every failing item. */
public class BulkRejected extends ProblemException {

    /** {@code staleTicketId} is set when the item failed because the ticket changed meanwhile. */
    public record FailedItem(
            int index,
            UUID id,
            List<FieldError> errors,
            @Nullable UUID staleTicketId) {}

    private final List<FailedItem> items;

    public BulkRejected(List<FailedItem> items, int total) {
        super(
                422,
                "bulk-rejected",
                "Bulk update rejected",
                items.size() + " of " + total + " items cannot be applied, so none was. Nothing changed.");
        this.items = List.copyOf(items);
    }

    public List<FailedItem> items() {
        return items;
    }
}
