package io.worktrackr.attachments;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code worktrackr.attachments.*}: where files are stored and how large and how many they may be.
 * The defaults here are the only ones (application.yml does not repeat them for these limits); the servlet
 * container's per-file limit follows {@code max-file-size} (see {@link AttachmentStorageConfiguration}).
 *
 * @param store              {@code filesystem} (one node; default) or {@code s3} (several nodes)
 * @param directory          the file system store's root
 * @param maxFileSize        the largest file accepted; larger uploads answer 413 and store nothing
 * @param maxFilesPerComment how many files one comment may carry; the next upload answers 413
 * @param s3                 the S3-compatible store: endpoint (unset = AWS), region, bucket, path-style
 *                           addressing, and credentials (unset = the AWS default chain; set them from the
 *                           environment: application.yml maps WORKTRACKR_ATTACHMENTS_S3_* onto these)
 */
@ConfigurationProperties("worktrackr.attachments")
record AttachmentProperties(
        @DefaultValue("filesystem") Store store,
        @DefaultValue("./data/attachments") Path directory,
        @DefaultValue("25MB") DataSize maxFileSize,
        @DefaultValue("20") int maxFilesPerComment,
        @DefaultValue S3 s3) {

    enum Store {
        FILESYSTEM,
        S3
    }

    record S3(
            URI endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            @DefaultValue("") String prefix,
            @DefaultValue("false") boolean pathStyle,
            String accessKey,
            String secretKey) {}
}
