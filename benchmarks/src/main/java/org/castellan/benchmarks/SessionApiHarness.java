package org.castellan.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.Workstation;
import org.castellan.datarights.internal.DataRightsAccessImpl;
import org.castellan.menu.internal.MenuLevelsImpl;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.server.CastellanServer;
import org.castellan.server.DecisionServices;
import org.castellan.server.ServerOptions;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.osgi.framework.Version;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The session registry served to host applications: {@code --workstations} simulated workstations
 * (threads) open their sessions through the server's API over loopback HTTPS, heartbeat once a
 * {@code --heartbeat} seconds each (the installation's interval), log out after a few heartbeats
 * and log in again, for {@code --seconds}, while an administrator sets and lifts bans on one of the
 * two companies in the server's process. Prints the log-ins per second, the heartbeat latency over
 * HTTPS (p50, p99, max) next to the same heartbeat made in-process on the same registry, and
 * checks at the end that the registry holds exactly the sessions the workstations still hold open
 * and that no heartbeat was lost or answered "closed": none lost, none duplicated.
 * <p>
 * The Derby-client counterpart, without the server, is {@link SessionLoadHarness}.
 *
 * <p>
 * {@code --password-checks N} bounds the password verifications the server runs at once (its
 * default: the cores); {@code unbounded} lets each of Jetty's threads verify one, as the server did
 * before the bound, to compare. A log-in answered 503 busy waits its Retry-After and tries again.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.SessionApiHarness --workstations 500 --heartbeat 10 --seconds 120 [--password-checks unbounded]</pre>
 */
public final class SessionApiHarness {

    private static final char[] PASSWORD = "Load-Test-2026x".toCharArray();
    private static final String[] COMPANIES = SessionLoadHarness.COMPANIES;

    private final Map<String, String> tokenBySession = new ConcurrentHashMap<>();
    private final List<Long> heartbeatNanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger logouts = new AtomicInteger();
    private final AtomicInteger banned = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger bans = new AtomicInteger();
    private volatile long deadline;

    private SessionApiHarness() {
    }

    public static void main(String[] args) throws Exception {
        int workstations = Integer.parseInt(SessionLoadHarness.option(args, "--workstations", "500"));
        int heartbeat = Integer.parseInt(SessionLoadHarness.option(args, "--heartbeat", "10"));
        int seconds = Integer.parseInt(SessionLoadHarness.option(args, "--seconds", "120"));
        String checks = SessionLoadHarness.option(args, "--password-checks", "server");
        Path work = Folders.freshWork(args, "benchmarks/target/session-api");
        // Every workstation logs in from this one address: the per-address limit must not be what is measured.
        ServerOptions options = ServerOptions.defaults().withAddress("127.0.0.1", 0).withAttemptLimits(1_000_000, 1_000, Duration.ofMinutes(1));
        if (checks.equals("unbounded")) {
            options = options.withPasswordChecks(1_000, 0, Duration.ofSeconds(10));
        } else if (!checks.equals("server")) {
            options = options.withPasswordChecks(Integer.parseInt(checks), options.passwordQueue(), options.passwordWait());
        }
        new SessionApiHarness().run(work.resolve("installation"), workstations, heartbeat, seconds, options);
    }

    private void run(Path folder, int workstations, int heartbeat, int seconds, ServerOptions options) throws Exception {
        Clock clock = Clock.systemUTC();
        try (CastellanStore store = CastellanStore.create(folder, NewInstallation.unencrypted("session-api"))) {
            var catalog = DeclaredRights.with(List.of(), List.of());
            AccountService accounts = new AccountServiceImpl(store, catalog, PasswordHashing.OWASP_MINIMUM, clock);
            AuthenticatedUser admin = accounts.createFirstAdministrator("admin", "Load Administrator", PASSWORD.clone());
            UserAdministrationImpl users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
            for (int i = 0; i < workstations; i++) {
                users.createUser(admin, new NewUser(login(i), null, null, false, false, 1, PASSWORD.clone()));
            }
            SessionLoadHarness.prepare(store, heartbeat);
            AccessControl access = new AccessControlImpl(store, clock);
            SessionRegistryImpl registry = new SessionRegistryImpl(store, access, clock, DatabaseTime.CURRENT_TIMESTAMP, null);
            DecisionServices services = new DecisionServices(accounts, registry, access,
                    new MenuLevelsImpl(store, ConfigApplyBenchmark.noOptions(), accounts, access, catalog, new Version(0, 1, 0), clock),
                    new DataRightsAccessImpl(store, clock), new JournalService(store, access, clock, new Workstation("bench", "127.0.0.1", "bench", "0.1.0")));
            try (CastellanServer server = CastellanServer.start(folder, services, options, clock)) {
                HttpClient http = DecisionApiHarness.client(server);
                String base = "https://127.0.0.1:" + server.port();
                System.out.printf("Session load through the API: %d workstations over loopback HTTPS, a heartbeat each %d s, for %d s, %d cores; "
                        + "password checks at once %s, %d more waiting up to %d s%n", workstations, heartbeat, seconds,
                        Runtime.getRuntime().availableProcessors(), options.passwordChecks() >= 1_000 ? "unbounded" : options.passwordChecks(),
                        options.passwordQueue(), options.passwordWait().toSeconds());
                long start = System.nanoTime();
                deadline = start + Duration.ofSeconds(seconds).toNanos();
                List<Thread> threads = new ArrayList<>();
                for (int i = 0; i < workstations; i++) {
                    int n = i;
                    threads.add(Thread.ofVirtual().name("ws-" + i).start(() -> workstation(http, base, n, heartbeat)));
                }
                threads.add(Thread.ofPlatform().name("administrator").start(() -> administrator(registry, admin)));
                for (Thread thread : threads) {
                    thread.join();
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                report(store, registry, elapsed);
            }
        }
    }

    private static String login(int i) {
        return String.format("clerk%03d", i);
    }

    /**
     * Logs in (the first time at a random moment of the first interval, so that the workstations do
     * not beat together), heartbeats 3 to 6 times an interval apart, logs out; again until the
     * deadline. A session open then stays open.
     */
    private void workstation(HttpClient http, String base, int n, int heartbeat) {
        String company = COMPANIES[n % COMPANIES.length];
        String login = "{\"login\":\"" + login(n) + "\",\"password\":\"" + new String(PASSWORD) + "\",\"company\":\"" + company
                + "\",\"workstation\":\"ws-" + n + "\",\"program\":\"SessionApiHarness\"}";
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(heartbeat * 1000L));
            while (System.nanoTime() < deadline) {
                HttpResponse<String> opened = http.send(DecisionApiHarness.json(base + "/api/v1/sessions", null, login), HttpResponse.BodyHandlers.ofString());
                if (opened.statusCode() == 403 && opened.body().contains("\"banned\"")) {
                    banned.incrementAndGet();
                    Thread.sleep(1000);
                    continue;
                }
                if (opened.statusCode() == 503 && opened.body().contains("\"busy\"")) {
                    busy.incrementAndGet();
                    Thread.sleep(1000L * Long.parseLong(opened.headers().firstValue("Retry-After").orElse("1")));
                    continue;
                }
                JsonObject session = answer(opened, 201);
                String id = session.get("sessionId").getAsString();
                String token = session.get("token").getAsString();
                tokenBySession.put(id, token);
                logins.incrementAndGet();
                int beats = ThreadLocalRandom.current().nextInt(3, 7);
                for (int i = 0; i < beats && System.nanoTime() < deadline; i++) {
                    Thread.sleep(heartbeat * 1000L);
                    long before = System.nanoTime();
                    JsonObject beat = answer(http.send(DecisionApiHarness.json(base + "/api/v1/session/heartbeat", token, "{\"userActive\":true}"),
                            HttpResponse.BodyHandlers.ofString()), 200);
                    heartbeatNanos.add(System.nanoTime() - before);
                    if (!beat.get("open").getAsBoolean()) {
                        throw new IllegalStateException("session " + id + " answered closed: " + beat);
                    }
                }
                if (System.nanoTime() >= deadline) {
                    return; // still logged in when the run ends: counted at the end
                }
                HttpRequest logout = HttpRequest.newBuilder(URI.create(base + "/api/v1/session")).header("Authorization", "Bearer " + token)
                        .DELETE().build();
                answer(http.send(logout, HttpResponse.BodyHandlers.ofString()), 200);
                tokenBySession.remove(id);
                logouts.incrementAndGet();
            }
        } catch (Exception e) {
            failures.incrementAndGet();
            e.printStackTrace(System.out);
        }
    }

    private static JsonObject answer(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** Sets a ban on ACME for a few seconds and lifts it, again and again, in the server's process. */
    private void administrator(SessionRegistryImpl registry, AuthenticatedUser admin) {
        try {
            while (System.nanoTime() < deadline) {
                Thread.sleep(7000);
                Instant now = registry.databaseTime();
                Ban ban = registry.block(admin, new BanRequest("ACME", now, now.plusSeconds(10), "load test"));
                bans.incrementAndGet();
                Thread.sleep(3000);
                registry.lift(admin, ban.id());
            }
        } catch (Exception e) {
            failures.incrementAndGet();
            e.printStackTrace(System.out);
        }
    }

    private void report(CastellanStore store, SessionRegistryImpl registry, double elapsed) throws Exception {
        Set<String> inRegistry = new HashSet<>();
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM sessions"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inRegistry.add(rs.getString(1));
                }
            }
            return null;
        });
        List<Long> overHttps = new ArrayList<>(heartbeatNanos);
        Collections.sort(overHttps);
        List<Long> inProcess = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String id : inRegistry) {
                long before = System.nanoTime();
                registry.heartbeat(id, true);
                inProcess.add(System.nanoTime() - before);
            }
        }
        Collections.sort(inProcess);
        System.out.printf("Log-ins: %d in %.1f s = %.1f log-ins/s (log-outs %d, refused by a ban %d, %d bans set, %d answered busy and tried again)%n",
                logins.get(), elapsed, logins.get() / elapsed, logouts.get(), banned.get(), bans.get(), busy.get());
        System.out.printf("Heartbeats over HTTPS: %d = %.1f/s, latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", overHttps.size(),
                overHttps.size() / elapsed, SessionLoadHarness.percentile(overHttps, 50), SessionLoadHarness.percentile(overHttps, 99),
                overHttps.isEmpty() ? 0 : overHttps.get(overHttps.size() - 1) / 1e6);
        System.out.printf("Heartbeats in-process on the same registry: %d, latency p50 %.2f ms, p99 %.2f ms%n", inProcess.size(),
                SessionLoadHarness.percentile(inProcess, 50), SessionLoadHarness.percentile(inProcess, 99));
        boolean same = inRegistry.equals(tokenBySession.keySet());
        System.out.printf("Count check: %d sessions held open by the workstations, %d in the registry, %s; failures %d%n", tokenBySession.size(),
                inRegistry.size(), same ? "identical (none lost, none duplicated)" : "DIFFERENT", failures.get());
        if (!same || failures.get() > 0) {
            System.exit(1);
        }
    }
}
