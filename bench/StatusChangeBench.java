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
 *        [--warmup 10] [--duration 20] [--cpu server=PID[,PID…]]… [--cpu postgres]
 *        [--cycle reopen --assignee UUID] [--cycle fetch] [--cycle create] [--cycle comment [--assignee UUID]]
 *
 * --cycle reopen: the tickets are made assigned to --assignee (someone other than the token's user) and cycle open →
 * resolved → open: every second change reopens a ticket, which notifies its assignee (issue 11's "status-change
 * throughput with notifications on": the other cycle notifies nobody).
 * --cycle fetch: no changes; each operation is the ticket page's two reads, GET the ticket and GET its activity
 * (issue 8's "fetch"), on the client's own tickets.
 * --cycle create: each operation creates a ticket (issue 8's "create", the driver's body); --cycle comment: each adds a
 * comment to one of the client's own tickets, public two times in three (issue 8's "add comment"); with --assignee
 * the tickets are assigned to that person, so every comment notifies them (in issue 8's 1M bench ~72 % of comments do).
 *
 * Prints one line: clients, changes, ops/s, p50, p95, p99 (ms). Each --cpu adds the CPU (user + system, from /proc,
 * without a JVM's JIT compiler threads) the named processes used during the measured window, in ms
 * per change; "postgres" names every
 * process called postgres (its backends). Unlike ops/s, CPU per change hardly moves when other work shares the
 * machine, and it separates the server's cost from a load generator's (bench/live-throughput.sh).
 */
public class StatusChangeBench {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    static String base;
    static String token;
    /** status (the default), reopen, fetch, create or comment. */
    static String cycle;
    static String assignee;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].substring(2), args[i + 1]);
        }
        base = o.get("base");
        token = o.get("token");
        cycle = o.getOrDefault("cycle", "status");
        if (!List.of("status", "reopen", "fetch", "create", "comment").contains(cycle)) {
            throw new IllegalArgumentException("--cycle must be one of status, reopen, fetch, create, comment");
        }
        assignee = o.get("assignee");
        if (cycle.equals("reopen") && assignee == null) {
            throw new IllegalArgumentException("--cycle reopen needs --assignee");
        }
        if (assignee != null && !List.of("reopen", "comment").contains(cycle)) {
            throw new IllegalArgumentException("--assignee is for --cycle reopen or comment");
        }
        int clients = Integer.parseInt(o.getOrDefault("clients", "8"));
        int perClient = Integer.parseInt(o.getOrDefault("tickets-per-client", "20"));
        long warmup = Long.parseLong(o.getOrDefault("warmup", "10")) * 1_000_000_000L;
        long duration = Long.parseLong(o.getOrDefault("duration", "20")) * 1_000_000_000L;

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime() + 5_000_000_000L; // every client has made its tickets by then
        long measureFrom = start + warmup;
        long end = measureFrom + duration;
        List<String> cpuGroups = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--cpu") && i + 1 < args.length) {
                cpuGroups.add(args[++i]);
            }
        }
        List<Future<List<Long>>> results = new ArrayList<>();
        Future<long[]> cpu = cpuGroups.isEmpty() ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }).submit(() -> cpuDuring(cpuGroups, measureFrom, end));
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
        System.out.printf("clients=%d changes=%d ops/s=%.1f p50=%.1f p95=%.1f p99=%.1f",
                clients, latencies.size(), latencies.size() / seconds,
                pct(latencies, 0.50), pct(latencies, 0.95), pct(latencies, 0.99));
        if (cpu != null) {
            long[] ticks = cpu.get();
            for (int g = 0; g < cpuGroups.size(); g++) {
                // clock ticks are 1/100 s on Linux: 10 ms each
                System.out.printf(" cpu_ms_per_change_%s=%.3f", cpuGroups.get(g).split("=")[0],
                        ticks[g] * 10.0 / Math.max(1, latencies.size()));
            }
        }
        System.out.println();
    }

    /**
     * Clock ticks each group of processes used from measureFrom to end, without JIT compiler threads (those alive at
     * both ends; one that ended meanwhile leaves its time in the process's).
     */
    static long[] cpuDuring(List<String> groups, long measureFrom, long end) throws Exception {
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        java.util.Map<String, java.util.Map<String, Long>> before = ticks(groups);
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        java.util.Map<String, java.util.Map<String, Long>> after = ticks(groups);
        long[] used = new long[groups.size()];
        after.forEach((key, now) -> {
            // a process that started during the window counts from 0
            java.util.Map<String, Long> then = before.getOrDefault(key, java.util.Map.of());
            int group = Integer.parseInt(key.substring(0, key.indexOf(':')));
            used[group] += now.getOrDefault("process", 0L) - then.getOrDefault("process", 0L);
            now.forEach((thread, ticks) -> {
                if (thread.startsWith("jit:") && then.containsKey(thread)) {
                    used[group] -= ticks - then.get(thread);
                }
            });
        });
        return used;
    }

    static java.util.Map<String, java.util.Map<String, Long>> ticks(List<String> groups) {
        java.util.Map<String, java.util.Map<String, Long>> ticks = new java.util.HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String pid : pids(groups.get(g))) {
                ticks.put(g + ":" + pid, cpuOf(pid));
            }
        }
        return ticks;
    }

    /**
     * A process's CPU (/proc/PID/stat, which keeps the time of threads that ended) and, per thread, its JIT compiler
     * threads' (a JVM still compiles a minute into a run: that is warm-up, not the cost of a change).
     */
    static java.util.Map<String, Long> cpuOf(String pid) {
        java.util.Map<String, Long> ticks = new java.util.HashMap<>();
        try {
            ticks.put("process", utimeStime(java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"))));
            try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc", pid, "task"))) {
                for (java.nio.file.Path task : tasks.toList()) {
                    try {
                        String stat = java.nio.file.Files.readString(task.resolve("stat"));
                        String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
                            ticks.put("jit:" + task.getFileName(), utimeStime(stat));
                        }
                    } catch (Exception gone) {
                        // the thread ended
                    }
                }
            }
        } catch (Exception gone) {
            // the process ended
        }
        return ticks;
    }

    static long utimeStime(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static List<String> pids(String group) {
        if (group.contains("=")) {
            return List.of(group.substring(group.indexOf('=') + 1).split(","));
        }
        List<String> found = new ArrayList<>();
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            dirs.map(d -> d.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).forEach(pid -> {
                try {
                    if (java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "comm")).strip().equals(group)) {
                        found.add(pid);
                    }
                } catch (Exception gone) {
                    // ended meanwhile
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return found;
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
                    "{\"title\":\"Chain bench " + client + "-" + i + "\",\"description\":\"status changes\""
                            + (assignee != null ? ",\"assigneeId\":\"" + assignee + "\"" : "") + "}", 201);
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
            switch (cycle) {
                case "fetch" -> {
                    call("GET", "/api/tickets/" + ids.get(k), null, 200);
                    call("GET", "/api/tickets/" + ids.get(k) + "/activity", null, 200);
                }
                case "create" -> call("POST", "/api/tickets", "{\"title\":\"Bench: printer on floor " + (i % 9)
                        + " jams\",\"description\":\"Created by the benchmark driver, run " + client + "-" + i
                        + ". The printer jams on every second page since the update.\",\"priority\":\""
                        + (i % 3 == 0 ? "high" : "medium") + "\"}", 201);
                case "comment" -> call("POST", "/api/tickets/" + ids.get(k) + "/comments", "{\"body\":\"Thanks, we"
                        + " are on it. Could you tell us which browser you use?\",\"visibility\":\""
                        + (i % 3 == 0 ? "internal" : "public") + "\"}", 201);
                default -> {
                    // status and reopen: a change, below
                }
            }
            if (!cycle.equals("status") && !cycle.equals("reopen")) {
                if (t0 >= measureFrom) {
                    measured.add(System.nanoTime() - t0);
                }
                continue;
            }
            String next = cycle.equals("reopen") ? (statuses.get(k).equals("open") ? "resolved" : "open") : switch (statuses.get(k)) {
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
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
