package io.worktrackr.attachments;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment bytes live, by key. Implementations stream: they never hold a whole file in memory.
 * Chosen by {@code worktrackr.attachments.store}: {@link FileSystemAttachmentStore} or {@link S3AttachmentStore}.
 */
interface AttachmentStore {

    /** Stores exactly {@code length} bytes read from {@code content} under {@code key}; all or nothing. */
    void put(String key, InputStream content, long length) throws IOException;

    /** The stored bytes; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes the bytes if they are there. */
    void delete(String key) throws IOException;
}
