package io.worktrackr.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.common.ProblemType;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Storage failures tell the truth: a full disk is 507 {@code storage-full}, anything else of the store's 503. */
class AttachmentStorageFailedTests {

    @Test
    void aFullDiskOrQuotaIs507StorageFull() {
        assertThat(AttachmentStorageFailed.of(new FileSystemException("/data/x: No space left on device"))
                        .type())
                .isEqualTo(ProblemType.STORAGE_FULL);
        assertThat(AttachmentStorageFailed.of(new IOException("write failed", new IOException("Disk quota exceeded")))
                        .type())
                .isEqualTo(ProblemType.STORAGE_FULL);
        assertThat(ProblemType.STORAGE_FULL.status()).isEqualTo(507);
    }

    @Test
    void aReadOnlyMissingOrUnreachableStorageIs503StorageUnavailable() {
        assertThat(AttachmentStorageFailed.of(new AccessDeniedException("/data/x"))
                        .type())
                .isEqualTo(ProblemType.STORAGE_UNAVAILABLE);
        assertThat(AttachmentStorageFailed.of(new FileSystemException("/data/x: Read-only file system"))
                        .type())
                .isEqualTo(ProblemType.STORAGE_UNAVAILABLE);
        assertThat(AttachmentStorageFailed.of(new NoSuchFileException("/data/x"))
                        .type())
                .isEqualTo(ProblemType.STORAGE_UNAVAILABLE);
        assertThat(AttachmentStorageFailed.of(new IOException("Could not store k in bucket b"))
                        .type())
                .isEqualTo(ProblemType.STORAGE_UNAVAILABLE);
        assertThat(ProblemType.STORAGE_UNAVAILABLE.status()).isEqualTo(503);
    }
}
