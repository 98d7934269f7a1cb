package io.worktrackr.attachments;

import io.worktrackr.attachments.internal.FileNames;
import io.worktrackr.common.Conflict;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.ProblemType;
import io.worktrackr.identity.Actor;
import io.worktrackr.tickets.TicketAccess;
import io.worktrackr.tickets.TicketAccess.TicketRef;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads. The limits are checked before a byte is stored; the file is then streamed once from the request
 * into the store, sniffed and hashed on the way (no transaction is held meanwhile); finally the record and
 * its activity entry are written in one transaction. If that fails the stored bytes are removed again, so
 * a refused upload leaves nothing behind.
 */
@Service
public class AttachmentManagement {

    /** An uploaded file as the web layer hands it over: its name as sent, its size and its bytes. */
    public record Upload(@Nullable String filename, long size, InputStreamSource content) {}

    /** What an upload may be: the largest file and how many files one comment may carry. */
    public record Limits(long maxFileSize, int maxFilesPerComment) {}

    /** The limits uploads are held to, so that a client can refuse an oversize file before sending it. */
    public Limits limits() {
        return new Limits(properties.maxFileSize().toBytes(), properties.maxFilesPerComment());
    }

    private static final Logger log = LoggerFactory.getLogger(AttachmentManagement.class);
    private static final int SLOT_ATTEMPTS = 3;

    private record Stored(String contentType, long size, String sha256) {}

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final AttachmentProperties properties;
    private final TicketAccess access;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AttachmentManagement(
            AttachmentRepository attachments,
            AttachmentStore store,
            AttachmentProperties properties,
            TicketAccess access,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.attachments = attachments;
        this.store = store;
        this.properties = properties;
        this.access = access;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Stores a file on a ticket, or on one of its comments when {@code commentId} is given. */
    public Attachment upload(Actor actor, UUID ticketId, @Nullable UUID commentId, @Nullable Upload upload) {
        TicketRef ticket = access.require(actor, ticketId);
        if (upload == null) {
            throw new InvalidInput("file", "is required: send the file as the multipart field \"file\"");
        }
        long maxSize = properties.maxFileSize().toBytes();
        if (upload.size() > maxSize) {
            throw new AttachmentTooLarge(maxSize);
        }
        if (commentId != null
                && attachments.countForComment(ticket.organisationId(), commentId) >= properties.maxFilesPerComment()) {
            throw new TooManyAttachments(properties.maxFilesPerComment());
        }
        UUID id = UUID.randomUUID();
        String key = ticket.organisationId() + "/" + id;
        Stored stored = store(key, upload, maxSize);
        Attachment attachment = new Attachment(
                id,
                ticket.organisationId(),
                ticket.id(),
                commentId,
                actor.userId(),
                FileNames.sanitise(upload.filename()),
                stored.contentType(),
                stored.size(),
                stored.sha256(),
                key,
                clock.instant());
        try {
            record(actor, attachment);
            return attachment;
        } catch (RuntimeException e) {
            deleteQuietly(key);
            throw e;
        }
    }

    private Stored store(String key, Upload upload, long maxSize) {
        MessageDigest sha256 = sha256();
        LimitedInputStream counted = null;
        try (InputStream in = new BufferedInputStream(upload.content().getInputStream(), 64 * 1024)) {
            String contentType = ContentTypes.detect(in);
            counted = new LimitedInputStream(new DigestInputStream(in, sha256), maxSize);
            store.put(key, counted, upload.size());
            if (counted.count != upload.size()) {
                throw new IOException("Read " + counted.count + " bytes of an upload of " + upload.size());
            }
            return new Stored(contentType, counted.count, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(key);
            if (counted != null && counted.exceeded) {
                throw new AttachmentTooLarge(maxSize);
            }
            if (e instanceof IOException io && !isClientSide(io, counted, upload)) {
                throw AttachmentStorageFailed.of(io);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The upload itself broke off (fewer bytes arrived than announced): not the storage's fault. */
    private static boolean isClientSide(IOException failure, @Nullable LimitedInputStream counted, Upload upload) {
        return counted != null
                && counted.count < upload.size()
                && !AttachmentStorageFailed.isFull(failure)
                && failure.getMessage() != null
                && failure.getMessage().startsWith("Read ");
    }

    /**
     * Writes the record in its own transaction. A comment's files take numbered slots (unique per comment), so
     * two uploads racing for the last free slot cannot both succeed; the loser takes the next or is refused.
     */
    private void record(Actor actor, Attachment attachment) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> {
                    Integer slot = null;
                    if (attachment.commentId() != null) {
                        int taken = attachments.countForComment(attachment.organisationId(), attachment.commentId());
                        if (taken >= properties.maxFilesPerComment()) {
                            throw new TooManyAttachments(properties.maxFilesPerComment());
                        }
                        slot = taken + 1;
                    }
                    attachments.insert(attachment, slot);
                    events.publishEvent(new AttachmentAdded(
                            attachment.id(),
                            attachment.ticketId(),
                            attachment.organisationId(),
                            attachment.commentId(),
                            actor.userId(),
                            attachment.createdAt()));
                });
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == SLOT_ATTEMPTS) {
                    throw new Conflict(
                            ProblemType.CONFLICT,
                            "Other files were being added to this comment at the same moment. Try again.");
                }
            } catch (DataIntegrityViolationException e) {
                // the composite foreign key: the comment is not one of this ticket's (or does not exist)
                throw new InvalidInput("commentId", "is not a comment of this ticket");
            }
        }
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove the bytes of a refused upload ({}); they are orphaned", key, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what passes through and stops with an error past the limit (a second guard behind the size check). */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        long count;
        boolean exceeded;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void add(int n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("upload larger than " + limit + " bytes");
            }
        }
    }
}
