package org.castellan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditReports;
import org.castellan.audit.ReportFilter;
import org.castellan.audit.ReportKind;
import org.castellan.audit.internal.ReportService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
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

/**
 * The two history reports on a large installation: a journal of {@code journalRows} rows and a
 * rights archive of {@code archiveRows} records for 1,000 users, spread over three years. "Rights
 * on a day" for every user, and one user's rights card over a year, through {@link AuditReports}.
 * <p>
 * The data is written once by plain JDBC batches (its hashes are not what is measured) into
 * {@code benchmarks/target/audit-data-...} and reused by later runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class AuditReportBenchmark {

    static final int USERS = 1000;
    static final Instant START = GeneratedJournal.START;
    static final Instant END = GeneratedJournal.END;
    static final LocalDate DAY = LocalDate.parse("2025-06-30");
    private static final String[] TOPICS = GeneratedJournal.TOPICS;

    @Param("5000000")
    public int journalRows;

    @Param("1000000")
    public int archiveRows;

    private CastellanStore store;
    private AuditReports reports;
    private final AuthenticatedUser admin = new AuthenticatedUser("admin-id", "admin", null, 9);

    @Setup
    public void open() throws IOException, StoreException {
        Path folder = Path.of("benchmarks", "target", "audit-data-" + journalRows + "-" + archiveRows).toAbsolutePath();
        Path complete = folder.resolve("complete");
        System.setProperty("derby.stream.error.file", folder.resolveSibling("audit-data-derby.log").toString());
        if (!Files.exists(complete)) {
            Folders.deleteTree(folder);
            try (CastellanStore created = CastellanStore.create(folder.resolve("installation"), NewInstallation.unencrypted("bench"))) {
                fill(created);
            }
            Files.writeString(complete, "");
        }
        store = CastellanStore.open(folder.resolve("installation"), Optional.empty());
        reports = ReportService.withClock(store, new AllowAll(), Clock.fixed(END, ZoneOffset.UTC));
    }

    private void fill(CastellanStore target) throws StoreException {
        GeneratedJournal.fill(target, journalRows, i -> {
            String topic = TOPICS[i % TOPICS.length];
            String login = user(i % USERS);
            return new GeneratedJournal.Row(topic, login, topic.startsWith("org/castellan/audit") ? "org.castellan.audit" : "org.castellan.security",
                    "id=org.castellan.security.ui.users\nlogin=" + login + "\n");
        });
        int perUser = archiveRows / USERS;
        long archiveStep = Duration.between(START, END).toMillis() / perUser;
        for (int u = 0; u < USERS; u += 50) {
            int firstUser = u;
            target.inTransaction((TransactionWork<Void>) tx -> {
                try (PreparedStatement ps = tx.connection()
                        .prepareStatement("INSERT INTO rights_archive (user_id, login, changed_at, rights, is_revoke) VALUES (?, ?, ?, ?, ?)")) {
                    for (int user = firstUser; user < firstUser + 50; user++) {
                        for (int k = 0; k < perUser; k++) {
                            ps.setString(1, "id-" + user);
                            ps.setString(2, user(user));
                            ps.setTimestamp(3, Timestamp.from(START.plusMillis(k * archiveStep + user * 1000L)));
                            ps.setString(4, rights(user + k));
                            ps.setBoolean(5, k % 3 == 2);
                            ps.addBatch();
                        }
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
    }

    private static String user(int n) {
        return String.format("user%04d", n);
    }

    /** Between three and seven of ten rights. */
    private static String rights(int n) {
        StringJoiner rights = new StringJoiner("\n");
        for (int r = 0; r < 3 + n % 5; r++) {
            rights.add("org.castellan.example.pharmacy.right" + ((n + r) % 10));
        }
        return rights.toString();
    }

    @TearDown
    public void close() {
        store.close();
    }

    @Benchmark
    public int rightsOnDayForAllUsers() throws AuditException {
        return reports.run(admin, ReportKind.RIGHTS_ON_DAY, new ReportFilter(null, DAY, null, null, false)).rows().size();
    }

    @Benchmark
    public int rightsCardOfOneUserOverAYear() throws AuditException {
        return reports.run(admin, ReportKind.RIGHTS_CARD, new ReportFilter(DAY.minusYears(1), DAY, user(500), null, false)).rows().size();
    }
}
