package io.worktrackr.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AttachmentsIntegrationTests extends IntegrationTest {

    Org org;
    User alice;
    UUID ticketId;
    String ticketPath;

    @BeforeEach
    void ticket() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        ticketId = UUID.fromString(org.ticket("Screenshots attached").get("id").stringValue());
        ticketPath = "/api/tickets/" + ticketId;
    }

    private JsonNode upload(String filename, String contentType, byte[] bytes) {
        Api.Response uploaded = alice.api().upload(ticketPath + "/attachments", filename, contentType, bytes);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.body();
    }

    private Api.Download download(JsonNode attachment, String query) {
        Api.Download download = alice.api().download("/api/attachments/" + Json.string(attachment, "$.id") + query);
        assertThat(download.status()).isEqualTo(200);
        return download;
    }

    /** Every file the store holds for the organisation (partial uploads included). */
    private List<Path> storedFiles(Org owner) {
        Path directory = ATTACHMENTS_DIRECTORY.resolve(owner.id.toString());
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long rows(UUID ticket) {
        return jdbc.sql("SELECT COUNT(*) FROM attachments WHERE ticket_id = :t")
                .param("t", ticket)
                .query(Long.class)
                .single();
    }

    @Test
    void theLimitsAreReadableBeforeUploadingInBytesAndInWords() {
        Api.Response limits = alice.api().get("/api/attachments/limits");

        assertThat(limits.status()).isEqualTo(200);
        assertThat(limits.number("$.maxFileSize")).isEqualTo(MAX_FILE_SIZE);
        assertThat(limits.string("$.maxFileSizeText")).isEqualTo("1 MB");
        assertThat(limits.number("$.maxFilesPerComment")).isPositive();
        assertThat(Api.session(port).get("/api/attachments/limits").status()).isEqualTo(401);
    }

    @Test
    void anUploadAnswersItsSizeAndSha256AndTheDownloadIsByteIdentical() {
        byte[] bytes = Samples.random(300_000, 42);

        Api.Response uploaded =
                alice.api().upload(ticketPath + "/attachments", "dump.bin", "application/octet-stream", bytes);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode attachment = uploaded.body();
        assertThat(uploaded.header("Location")).isEqualTo("/api/attachments/" + Json.string(attachment, "$.id"));
        assertThat(Json.string(attachment, "$.filename")).isEqualTo("dump.bin");
        assertThat(Json.number(attachment, "$.size")).isEqualTo(300_000);
        assertThat(Json.string(attachment, "$.sha256")).isEqualTo(Samples.sha256(bytes));
        assertThat(Json.string(attachment, "$.contentType")).isEqualTo("application/octet-stream");
        assertThat(Json.string(attachment, "$.uploadedBy.id"))
                .isEqualTo(alice.id().toString());

        Api.Download download = download(attachment, "");
        assertThat(Samples.sha256(download.bytes())).isEqualTo(Json.string(attachment, "$.sha256"));
        assertThat(download.bytes()).isEqualTo(bytes);
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"dump.bin\"; filename*=UTF-8''dump.bin");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(storedFiles(org)).hasSize(1);
    }

    @Test
    void theTypeIsSniffedFromTheBytesAndRasterImagesMayBePreviewedInline() {
        Map<String, byte[]> images = Map.of(
                "image/png",
                Samples.image("png"),
                "image/jpeg",
                Samples.image("jpeg"),
                "image/gif",
                Samples.image("gif"),
                "image/webp",
                Samples.webp());

        images.forEach((type, bytes) -> {
            // the client claims plain text and a .txt name; neither is believed
            JsonNode attachment = upload("notes.txt", "text/plain", bytes);
            assertThat(Json.string(attachment, "$.contentType")).isEqualTo(type);
            assertThat(attachment.get("previewable").booleanValue()).isTrue();

            Api.Download inline = download(attachment, "?inline=true");
            assertThat(inline.header("Content-Type")).isEqualTo(type);
            assertThat(inline.header("Content-Disposition")).startsWith("inline; filename=\"notes.txt\"");
            assertThat(inline.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(inline.bytes()).isEqualTo(bytes);
            assertThat(download(attachment, "").header("Content-Disposition")).startsWith("attachment;");
        });
    }

    @Test
    void htmlUploadedAsAPngIsStoredAsHtmlAndNeverServedInline() {
        JsonNode attachment = upload("cat.png", "image/png", Samples.html());

        assertThat(Json.string(attachment, "$.contentType")).isEqualTo("text/html");
        assertThat(attachment.get("previewable").booleanValue()).isFalse();
        Api.Download download = download(attachment, "?inline=true");
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"cat.png\"");
        assertThat(download.header("Content-Type")).startsWith("text/html");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Security-Policy"))
                .contains("sandbox")
                .contains("default-src 'none'");
    }

    @Test
    void svgIsNeverServedInline() {
        JsonNode attachment = upload("logo.svg", "image/svg+xml", Samples.svg());

        assertThat(Json.string(attachment, "$.contentType")).isEqualTo("image/svg+xml");
        assertThat(attachment.get("previewable").booleanValue()).isFalse();
        assertThat(download(attachment, "?inline=true").header("Content-Disposition"))
                .startsWith("attachment;");
    }

    @Test
    void hostileFileNamesAreCleanedAndNothingIsWrittenOutsideTheStore() {
        String longName = "a".repeat(300) + ".pdf";
        Map<String, String> expected = Map.of(
                "../../etc/passwd",
                "passwd",
                "..\\..\\windows\\win.ini",
                "win.ini",
                "evil\u0007\u001b\u202Egpj.exe",
                "evilgpj.exe",
                "  .htaccess",
                "htaccess",
                "CON.txt",
                "_CON.txt",
                "what?<>|*:.txt",
                "what______.txt",
                longName,
                "a".repeat(196) + ".pdf",
                "résumé ✓.pdf",
                "résumé ✓.pdf");

        expected.forEach((sent, kept) -> {
            JsonNode attachment =
                    upload(sent, "application/pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8));
            assertThat(Json.string(attachment, "$.filename")).as(sent).isEqualTo(kept);
            assertThat(download(attachment, "").header("Content-Disposition"))
                    .doesNotContainPattern("[\\p{Cntrl}/\\\\]");
        });

        assertThat(storedFiles(org))
                .hasSize(expected.size())
                .allSatisfy(file -> assertThat(file.getFileName().toString()).matches("[0-9a-f-]{36}"));
        try (Stream<Path> all = Files.walk(ATTACHMENTS_DIRECTORY)) {
            assertThat(all.map(p -> p.getFileName().toString())).doesNotContain("passwd", "win.ini", "htaccess");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theDownloadHeaderCarriesAnAsciiFallbackAndTheExactUtf8Name() {
        JsonNode attachment =
                upload("résumé \"final\".pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));

        assertThat(Json.string(attachment, "$.filename")).isEqualTo("résumé _final_.pdf");
        assertThat(download(attachment, "").header("Content-Disposition"))
                .isEqualTo(
                        "attachment; filename=\"r_sum_ _final_.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20_final_.pdf");
    }

    @Test
    void aTinyFileWithAVeryLongNameIs422NamingTheFileNotA413() {
        Api.Response refused = alice.api()
                .upload(
                        ticketPath + "/attachments",
                        "n".repeat(5000) + ".txt",
                        "text/plain",
                        "tiny".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.string("$.type")).endsWith("/invalid-input");
        assertThat(refused.string("$.errors[0].field")).isEqualTo("file");
        assertThat(rows(ticketId)).isZero();
        assertThat(storedFiles(org)).isEmpty();
    }

    @Test
    void bytesMissingFromTheStorageAre503StorageUnavailableNotA500() throws Exception {
        JsonNode attachment = upload("notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        for (Path file : storedFiles(org)) {
            java.nio.file.Files.delete(file);
        }

        Api.Download gone = alice.api().download("/api/attachments/" + Json.string(attachment, "$.id"));

        assertThat(gone.status()).isEqualTo(503);
        assertThat(gone.header("Content-Type")).startsWith("application/problem+json");
        assertThat(new String(gone.bytes(), StandardCharsets.UTF_8)).contains("/storage-unavailable");
    }

    @Test
    void aFileOverTheLimitIs413AndNothingIsStored() {
        Api.Response atLimit = alice.api()
                .upload(
                        ticketPath + "/attachments",
                        "ok.bin",
                        "application/octet-stream",
                        Samples.random(MAX_FILE_SIZE, 1));
        Api.Response overLimit = alice.api()
                .upload(
                        ticketPath + "/attachments",
                        "big.bin",
                        "application/octet-stream",
                        Samples.random(MAX_FILE_SIZE + 1, 2));

        assertThat(atLimit.status()).as(atLimit.toString()).isEqualTo(201);
        assertThat(overLimit.status()).as(overLimit.toString()).isEqualTo(413);
        assertThat(overLimit.contentType()).startsWith("application/problem+json");
        assertThat(overLimit.string("$.type")).endsWith("/payload-too-large");
        assertThat(overLimit.number("$.maxFileSize")).isEqualTo(MAX_FILE_SIZE);
        assertThat(overLimit.string("$.detail")).as("in words, not bytes").contains("at most 1 MB");
        assertThat(rows(ticketId)).isEqualTo(1);
        assertThat(storedFiles(org)).hasSize(1);
    }

    @Test
    void aCommentCarriesAtMostTwentyFilesAndTheNextIs413WithNothingStored() {
        String commentId = alice.api()
                .post(ticketPath + "/comments", Map.of("body", "logs", "visibility", "internal"))
                .string("$.id");

        for (int i = 1; i <= 20; i++) {
            Api.Response ok = alice.api()
                    .upload(
                            ticketPath + "/attachments",
                            "log-" + i + ".txt",
                            "text/plain",
                            ("line " + i).getBytes(StandardCharsets.UTF_8),
                            Map.of("commentId", commentId));
            assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
            assertThat(ok.string("$.commentId")).isEqualTo(commentId);
        }
        Api.Response twentyFirst = alice.api()
                .upload(
                        ticketPath + "/attachments",
                        "log-21.txt",
                        "text/plain",
                        "one too many".getBytes(StandardCharsets.UTF_8),
                        Map.of("commentId", commentId));

        assertThat(twentyFirst.status()).isEqualTo(413);
        assertThat(twentyFirst.string("$.type")).endsWith("/too-many-attachments");
        assertThat(rows(ticketId)).isEqualTo(20);
        assertThat(storedFiles(org)).hasSize(20);
        // the ticket itself is not limited by a comment's count
        assertThat(alice.api()
                        .upload(
                                ticketPath + "/attachments",
                                "more.txt",
                                "text/plain",
                                "ticket file".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aCommentOfAnotherTicketIsRefusedAndNothingIsStored() {
        String otherTicket = org.ticket("Other").get("id").stringValue();
        String foreignComment = alice.api()
                .post("/api/tickets/" + otherTicket + "/comments", Map.of("body", "elsewhere", "visibility", "public"))
                .string("$.id");

        Api.Response wrongComment = alice.api()
                .upload(
                        ticketPath + "/attachments",
                        "x.txt",
                        "text/plain",
                        "x".getBytes(StandardCharsets.UTF_8),
                        Map.of("commentId", foreignComment));
        Api.Response unknownComment = alice.api()
                .upload(
                        ticketPath + "/attachments",
                        "x.txt",
                        "text/plain",
                        "x".getBytes(StandardCharsets.UTF_8),
                        Map.of("commentId", UUID.randomUUID().toString()));
        Api.Response notAnId = alice.api()
                .upload(
                        ticketPath + "/attachments",
                        "x.txt",
                        "text/plain",
                        "x".getBytes(StandardCharsets.UTF_8),
                        Map.of("commentId", "nope"));

        assertThat(wrongComment.status()).isEqualTo(422);
        assertThat(wrongComment.string("$.errors[0].field")).isEqualTo("commentId");
        assertThat(unknownComment.status()).isEqualTo(422);
        assertThat(notAnId.status()).isEqualTo(422);
        assertThat(rows(ticketId)).isZero();
        assertThat(storedFiles(org)).isEmpty();
    }

    @Test
    void anUploadWithoutAFileIs422() {
        Api.Response noFile = alice.api().upload(ticketPath + "/attachments", null, null, null, Map.of("other", "x"));

        assertThat(noFile.status()).as(noFile.toString()).isEqualTo(422);
        assertThat(noFile.string("$.errors[0].field")).isEqualTo("file");
    }

    @Test
    void theTicketsFilesAreListedOldestFirstWithTheirComment() {
        String commentId = alice.api()
                .post(ticketPath + "/comments", Map.of("body", "see file", "visibility", "public"))
                .string("$.id");
        JsonNode first = upload("first.txt", "text/plain", "1".getBytes(StandardCharsets.UTF_8));
        alice.api()
                .upload(
                        ticketPath + "/attachments",
                        "second.png",
                        "image/png",
                        Samples.image("png"),
                        Map.of("commentId", commentId));

        JsonNode items = org.admin.api().get(ticketPath + "/attachments").body().get("items");

        assertThat(items).hasSize(2);
        assertThat(Json.string(items, "$[0].id")).isEqualTo(Json.string(first, "$.id"));
        assertThat(items.get(0).get("commentId").isNull()).isTrue();
        assertThat(Json.string(items, "$[1].filename")).isEqualTo("second.png");
        assertThat(Json.string(items, "$[1].commentId")).isEqualTo(commentId);
        assertThat(Json.string(items, "$[1].contentType")).isEqualTo("image/png");
    }

    @Test
    void uploadsAreInTheTicketsActivityLog() {
        JsonNode attachment = upload("trace.txt", "text/plain", "stack trace".getBytes(StandardCharsets.UTF_8));

        JsonNode latest = org.admin
                .api()
                .get(ticketPath + "/activity")
                .body()
                .get("items")
                .get(0);

        assertThat(Json.string(latest, "$.action")).isEqualTo("attachment_added");
        assertThat(Json.string(latest, "$.newValue")).isEqualTo(Json.string(attachment, "$.id"));
        assertThat(Json.string(latest, "$.actor.id")).isEqualTo(alice.id().toString());
    }

    @Test
    void everyAttachmentEndpointAnswers404ForAnotherOrganisationAndStoresNothing() {
        JsonNode attachment = upload("secret.txt", "text/plain", "launch code 1234".getBytes(StandardCharsets.UTF_8));
        Org other = fixtures.organisation();
        User intruder = other.admin;

        Api.Download foreignDownload = intruder.api().download("/api/attachments/" + Json.string(attachment, "$.id"));
        Api.Download missingDownload = intruder.api().download("/api/attachments/" + UUID.randomUUID());
        Api.Response foreignList = intruder.api().get(ticketPath + "/attachments");
        Api.Response foreignUpload = intruder.api()
                .upload(ticketPath + "/attachments", "pwn.txt", "text/plain", "pwned".getBytes(StandardCharsets.UTF_8));

        assertThat(foreignDownload.status()).isEqualTo(404);
        assertThat(new String(foreignDownload.bytes(), StandardCharsets.UTF_8)).doesNotContain("launch");
        assertThat(missingDownload.status()).isEqualTo(404);
        assertThat(foreignList.status()).isEqualTo(404);
        assertThat(foreignList.raw().body()).doesNotContain("secret");
        assertThat(foreignUpload.status()).isEqualTo(404);
        assertThat(rows(ticketId)).isEqualTo(1);
        assertThat(storedFiles(other)).isEmpty();
        assertThat(storedFiles(org)).hasSize(1);
    }
}
