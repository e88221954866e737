package org.castellan.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    private static final String ALGORITHM = "HmacSHA256"; //$NON-NLS-1$
    private static final String KEY_CHECK = "*key*"; //$NON-NLS-1$
    private static final String RIGHTS = "rights"; //$NON-NLS-1$
    /** Beyond this many rows of one table, one scan of the table is cheaper than a query per row. */
    private static final int ONE_BY_ONE = 64;
    private static final HexFormat HEX = HexFormat.of();

    /** How a transaction moves a table's totals: seals added less seals removed, and their exclusive-or. */
    private record Delta(long count, byte[] xor) {
    }

    /** A seal as stored. */
    private record Stored(String seal, String label, String fingerprints) {
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

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String seal(Mac mac, byte[] canonical) {
        return HEX.formatHex(mac.doFinal(canonical));
    }

    // ------------------------------------------------------------------ writing

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
        Mac mac = mac();
        Connection c = tx.connection();
        Map<String, Delta> totals = new TreeMap<>();
        for (var entry : touched.entrySet()) {
            SealedTable table = SealedTable.BY_NAME.get(entry.getKey());
            Set<String> keys = entry.getValue();
            Map<String, Unit> now = units(c, table, keys);
            Map<String, Stored> before = stored(c, table.name(), keys);
            byte[] xor = new byte[32];
            long count = 0;
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM row_seals WHERE table_name = ? AND row_key = ?")) { //$NON-NLS-1$
                for (var old : before.entrySet()) {
                    delete.setString(1, table.name());
                    delete.setString(2, old.getKey());
                    delete.addBatch();
                    xorInto(xor, old.getValue().seal());
                    count--;
                }
                delete.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO row_seals (table_name, row_key, label, fingerprints, seal) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                for (var unit : now.entrySet()) {
                    String seal = seal(mac, unit.getValue().canonical());
                    bindSeal(insert, table.name(), unit.getKey(), unit.getValue(), seal);
                    insert.addBatch();
                    xorInto(xor, seal);
                    count++;
                }
                insert.executeBatch();
            }
            totals.put(table.name(), new Delta(count, xor));
        }
        // Last, and in one order for every transaction: the totals rows are held from here to the
        // commit only, while nothing else is waited for, so two transactions never wait on each other.
        for (var total : totals.entrySet()) {
            addToTotals(c, mac, total.getKey(), total.getValue().count(), total.getValue().xor());
        }
        touched.clear();
    }

    private static void bindSeal(PreparedStatement ps, String table, String key, Unit unit, String seal) throws SQLException {
        ps.setString(1, table);
        ps.setString(2, key);
        ps.setString(3, cut(unit.label(), 1000));
        ps.setString(4, cut(unit.fingerprints(), 4000));
        ps.setString(5, seal);
    }

    private static String cut(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }

    private static void xorInto(byte[] xor, String seal) {
        byte[] bytes = HEX.parseHex(seal);
        for (int i = 0; i < xor.length; i++) {
            xor[i] ^= bytes[i];
        }
    }

    /** Moves a table's totals on by a change, holding the totals' row until the commit. */
    private static void addToTotals(Connection c, Mac mac, String table, long count, byte[] xor) throws SQLException {
        long oldCount = 0;
        byte[] digest = new byte[32];
        boolean exists;
        try (PreparedStatement lock = c.prepareStatement("UPDATE seal_totals SET row_count = row_count WHERE table_name = ?")) { //$NON-NLS-1$
            lock.setString(1, table);
            exists = lock.executeUpdate() == 1;
        }
        if (exists) {
            try (PreparedStatement read = c.prepareStatement("SELECT row_count, digest FROM seal_totals WHERE table_name = ?")) { //$NON-NLS-1$
                read.setString(1, table);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    oldCount = rs.getLong(1);
                    digest = HEX.parseHex(rs.getString(2));
                }
            }
        }
        for (int i = 0; i < digest.length; i++) {
            digest[i] ^= xor[i];
        }
        writeTotals(c, mac, table, oldCount + count, HEX.formatHex(digest), exists);
    }

    private static void writeTotals(Connection c, Mac mac, String table, long count, String digest, boolean exists) throws SQLException {
        String sql = exists ? "UPDATE seal_totals SET row_count = ?, digest = ?, seal = ? WHERE table_name = ?" //$NON-NLS-1$
                : "INSERT INTO seal_totals (row_count, digest, seal, table_name) VALUES (?, ?, ?, ?)"; //$NON-NLS-1$
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, count);
            ps.setString(2, digest);
            ps.setString(3, totalsSeal(mac, table, count, digest));
            ps.setString(4, table);
            ps.executeUpdate();
        }
    }

    private static String totalsSeal(Mac mac, String table, long count, String digest) {
        return seal(mac, ("castellan-seal-totals\n" + table + '\n' + count + '\n' + digest).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }

    private static String keyCheck(Mac mac) {
        return seal(mac, "castellan-seal-key-check".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }

    /** Seals every row of every sealed table as it is, replacing all seals: at migration, and when an administrator reseals. */
    void sealEverything(Connection c) throws SQLException {
        Mac mac = mac();
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM row_seals"); //$NON-NLS-1$
            st.executeUpdate("DELETE FROM seal_totals"); //$NON-NLS-1$
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO row_seals (table_name, row_key, label, fingerprints, seal) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (SealedTable table : SealedTable.ALL) {
                byte[] xor = new byte[32];
                Map<String, Unit> units = units(c, table, null);
                for (var unit : units.entrySet()) {
                    String seal = seal(mac, unit.getValue().canonical());
                    bindSeal(insert, table.name(), unit.getKey(), unit.getValue(), seal);
                    insert.addBatch();
                    xorInto(xor, seal);
                }
                insert.executeBatch();
                writeTotals(c, mac, table.name(), units.size(), HEX.formatHex(xor), false);
            }
        }
        String check = keyCheck(mac);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO seal_totals (table_name, row_count, digest, seal) VALUES (?, 0, ?, ?)")) { //$NON-NLS-1$
            ps.setString(1, KEY_CHECK);
            ps.setString(2, check);
            ps.setString(3, check);
            ps.executeUpdate();
        }
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

    // ------------------------------------------------------------------ reading

    /** The units of a table now, by key: those of {@code keys}, or all of them (null). */
    private static Map<String, Unit> units(Connection c, SealedTable table, Collection<String> keys) throws SQLException {
        Map<String, Unit> units = new LinkedHashMap<>();
        if (keys == null || keys.size() > ONE_BY_ONE) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(table.selectAll())) {
                read(table, rs, units);
            }
            if (keys != null) {
                units.keySet().retainAll(keys);
            }
            return units;
        }
        try (PreparedStatement ps = c.prepareStatement(table.selectOne())) {
            for (String k : keys) {
                ps.setString(1, k);
                try (ResultSet rs = ps.executeQuery()) {
                    read(table, rs, units);
                }
            }
        }
        return units;
    }

    private static void read(SealedTable table, ResultSet rs, Map<String, Unit> into) throws SQLException {
        if (!table.list()) {
            while (rs.next()) {
                String k = rs.getString(table.keyColumn());
                into.put(k, RowCanon.row(table, k, rs));
            }
            return;
        }
        String owner = null;
        List<String> values = new ArrayList<>();
        while (rs.next()) {
            String next = rs.getString(1);
            if (owner != null && !owner.equals(next)) {
                into.put(owner, RowCanon.list(table, owner, values));
                values = new ArrayList<>();
            }
            owner = next;
            values.add(rs.getString(2));
        }
        if (owner != null) {
            into.put(owner, RowCanon.list(table, owner, values));
        }
    }

    private static Map<String, Stored> stored(Connection c, String table, Collection<String> keys) throws SQLException {
        Map<String, Stored> seals = new HashMap<>();
        String sql = "SELECT row_key, seal, label, fingerprints FROM row_seals WHERE table_name = ?"; //$NON-NLS-1$
        if (keys == null || keys.size() > ONE_BY_ONE) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, table);
                readStored(ps, seals);
            }
            if (keys != null) {
                seals.keySet().retainAll(keys);
            }
            return seals;
        }
        try (PreparedStatement ps = c.prepareStatement(sql + " AND row_key = ?")) { //$NON-NLS-1$
            ps.setString(1, table);
            for (String k : keys) {
                ps.setString(2, k);
                readStored(ps, seals);
            }
        }
        return seals;
    }

    private static void readStored(PreparedStatement ps, Map<String, Stored> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
    }

    // ------------------------------------------------------------------ checking

    public List<SealFinding> verify(Transaction tx) throws SQLException {
        Connection c = tx.connection();
        if (key == null) {
            return List.of(new SealFinding(Kind.KEY_MISSING, "", keyFileName(), List.of())); //$NON-NLS-1$
        }
        Mac mac = mac();
        if (!keyMatches(c, mac)) {
            return List.of(new SealFinding(Kind.KEY_WRONG, "", keyFileName(), List.of())); //$NON-NLS-1$
        }
        Names names = Names.read(c);
        List<SealFinding> findings = new ArrayList<>();
        for (SealedTable table : SealedTable.ALL) {
            Map<String, Unit> now = units(c, table, null);
            Map<String, Stored> seals = stored(c, table.name(), null);
            Set<String> keys = new java.util.TreeSet<>(now.keySet());
            keys.addAll(seals.keySet());
            for (String k : keys) {
                SealFinding f = compare(mac, table, now.get(k), seals.get(k), names);
                if (f != null) {
                    findings.add(f);
                }
            }
            if (!totalsMatch(c, mac, table.name(), seals.values())) {
                findings.add(new SealFinding(Kind.TOTALS, table.name(), "", List.of())); //$NON-NLS-1$
            }
        }
        return findings;
    }

    private static boolean keyMatches(Connection c, Mac mac) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT digest FROM seal_totals WHERE table_name = ?")) { //$NON-NLS-1$
            ps.setString(1, KEY_CHECK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && keyCheck(mac).equals(rs.getString(1));
            }
        }
    }

    private static boolean totalsMatch(Connection c, Mac mac, String table, Collection<Stored> seals) throws SQLException {
        byte[] xor = new byte[32];
        seals.forEach(s -> xorInto(xor, s.seal()));
        try (PreparedStatement ps = c.prepareStatement("SELECT row_count, digest, seal FROM seal_totals WHERE table_name = ?")) { //$NON-NLS-1$
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return seals.isEmpty();
                }
                long count = rs.getLong(1);
                String digest = rs.getString(2);
                return count == seals.size() && digest.equals(HEX.formatHex(xor)) && totalsSeal(mac, table, count, digest).equals(rs.getString(3));
            }
        }
    }

    private static SealFinding compare(Mac mac, SealedTable table, Unit now, Stored sealed, Names names) {
        if (now == null && sealed == null) {
            return null;
        }
        if (sealed == null) {
            return new SealFinding(Kind.ADDED, table.name(), names.label(now.label()), List.of());
        }
        if (now == null) {
            return new SealFinding(Kind.REMOVED, table.name(), names.label(sealed.label()), List.of());
        }
        if (seal(mac, now.canonical()).equals(sealed.seal())) {
            return null;
        }
        return new SealFinding(Kind.CHANGED, table.name(), names.label(now.label()), changedColumns(sealed.fingerprints(), now.fingerprints()));
    }

    /** The columns whose fingerprints differ: a hint for the reader, the seal itself decides. */
    private static List<String> changedColumns(String before, String after) {
        Map<String, String> old = fingerprints(before);
        Map<String, String> now = fingerprints(after);
        List<String> changed = new ArrayList<>();
        now.forEach((column, print) -> {
            if (!print.equals(old.get(column))) {
                changed.add(column);
            }
        });
        return changed;
    }

    private static Map<String, String> fingerprints(String text) {
        Map<String, String> prints = new LinkedHashMap<>();
        if (text != null) {
            for (String part : text.split(";")) { //$NON-NLS-1$
                int colon = part.indexOf(':');
                if (colon > 0) {
                    prints.put(part.substring(0, colon), part.substring(colon + 1));
                }
            }
        }
        return prints;
    }

    public List<SealFinding> checkUser(Transaction tx, String userId) throws SQLException {
        if (key == null) {
            return List.of();
        }
        Connection c = tx.connection();
        Mac mac = mac();
        Names names = Names.read(c);
        Map<String, Collection<String>> own = new LinkedHashMap<>();
        own.put("users", List.of(userId)); //$NON-NLS-1$
        own.put("memberships", idsOwnedBy(c, "memberships", userId)); //$NON-NLS-1$ //$NON-NLS-2$
        own.put("role_assignments", idsOwnedBy(c, "role_assignments", userId)); //$NON-NLS-1$ //$NON-NLS-2$
        own.put("user_companies", List.of(userId)); //$NON-NLS-1$
        own.put("user_administered_companies", List.of(userId)); //$NON-NLS-1$
        List<SealFinding> findings = new ArrayList<>();
        TransactionContext context = (TransactionContext) tx;
        for (var entry : own.entrySet()) {
            SealedTable table = SealedTable.BY_NAME.get(entry.getKey());
            List<String> keys = entry.getValue().stream().filter(k -> !context.isTouched(table.name(), k)).toList();
            Map<String, Unit> now = units(c, table, keys);
            Map<String, Stored> seals = stored(c, table.name(), keys);
            for (String k : keys) {
                SealFinding f = compare(mac, table, now.get(k), seals.get(k), names);
                if (f != null && f.kind() != Kind.REMOVED) { // what was taken from him grants him nothing
                    findings.add(f);
                }
            }
        }
        return findings;
    }

    private static List<String> idsOwnedBy(Connection c, String table, String owner) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE owner_id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    public boolean intact(Transaction tx, String table, String k) throws SQLException {
        SealedTable sealed = SealedTable.of(table, k);
        if (key == null || sealed == null || ((TransactionContext) tx).isTouched(table, k)) {
            return true;
        }
        Connection c = tx.connection();
        Unit now = units(c, sealed, List.of(k)).get(k);
        Stored seal = stored(c, table, List.of(k)).get(k);
        return now == null ? seal == null : seal != null && seal(mac(), now.canonical()).equals(seal.seal());
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
        return new LoadCheck(mac(), seals, tx);
    }

    /** Checks rows as a model read meets them. */
    static final class LoadCheck {
        private final Mac mac;
        private final Map<String, Map<String, String>> seals;
        private final TransactionContext tx;

        LoadCheck(Mac mac, Map<String, Map<String, String>> seals, TransactionContext tx) {
            this.mac = mac;
            this.seals = seals;
            this.tx = tx;
        }

        /**
         * Whether the current row of a {@code SELECT *} of {@code table} may be believed. The
         * rights are always read: they are the catalog the bundles declare (redescribed at every
         * start, which repairs them), and leaving one out would take it from every role that grants
         * it, administrators' included; verify still names a right changed outside Castellan.
         */
        boolean row(String table, ResultSet rs, String key) throws SQLException {
            SealedTable sealed = SealedTable.of(table, key);
            if (sealed == null || RIGHTS.equals(table) || tx.isTouched(table, key)) {
                return true;
            }
            String seal = seals.getOrDefault(table, Map.of()).get(key);
            return seal != null && seal.equals(seal(mac, RowCanon.row(sealed, key, rs).canonical()));
        }

        /** Whether an owner's list, as read, may be believed (an empty list has no seal). */
        boolean list(String table, String owner, List<String> values) {
            SealedTable sealed = SealedTable.of(table, owner);
            if (sealed == null || tx.isTouched(table, owner)) {
                return true;
            }
            String seal = seals.getOrDefault(table, Map.of()).get(owner);
            if (values.isEmpty()) {
                return seal == null;
            }
            return seal != null && seal.equals(seal(mac, RowCanon.list(sealed, owner, values).canonical()));
        }
    }

    /** Names of the rows ids point to, so that a finding says "role 'clerk'" rather than an id. */
    private static final class Names {
        private final Map<String, String> byId = new HashMap<>();

        static Names read(Connection c) throws SQLException {
            Names names = new Names();
            for (String sql : Arrays.asList("SELECT id, login FROM users", "SELECT id, name FROM user_groups", //$NON-NLS-1$ //$NON-NLS-2$
                    "SELECT id, name FROM roles", "SELECT id, right_id FROM rights", "SELECT id, code FROM companies")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        names.byId.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return names;
        }

        /** "column 'value', ..." from a stored label ("column=value" lines). */
        String label(String stored) {
            if (stored == null || stored.isEmpty()) {
                return ""; //$NON-NLS-1$
            }
            List<String> parts = new ArrayList<>();
            for (String line : stored.split("\n")) { //$NON-NLS-1$
                int eq = line.indexOf('=');
                String value = line.substring(eq + 1);
                parts.add(line.substring(0, eq) + " '" + byId.getOrDefault(value, value) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return String.join(", ", parts); //$NON-NLS-1$
        }
    }
}
