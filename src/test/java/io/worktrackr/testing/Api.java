package io.worktrackr.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.json.JsonContent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for tests. Either a browser-like session (cookie jar; the CSRF header is taken from the
 * XSRF-TOKEN cookie, as the web app does) or a script with a Bearer token.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** A download: the exact bytes and the headers. */
    public record Download(int status, HttpResponse<byte[]> raw) {

        public byte[] bytes() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /**
     * An answer. Read its JSON by path, typed: {@code response.string("$.errors[0].field")},
     * {@code response.number("$.version")}, {@code response.size("$.items")}; or assert on it with AssertJ:
     * {@code assertThat(response.json()).extractingPath("$.status").isEqualTo("open")}. {@code body()} (a
     * {@link JsonNode}) remains for walking the tree by hand, which new tests should not need.
     */
    public record Response(int status, HttpResponse<String> raw, JsonNode body) {

        /** The body for AssertJ: {@code assertThat(response.json()).extractingPath(...)...}. */
        public JsonContent json() {
            return new JsonContent(raw.body());
        }

        /** The value at a JSON path, converted to {@code type}; fails if the path is absent. */
        public <T> T read(String path, Class<T> type) {
            return Json.read(raw.body(), path, type);
        }

        public String string(String path) {
            return read(path, String.class);
        }

        public long number(String path) {
            return read(path, Long.class);
        }

        public boolean bool(String path) {
            return read(path, Boolean.class);
        }

        public UUID uuid(String path) {
            return UUID.fromString(string(path));
        }

        /** The length of the array at a JSON path. */
        public int size(String path) {
            return read(path, List.class).size();
        }

        /** The values at a JSON path that selects many ({@code $.items[*].title}), as strings. */
        public List<String> strings(String path) {
            return Json.strings(raw.body(), path);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies;
    private final String bearer;
    private boolean sendCsrf = true;
    private final Map<String, String> extraHeaders = new java.util.LinkedHashMap<>();

    private Api(String base, String bearer) {
        this(base, bearer, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private Api(String base, String bearer, CookieManager cookies) {
        this.base = base;
        this.bearer = bearer;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The same browser (same cookies) talking to another server node. */
    public Api onPort(int otherPort) {
        return new Api("http://localhost:" + otherPort, bearer, cookies);
    }

    public static Api session(int port) {
        return new Api("http://localhost:" + port, null);
    }

    public static Api token(int port, String token) {
        return new Api("http://localhost:" + port, token);
    }

    /** Sends this header with every request (e.g. {@code X-Forwarded-For} as a trusted proxy would). */
    public Api withHeader(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    /** For tests of CSRF protection itself. */
    public Api withoutCsrfHeader() {
        sendCsrf = false;
        return this;
    }

    /**
     * Opens a Server-Sent Events stream (as EventSource does: {@code Accept: text/event-stream}, and
     * {@code Last-Event-ID} when reconnecting); the answer's status tells whether it opened.
     */
    public EventStream stream(String path, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/event-stream");
        extraHeaders.forEach(request::header);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new EventStream(http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public EventStream stream(String path) {
        return stream(path, null);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response post(String path, Object body) {
        return sendJson("POST", path, body);
    }

    public Response put(String path, Object body) {
        return sendJson("PUT", path, body);
    }

    public Response patch(String path, Object body) {
        return sendJson("PATCH", path, body);
    }

    public Response delete(String path) {
        return send(withCsrf(HttpRequest.newBuilder(uri(path)).DELETE()));
    }

    /** Sends a raw body as it is (malformed JSON, huge payloads …). */
    public Response sendRaw(String method, String path, String contentType, String body) {
        return send(withCsrf(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body))));
    }

    /** A {@code multipart/form-data} upload: one file part named {@code file} plus plain fields. */
    public Response upload(
            String path, String filename, String contentType, byte[] content, Map<String, String> fields) {
        String boundary = "----worktrackr-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        if (content != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(withCsrf(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    public Response upload(String path, String filename, String contentType, byte[] content) {
        return upload(path, filename, contentType, content, Map.of());
    }

    /** GET of a file, as a browser would fetch it: any type accepted, bytes kept exactly. */
    public Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().header("Accept", "*/*");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<byte[]> response =
                    http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response sendJson(String method, String path, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return sendRaw(method, path, "application/json", json);
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
        if (bearer == null && sendCsrf) {
            String token = csrfCookie();
            if (token == null) {
                get("/api/auth/csrf");
                token = csrfCookie();
            }
            request.header("X-XSRF-TOKEN", token);
        }
        return request;
    }

    private String csrfCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private Response send(HttpRequest.Builder request) {
        extraHeaders.forEach(request::header);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        request.header("Accept", "application/json, application/problem+json");
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() || !looksLikeJson(response) ? null : JSON.readTree(text);
            return new Response(response.statusCode(), response, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean looksLikeJson(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Content-Type")
                .map(t -> t.contains("json"))
                .orElse(false);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
