package io.worktrackr.attachments;

import io.worktrackr.common.NotFound;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Person;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.tickets.TicketAccess;
import io.worktrackr.tickets.TicketAccess.TicketRef;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and opens attachments, each time through the ticket's own access check. */
@Service
@Transactional(readOnly = true)
public class AttachmentQueries {

    /** An attachment as people see it: what it is, and who uploaded it by name. */
    public record AttachmentDetails(
            UUID id,
            UUID ticketId,
            @Nullable UUID commentId,
            String filename,
            long size,
            String sha256,
            String contentType,
            boolean previewable,
            Person uploadedBy,
            Instant createdAt) {}

    /** A file and its bytes, opened for reading; the caller closes the stream. */
    public record Download(Attachment attachment, InputStream content) {}

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final TicketAccess access;
    private final UserDirectory users;

    AttachmentQueries(
            AttachmentRepository attachments, AttachmentStore store, TicketAccess access, UserDirectory users) {
        this.attachments = attachments;
        this.store = store;
        this.access = access;
        this.users = users;
    }

    public List<AttachmentDetails> list(Actor actor, UUID ticketId) {
        TicketRef ticket = access.require(actor, ticketId);
        return details(attachments.list(ticket.organisationId(), ticket.id()));
    }

    public AttachmentDetails details(Attachment attachment) {
        return details(List.of(attachment)).get(0);
    }

    /** The file and its bytes; another organisation's is not found, exactly like its ticket. */
    public Download open(Actor actor, UUID attachmentId) {
        Attachment attachment = attachments
                .find(actor.organisationId(), attachmentId)
                .orElseThrow(() -> new NotFound("Attachment " + attachmentId));
        access.require(actor, attachment.ticketId());
        try {
            return new Download(attachment, store.open(attachment.storageKey()));
        } catch (IOException e) {
            // the record exists but its bytes cannot be read (gone, or the storage is away)
            throw AttachmentStorageFailed.of(e);
        }
    }

    private List<AttachmentDetails> details(List<Attachment> list) {
        Map<UUID, Person> people =
                users.people(list.stream().map(Attachment::uploadedBy).toList());
        return list.stream()
                .map(a -> new AttachmentDetails(
                        a.id(),
                        a.ticketId(),
                        a.commentId(),
                        a.filename(),
                        a.size(),
                        a.sha256(),
                        a.contentType(),
                        a.previewable(),
                        people.get(a.uploadedBy()),
                        a.createdAt()))
                .toList();
    }
}
