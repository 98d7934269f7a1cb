package io.worktrackr.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import io.worktrackr.testing.S3Mock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

/**
 * The application with {@code worktrackr.attachments.store=s3} against a real S3-compatible server (S3Mock in
 * its own JVM): uploads land in the bucket, downloads stream back byte-identical, refused uploads leave nothing.
 * Its own application context (closed after the class) with a small connection pool.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class S3AttachmentStoreIntegrationTests extends IntegrationTest {

    static final String BUCKET = "worktrackr-attachments";
    static final String PREFIX = "tickets/";

    private static S3Mock s3mock;

    static synchronized S3Mock s3mock() {
        if (s3mock == null) {
            s3mock = S3Mock.start();
        }
        return s3mock;
    }

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        registry.add("worktrackr.attachments.store", () -> "s3");
        registry.add(
                "worktrackr.attachments.s3.endpoint", () -> s3mock().endpoint().toString());
        registry.add("worktrackr.attachments.s3.bucket", () -> BUCKET);
        registry.add("worktrackr.attachments.s3.prefix", () -> PREFIX);
        registry.add("worktrackr.attachments.s3.path-style", () -> "true");
        registry.add("worktrackr.attachments.s3.region", () -> "eu-central-1");
        registry.add("worktrackr.attachments.s3.access-key", () -> "test-access-key");
        registry.add("worktrackr.attachments.s3.secret-key", () -> "test-secret-key");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
    }

    static S3Client client() {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.EU_CENTRAL_1)
                .endpointOverride(s3mock().endpoint())
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build();
    }

    @BeforeAll
    static void bucket() {
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
    }

    @AfterAll
    static void stop() {
        if (s3mock != null) {
            s3mock.close();
            s3mock = null;
        }
    }

    @Autowired
    AttachmentStore store;

    @Test
    void theConfiguredStoreIsTheS3One() {
        assertThat(store).isInstanceOf(S3AttachmentStore.class);
    }

    @Test
    void anUploadLandsInTheBucketAndDownloadsByteIdentical() {
        Org org = fixtures.organisation();
        String ticketPath = "/api/tickets/" + org.ticket("S3").get("id").stringValue();
        byte[] bytes = Samples.random(700_000, 7);

        Api.Response uploaded =
                org.admin.api().upload(ticketPath + "/attachments", "capture.bin", "application/octet-stream", bytes);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode attachment = uploaded.body();
        String key = PREFIX + org.id + "/" + Json.string(attachment, "$.id");
        try (S3Client s3 = client()) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray())
                    .isEqualTo(bytes);
        }
        Api.Download download = org.admin.api().download("/api/attachments/" + Json.string(attachment, "$.id"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(Samples.sha256(download.bytes()))
                .isEqualTo(Samples.sha256(bytes))
                .isEqualTo(Json.string(attachment, "$.sha256"));
        assertThat(Files.exists(ATTACHMENTS_DIRECTORY.resolve(org.id.toString())))
                .isFalse();
    }

    @Test
    void aRefusedUploadLeavesNoObjectBehind() {
        Org org = fixtures.organisation();
        String ticketPath = "/api/tickets/" + org.ticket("S3 refused").get("id").stringValue();

        Api.Response refused = org.admin
                .api()
                .upload(
                        ticketPath + "/attachments",
                        "x.txt",
                        "text/plain",
                        "x".getBytes(StandardCharsets.UTF_8),
                        Map.of("commentId", UUID.randomUUID().toString()));

        assertThat(refused.status()).isEqualTo(422);
        try (S3Client s3 = client()) {
            assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(PREFIX + org.id))
                            .contents())
                    .isEmpty();
        }
    }

    @Test
    void theStoreStreamsAFileInAndOutAndDeletesIt() throws IOException {
        String key = UUID.randomUUID() + "/" + UUID.randomUUID();
        byte[] bytes = Samples.random(3 * 1024 * 1024, 3);

        store.put(key, new ByteArrayInputStream(bytes), bytes.length);
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        store.delete(key);

        assertThatThrownBy(() -> store.open(key).close()).isInstanceOf(IOException.class);
    }
}
