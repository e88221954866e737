package org.castellan.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.castellan.store.SealFinding;
import org.castellan.store.SealFinding.Kind;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.castellan.store.Transaction;
import org.castellan.store.internal.RowCanon.Unit;
import org.eclipse.osgi.util.NLS;

/**
 * Seals the rows of the {@link SealedTable sealed tables} and checks them. Rows written in a
 * transaction are sealed just before it commits, from what they hold then, together with the
 * table's totals (count and exclusive-or of its seals). The key is the installation's
 * {@code seal.key}; without it nothing sealed can be written and nothing can be checked.
 */
public final class Sealer {

    /** How a transaction moves a table's totals: seals added less seals removed, and their exclusive-or. */
    private record Delta(long count, byte[] xor) {
    }

    private final InstallationFiles files;
    private final Path keyFile;
    private volatile byte[] key;

    Sealer(InstallationFiles files, Path keyFile, byte[] key) {
        this.files = files;
        this.keyFile = keyFile;
        this.key = key;
    }

    /** The sealer of a transaction's store. */
    public static Sealer of(Transaction tx) {
        return ((TransactionContext) tx).sealer();
    }

    boolean hasKey() {
        return key != null;
    }

    /** Creates the key file of an installation that has none yet (sealed for the first time). */
    void newKey() throws StoreException {
        if (files == null) {
            throw new StoreException(Problem.SEALS, NLS.bind(Messages.sealKeyMissingForWrite, keyFileName()));
        }
        try {
            key = files.writeNewSealKey();
        } catch (IOException e) {
            throw new StoreException(Problem.READ_ONLY, NLS.bind(Messages.sealKeyNotWritten, files.sealKeyFile(), e.getMessage()), e);
        }
    }

    private String keyFileName() {
        return keyFile == null ? Messages.sealKeyNoFile : keyFile.toString();
    }

    public void written(Transaction tx, String table, String key) {
        if (SealedTable.of(table, key) != null) {
            ((TransactionContext) tx).touched(table, key);
        }
    }

    /** Seals what the transaction wrote; called just before it commits. */
    void sealWritten(TransactionContext tx) throws SQLException, StoreException {
        Map<String, Set<String>> touched = tx.touched();
        if (touched.isEmpty()) {
            return;
        }
        if (key == null) {
            throw new StoreException(Problem.SEALS, NLS.bind(Messages.sealKeyMissingForWrite, keyFileName()));
        }
        SealMac mac = new SealMac(key);
        Connection c = tx.connection();
        Map<String, Delta> totals = new TreeMap<>();
        for (var entry : touched.entrySet()) {
            totals.put(entry.getKey(), reseal(c, mac, SealedTable.BY_NAME.get(entry.getKey()), entry.getValue()));
        }
        // Last, and in one order for every transaction: the totals rows are held from here to the
        // commit only, while nothing else is waited for, so two transactions never wait on each other.
        for (var total : totals.entrySet()) {
            SealTotals.add(c, mac, total.getKey(), total.getValue().count(), total.getValue().xor());
        }
        touched.clear();
    }

    /** Replaces the seals of some units of a table by seals of what they hold now. */
    private static Delta reseal(Connection c, SealMac mac, SealedTable table, Set<String> keys) throws SQLException {
        Map<String, Unit> now = SealRows.units(c, table, keys);
        Map<String, SealRows.Stored> before = SealRows.stored(c, table.name(), keys);
        byte[] xor = new byte[SealMac.LENGTH];
        long count = 0;
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM row_seals WHERE table_name = ? AND row_key = ?")) { //$NON-NLS-1$
            for (var old : before.entrySet()) {
                delete.setString(1, table.name());
                delete.setString(2, old.getKey());
                delete.addBatch();
                SealMac.xorInto(xor, old.getValue().seal());
                count--;
            }
            delete.executeBatch();
        }
        count += insertSeals(c, mac, table, now, xor);
        return new Delta(count, xor);
    }

    /** Seals units, adding their seals to {@code xor}; returns how many. */
    private static int insertSeals(Connection c, SealMac mac, SealedTable table, Map<String, Unit> units, byte[] xor) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(SealRows.INSERT)) {
            for (var unit : units.entrySet()) {
                String seal = mac.of(unit.getValue());
                SealRows.addSeal(insert, table.name(), unit.getKey(), unit.getValue(), seal);
                SealMac.xorInto(xor, seal);
            }
            insert.executeBatch();
        }
        return units.size();
    }

    /** Seals every row of every sealed table as it is, replacing all seals: at migration, and when an administrator reseals. */
    void sealEverything(Connection c) throws SQLException {
        SealMac mac = new SealMac(key);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM row_seals"); //$NON-NLS-1$
            st.executeUpdate("DELETE FROM seal_totals"); //$NON-NLS-1$
        }
        for (SealedTable table : SealedTable.ALL) {
            byte[] xor = new byte[SealMac.LENGTH];
            int count = insertSeals(c, mac, table, SealRows.units(c, table, null), xor);
            SealTotals.write(c, mac, table.name(), count, SealMac.hex(xor), false);
        }
        SealTotals.writeKeyCheck(c, mac);
    }

    /**
     * Seals the rows of one table as they are, replacing its seals and totals: for a table that
     * became sealed after its installation was (at its migration, once).
     */
    void sealTable(Connection c, String name) throws SQLException {
        SealMac mac = new SealMac(key);
        for (String sql : new String[] { "DELETE FROM row_seals WHERE table_name = ?", "DELETE FROM seal_totals WHERE table_name = ?" }) { //$NON-NLS-1$ //$NON-NLS-2$
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
        }
        SealedTable table = SealedTable.BY_NAME.get(name);
        byte[] xor = new byte[SealMac.LENGTH];
        int count = insertSeals(c, mac, table, SealRows.units(c, table, null), xor);
        SealTotals.write(c, mac, name, count, SealMac.hex(xor), false);
    }

    /** The number of rows sealed, for the journal. */
    static long sealedCount(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM row_seals")) { //$NON-NLS-1$
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Reseals everything after a review; a missing key file is created anew first.
     *
     * @return what did not match, now accepted
     */
    public List<SealFinding> resealAll(Transaction tx) throws SQLException, StoreException {
        List<SealFinding> accepted = verify(tx);
        if (key == null) {
            newKey();
        }
        sealEverything(tx.connection());
        ((TransactionContext) tx).touched().clear();
        return accepted;
    }

    /** Everything sealed compared with its seals; first whether there is a key and it is the right one. */
    public List<SealFinding> verify(Transaction tx) throws SQLException {
        if (key == null) {
            return List.of(new SealFinding(Kind.KEY_MISSING, "", keyFileName(), List.of())); //$NON-NLS-1$
        }
        SealMac mac = new SealMac(key);
        if (!SealTotals.keyMatches(tx.connection(), mac)) {
            return List.of(new SealFinding(Kind.KEY_WRONG, "", keyFileName(), List.of())); //$NON-NLS-1$
        }
        return new SealCheck(tx.connection(), mac).everything();
    }

    /** What of a user's own rows does not match its seals (nothing without a key). */
    public List<SealFinding> checkUser(Transaction tx, String userId) throws SQLException {
        if (key == null) {
            return List.of();
        }
        return new SealCheck(tx.connection(), new SealMac(key)).user((TransactionContext) tx, userId);
    }

    /** Whether one unit matches its seal (true without a key, or when this transaction wrote it). */
    public boolean intact(Transaction tx, String table, String k) throws SQLException {
        SealedTable sealed = SealedTable.of(table, k);
        if (key == null || sealed == null || ((TransactionContext) tx).isTouched(table, k)) {
            return true;
        }
        Connection c = tx.connection();
        Unit now = SealRows.units(c, sealed, List.of(k)).get(k);
        SealRows.Stored seal = SealRows.stored(c, table, List.of(k)).get(k);
        return now == null ? seal == null : seal != null && new SealMac(key).of(now).equals(seal.seal());
    }

    /**
     * The keys of a sealed table's rows that match their seals, or that this transaction wrote;
     * every key without a key file (nothing can be checked: {@link #verify} says so).
     */
    public Set<String> intactKeys(Transaction tx, String table) throws SQLException {
        SealedTable sealed = SealedTable.BY_NAME.get(table);
        Connection c = tx.connection();
        Map<String, Unit> now = SealRows.units(c, sealed, null);
        if (key == null) {
            return now.keySet();
        }
        Map<String, SealRows.Stored> seals = SealRows.stored(c, table, null);
        SealMac mac = new SealMac(key);
        Set<String> intact = new HashSet<>();
        TransactionContext context = (TransactionContext) tx;
        now.forEach((k, unit) -> {
            SealRows.Stored seal = seals.get(k);
            if (context.isTouched(table, k) || seal != null && mac.of(unit).equals(seal.seal())) {
                intact.add(k);
            }
        });
        return intact;
    }

    /**
     * What a model read checks each row of a sealed table against: the seals as stored, and the
     * rows this transaction wrote (sealed when it commits). Null when there is no key: nothing
     * can be checked.
     */
    LoadCheck loadCheck(TransactionContext tx) throws SQLException {
        if (key == null) {
            return null;
        }
        Map<String, Map<String, String>> seals = new HashMap<>();
        try (Statement st = tx.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT table_name, row_key, seal FROM row_seals")) { //$NON-NLS-1$
            while (rs.next()) {
                seals.computeIfAbsent(rs.getString(1), t -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        return new LoadCheck(new SealMac(key), (table, k) -> seals.getOrDefault(table, Map.of()).get(k), tx);
    }

    /**
     * The same for a read of part of the model: each seal is looked up by its key when its row is
     * met (a read of a few rows must not read the seals of every row).
     */
    LoadCheck partCheck(TransactionContext tx) throws SQLException {
        return partCheck(tx, Map.of());
    }

    /**
     * The same, with the seals a part's read fetched ahead (by table, then row key) looked up
     * there first: a row with no seal fetched is asked for alone.
     */
    LoadCheck partCheck(TransactionContext tx, Map<String, Map<String, String>> fetched) throws SQLException {
        if (key == null) {
            return null;
        }
        Connection c = tx.connection();
        return new LoadCheck(new SealMac(key), (table, k) -> {
            String ahead = fetched.getOrDefault(table, Map.of()).get(k);
            if (ahead != null) {
                return ahead;
            }
            // Derby keeps the compiled statement per connection: preparing it again is cheap.
            try (PreparedStatement one = c.prepareStatement("SELECT seal FROM row_seals WHERE table_name = ? AND row_key = ?")) { //$NON-NLS-1$
                one.setString(1, table);
                one.setString(2, k);
                try (ResultSet rs = one.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }, tx);
    }
}
