package org.castellan.benchmarks;

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
import java.util.concurrent.atomic.AtomicLong;

import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.RightsCatalog;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.LoginRefusedException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionSettings;
import org.castellan.sessions.Workstation;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.DatabaseServer;
import org.castellan.store.NewInstallation;

/**
 * Load on the session registry of a shared installation: {@code --workstations} simulated
 * workstations (threads, each with its own connection to a real Derby Network Server on loopback)
 * log in, heartbeat every second a few times and log out, for {@code --seconds}, while an
 * administrator sets and lifts bans on one of the two companies. Prints logins per second, the
 * heartbeat latency (p50, p99), and checks at the end that the registry holds exactly the sessions
 * the workstations still hold open: none lost, none duplicated.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.SessionLoadHarness --workstations 50 --seconds 60 --work DIR</pre>
 */
public final class SessionLoadHarness {

    private static final char[] PASSWORD = "Load-Test-2026x".toCharArray();
    static final String[] COMPANIES = { "ACME", "BETA" };

    private final Map<String, String> openById = new ConcurrentHashMap<>();
    private final List<Long> heartbeatNanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger logouts = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger bansSet = new AtomicInteger();
    private final AtomicInteger bansLifted = new AtomicInteger();
    private final AtomicLong deadline = new AtomicLong();

    private SessionLoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int workstations = Integer.parseInt(option(args, "--workstations", "50"));
        int seconds = Integer.parseInt(option(args, "--seconds", "60"));
        Path work = Folders.freshWork(args, "benchmarks/target/session-load");
        new SessionLoadHarness().run(work.resolve("installation"), workstations, seconds);
    }

    private void run(Path folder, int workstations, int seconds) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        try (CastellanStore store = CastellanStore.create(folder, NewInstallation.unencrypted("session-load"))) {
            AccountService accounts = new AccountServiceImpl(store, catalog(), PasswordHashing.OWASP_MINIMUM, clock);
            AuthenticatedUser admin = accounts.createFirstAdministrator("admin", "Load Administrator", PASSWORD);
            UserAdministrationImpl users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
            List<AuthenticatedUser> clerks = new ArrayList<>();
            for (int i = 0; i < workstations; i++) {
                clerks.add(users.createUser(admin, new NewUser(String.format("clerk%02d", i), null, null, false, false, 1, PASSWORD.clone())));
            }
            prepare(store, 1); // a one-second heartbeat: 50 workstations give a steady load
            DatabaseServer server = store.startServer("localhost", 0);
            System.out.printf("Session load: %d workstations over Derby Network Server %s:%d for %d s%n", workstations,
                    server.address().host(), server.address().port(), seconds);

            long start = System.nanoTime();
            deadline.set(start + Duration.ofSeconds(seconds).toNanos());
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < workstations; i++) {
                AuthenticatedUser clerk = clerks.get(i);
                String name = String.format("ws-%02d", i);
                String company = COMPANIES[i % COMPANIES.length];
                threads.add(Thread.ofPlatform().name(name).start(() -> workstation(store, server, clerk, name, company)));
            }
            threads.add(Thread.ofPlatform().name("administrator").start(() -> administrator(store, server, admin)));
            for (Thread thread : threads) {
                thread.join();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            report(store, elapsed);
        }
    }

    /** The two companies, and the heartbeat interval the sessions are asked to keep. */
    static void prepare(CastellanStore store, int heartbeatSeconds) throws Exception {
        store.inTransaction(tx -> {
            for (int i = 0; i < COMPANIES.length; i++) {
                try (PreparedStatement ps = tx.connection().prepareStatement(
                        "INSERT INTO companies (id, version, owner_id, position, code, name) SELECT ?, 0, id, ?, ?, ? FROM installation")) {
                    ps.setString(1, "company-" + i);
                    ps.setInt(2, i);
                    ps.setString(3, COMPANIES[i]);
                    ps.setString(4, COMPANIES[i]);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO settings (name, setting_value) VALUES (?, ?)")) {
                ps.setString(1, SessionSettings.HEARTBEAT_SECONDS);
                ps.setString(2, Integer.toString(heartbeatSeconds));
                ps.executeUpdate();
            }
            return null;
        });
    }

    private SessionRegistryImpl registry(CastellanStore client) {
        return new SessionRegistryImpl(client, new AccessControlImpl(client, Clock.systemUTC()), Clock.systemDefaultZone(),
                DatabaseTime.CURRENT_TIMESTAMP, null);
    }

    /** Logs in, heartbeats 2 to 5 times a second apart, logs out; again until the deadline. A session open then stays open. */
    private void workstation(CastellanStore server, DatabaseServer address, AuthenticatedUser clerk, String name, String company) {
        Workstation workstation = new Workstation(name, "127.0.0.1", "load", "SessionLoadHarness", "1");
        try (CastellanStore client = CastellanStore.connect(address.address(), server.credentials(), server.folder().orElseThrow().resolve("seal.key"))) {
            SessionRegistryImpl registry = registry(client);
            while (System.nanoTime() < deadline.get()) {
                SessionInfo session;
                try {
                    session = registry.open(clerk, company, workstation, false);
                } catch (LoginRefusedException e) {
                    refused.incrementAndGet();
                    Thread.sleep(500);
                    continue;
                }
                openById.put(session.id(), name);
                logins.incrementAndGet();
                int beats = ThreadLocalRandom.current().nextInt(2, 6);
                for (int i = 0; i < beats && System.nanoTime() < deadline.get(); i++) {
                    Thread.sleep(1000);
                    long before = System.nanoTime();
                    registry.heartbeat(session.id(), true);
                    heartbeatNanos.add(System.nanoTime() - before);
                }
                if (System.nanoTime() >= deadline.get()) {
                    return; // still logged in when the run ends: counted at the end
                }
                registry.close(session.id(), "log-out");
                openById.remove(session.id());
                logouts.incrementAndGet();
            }
        } catch (Exception e) {
            failures.incrementAndGet();
            e.printStackTrace(System.out);
        }
    }

    /** Sets a ban on ACME for a few seconds, lifts it (or lets it end), waits, again. */
    private void administrator(CastellanStore server, DatabaseServer address, AuthenticatedUser admin) {
        try (CastellanStore client = CastellanStore.connect(address.address(), server.credentials(), server.folder().orElseThrow().resolve("seal.key"))) {
            SessionRegistryImpl registry = registry(client);
            while (System.nanoTime() < deadline.get()) {
                Instant now = registry.databaseTime();
                Ban ban = registry.block(admin, new BanRequest("ACME", now, now.plusSeconds(10), "load test"));
                bansSet.incrementAndGet();
                Thread.sleep(3000);
                registry.lift(admin, ban.id());
                bansLifted.incrementAndGet();
                Thread.sleep(4000);
            }
        } catch (Exception e) {
            failures.incrementAndGet();
            e.printStackTrace(System.out);
        }
    }

    private void report(CastellanStore store, double elapsed) throws Exception {
        Set<String> inRegistry = new HashSet<>();
        int rows = store.inTransaction(tx -> {
            int count = 0;
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM sessions"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inRegistry.add(rs.getString(1));
                    count++;
                }
            }
            return count;
        });
        List<Long> latencies = new ArrayList<>(heartbeatNanos);
        Collections.sort(latencies);
        System.out.printf("Logins: %d in %.1f s = %.1f logins/s (log-outs %d, refused by a ban %d)%n", logins.get(), elapsed,
                logins.get() / elapsed, logouts.get(), refused.get());
        System.out.printf("Heartbeats: %d, latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", latencies.size(), percentile(latencies, 50),
                percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1e6);
        System.out.printf("Bans: %d set, %d lifted by the administrator%n", bansSet.get(), bansLifted.get());
        boolean same = inRegistry.equals(openById.keySet()) && rows == inRegistry.size();
        System.out.printf("Count check: %d sessions held open by the workstations, %d rows in the registry, %s; failures %d%n",
                openById.size(), rows, same ? "identical (none lost, none duplicated)" : "DIFFERENT", failures.get());
        if (!same || failures.get() > 0) {
            System.exit(1);
        }
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static RightsCatalog catalog() {
        return DeclaredRights.with(List.of(), List.of());
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
