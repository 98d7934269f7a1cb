package io.worktrackr.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * What a browser downloads: the built web app (so this needs the frontend build, like the browser tests), sent
 * precompressed, hashed assets cached for a year, index.html never stored, API answers compressed.
 */
class WebAppDeliveryTests extends IntegrationTest {

    private static final Pattern ENTRY_SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hashedAssetsComeAsBrotliOrGzipAndAreCachedForAYear() {
        String script = entryScript();
        // asked first, as a browser would: Chromium lists gzip before br, the server still sends the smaller
        // brotli file (and the resolver cache must not then answer gzip to the next client accepting both)
        HttpResponse<byte[]> chromium = get(script, "gzip, deflate, br, zstd");
        assertThat(chromium.headers().firstValue("Content-Encoding")).hasValue("br");

        HttpResponse<byte[]> plain = get(script, "identity");
        HttpResponse<byte[]> brotli = get(script, "br, gzip");
        HttpResponse<byte[]> gzip = get(script, "gzip");

        assertThat(brotli.statusCode()).isEqualTo(200);
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.body().length).isLessThan(plain.body().length / 3);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        for (HttpResponse<byte[]> answer : java.util.List.of(plain, brotli, gzip)) {
            assertThat(answer.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(value -> assertThat(value)
                            .contains("max-age=31536000")
                            .contains("public")
                            .contains("immutable"));
            assertThat(answer.headers().allValues("Vary"))
                    .anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
        }
    }

    @Test
    void theIndexPageIsNeverStoredAndDeepLinksGetIt() {
        // index.html is under a kilobyte: too small to be worth compressing (precompress.mjs)
        HttpResponse<byte[]> root = get("/", "gzip");
        HttpResponse<byte[]> deepLink = get("/settings/profile", "gzip");

        for (HttpResponse<byte[]> answer : java.util.List.of(root, deepLink)) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
            assertThat(new String(answer.body())).contains("<div id=\"root\">");
        }
    }

    @Test
    void largeJsonAnswersAreCompressedAndTheCsrfTokenAnswerIsNot() {
        HttpResponse<byte[]> document = get("/v3/api-docs", "gzip");
        HttpResponse<byte[]> csrf = get("/api/auth/csrf", "gzip");

        assertThat(document.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(gunzip(document.body()))).contains("\"/api/tickets/counts\"");
        assertThat(csrf.statusCode()).isEqualTo(200);
        assertThat(csrf.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private String entryScript() {
        String index = new String(get("/", "identity").body());
        var matcher = ENTRY_SCRIPT.matcher(index);
        assertThat(matcher.find()).as("index.html names its entry script").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", acceptEncoding)
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
