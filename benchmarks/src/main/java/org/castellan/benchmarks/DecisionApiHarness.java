package org.castellan.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.osgi.framework.Version;

import com.google.gson.JsonParser;

/**
 * The decision API over loopback HTTPS (TLS 1.3, HTTP/1.1 keep-alive, java.net.http clients on
 * {@code --clients} threads), next to the same checks made in-process on the same AccessControl:
 * single right checks (one per request: checks per second and latency p50/p99) and batches
 * ({@code --batch} rights per request: checks per second). A clerk holds 500 of 2,000 declared
 * rights through a role; each phase warms up, then measures for {@code --seconds}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.DecisionApiHarness --clients 16 --seconds 15 --work DIR</pre>
 */
public final class DecisionApiHarness {

    private static final char[] PASSWORD = "Decide-2026x".toCharArray();
    private static final int RIGHTS = 2000;
    private static final int HELD = 500;

    private DecisionApiHarness() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(SessionLoadHarness.option(args, "--clients", "16"));
        int seconds = Integer.parseInt(SessionLoadHarness.option(args, "--seconds", "15"));
        int batch = Integer.parseInt(SessionLoadHarness.option(args, "--batch", "1000"));
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
                run(server, access, clerk, clients, seconds, batch);
            }
        }
    }

    private static void run(CastellanServer server, AccessControl access, AuthenticatedUser clerk, int clients, int seconds, int batch) throws Exception {
        HttpClient http = client(server);
        String base = "https://127.0.0.1:" + server.port();
        HttpResponse<String> login = http.send(json(base + "/api/v1/sessions", null,
                "{\"login\":\"clerk\",\"password\":\"" + new String(PASSWORD) + "\"}"), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 201) {
            throw new IllegalStateException(login.body());
        }
        String token = JsonParser.parseString(login.body()).getAsJsonObject().get("token").getAsString();
        String single = "{\"rights\":[\"bench.right.7\"]}";
        String many = IntStream.range(0, batch).mapToObj(i -> "\"bench.right." + (i * 2 % RIGHTS) + '"').collect(Collectors.joining(",", "{\"rights\":[", "]}"));
        HttpRequest one = json(base + "/api/v1/decisions/rights", token, single);
        HttpRequest batched = json(base + "/api/v1/decisions/rights", token, many);
        check(http.send(one, HttpResponse.BodyHandlers.ofString()), "\"all\":true");
        check(http.send(batched, HttpResponse.BodyHandlers.ofString()), "\"all\":false");

        System.out.printf("Decision API over loopback HTTPS (TLS 1.3, keep-alive), %d client threads, %d s per phase, %d cores%n", clients, seconds,
                Runtime.getRuntime().availableProcessors());
        Phase https = Phase.measure(clients, seconds, () -> send(http, one));
        System.out.printf("  single checks over HTTPS:  %,12.0f checks/s  p50 %.2f ms  p99 %.2f ms  (%d requests)%n", https.perSecond(), https.percentile(50),
                https.percentile(99), https.count());
        Phase batches = Phase.measure(clients, seconds, () -> send(http, batched));
        System.out.printf("  batched checks over HTTPS: %,12.0f checks/s  (%,.0f requests/s of %d rights, p99 %.2f ms)%n", batches.perSecond() * batch,
                batches.perSecond(), batch, batches.percentile(99));

        List<String> asked = IntStream.range(0, batch).mapToObj(i -> "bench.right." + (i * 2 % RIGHTS)).toList();
        Phase local = Phase.measure(1, seconds, () -> access.hasRight(clerk.id(), "bench.right.7") ? 1 : 0);
        System.out.printf("  single checks in-process:  %,12.0f checks/s  p50 %.4f ms  p99 %.4f ms (one thread, timer included)%n", local.perSecond(),
                local.percentile(50), local.percentile(99));
        Phase localBatches = Phase.measure(1, seconds, () -> {
            Set<String> held = access.rightsOf(clerk.id());
            int count = 0;
            for (String right : asked) {
                count += held.contains(right) ? 1 : 0;
            }
            return count;
        });
        System.out.printf("  batched checks in-process: %,12.0f checks/s  (one thread)%n", localBatches.perSecond() * batch);
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

    private static void check(HttpResponse<String> response, String expected) {
        if (response.statusCode() != 200 || !response.body().contains(expected)) {
            throw new IllegalStateException("unexpected answer: " + response.statusCode() + " " + response.body());
        }
    }

    /** Calls made by several threads for a while after a warm-up: their count and each call's time. */
    private record Phase(long count, double seconds, long[] nanos) {

        static Phase measure(int threads, int seconds, LongSupplier call) throws InterruptedException {
            run(threads, Math.max(2, seconds / 3), call); // warm-up: JIT, connections, TLS sessions
            return run(threads, seconds, call);
        }

        private static Phase run(int threads, int seconds, LongSupplier call) throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            List<long[]> samples = new ArrayList<>();
            AtomicLong sink = new AtomicLong();
            List<Thread> running = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                long[][] mine = { new long[1 << 16] };
                int[] size = { 0 };
                Thread thread = Thread.ofPlatform().start(() -> {
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
            long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Phase(all.length, elapsed, all);
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
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", server.certificate());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).build();
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
