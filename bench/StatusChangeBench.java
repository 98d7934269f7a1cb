import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Status-change throughput over HTTP (bench/audit-chain.sh): each client owns its own tickets (no 409s), cycles
 * them open → in_progress → pending → open with PATCH {version, status}, closed loop, one thread per client.
 *
 *   java bench/StatusChangeBench.java --base URL --token wt_... [--clients 8] [--tickets-per-client 20]
 *        [--warmup 10] [--duration 20]
 *
 * Prints one line: clients, changes, ops/s, p50, p95, p99 (ms).
 */
public class StatusChangeBench {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    static String base;
    static String token;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].substring(2), args[i + 1]);
        }
        base = o.get("base");
        token = o.get("token");
        int clients = Integer.parseInt(o.getOrDefault("clients", "8"));
        int perClient = Integer.parseInt(o.getOrDefault("tickets-per-client", "20"));
        long warmup = Long.parseLong(o.getOrDefault("warmup", "10")) * 1_000_000_000L;
        long duration = Long.parseLong(o.getOrDefault("duration", "20")) * 1_000_000_000L;

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime() + 5_000_000_000L; // every client has made its tickets by then
        long measureFrom = start + warmup;
        long end = measureFrom + duration;
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> run(client, perClient, measureFrom, end)));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            latencies.addAll(f.get());
        }
        pool.shutdown();
        Collections.sort(latencies);
        double seconds = duration / 1e9;
        System.out.printf("clients=%d changes=%d ops/s=%.1f p50=%.1f p95=%.1f p99=%.1f%n",
                clients, latencies.size(), latencies.size() / seconds,
                pct(latencies, 0.50), pct(latencies, 0.95), pct(latencies, 0.99));
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    static List<Long> run(int client, int perClient, long measureFrom, long end) throws Exception {
        List<String> ids = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < perClient; i++) {
            String body = call("POST", "/api/tickets",
                    "{\"title\":\"Chain bench " + client + "-" + i + "\",\"description\":\"status changes\"}", 201);
            ids.add(find(ID, body));
            versions.add(Long.parseLong(find(VERSION, body)));
            statuses.add("open");
        }
        List<Long> measured = new ArrayList<>();
        int i = 0;
        while (true) {
            long t0 = System.nanoTime();
            if (t0 >= end) {
                return measured;
            }
            int k = i++ % perClient;
            String next = switch (statuses.get(k)) {
                case "open" -> "in_progress";
                case "in_progress" -> "pending";
                default -> "open";
            };
            String body = call("PATCH", "/api/tickets/" + ids.get(k),
                    "{\"version\":" + versions.get(k) + ",\"status\":\"" + next + "\"}", 200);
            long t1 = System.nanoTime();
            versions.set(k, Long.parseLong(find(VERSION, body)));
            statuses.set(k, next);
            if (t0 >= measureFrom) {
                measured.add(t1 - t0);
            }
        }
    }

    static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + s);
        }
        return m.group(1);
    }

    static String call(String method, String path, String json, int expected) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
