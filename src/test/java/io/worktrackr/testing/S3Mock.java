package io.worktrackr.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

/**
 * Adobe's S3Mock, a real S3-compatible server, run from its standalone jar in a JVM of its own (in-process it
 * would pick up this application's configuration). Maven copies the jar to {@code target/s3mock/} in
 * generate-test-resources. It needs two ports: HTTPS ({@code server.port}) and plain HTTP ({@code http.port}).
 */
public final class S3Mock implements AutoCloseable {

    private final Process process;
    private final URI endpoint;
    private final Path root;

    private S3Mock(Process process, URI endpoint, Path root) {
        this.process = process;
        this.endpoint = endpoint;
        this.root = root;
    }

    /** Starts S3Mock and waits until it answers S3 requests (about 5 s). */
    public static S3Mock start() {
        Path jar = Paths.get(System.getProperty("worktrackr.test.s3mock.jar", "target/s3mock/s3mock.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3Mock jar missing at " + jar.toAbsolutePath()
                    + ": run the tests through Maven (generate-test-resources copies it)");
        }
        try {
            int httpPort = freePort();
            int httpsPort = freePort();
            Path root = Files.createTempDirectory("worktrackr-s3mock-");
            Path log = root.resolve("s3mock.log");
            Process process = new ProcessBuilder(List.of(
                            Paths.get(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toAbsolutePath().toString(),
                            "--server.port=" + httpsPort,
                            "--http.port=" + httpPort,
                            "--com.adobe.testing.s3mock.store.root=" + root.resolve("store"),
                            "--spring.main.banner-mode=off"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            S3Mock mock = new S3Mock(process, URI.create("http://127.0.0.1:" + httpPort), root);
            Runtime.getRuntime().addShutdownHook(new Thread(mock::close));
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .failFast("S3Mock exited; see " + log, () -> !process.isAlive())
                    .ignoreExceptions()
                    .until(() -> http.send(
                                            HttpRequest.newBuilder(mock.endpoint)
                                                    .GET()
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200);
            return mock;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
