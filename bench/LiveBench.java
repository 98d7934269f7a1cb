import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live updates under many streams (issue 14, bench/README.md "Live updates"): opens N streams of GET /api/live with
 * one API token, reads the server's memory (VmRSS of --pid, optional) before and after, then makes K status changes
 * of one ticket one after the other and measures, for every stream, the delay from the PATCH's answer (the change
 * had committed) to the stream's ticket.changed of that version. Java 17, no dependencies:
 *
 *   java bench/LiveBench.java --base http://127.0.0.1:18080 --token wt_… --ticket <id> [--streams 1000]
 *        [--changes 20] [--pid <server pid>] [--hold <seconds to keep the streams open afterwards>]
 */
public class LiveBench {

    record Arrival(long version, long nanos) {}

    public static void main(String[] args) throws Exception {
        String base = arg(args, "--base", "http://127.0.0.1:18080");
        String token = arg(args, "--token", null);
        String ticket = arg(args, "--ticket", null);
        int streams = Integer.parseInt(arg(args, "--streams", "1000"));
        int changes = Integer.parseInt(arg(args, "--changes", "20"));
        String pid = arg(args, "--pid", null);
        int hold = Integer.parseInt(arg(args, "--hold", "0"));
        if (token == null || ticket == null) {
            System.err.println("usage: java bench/LiveBench.java --token wt_… --ticket <id> [--base URL] [--streams N]"
                    + " [--changes K] [--pid P]");
            System.exit(2);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long rssBefore = rss(pid);
        List<ConcurrentLinkedQueue<Arrival>> arrivals = new ArrayList<>();
        CountDownLatch open = new CountDownLatch(streams);
        Pattern version = Pattern.compile("\"version\":(\\d+)");
        for (int i = 0; i < streams; i++) {
            ConcurrentLinkedQueue<Arrival> mine = new ConcurrentLinkedQueue<>();
            arrivals.add(mine);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/live"))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token)
                    .build();
            // a non-blocking line subscriber: the streams' lines are handled on the client's few selector/executor
            // threads as they arrive (blocking ofLines() readers took a thread per stream and a large share of the
            // two cores this bench shares with the server)
            http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                private String event = "";

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    open.countDown();
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:") && event.equals("ticket.changed")) {
                        Matcher m = version.matcher(line);
                        if (m.find()) {
                            mine.add(new Arrival(Long.parseLong(m.group(1)), System.nanoTime()));
                        }
                    }
                }

                @Override
                public void onError(Throwable failure) {}

                @Override
                public void onComplete() {}
            }));
        }
        if (!open.await(120, TimeUnit.SECONDS)) {
            System.err.println("only " + (streams - open.getCount()) + " of " + streams + " streams opened");
        }
        Thread.sleep(2000); // let the server settle before reading its memory (a bench, not a test)
        long rssAfter = rss(pid);

        List<Double> delays = new ArrayList<>();
        long lost = 0;
        for (int k = 0; k < changes; k++) {
            HttpRequest current = HttpRequest.newBuilder(URI.create(base + "/api/tickets/" + ticket))
                    .header("Authorization", "Bearer " + token)
                    .build();
            String body = http.send(current, HttpResponse.BodyHandlers.ofString()).body();
            Matcher v = version.matcher(body);
            v.find();
            long expected = Long.parseLong(v.group(1));
            // a real change every time (setting the status it already has changes nothing and pushes nothing)
            String next = body.contains("\"status\":\"pending\"") ? "open" : "pending";
            HttpRequest patch = HttpRequest.newBuilder(URI.create(base + "/api/tickets/" + ticket))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(
                            "{\"version\":" + expected + ",\"status\":\"" + next + "\"}"))
                    .build();
            HttpResponse<String> answer = http.send(patch, HttpResponse.BodyHandlers.ofString());
            long committed = System.nanoTime();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("PATCH answered " + answer.statusCode() + " " + answer.body());
            }
            long produced = expected + 1;
            long deadline = committed + TimeUnit.SECONDS.toNanos(10);
            for (ConcurrentLinkedQueue<Arrival> stream : arrivals) {
                Arrival got = null;
                while (got == null && System.nanoTime() < deadline) {
                    got = stream.stream().filter(a -> a.version() == produced).findFirst().orElse(null);
                    if (got == null) {
                        // the arrival's time is taken by the thread that read it: waiting here without spinning
                        // leaves both cores to the server and the readers
                        LockSupport.parkNanos(200_000);
                    }
                }
                if (got == null) {
                    lost++;
                } else {
                    delays.add(Math.max(0, got.nanos() - committed) / 1e6);
                }
            }
        }
        Collections.sort(delays);
        System.out.printf("streams: %d (open: %d)%n", streams, streams - open.getCount());
        if (pid != null) {
            System.out.printf("server RSS: %d MB before, %d MB after; %.1f KB per stream%n",
                    rssBefore / 1024, rssAfter / 1024, (rssAfter - rssBefore) / (double) Math.max(1, streams));
        }
        System.out.printf("changes: %d; deliveries: %d, not within 10 s: %d%n", changes, delays.size(), lost);
        System.out.printf("answer→delivery ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                pct(delays, 50), pct(delays, 95), pct(delays, 99), pct(delays, 100));
        if (hold > 0) {
            // keeps every stream connected while another load runs (status throughput with listeners, issue 14)
            System.out.printf("holding %d streams for %d s%n", streams, hold);
            System.out.flush();
            Thread.sleep(hold * 1000L);
        }
        System.exit(0);
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** VmRSS of the process in KB, 0 without a pid. */
    private static long rss(String pid) throws Exception {
        if (pid == null) {
            return 0;
        }
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
