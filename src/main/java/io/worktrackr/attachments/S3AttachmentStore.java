package io.worktrackr.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Objects in one bucket of an S3-compatible store (AWS S3, MinIO, Ceph, …), for deployments with several
 * server nodes. Uploads stream with their known length; downloads stream from the object.
 */
final class S3AttachmentStore implements AttachmentStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3AttachmentStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    static S3AttachmentStore from(AttachmentProperties.S3 config) {
        if (config.bucket() == null || config.bucket().isBlank()) {
            throw new IllegalStateException(
                    "worktrackr.attachments.s3.bucket must be set when worktrackr.attachments.store=s3");
        }
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                .credentialsProvider(credentials(config))
                // only the checksums S3 requires: many S3-compatible servers reject the newer default trailers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        URI endpoint = config.endpoint();
        if (endpoint != null && !endpoint.toString().isBlank()) {
            builder.endpointOverride(endpoint);
        }
        return new S3AttachmentStore(builder.build(), config.bucket(), config.prefix());
    }

    private static AwsCredentialsProvider credentials(AttachmentProperties.S3 config) {
        if (config.accessKey() != null && !config.accessKey().isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void put(String key, InputStream content, long length) throws IOException {
        try {
            s3.putObject(
                    b -> b.bucket(bucket).key(prefix + key).contentLength(length),
                    RequestBody.fromInputStream(content, length));
        } catch (SdkException e) {
            throw new IOException("Could not store " + key + " in bucket " + bucket, e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(prefix + key));
        } catch (SdkException e) {
            throw new IOException("Could not read " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(prefix + key));
        } catch (SdkException e) {
            throw new IOException("Could not delete " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
