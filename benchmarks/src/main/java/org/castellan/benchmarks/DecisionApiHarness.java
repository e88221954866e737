package org.castellan.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.Workstation;
import org.castellan.datarights.internal.DataRightsAccessImpl;
import org.castellan.menu.internal.MenuLevelsImpl;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.RightContribution;
import org.castellan.security.RightsCatalog;
import org.castellan.security.RoleContribution;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.RoleAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.server.CastellanServer;
import org.castellan.server.DecisionServices;
import org.castellan.server.ServerOptions;
import org.castellan.server.internal.ApiServer;
import org.castellan.server.internal.ServerKeyStore;
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.osgi.framework.Version;

import com.google.gson.JsonParser;

/**
 * The decision API over loopback HTTPS (TLS 1.3, HTTP/1.1 keep-alive, {@code --clients} threads),
 * next to the same checks made in-process on the same AccessControl: single right checks (one per
 * request: checks per second and latency p50/p99) and batches ({@code --batch} rights per request:
 * checks per second). Two clients: {@code java.net.http} and a kept-alive TLS socket per thread
 * ({@link KeptAliveHttps}: what the server answers when the client costs next to nothing); and the
 * floor: the same Jetty, connector and TLS answering a constant, no route, token or JSON. A clerk
 * holds 500 of 2,000 declared rights through a role; each phase warms up, then measures for
 * {@code --seconds}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.DecisionApiHarness --clients 16 --seconds 15 --work DIR
 *     [--client jdk|raw|both] [--single] [--no-floor]</pre>
 */
public final class DecisionApiHarness {

    private static final char[] PASSWORD = "Decide-2026x".toCharArray();
    private static final int RIGHTS = 2000;
    private static final int HELD = 500;
    private static final String RIGHTS_PATH = "/api/v1/decisions/rights";

    private DecisionApiHarness() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.of(args);
        Path work = Folders.freshWork(args, "benchmarks/target/decision-api");
        Clock clock = Clock.systemUTC();
        Path folder = work.resolve("installation");
        try (CastellanStore store = CastellanStore.create(folder, NewInstallation.unencrypted("decision-api"))) {
            RightsCatalog catalog = catalog();
            AccountService accounts = new AccountServiceImpl(store, catalog, PasswordHashing.OWASP_MINIMUM, clock);
            AuthenticatedUser admin = accounts.createFirstAdministrator("admin", "Administrator", PASSWORD.clone());
            AuthenticatedUser clerk = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock).createUser(admin,
                    new NewUser("clerk", "Claire Clerk", null, false, false, 3, PASSWORD.clone()));
            new RoleAdministrationImpl(store, catalog, clock).assign(admin, "clerk", "Clerk");
            AccessControl access = new AccessControlImpl(store, clock);
            DecisionServices services = new DecisionServices(accounts, new SessionRegistryImpl(store, access, clock, DatabaseTime.CURRENT_TIMESTAMP, null),
                    access, new MenuLevelsImpl(store, ConfigApplyBenchmark.noOptions(), accounts, access, catalog, new Version(0, 1, 0), clock),
                    new DataRightsAccessImpl(store, clock), new JournalService(store, access, clock, new Workstation("bench", "127.0.0.1", "bench", "0.1.0")));
            try (CastellanServer server = CastellanServer.start(folder, services, ServerOptions.defaults().withAddress("127.0.0.1", 0), clock)) {
                run(folder, server, access, clerk, options);
            }
        }
    }

    private static void run(Path folder, CastellanServer server, AccessControl access, AuthenticatedUser clerk, Options options) throws Exception {
        HttpClient http = client(server);
        String base = "https://127.0.0.1:" + server.port();
        HttpResponse<String> login = http.send(json(base + "/api/v1/sessions", null,
                "{\"login\":\"clerk\",\"password\":\"" + new String(PASSWORD) + "\"}"), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 201) {
            throw new IllegalStateException(login.body());
        }
        String token = JsonParser.parseString(login.body()).getAsJsonObject().get("token").getAsString();
        String single = "{\"rights\":[\"bench.right.7\"]}";
        String many = IntStream.range(0, options.batch).mapToObj(i -> "\"bench.right." + (i * 2 % RIGHTS) + '"')
                .collect(Collectors.joining(",", "{\"rights\":[", "]}"));
        HttpRequest one = json(base + RIGHTS_PATH, token, single);
        HttpRequest batched = json(base + RIGHTS_PATH, token, many);
        check(http.send(one, HttpResponse.BodyHandlers.ofString()), "\"all\":true");
        check(http.send(batched, HttpResponse.BodyHandlers.ofString()), "\"all\":false");
        SSLContext tls = tls(server.certificate());
        byte[] singleBytes = single.getBytes(StandardCharsets.UTF_8);
        byte[] manyBytes = many.getBytes(StandardCharsets.UTF_8);

        System.out.printf("Decision API over loopback HTTPS (TLS 1.3, keep-alive), %d client threads, %d s per phase, %d cores, load average %.2f%n",
                options.clients, options.seconds, Runtime.getRuntime().availableProcessors(), load());
        List<String> asked = IntStream.range(0, options.batch).mapToObj(i -> "bench.right." + (i * 2 % RIGHTS)).toList();
        Phase local = Phase.measure(1, options.seconds, () -> access.hasRight(clerk.id(), "bench.right.7") ? 1 : 0);
        System.out.printf("  single checks in-process:          %,12.0f checks/s  p50 %.4f ms  p99 %.4f ms (one thread, timer included)%n",
                local.perSecond(), local.percentile(50), local.percentile(99));
        // a host sends heartbeats: without one, the session goes stale during a long run and its token ends
        HttpRequest heartbeat = json(base + "/api/v1/session/heartbeat", token, "{}");
        if (options.clientKinds.contains("jdk")) {
            check(http.send(heartbeat, HttpResponse.BodyHandlers.ofString()), "");
            Phase https = Phase.measure(options.clients, options.seconds, () -> send(http, one));
            report("single checks, java.net.http:", https, 1);
            if (!options.singleOnly) {
                check(http.send(heartbeat, HttpResponse.BodyHandlers.ofString()), "");
                report("batches, java.net.http:", Phase.measure(options.clients, options.seconds, () -> send(http, batched)), options.batch);
            }
        }
        if (options.clientKinds.contains("raw")) {
            try (KeptAliveHttps lean = new KeptAliveHttps(tls, "127.0.0.1", server.port())) {
                check(http.send(heartbeat, HttpResponse.BodyHandlers.ofString()), "");
                check(lean.post(RIGHTS_PATH, token, singleBytes), "\"all\":true");
                report("single checks, kept-alive socket:", Phase.measure(options.clients, options.seconds, () -> send(lean, token, singleBytes)), 1);
                if (!options.singleOnly) {
                    check(http.send(heartbeat, HttpResponse.BodyHandlers.ofString()), "");
                    check(lean.post(RIGHTS_PATH, token, manyBytes), "\"all\":false");
                    report("batches, kept-alive socket:", Phase.measure(options.clients, options.seconds, () -> send(lean, token, manyBytes)), options.batch);
                }
            }
        }
        if (options.floor) {
            floor(folder, tls, token, singleBytes, options);
        }
        if (!options.singleOnly) {
            Phase localBatches = Phase.measure(1, options.seconds, () -> {
                Set<String> held = access.rightsOf(clerk.id());
                int count = 0;
                for (String right : asked) {
                    count += held.contains(right) ? 1 : 0;
                }
                return count;
            });
            System.out.printf("  batched checks in-process:         %,12.0f checks/s  (one thread)%n", localBatches.perSecond() * options.batch);
        }
        System.out.printf("  load average at the end %.2f%n", load());
    }

    /**
     * The floor: Jetty as the API runs it (same threads, connector, TLS 1.3 and key), its handler
     * reading the body and answering a constant of the same size, over the same client threads.
     * No route, token, JSON or check: what the network, TLS and HTTP alone cost here.
     */
    private static void floor(Path folder, SSLContext tls, String token, byte[] body, Options options) throws Exception {
        byte[] answer = "{\"rights\":{\"bench.right.7\":true},\"all\":true}".getBytes(StandardCharsets.UTF_8);
        Server jetty = ApiServer.jetty(ServerKeyStore.generated(folder, "127.0.0.1", Instant.now()), ServerOptions.defaults().withAddress("127.0.0.1", 0),
                new Handler.Abstract() {
                    @Override
                    public boolean handle(Request request, Response response, Callback callback) throws Exception {
                        Content.Source.asByteBuffer(request);
                        response.setStatus(200);
                        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
                        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
                        response.write(true, ByteBuffer.wrap(answer), callback);
                        return true;
                    }
                });
        jetty.start();
        try {
            int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
            if (options.clientKinds.contains("jdk")) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).build();
                HttpRequest request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + RIGHTS_PATH)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                report("floor (constant), java.net.http:", Phase.measure(options.clients, options.seconds, () -> send(http, request)), 1);
            }
            if (options.clientKinds.contains("raw")) {
                try (KeptAliveHttps lean = new KeptAliveHttps(tls, "127.0.0.1", port)) {
                    report("floor (constant), kept-alive socket:", Phase.measure(options.clients, options.seconds, () -> send(lean, token, body)), 1);
                }
            }
        } finally {
            jetty.stop();
        }
    }

    private static void report(String what, Phase phase, int perRequest) {
        if (perRequest == 1) {
            System.out.printf("  %-35s %,12.0f checks/s  p50 %.2f ms  p99 %.2f ms  (%d requests)", what, phase.perSecond(), phase.percentile(50),
                    phase.percentile(99), phase.count());
        } else {
            System.out.printf("  %-35s %,12.0f checks/s  (%,.0f requests/s of %d rights, p50 %.2f ms, p99 %.2f ms)", what, phase.perSecond() * perRequest,
                    phase.perSecond(), perRequest, phase.percentile(50), phase.percentile(99));
        }
        // CPU per request does not depend on what else the machine runs: 2 cores / (server + client) is the quiet machine's ceiling
        System.out.printf("  CPU per request: server %.0f us, client %.0f us%n", phase.serverMicros(), phase.clientMicros());
    }

    /** Jetty's threads, the API's and the floor's: named by ApiServer. */
    private static final String SERVER_THREADS = "castellan-server";
    /** java.net.http's selector and worker threads. */
    private static final String JDK_CLIENT_THREADS = "HttpClient-";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The CPU time each live thread whose name starts with the prefix has used, in nanoseconds. */
    private static Map<Long, Long> cpuOfThreads(String prefix) {
        Map<Long, Long> used = new HashMap<>();
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith(prefix)) {
                used.put(thread.getThreadId(), Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId())));
            }
        }
        return used;
    }

    /** The CPU time those threads used since {@code before} (a thread ended meanwhile is not counted: a little less, never less than nothing). */
    private static long cpuSince(String prefix, Map<Long, Long> before) {
        long sum = 0;
        for (Map.Entry<Long, Long> now : cpuOfThreads(prefix).entrySet()) {
            sum += Math.max(0, now.getValue() - before.getOrDefault(now.getKey(), 0L));
        }
        return sum;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body().length();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long send(KeptAliveHttps client, String token, byte[] body) {
        KeptAliveHttps.Answer answer = client.post(RIGHTS_PATH, token, body);
        if (answer.status() != 200) {
            throw new IllegalStateException(answer.status() + " " + answer.body());
        }
        return answer.body().length();
    }

    private static void check(KeptAliveHttps.Answer answer, String expected) {
        if (answer.status() != 200 || !answer.body().contains(expected)) {
            throw new IllegalStateException("unexpected answer: " + answer.status() + " " + answer.body());
        }
    }

    /** What a run measures: {@code --clients N --seconds S --batch B --client jdk|raw|both --single --no-floor}. */
    private record Options(int clients, int seconds, int batch, Set<String> clientKinds, boolean singleOnly, boolean floor) {

        static Options of(String[] args) {
            String kind = SessionLoadHarness.option(args, "--client", "both");
            return new Options(Integer.parseInt(SessionLoadHarness.option(args, "--clients", "16")),
                    Integer.parseInt(SessionLoadHarness.option(args, "--seconds", "15")), Integer.parseInt(SessionLoadHarness.option(args, "--batch", "1000")),
                    kind.equals("both") ? Set.of("jdk", "raw") : Set.of(kind), Arrays.asList(args).contains("--single"),
                    !Arrays.asList(args).contains("--no-floor"));
        }
    }

    private static void check(HttpResponse<String> response, String expected) {
        if (response.statusCode() != 200 || !response.body().contains(expected)) {
            throw new IllegalStateException("unexpected answer: " + response.statusCode() + " " + response.body());
        }
    }

    /** Calls made by several threads for a while after a warm-up: their count and each call's time. */
    private record Phase(long count, double seconds, long[] nanos, long clientCpu, long serverCpu) {

        static Phase measure(int threads, int seconds, LongSupplier call) throws InterruptedException {
            run(threads, Math.max(2, seconds / 3), call); // warm-up: JIT, connections, TLS sessions
            return run(threads, seconds, call);
        }

        private static Phase run(int threads, int seconds, LongSupplier call) throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            List<long[]> samples = new ArrayList<>();
            AtomicLong sink = new AtomicLong();
            List<Thread> running = new ArrayList<>();
            AtomicLong clientCpu = new AtomicLong();
            Map<Long, Long> serverCpuBefore = cpuOfThreads(SERVER_THREADS);
            Map<Long, Long> jdkClientCpuBefore = cpuOfThreads(JDK_CLIENT_THREADS);
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                long[][] mine = { new long[1 << 16] };
                int[] size = { 0 };
                Thread thread = Thread.ofPlatform().start(() -> {
                    long cpuBefore = THREADS.getCurrentThreadCpuTime();
                    long sum = 0;
                    while (System.nanoTime() < end) {
                        long before = System.nanoTime();
                        sum += call.getAsLong();
                        long took = System.nanoTime() - before;
                        if (size[0] == mine[0].length) {
                            mine[0] = Arrays.copyOf(mine[0], size[0] * 2);
                        }
                        mine[0][size[0]++] = took;
                    }
                    sink.addAndGet(sum);
                    clientCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuBefore);
                    synchronized (samples) {
                        samples.add(Arrays.copyOf(mine[0], size[0]));
                    }
                });
                running.add(thread);
            }
            for (Thread thread : running) {
                thread.join();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long serverCpu = cpuSince(SERVER_THREADS, serverCpuBefore);
            long jdkClientCpu = cpuSince(JDK_CLIENT_THREADS, jdkClientCpuBefore);
            long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Phase(all.length, elapsed, all, clientCpu.get() + jdkClientCpu, serverCpu);
        }

        /** CPU time per request, in microseconds: the client's (the calling threads and java.net.http's own), and Jetty's threads'. */
        double clientMicros() {
            return clientCpu / 1e3 / Math.max(1, count);
        }

        double serverMicros() {
            return serverCpu / 1e3 / Math.max(1, count);
        }

        double perSecond() {
            return count / seconds;
        }

        double percentile(int p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, index)] / 1e6;
        }
    }

    static HttpRequest json(String url, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** HTTP/1.1 with keep-alive over TLS 1.3, trusting only the server's certificate. */
    static HttpClient client(CastellanServer server) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls(server.certificate())).build();
    }

    /** TLS 1.3 trusting only this certificate. */
    static SSLContext tls(X509Certificate certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, factory.getTrustManagers(), null);
        return tls;
    }

    private static RightsCatalog catalog() {
        List<RightContribution> rights = new ArrayList<>();
        Set<String> held = new HashSet<>();
        for (int i = 0; i < RIGHTS; i++) {
            rights.add(new RightContribution("bench.right." + i, "Right " + i, null, null, "bench", false));
            if (i % 4 == 3 || i == 7) {
                held.add("bench.right." + i);
            }
        }
        while (held.size() > HELD) {
            held.remove(held.stream().filter(r -> !r.equals("bench.right.7")).findFirst().orElseThrow());
        }
        RoleContribution clerkRole = new RoleContribution("bench.role.clerk", "Clerk", null, false, held, Set.of(), "bench");
        return DeclaredRights.with(rights, List.of(clerkRole));
    }
}
