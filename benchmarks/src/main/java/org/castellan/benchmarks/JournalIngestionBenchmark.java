package org.castellan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.JournalEvent;
import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.Workstation;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.store.TransactionWork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sustained ingestion of journal events into embedded Derby with durable commits (Derby's
 * default: the log is flushed at every commit; never {@code derby.system.durability=test}), in
 * events per second:
 * <ul>
 * <li>{@code batchedChained}: {@link AuditJournal#recordAll} with 1,000 events a transaction, each
 * row hashed and chained, one JDBC batch and one commit;</li>
 * <li>{@code oneInsertPerEventJdbc}, the peer: a plain JDBC INSERT of the same row (no chain)
 * committed on its own, as a straightforward event logger does;</li>
 * <li>{@code singleChained}: the journal's own path for a change, one chained row a transaction.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class JournalIngestionBenchmark {

    static final int BATCH = 1000;

    private Path folder;
    private CastellanStore store;
    private JournalService journal;
    private List<JournalEvent> batch;
    private long next;

    @Setup
    public void create() throws IOException, StoreException {
        folder = Files.createTempDirectory("castellan-bench-journal");
        System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        store = CastellanStore.create(folder.resolve("installation"), NewInstallation.unencrypted("bench"));
        journal = new JournalService(store, new AllowAll(), Clock.systemUTC(), new Workstation("bench-1", "192.0.2.1", "bench", "0.1.0"));
        store.inTransaction((TransactionWork<Void>) tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.execute("CREATE TABLE plain_events (id BIGINT NOT NULL PRIMARY KEY, recorded_at TIMESTAMP NOT NULL, topic VARCHAR(200) NOT NULL, "
                        + "actor VARCHAR(64), bundle VARCHAR(200), workstation VARCHAR(255), details VARCHAR(32000))");
            }
            return null;
        });
        batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(event(i));
        }
    }

    private static JournalEvent event(long i) {
        return new JournalEvent(AuditJournal.TOPIC_ENTERED, Map.of("login", "user" + (i % 500), "kind", "view", "id", "org.castellan.security.ui.users",
                "label", "Users"));
    }

    @TearDown
    public void dispose() throws IOException {
        store.close();
        Folders.deleteTree(folder);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void batchedChained() throws AuditException {
        journal.recordAll(batch);
    }

    @Benchmark
    public void oneInsertPerEventJdbc() throws StoreException {
        long id = ++next;
        store.inTransaction((TransactionWork<Void>) tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT INTO plain_events (id, recorded_at, topic, actor, bundle, workstation, details) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
                ps.setString(3, AuditJournal.TOPIC_ENTERED);
                ps.setString(4, "user" + (id % 500));
                ps.setString(5, "org.castellan.audit");
                ps.setString(6, "bench-1");
                ps.setString(7, "id=org.castellan.security.ui.users\nkind=view\nlabel=Users\nlogin=user" + (id % 500) + "\n");
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Benchmark
    public void singleChained() throws AuditException {
        journal.recordAll(List.of(batch.get((int) (++next % BATCH))));
    }
}
