import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver of bench/run.sh: closed-loop clients (one thread each, Java 17, no dependencies), each line
 * runs a warm-up then a measured window; latency is the whole operation (request sent to body read).
 *
 *   java bench/Driver.java --base http://127.0.0.1:18080 --token wt_... --pool pool.csv --queue UUID
 *        --assignee UUID --out results.tsv [--duration 10] [--warmup 2] [--jit-warmup 60] [--only REGEX]
 *
 * pool.csv: "id,version,status[,unassigned]" of random tickets of the measured organisation (for fetch, change,
 * comment); unassigned ("t" or "f"), when given, adds the line "add comment, nobody to tell" on those tickets.
 * Writes one TSV row per line: name, clients, ops, errors, conflicts, p50, p95, p99, max (ms), ops/s.
 */
public class Driver {

    record Ticket(String id, long version, String status) {
    }

    /** --only: the lines to run, matched against "name @clients". */
    static Pattern only = Pattern.compile(".*");

    record Line(String name, int clients, Op op) {
    }

    interface Op {
        /** Runs one operation; returns the number of 409 conflicts it met (re-read and retried). */
        int run(ThreadLocalRandom random) throws Exception;
    }

    static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-z_]+)\"");
    static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");

    static String base;
    static String token;
    static String host;
    static int port;
    static List<String> poolIds;
    /** The pool's tickets that had no assignee when it was drawn (a fourth column "t"; none in a 3-column pool). */
    static List<String> unassignedIds;
    static final String NOBODY_TO_TELL = "add comment, nobody to tell";
    static final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    static final AtomicLong created = new AtomicLong();

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        base = require(opts, "base");
        token = require(opts, "token");
        String queue = require(opts, "queue");
        String assignee = require(opts, "assignee");
        Path out = Path.of(require(opts, "out"));
        int duration = Integer.parseInt(opts.getOrDefault("duration", "10"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "2"));
        only = Pattern.compile(opts.getOrDefault("only", ".*"));
        List<String> unassigned = new ArrayList<>();
        for (String row : Files.readAllLines(Path.of(require(opts, "pool")))) {
            String[] f = row.trim().split(",");
            if (f.length == 3 || f.length == 4) {
                tickets.put(f[0], new Ticket(f[0], Long.parseLong(f[1]), f[2]));
            }
            if (f.length == 4 && f[3].equals("t")) {
                unassigned.add(f[0]);
            }
        }
        if (tickets.isEmpty()) {
            throw new IllegalStateException("the ticket pool is empty");
        }
        poolIds = List.copyOf(tickets.keySet());
        unassignedIds = List.copyOf(unassigned);
        URI uri = URI.create(base);
        if (!"http".equals(uri.getScheme()) || uri.getPort() < 0) {
            throw new IllegalArgumentException("--base must be http://host:port");
        }
        host = uri.getHost();
        port = uri.getPort();

        List<Line> lines = new ArrayList<>();
        lines.add(get("counts", 1, "/api/tickets/counts"));
        lines.add(get("counts", 8, "/api/tickets/counts"));
        lines.add(get("queues", 8, "/api/queues"));
        for (String view : List.of("my", "unassigned", "active", "open", "in_progress", "pending", "resolved", "closed", "all", "at_risk", "breached")) {
            lines.add(get("list view=" + view, 8, "/api/tickets?view=" + view));
        }
        lines.add(get("list view=active&queueId=Billing", 8, "/api/tickets?view=active&queueId=" + queue));
        lines.add(get("filter view=active&assigneeId=bob", 8, "/api/tickets?view=active&assigneeId=" + assignee));
        lines.add(get("filter view=all&status=pending&priority=high,urgent", 8, "/api/tickets?view=all&status=pending&priority=high,urgent"));
        lines.add(deep("list view=closed", 8, "/api/tickets?view=closed", 10));
        lines.add(deep("list view=closed", 8, "/api/tickets?view=closed", 100));
        lines.add(deep("list view=all", 8, "/api/tickets?view=all", 100));
        lines.add(deep("list view=my", 8, "/api/tickets?view=my", 100));
        for (String sort : List.of("priority", "-priority", "status", "title", "due", "assignee", "-assignee", "queue")) {
            lines.add(get("sort view=active&sort=" + sort, 8, "/api/tickets?view=active&sort=" + sort));
        }
        lines.add(get("sort view=all&sort=-priority", 8, "/api/tickets?view=all&sort=-priority"));
        lines.add(deep("sort view=all&sort=assignee", 8, "/api/tickets?view=all&sort=assignee", 100));
        lines.add(get("filter view=active&status=open,pending&assigneeId=none", 8, "/api/tickets?view=active&status=open,pending&assigneeId=none"));
        lines.add(get("search q=invoice (many)", 8, "/api/tickets?q=invoice"));
        lines.add(get("search q=chargeback (few)", 8, "/api/tickets?q=chargeback"));
        lines.add(get("search q=kumquat (none)", 8, "/api/tickets?q=kumquat"));
        lines.add(get("list view=my (throughput)", 16, "/api/tickets?view=my"));
        lines.add(new Line("fetch ticket+activity", 1, Driver::fetch));
        lines.add(new Line("fetch ticket+activity", 16, Driver::fetch));
        // writes last: they leave pages that are not all-visible behind, which slows the index-only counts
        lines.add(new Line("status change", 1, Driver::changeStatus));
        lines.add(new Line("status change", 16, Driver::changeStatus));
        lines.add(new Line("create ticket", 1, Driver::create));
        lines.add(new Line("create ticket", 8, Driver::create));
        lines.add(new Line("add comment", 1, Driver::comment));
        lines.add(new Line("add comment", 8, Driver::comment));
        // the same request on unassigned tickets: nobody is told (no assignee, no mention), so this is the comment's
        // own cost, the work the baseline's comment did; the line above adds the assignee's notification to most
        if (!unassignedIds.isEmpty()) {
            lines.add(new Line(NOBODY_TO_TELL, 8, Driver::commentOnUnassigned));
        }

        // JIT and connection pools warm up on every read line, unmeasured (writes would dirty the visibility map)
        // (a slice of the time per line: a random mix would spend it on the few multi-second sorts). 60 s: under load
        // the JIT's compiler threads used 2-6 s of CPU per 10 s for the first 60 s and next to nothing from 70 s on
        // (2026-12-03, one endpoint at 16 clients); with 30 s the first lines measured a server still compiling
        int jitWarmup = Integer.parseInt(opts.getOrDefault("jit-warmup", "60"));
        List<Line> reads = lines.stream().filter(l -> !l.name().matches("^(status change|create ticket|add comment).*"))
                .filter(l -> only.matcher(l.name() + " @" + l.clients()).find()).toList();
        if (jitWarmup > 0 && !reads.isEmpty()) {
            long slice = Math.max(200, jitWarmup * 1000L / reads.size());
            long ops = 0;
            for (Line l : reads) {
                ops += measureMillis(new Line(l.name(), 4, l.op()), 0, slice).length;
            }
            System.out.println("# JIT warm-up: " + ops + " operations over " + reads.size() + " read lines, " + slice + " ms each");
        }
        // the write lines come last; their code (the change, its SLA clock, activity chain, reactions) has not run
        // before them, so without a warm-up of their own the first write lines measured a server compiling it. Now
        // that the reads are measured, writes may dirty what they like: each selected write line runs unmeasured, at
        // 4 clients, for its share of the same time.
        List<Line> writes = lines.stream().filter(l -> l.name().matches("^(status change|create ticket|add comment).*"))
                .filter(l -> only.matcher(l.name() + " @" + l.clients()).find())
                .map(Line::name).distinct()
                .map(name -> lines.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow())
                .toList();
        boolean writesWarmed = jitWarmup <= 0 || writes.isEmpty();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("line\tclients\tops\terrors\tconflicts\tp50_ms\tp95_ms\tp99_ms\tmax_ms\tops_per_s");
            for (Line line : lines) {
                if (!only.matcher(line.name() + " @" + line.clients()).find()) {
                    continue;
                }
                if (!writesWarmed && writes.stream().anyMatch(l -> l.name().equals(line.name()))) {
                    long slice = Math.max(200, jitWarmup * 1000L / writes.size());
                    long ops = 0;
                    for (Line l : writes) {
                        ops += measureMillis(new Line(l.name(), 4, l.op()), 0, slice).length;
                    }
                    System.out.println("# JIT warm-up: " + ops + " operations over " + writes.size() + " write lines, " + slice + " ms each");
                    // the warm-up's after-commit reactions (notifications, SLA, automation) run on after it ends: a
                    // pause lets them finish instead of landing in the first measured write line
                    Thread.sleep(15_000);
                    writesWarmed = true;
                }
                if (line.name().equals(NOBODY_TO_TELL)) {
                    // the line before it leaves its notifications' reactions running on: let them finish first
                    Thread.sleep(15_000);
                }
                String row = measure(line, warmup, duration);
                w.println(row);
                w.flush();
                System.out.println(row);
            }
        }
    }

    static String require(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    // ---------------------------------------------------------------------------------------------------
    // measuring
    // ---------------------------------------------------------------------------------------------------

    static String measure(Line line, int warmupSeconds, int durationSeconds) throws InterruptedException {
        AtomicLong errors = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        long[] all = run(line, warmupSeconds * 1000L, durationSeconds * 1000L, errors, conflicts);
        return String.join("\t", line.name(), Integer.toString(line.clients()), Integer.toString(all.length),
                Long.toString(errors.get()), Long.toString(conflicts.get()), ms(pct(all, 50)), ms(pct(all, 95)),
                ms(pct(all, 99)), ms(all.length == 0 ? -1 : all[all.length - 1]),
                String.format(java.util.Locale.ROOT, "%.1f", all.length / (double) durationSeconds));
    }

    static long[] measureMillis(Line line, long warmupMillis, long durationMillis) throws InterruptedException {
        return run(line, warmupMillis, durationMillis, new AtomicLong(), new AtomicLong());
    }

    /** The sorted latencies (ns) of the operations that started and ended inside the measured window. */
    static long[] run(Line line, long warmupMillis, long durationMillis, AtomicLong errors, AtomicLong conflicts)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.MILLISECONDS.toNanos(warmupMillis);
        long measureUntil = measureFrom + TimeUnit.MILLISECONDS.toNanos(durationMillis);
        ExecutorService pool = Executors.newFixedThreadPool(line.clients());
        List<Future<long[]>> results = new ArrayList<>();
        List<String> firstErrors = new ArrayList<>();
        for (int c = 0; c < line.clients(); c++) {
            results.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long[] samples = new long[1024];
                int n = 0;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= measureUntil) {
                        break;
                    }
                    int conflicted = 0;
                    boolean ok = true;
                    try {
                        conflicted = line.op().run(random);
                    } catch (Exception e) {
                        ok = false;
                        synchronized (firstErrors) {
                            if (firstErrors.size() < 3) {
                                firstErrors.add(e.toString());
                            }
                        }
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= measureUntil) {
                        if (!ok) {
                            errors.incrementAndGet();
                            continue;
                        }
                        conflicts.addAndGet(conflicted);
                        if (n == samples.length) {
                            samples = Arrays.copyOf(samples, n * 2);
                        }
                        samples[n++] = t1 - t0;
                    } else if (!ok) {
                        Thread.sleep(50); // failing before/after the window: do not spin
                    }
                }
                return Arrays.copyOf(samples, n);
            }));
        }
        pool.shutdown();
        // bounded: every client stops starting operations at measureUntil; a request can take 60 s at most
        if (!pool.awaitTermination((durationMillis + warmupMillis) / 1000 + 90L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        long[] all = results.stream().flatMapToLong(f -> {
            try {
                return Arrays.stream(f.get(1, TimeUnit.SECONDS));
            } catch (Exception e) {
                errors.incrementAndGet();
                return Arrays.stream(new long[0]);
            }
        }).sorted().toArray();
        for (String e : firstErrors) {
            System.err.println("  " + line.name() + " @" + line.clients() + ": " + e);
        }
        return all;
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String ms(long nanos) {
        return nanos < 0 ? "-" : String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6);
    }

    // ---------------------------------------------------------------------------------------------------
    // operations
    // ---------------------------------------------------------------------------------------------------

    static Line get(String name, int clients, String path) {
        return new Line(name, clients, random -> {
            call("GET", path, null, 200);
            return 0;
        });
    }

    /**
     * The page after {@code pages} pages: its cursor is found once by walking there, then reused. Not walked when
     * --only leaves the line out (nominally page pages + 1), so a selection runs against a server without that list.
     */
    static Line deep(String name, int clients, String path, int pages) {
        if (!only.matcher(name + " page " + (pages + 1) + " @" + clients).find()) {
            return new Line(name + " page " + (pages + 1), clients, random -> {
                throw new IllegalStateException("left out by --only");
            });
        }
        String cursor = null;
        String url = path;
        int reached = 1;
        try {
            for (int i = 0; i < pages; i++) {
                Matcher m = NEXT_CURSOR.matcher(call("GET", url, null, 200).body());
                if (!m.find()) {
                    break;
                }
                cursor = m.group(1);
                url = path + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
                reached++;
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not page through " + path + ": " + e, e);
        }
        String target = url;
        return new Line(name + " page " + reached, clients, random -> {
            call("GET", target, null, 200);
            return 0;
        });
    }

    static String randomTicket(ThreadLocalRandom random) {
        return poolIds.get(random.nextInt(poolIds.size()));
    }

    /** GET /api/tickets/{id} then its trail, as the ticket page does. */
    static int fetch(ThreadLocalRandom random) throws Exception {
        String id = randomTicket(random);
        call("GET", "/api/tickets/" + id, null, 200);
        call("GET", "/api/tickets/" + id + "/activity", null, 200);
        return 0;
    }

    /** A valid next status for every status, so that every PATCH really changes the ticket. */
    static String next(String status) {
        return switch (status) {
            case "open" -> "in_progress";
            case "in_progress" -> "pending";
            case "pending" -> "open";
            case "resolved" -> "closed";
            default -> "open";
        };
    }

    /** PATCH {version, status}; a 409 (someone else changed it) re-reads the ticket and tries again (3 times at most). */
    static int changeStatus(ThreadLocalRandom random) throws Exception {
        String id = randomTicket(random);
        int conflicts = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            Ticket t = tickets.get(id);
            String body = "{\"version\":" + t.version() + ",\"status\":\"" + next(t.status()) + "\"}";
            Response r = call("PATCH", "/api/tickets/" + id, body, 200, 409);
            if (r.statusCode() == 200) {
                remember(id, r.body());
                return conflicts;
            }
            conflicts++;
            remember(id, call("GET", "/api/tickets/" + id, null, 200).body());
        }
        throw new Failure("409 four times in a row on " + id);
    }

    static void remember(String id, String ticketJson) throws Failure {
        Matcher v = VERSION.matcher(ticketJson);
        Matcher s = STATUS.matcher(ticketJson);
        if (!v.find() || !s.find()) {
            throw new Failure("no version/status in " + abbreviate(ticketJson));
        }
        tickets.put(id, new Ticket(id, Long.parseLong(v.group(1)), s.group(1)));
    }

    // the seed's words (bench/seed-tickets.sql): created tickets look like the seeded ones, so the search lines find
    // the same mix among the recently updated tickets after any number of runs. With one fixed title ("printer
    // jams") every run pushed thousands of tickets that match no search word on top of the recency order a search
    // walks: after a day of runs q=invoice read 23,000 tickets for its first page instead of 3,400.
    static final String[] SUBJECTS = {"Cannot log in", "Invoice shows the wrong amount", "Export to CSV fails",
        "App crashes on start", "Refund not received", "SSO redirect loop", "Password reset e-mail never arrives",
        "Dashboard is slow", "Charged twice this month", "Cannot upload an attachment", "Report totals do not match",
        "Two-factor code rejected", "Webhook not firing", "API answers 500", "Mobile app freezes",
        "Change the billing address", "Missing invoice for March", "Add a seat to our plan", "Search finds nothing",
        "Notifications arrive twice"};
    static final String[] TAILS = {"since this morning", "after the last update", "for the whole team",
        "only on Firefox", "on the iPad app", "every Monday", "for one customer", "again", "since we moved offices",
        "in the EU region"};
    static final String[] DETAILS = {
        "The customer writes that it worked fine until yesterday and nothing changed on their side.",
        "Steps to reproduce: open the page, click the button, wait. Nothing happens and no error is shown.",
        "They attached a screenshot of the error and ask for a call back before Friday.",
        "Our account manager promised a fix last week; they are getting impatient and mention cancelling.",
        "The invoice total does not include the discount agreed in the contract.",
        "It happens to several people in the same office, all on the latest version.",
        "They tried another browser and clearing the cache; same result.",
        "Please check the logs around 09:15 UTC; the request id is in the screenshot."};

    static int create(ThreadLocalRandom random) throws Exception {
        long n = created.incrementAndGet();
        String body = "{\"title\":\"" + SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + TAILS[random.nextInt(TAILS.length)]
                + "\",\"description\":\"" + DETAILS[random.nextInt(DETAILS.length)] + " (bench run, ticket " + n + ")\","
                + "\"priority\":\"" + (n % 3 == 0 ? "high" : "medium") + "\"}";
        call("POST", "/api/tickets", body, 201);
        return 0;
    }

    static int comment(ThreadLocalRandom random) throws Exception {
        return comment(random, randomTicket(random));
    }

    static int commentOnUnassigned(ThreadLocalRandom random) throws Exception {
        return comment(random, unassignedIds.get(random.nextInt(unassignedIds.size())));
    }

    static int comment(ThreadLocalRandom random, String ticket) throws Exception {
        String body = "{\"body\":\"Thanks, we are on it. Could you tell us which browser you use?\",\"visibility\":\""
                + (random.nextInt(3) == 0 ? "internal" : "public") + "\"}";
        call("POST", "/api/tickets/" + ticket + "/comments", body, 201);
        return 0;
    }

    static Response call(String method, String path, String json, int... expected)
            throws IOException, Failure {
        Response r = send(method, path, json);
        for (int e : expected) {
            if (r.statusCode() == e) {
                return r;
            }
        }
        throw new Failure(method + " " + path + " answered " + r.statusCode() + ": " + abbreviate(r.body()));
    }

    // ---------------------------------------------------------------------------------------------------
    // HTTP/1.1 over kept-alive sockets
    // ---------------------------------------------------------------------------------------------------
    // The load runs on the server's two cores, so the client's CPU is taken from the server: Java's HttpClient spent
    // 0.55 ms of CPU per request (its selector thread, the asynchronous stages behind send), about a tenth of a status
    // change's whole cost. A blocking socket per request in flight, the request written in one piece and the answer
    // read by its Content-Length (or chunks) costs a fraction of that, as pgbench's own client does beside it.

    record Response(int statusCode, String body) {
    }

    static final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    static Response send(String method, String path, String json) throws IOException {
        Connection c = idle.poll();
        boolean reused = c != null;
        if (c == null) {
            c = new Connection();
        }
        try {
            Response r = c.exchange(method, path, json);
            if (c.open) {
                idle.add(c);
            }
            return r;
        } catch (IOException e) {
            c.close();
            if (!reused) {
                throw e;
            }
            // the server closed a kept-alive connection while it was idle: once more on a new one
            Connection fresh = new Connection();
            Response r = fresh.exchange(method, path, json);
            if (fresh.open) {
                idle.add(fresh);
            }
            return r;
        }
    }

    static final class Connection {
        final Socket socket = new Socket();
        final InputStream in;
        final OutputStream out;
        boolean open = true;

        Connection() throws IOException {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            out = socket.getOutputStream();
        }

        Response exchange(String method, String path, String json) throws IOException {
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path)
                    .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                    .append("\r\nAuthorization: Bearer ").append(token).append("\r\nAccept: application/json\r\n");
            if (json != null) {
                head.append("Content-Type: application/json\r\n");
            }
            if (json != null || !method.equals("GET")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            out.write(request);
            out.flush();

            String statusLine = line();
            if (statusLine.isEmpty()) {
                throw new IOException("the connection was closed");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    open = false;
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream(length > 0 ? (int) length : 1024);
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    content.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                content.write(in.readNBytes((int) length));
            }
            if (!open) {
                close();
            }
            return new Response(status, content.toString(StandardCharsets.UTF_8));
        }

        /** One header line without its CRLF; empty at the end of the headers or of the stream. */
        private String line() throws IOException {
            StringBuilder b = new StringBuilder(64);
            for (int ch = in.read(); ch >= 0; ch = in.read()) {
                if (ch == '\n') {
                    int n = b.length();
                    return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
                }
                b.append((char) ch);
            }
            return b.toString();
        }

        void close() {
            open = false;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
