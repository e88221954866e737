package org.castellan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.castellan.audit.AuditJournal;
import org.castellan.audit.AuditReports;
import org.castellan.audit.LoginsPerDay;
import org.castellan.audit.ReportFilter;
import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.ReportService;
import org.castellan.audit.internal.Workstation;
import org.castellan.backup.BackupService;
import org.castellan.backup.internal.BackupServiceImpl;
import org.castellan.security.AccountsOverview;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.internal.AccountsOverviewImpl;
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.SessionRegistry;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.SettingsTable;
import org.castellan.store.StoreException;
import org.castellan.store.TransactionWork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every summary the home reads when it opens, on an installation of {@code journalRows} journal
 * rows (three years, a quarter of them successful and a quarter failed logins: some 70,000 logins
 * in the chart's 30 days) and {@code users} users (passwords changed over the last 120 days under
 * a 90-day policy, a thousand in a group with a 45-day policy of its own, a hundred locked): the
 * backup's last good backup and whether it is overdue, sessions and bans, the accounts' counts,
 * the logins per day of 30 days, the journal's last verification. The goal: under 300 ms.
 * <p>
 * The data is written once by plain JDBC batches into {@code benchmarks/target/home-data-...} and
 * reused by later runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class HomeSummaryBenchmark {

    static final Instant END = GeneratedJournal.END;
    private static final int BATCH = 50_000;
    private static final int GROUP_MEMBERS = 1000;
    private static final int LOCKED = 100;
    private static final String[] TOPICS = GeneratedJournal.TOPICS;

    @Param("5000000")
    public int journalRows;

    @Param("100000")
    public int users;

    private CastellanStore store;
    private BackupService backup;
    private SessionRegistry sessions;
    private AccountsOverview accounts;
    private AuditReports reports;
    private AuditJournal journal;
    private final AuthenticatedUser admin = new AuthenticatedUser("admin-id", "admin", null, 9);

    @Setup
    public void open() throws IOException, StoreException {
        Path folder = Path.of("benchmarks", "target", "home-data-" + journalRows + "-" + users).toAbsolutePath();
        Path complete = folder.resolve("complete");
        System.setProperty("derby.stream.error.file", folder.resolveSibling("home-data-derby.log").toString());
        if (!Files.exists(complete)) {
            Folders.deleteTree(folder);
            try (CastellanStore created = CastellanStore.create(folder.resolve("installation"), NewInstallation.unencrypted("bench"))) {
                journal(created);
                users(created);
            }
            Files.writeString(complete, "");
        }
        store = CastellanStore.open(folder.resolve("installation"), Optional.empty());
        Clock clock = Clock.fixed(END, ZoneOffset.UTC);
        AllowAll access = new AllowAll();
        backup = new BackupServiceImpl(store, folder.resolve("installation"), access, null, clock, command -> {
            throw new IOException("no command runs in the benchmark"); //$NON-NLS-1$
        });
        sessions = new SessionRegistryImpl(store, access, clock, DatabaseTime.of(clock), null);
        accounts = new AccountsOverviewImpl(store, access, clock);
        reports = ReportService.withClock(store, access, clock);
        journal = new JournalService(store, access, clock, new Workstation("bench", "192.0.2.1", "bench", "0.1.0"));
    }

    /** The journal: the rows of three years, and a verification journaled now and then. */
    private void journal(CastellanStore target) throws StoreException {
        GeneratedJournal.fill(target, journalRows, i -> {
            // every 100,000th row a verification, the others the usual mix
            String topic = i % 100_000 == 99_999 ? AuditJournal.TOPIC_VERIFIED : TOPICS[i % TOPICS.length];
            String login = user(i % users);
            return new GeneratedJournal.Row(topic, login, "org.castellan.security",
                    AuditJournal.TOPIC_VERIFIED.equals(topic) ? "intact=true\nlogin=admin\nrows=" + i + "\n" : "login=" + login + "\n");
        });
    }

    /** The users, a group with a policy of its own, the installation's policy, the locked accounts. */
    private void users(CastellanStore target) throws StoreException {
        String installation = target.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM installation")) {
                rs.next();
                return rs.getString(1);
            }
        });
        long spread = Duration.ofDays(120).toMillis() / users;
        for (int from = 0; from < users; from += BATCH) {
            int first = from;
            target.inTransaction((TransactionWork<Void>) tx -> {
                try (PreparedStatement ps = tx.connection().prepareStatement(
                        "INSERT INTO users (id, owner_id, position, login, password_hash, password_changed_at) VALUES (?, ?, ?, ?, 'x', ?)")) {
                    for (int u = first; u < Math.min(users, first + BATCH); u++) {
                        ps.setString(1, "id-" + u);
                        ps.setString(2, installation);
                        ps.setInt(3, u + 1);
                        ps.setString(4, user(u));
                        ps.setTimestamp(5, Timestamp.from(END.minusMillis(u * spread)));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
        target.inTransaction((TransactionWork<Void>) tx -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_groups (id, owner_id, position, name) VALUES ('g-night', ?, 0, 'Night')")) {
                ps.setString(1, installation);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO memberships (id, owner_id, position, group_id) VALUES (?, ?, 0, 'g-night')")) {
                for (int u = 0; u < GROUP_MEMBERS; u++) {
                    ps.setString(1, "m-" + u);
                    ps.setString(2, "id-" + (u * (users / GROUP_MEMBERS)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO login_attempts (user_id, failures, last_failure_at, locked_until) VALUES (?, 10, ?, ?)")) {
                for (int u = 0; u < LOCKED; u++) {
                    ps.setString(1, "id-" + (u * 7 + 3));
                    ps.setTimestamp(2, Timestamp.from(END.minusSeconds(60)));
                    ps.setTimestamp(3, Timestamp.from(END.plusSeconds(3600)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            SettingsTable.write(tx, "security.password.policy", "length=10 digit=true lower=true upper=true special=true expiry=90 warning=14"); //$NON-NLS-1$ //$NON-NLS-2$
            SettingsTable.write(tx, "security.password.policy.group.g-night", //$NON-NLS-1$
                    "length=10 digit=true lower=true upper=true special=true expiry=45 warning=7"); //$NON-NLS-1$
            SettingsTable.write(tx, "backup.last.good", END.minus(Duration.ofHours(30)).toString()); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        });
    }

    private static String user(int n) {
        return String.format("user%06d", n);
    }

    @TearDown
    public void close() {
        store.close();
    }

    /** What the home reads when it opens, card by card. */
    @Benchmark
    public void homeSummaries(Blackhole sink) throws Exception {
        sink.consume(backup.lastGoodBackup());
        sink.consume(backup.overdue());
        sink.consume(sessions.sessions(admin, Optional.empty()));
        sink.consume(sessions.bans(admin));
        sink.consume(sessions.databaseTime());
        sink.consume(accounts.summary(admin));
        List<LoginsPerDay> days = reports.loginsPerDay(admin, ReportFilter.everything());
        sink.consume(days);
        sink.consume(journal.lastVerification());
    }

    /** The largest of them alone: the logins of 30 days, counted per day by the database. */
    @Benchmark
    public List<LoginsPerDay> loginsPerDay() throws Exception {
        return reports.loginsPerDay(admin, ReportFilter.everything());
    }

    /** The accounts' counts on the users table. */
    @Benchmark
    public AccountsOverview.Summary accountsSummary() throws Exception {
        return accounts.summary(admin);
    }

    @FunctionalInterface
    private interface Read {
        Object run() throws Exception;
    }

    /** The best of five of one read, to see where the time goes. */
    private void part(String name, Read read) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            read.run();
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("  %s: %.1f ms%n", name, best / 1e6);
    }

    /** Prints what the home would show, to check the data is as described. */
    public static void main(String[] args) throws Exception {
        HomeSummaryBenchmark bench = new HomeSummaryBenchmark();
        bench.journalRows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        bench.users = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long started = System.nanoTime();
        bench.open();
        System.out.printf("set up in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        try {
            for (int round = 0; round < 10; round++) {
                long t = System.nanoTime();
                Blackhole hole = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
                bench.homeSummaries(hole);
                System.out.printf("home summaries: %.1f ms%n", (System.nanoTime() - t) / 1e6);
            }
            bench.part("backup", () -> bench.backup.lastGoodBackup().toString() + bench.backup.overdue());
            bench.part("sessions", () -> bench.sessions.sessions(bench.admin, Optional.empty()).size() + bench.sessions.bans(bench.admin).size());
            bench.part("accounts", () -> bench.accounts.summary(bench.admin));
            bench.part("logins per day", () -> bench.reports.loginsPerDay(bench.admin, ReportFilter.everything()));
            bench.part("last verification", () -> bench.journal.lastVerification());
            System.out.println("accounts: " + bench.accounts.summary(bench.admin));
            List<LoginsPerDay> days = bench.reports.loginsPerDay(bench.admin, ReportFilter.everything());
            System.out.println("logins in 30 days: " + days.stream().mapToInt(LoginsPerDay::succeeded).sum() + " succeeded, "
                    + days.stream().mapToInt(LoginsPerDay::failed).sum() + " failed");
            System.out.println("last verification: " + bench.journal.lastVerification());
            System.out.println("backup overdue: " + bench.backup.overdue() + ", last good " + bench.backup.lastGoodBackup());
        } finally {
            bench.close();
        }
    }
}
