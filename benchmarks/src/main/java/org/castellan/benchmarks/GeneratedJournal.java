package org.castellan.benchmarks;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntFunction;

import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.TransactionWork;

/**
 * Three years of audit journal written straight by JDBC batches, for the benchmarks that read it:
 * its hashes are not what they measure, so every row carries the same dummy ones.
 */
final class GeneratedJournal {

    static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-01-01T00:00:00Z");
    /** The usual mix of a busy pharmacy's journal. */
    static final String[] TOPICS = { "org/castellan/audit/workbench/ENTERED", "org/castellan/security/login/SUCCEEDED",
            "org/castellan/audit/data/COPIED", "org/castellan/security/login/FAILED" };
    private static final int BATCH = 50_000;

    /** What the generated row number {@code i} says. */
    record Row(String topic, String actor, String bundle, String details) {
    }

    private GeneratedJournal() {
    }

    /** Writes {@code rows} rows spread evenly from {@link #START} to {@link #END}, in transactions of {@value #BATCH}. */
    static void fill(CastellanStore target, int rows, IntFunction<Row> row) throws StoreException {
        String hash = "0".repeat(64);
        long step = Duration.between(START, END).toMillis() / rows;
        for (int from = 0; from < rows; from += BATCH) {
            int first = from;
            target.inTransaction((TransactionWork<Void>) tx -> {
                try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO audit_journal (seq, recorded_at, topic, actor, bundle, "
                        + "workstation, ip_address, os_user, program_version, details, prev_hash, row_hash) "
                        + "VALUES (?, ?, ?, ?, ?, 'counter-1', '192.0.2.10', 'pharmacist', '0.1.0', ?, ?, ?)")) {
                    for (int i = first; i < Math.min(rows, first + BATCH); i++) {
                        Row r = row.apply(i);
                        ps.setLong(1, i + 1L);
                        ps.setTimestamp(2, Timestamp.from(START.plusMillis(i * step)));
                        ps.setString(3, r.topic());
                        ps.setString(4, r.actor());
                        ps.setString(5, r.bundle());
                        ps.setString(6, r.details());
                        ps.setString(7, hash);
                        ps.setString(8, hash);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
    }
}
