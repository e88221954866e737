package org.castellan.audit.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.ChainHead;
import org.castellan.audit.JournalEntry;
import org.castellan.audit.JournalEvent;
import org.castellan.audit.JournalOrigin;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.store.ChangeJournal;
import org.castellan.store.SealFinding;
import org.castellan.store.SealedRows;
import org.castellan.store.SettingsTable;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The journal in the installation's database: installs itself on the store as its
 * {@link ChangeJournal}, so that every service's change writes its row in its own transaction.
 * Rows are appended under a table lock, each hashed with the previous row's hash.
 */
@Component(service = AuditJournal.class, immediate = true)
public final class JournalService implements AuditJournal, ChangeJournal {

    /** Rights archive events, journaled too so that the archive is covered by the chain. */
    public static final String TOPIC_RIGHTS_ARCHIVED = "org/castellan/audit/RIGHTS_ARCHIVED"; //$NON-NLS-1$

    private static final String PURGED_THROUGH = "purgedThrough"; //$NON-NLS-1$
    /** Rows between two reports to a check's {@link Progress}: often enough for a progress bar, rarely enough to cost nothing. */
    private static final int PROGRESS_ROWS = 5_000;
    private static final String PURGED_HASH = "purgedHash"; //$NON-NLS-1$
    private static final String LOGIN_TOPICS = "org/castellan/security/login/"; //$NON-NLS-1$
    private static final String COLUMNS = "seq, recorded_at, topic, actor, company, bundle, workstation, ip_address, os_user, program_version, details"; //$NON-NLS-1$

    private final CastellanStore store;
    private final Clock clock;
    private final Workstation workstation;
    private final AccessControl access;
    /** Held while head files are written: commits of this program end in any order. */
    private final Object anchoring = new Object();
    /** Head files left as evidence of a cut tail, already said in the log. */
    private final Set<Path> warned = ConcurrentHashMap.newKeySet();

    /** For Declarative Services: the opened installation's store. */
    @Activate
    public JournalService(@Reference CastellanStore store, @Reference AccessControl access) {
        this(store, access, Clock.systemUTC(), Workstation.current(FrameworkUtil.getBundle(JournalService.class).getVersion().toString()));
    }

    /** For headless programs and tests; installs itself on the store. */
    public JournalService(CastellanStore store, AccessControl access, Clock clock, Workstation workstation) {
        this.store = Objects.requireNonNull(store);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
        this.workstation = Objects.requireNonNull(workstation);
        store.journalTo(this);
    }

    @Deactivate
    public void close() {
        if (store.journal().orElse(null) == this) {
            store.journalTo(null);
        }
    }

    @Override
    public void record(Transaction tx, String topic, Map<String, ?> properties) throws StoreException {
        recordAll(tx, List.of(new Entry(topic, properties)));
    }

    /** Every row appended at once: one read of the chain's end, one batch, one head kept outside after the commit. */
    @Override
    public void recordAll(Transaction tx, List<Entry> entries) throws StoreException {
        try {
            List<Pending> rows = new ArrayList<>(entries.size());
            for (Entry entry : entries) {
                Pending row = pending(tx, entry.topic(), entry.properties());
                if (row != null) {
                    rows.add(row);
                }
            }
            append(tx, rows);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.DATABASE_ERROR, e.getMessage(), e);
        }
    }

    @Override
    public void rightsChanged(Transaction tx, String userId, String login, List<String> rightIds, boolean revoke) throws StoreException {
        rightsChangedAll(tx, List.of(new Rights(userId, login, rightIds, revoke)));
    }

    /** The archive's rows in one batch, and their journal rows appended at once. */
    @Override
    public void rightsChangedAll(Transaction tx, List<Rights> changes) throws StoreException {
        Instant now = JournalRow.stored(clock.instant());
        List<Entry> archived = new ArrayList<>(changes.size());
        try (PreparedStatement ps = tx.connection()
                .prepareStatement("INSERT INTO rights_archive (user_id, login, changed_at, rights, is_revoke) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (Rights change : changes) {
                ps.setString(1, change.userId());
                ps.setString(2, change.login());
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setString(4, String.join("\n", change.rightIds())); //$NON-NLS-1$
                ps.setBoolean(5, change.revoke());
                ps.addBatch();
                archived.add(new Entry(TOPIC_RIGHTS_ARCHIVED, Map.of("login", change.login(), "rights", change.rightIds().toArray(String[]::new), //$NON-NLS-1$ //$NON-NLS-2$
                        "revoke", change.revoke()))); //$NON-NLS-1$
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.DATABASE_ERROR, e.getMessage(), e);
        }
        recordAll(tx, archived);
    }

    @Override
    public void entered(AuthenticatedUser user, String kind, String id, String label) throws AuditException {
        StoreWork.wrapped(() -> store.inTransaction(tx -> {
            record(tx, TOPIC_ENTERED, properties("login", user.login(), "kind", kind, "id", id, "label", label)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return null;
        }));
    }

    @Override
    public void dataLeft(AuthenticatedUser user, String topic, String source, int rows, String right, String destination) throws AuditException {
        if (!TOPIC_COPIED.equals(topic) && !TOPIC_EXPORTED.equals(topic)) {
            throw new IllegalArgumentException(topic);
        }
        StoreWork.wrapped(() -> store.inTransaction(tx -> {
            record(tx, topic, properties("login", user.login(), "source", source, "rows", rows, "right", right, "file", destination)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            return null;
        }));
    }

    @Override
    public void recordVerification(AuthenticatedUser user, Verification result) throws AuditException {
        StoreWork.wrapped(() -> store.inTransaction(tx -> {
            record(tx, TOPIC_VERIFIED, properties("login", user.login(), "rows", result.rowsChecked(), "intact", result.intact(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "firstBroken", result.firstBrokenRow().orElse(null))); //$NON-NLS-1$
            return null;
        }));
    }

    @Override
    public Optional<RecordedVerification> lastVerification() throws AuditException {
        // Few rows carry this topic: the topic index finds them, the sort is over those few.
        return StoreWork.wrapped(() -> store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "SELECT recorded_at, details FROM audit_journal WHERE topic = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) { //$NON-NLS-1$
                ps.setString(1, TOPIC_VERIFIED);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Map<String, String> details = ReportService.properties(rs.getString(2));
                    Optional<Long> broken = Optional.ofNullable(details.get("firstBroken")).map(Long::valueOf); //$NON-NLS-1$
                    return Optional.of(new RecordedVerification(rs.getTimestamp(1).toInstant(), details.get("login"), //$NON-NLS-1$
                            new Verification(Long.parseLong(details.getOrDefault("rows", "0")), broken))); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }));
    }

    /** Alternating names and values, absent values left out. */
    private static Map<String, Object> properties(Object... namesAndValues) {
        Map<String, Object> map = new TreeMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                map.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return map;
    }

    /** The {@value AuditJournal#SETTING_LOGINS} setting: none, failures only, or everything. */
    private static boolean journalsLogin(Transaction tx, String topic) throws SQLException {
        String mode = SettingsTable.read(tx, SETTING_LOGINS).map(String::strip).orElse("all"); //$NON-NLS-1$
        return switch (mode) {
        case "none" -> false; //$NON-NLS-1$
        case "failures" -> !topic.endsWith("/SUCCEEDED"); //$NON-NLS-1$ //$NON-NLS-2$
        default -> true;
        };
    }

    /** A row to append: the fields the event gives; number, time, workstation and hashes are added. */
    private record Pending(String topic, String actor, String bundle, String details) {
    }

    /** The pending row of an event, or null when the logins setting leaves it out. */
    private static Pending pending(Transaction tx, String topic, Map<String, ?> properties) throws SQLException {
        if (topic.startsWith(LOGIN_TOPICS) && !journalsLogin(tx, topic)) {
            return null;
        }
        Object actor = properties.get("actor") != null ? properties.get("actor") : properties.get("login"); //$NON-NLS-1$ //$NON-NLS-2$
        return new Pending(topic, actor == null ? null : actor.toString(), bundleOf(topic), details(properties));
    }

    /**
     * Appends rows at the end of the chain under the table lock: one read of the chain's end, then
     * every row chained in memory and inserted as one JDBC batch, committed with the transaction.
     */
    private void append(Transaction tx, List<Pending> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Connection c = tx.connection();
        try (Statement st = c.createStatement()) {
            // One writer at a time on every workstation: the chain has one end.
            st.execute("LOCK TABLE audit_journal IN EXCLUSIVE MODE"); //$NON-NLS-1$
        }
        long seq = 0;
        String previous = JournalRow.GENESIS;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT seq, row_hash FROM audit_journal WHERE seq = (SELECT MAX(seq) FROM audit_journal)")) { //$NON-NLS-1$
            if (rs.next()) {
                seq = rs.getLong(1);
                previous = rs.getString(2);
            }
        }
        List<Path> movable = headsReached(tx, seq, previous);
        Instant now = JournalRow.stored(clock.instant());
        // a call the server runs for a client or a host names that caller; the user of the system is the caller's, unknown here
        Optional<JournalOrigin> origin = JournalOrigin.current();
        String name = origin.map(JournalOrigin::workstation).orElse(workstation.name());
        String address = origin.map(JournalOrigin::ipAddress).orElse(workstation.ipAddress());
        String osUser = origin.isPresent() ? null : workstation.osUser();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_journal (" + COLUMNS + ", prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (Pending pending : rows) {
                JournalEntry entry = new JournalEntry(++seq, now, pending.topic(), pending.actor(), null, pending.bundle(), name, address, osUser,
                        workstation.programVersion(), pending.details());
                String hash = new JournalRow(entry, previous).hash();
                ps.setLong(1, entry.seq());
                ps.setTimestamp(2, Timestamp.from(entry.recordedAt()));
                ps.setString(3, entry.topic());
                ps.setString(4, entry.actor());
                ps.setString(5, entry.company());
                ps.setString(6, entry.bundle());
                ps.setString(7, entry.workstation());
                ps.setString(8, entry.ipAddress());
                ps.setString(9, entry.osUser());
                ps.setString(10, entry.programVersion());
                ps.setString(11, entry.details());
                ps.setString(12, previous);
                ps.setString(13, hash);
                ps.addBatch();
                previous = hash;
            }
            ps.executeBatch();
        }
        ChainHead head = new ChainHead(seq, previous);
        tx.afterCommit(() -> anchor(head, movable));
    }

    /**
     * The head files the chain, as it ends now ({@code lastSeq}, {@code lastHash}), still reaches.
     * A head beyond the end, or on a row that is not the one it names, means rows were cut off:
     * that file is left as it is, or the next row (taking a removed row's number) would cover the
     * cut. Read under the journal's lock, before this append.
     */
    private List<Path> headsReached(Transaction tx, long lastSeq, String lastHash) throws SQLException {
        List<Path> reached = new ArrayList<>();
        for (Path file : headFiles(tx)) {
            Optional<ChainHead> kept;
            try {
                kept = ChainHead.read(file);
            } catch (IOException e) {
                kept = Optional.of(new ChainHead(Long.MAX_VALUE, "")); // unreadable: kept for whoever looks into it
            }
            if (kept.isEmpty() || reaches(tx, kept.get(), lastSeq, lastHash)) {
                reached.add(file);
            } else if (warned.add(file)) {
                ILog.of(JournalService.class).error(NLS.bind(Messages.headNotReached, file, lastSeq));
            }
        }
        return reached;
    }

    private static boolean reaches(Transaction tx, ChainHead kept, long lastSeq, String lastHash) throws SQLException {
        if (kept.seq() >= lastSeq) {
            return kept.seq() == lastSeq && kept.hash().equals(lastHash);
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT row_hash FROM audit_journal WHERE seq = ?")) { //$NON-NLS-1$
            ps.setLong(1, kept.seq());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1).equals(kept.hash());
                }
            }
        }
        return kept.seq() < firstSeq(tx); // purged since
    }

    private static long firstSeq(Transaction tx) throws SQLException {
        try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT MIN(seq) FROM audit_journal")) { //$NON-NLS-1$
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public List<Path> headFiles() throws AuditException {
        return StoreWork.wrapped(() -> store.inTransaction(this::headFiles));
    }

    @Override
    public List<Verification> verifyKeptHeads() throws AuditException {
        List<ChainHead> heads = new ArrayList<>(2);
        for (Path file : headFiles()) {
            try {
                ChainHead.read(file).ifPresent(heads::add);
            } catch (IOException e) {
                throw new AuditException(NLS.bind(Messages.keptHeadUnreadable, file, e.getMessage()), e);
            }
        }
        return verify(heads, Progress.NONE);
    }

    private List<Path> headFiles(Transaction tx) throws SQLException {
        List<Path> files = new ArrayList<>(2);
        store.folder().ifPresent(folder -> files.add(folder.resolve(ChainHead.FILE)));
        Optional<String> mirror = SettingsTable.read(tx, SETTING_HEAD_MIRROR).map(String::strip).filter(m -> !m.isEmpty());
        if (mirror.isPresent()) {
            files.add(Path.of(mirror.get()).resolve(ChainHead.FILE.getFileName()));
        }
        return files;
    }

    @Override
    public Optional<Path> writeHead(Path folder) throws StoreException, IOException {
        Optional<ChainHead> head = readHead();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Path file = folder.resolve(ChainHead.FILE.getFileName());
        head.get().write(file);
        return Optional.of(file);
    }

    @Override
    public void recordAll(List<JournalEvent> events) throws AuditException {
        StoreWork.wrapped(() -> store.inTransaction(tx -> {
            recordAll(tx, events.stream().map(e -> new Entry(e.topic(), e.properties())).toList());
            return null;
        }));
    }

    /**
     * Keeps the head of the chain outside the database once its row is committed: in the
     * installation folder (and so in the backups that take the "Audit journal head" data set) and
     * in the mirror folder. A newer head is never replaced by an older one. A client of a shared
     * installation has no folder: the server's workstation keeps it.
     */
    private void anchor(ChainHead head, List<Path> files) {
        synchronized (anchoring) {
            for (Path file : files) {
                try {
                    Optional<ChainHead> kept = ChainHead.read(file);
                    if (kept.isPresent() && kept.get().seq() >= head.seq()) {
                        continue; // a later commit got there first
                    }
                    head.write(file);
                } catch (IOException e) {
                    // The row is committed and chained; only this outside copy of the head is behind.
                    ILog.of(JournalService.class).warn(NLS.bind(Messages.headNotWritten, file, e.getMessage()), e);
                }
            }
        }
    }

    /** The concern that published the event, as the seed's "package": {@code org/castellan/security/...} gives org.castellan.security. */
    private static String bundleOf(String topic) {
        String[] parts = topic.split("/"); //$NON-NLS-1$
        return parts.length >= 3 ? parts[0] + '.' + parts[1] + '.' + parts[2] : topic;
    }

    /** Sorted "name=value" lines; lists joined with ", ". */
    static String details(Map<String, ?> properties) {
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((name, value) -> sorted.put(name, value instanceof Object[] array
                ? String.join(", ", Arrays.stream(array).map(String::valueOf).toList()) : String.valueOf(value))); //$NON-NLS-1$
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        return text.toString();
    }

    @Override
    public List<JournalEntry> entries(Instant from, Instant to) throws AuditException {
        return StoreWork.wrapped(() -> store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection()
                    .prepareStatement("SELECT " + COLUMNS + " FROM audit_journal WHERE recorded_at BETWEEN ? AND ? ORDER BY seq")) { //$NON-NLS-1$ //$NON-NLS-2$
                ps.setTimestamp(1, Timestamp.from(from));
                ps.setTimestamp(2, Timestamp.from(to));
                List<JournalEntry> entries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                }
                return entries;
            }
        }));
    }

    private static JournalEntry entry(ResultSet rs) throws SQLException {
        return new JournalEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }

    @Override
    public int purge(AuthenticatedUser actor) throws AuditException {
        if (actor == null || !access.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new AuditException(Messages.purgeAdministratorsOnly);
        }
        int days = StoreWork.wrapped(() -> store.inTransaction(JournalService::retentionDays));
        if (days <= 0) {
            String setting = StoreWork.wrapped(() -> store.inTransaction(JournalService::retentionSetting));
            throw new AuditException(NLS.bind(Messages.retentionUnset, SETTING_RETENTION_DAYS, setting));
        }
        return StoreWork.wrapped(() -> store.inTransaction(tx -> {
            Connection c = tx.connection();
            try (Statement st = c.createStatement()) {
                st.execute("LOCK TABLE audit_journal IN EXCLUSIVE MODE"); //$NON-NLS-1$
            }
            long last = 0;
            String lastHash = null;
            // The oldest rows, up to the last one older than the period: the chain is cut at one place only.
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, row_hash FROM audit_journal WHERE seq = (SELECT MAX(seq) FROM audit_journal WHERE recorded_at < ?)")) { //$NON-NLS-1$
                ps.setTimestamp(1, Timestamp.from(clock.instant().minus(Duration.ofDays(days))));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        last = rs.getLong(1);
                        lastHash = rs.getString(2);
                    }
                }
            }
            if (lastHash == null) {
                return 0;
            }
            int removed;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_journal WHERE seq <= ?")) { //$NON-NLS-1$
                ps.setLong(1, last);
                removed = ps.executeUpdate();
            }
            record(tx, TOPIC_PURGED, Map.of("actor", actor.login(), PURGED_THROUGH, last, PURGED_HASH, lastHash, "rows", removed, //$NON-NLS-1$ //$NON-NLS-2$
                    "retentionDays", days)); //$NON-NLS-1$
            return removed;
        }));
    }

    private static String retentionSetting(Transaction tx) throws SQLException {
        return SettingsTable.read(tx, SETTING_RETENTION_DAYS).orElse(null);
    }

    /** The retention period in days; 0 or less when the setting is absent or unusable. */
    private static int retentionDays(Transaction tx) throws SQLException {
        String value = retentionSetting(tx);
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public Verification verify() throws AuditException {
        return StoreWork.wrapped(() -> verifyChain(Progress.NONE));
    }

    private Verification verifyChain(Progress progress) throws StoreException {
        return store.inTransaction(tx -> {
            long total = rowsToCheck(tx);
            long checked = 0;
            String expectedLink = null;
            long expectedSeq = -1;
            try (Statement st = tx.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT " + COLUMNS + ", prev_hash, row_hash FROM audit_journal ORDER BY seq")) { //$NON-NLS-1$ //$NON-NLS-2$
                while (rs.next()) {
                    JournalEntry entry = entry(rs);
                    String link = rs.getString(12);
                    String hash = rs.getString(13);
                    checked++;
                    if (checked % PROGRESS_ROWS == 0) {
                        progress.checked(checked, total);
                        if (progress.stopRequested()) {
                            throw new CancellationException(Messages.verificationStopped);
                        }
                    }
                    if (expectedLink == null) {
                        // The first row links to the start of the chain, or to the last row a purge removed.
                        expectedSeq = entry.seq();
                        expectedLink = entry.seq() == 1 ? JournalRow.GENESIS : checkpointHash(tx, entry.seq() - 1).orElse(JournalRow.GENESIS);
                    }
                    if (entry.seq() != expectedSeq || !link.equals(expectedLink) || !hash.equals(new JournalRow(entry, link).hash())) {
                        return new Verification(checked, Optional.of(entry.seq()));
                    }
                    expectedLink = hash;
                    expectedSeq = entry.seq() + 1;
                }
            }
            return new Verification(checked, Optional.empty());
        });
    }

    @Override
    public Verification verify(ChainHead anchor) throws AuditException {
        return verify(List.of(anchor)).get(1);
    }

    @Override
    public List<Verification> verify(List<ChainHead> anchors) throws AuditException {
        return verify(anchors, Progress.NONE);
    }

    @Override
    public List<Verification> verify(List<ChainHead> anchors, Progress progress) throws AuditException {
        return StoreWork.wrapped(() -> {
            Verification chain = verifyChain(progress);
            List<Verification> results = new ArrayList<>(anchors.size() + 1);
            results.add(chain);
            for (ChainHead anchor : anchors) {
                results.add(chain.intact() ? reached(chain, anchor) : chain);
            }
            return results;
        });
    }

    /** About how many rows a check reads: from the sequence's ends (one index read each), not a count of millions. */
    private static long rowsToCheck(Transaction tx) throws SQLException {
        try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT MIN(seq), MAX(seq) FROM audit_journal")) { //$NON-NLS-1$
            return rs.next() && rs.getObject(1) != null ? rs.getLong(2) - rs.getLong(1) + 1 : 0;
        }
    }

    /** Whether the journal, whose chain verified, still reaches a head kept outside: else its first missing or rewritten row. */
    private Verification reached(Verification chain, ChainHead anchor) throws StoreException {
        return store.inTransaction(tx -> {
            long first = 0;
            long last = 0;
            try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT MIN(seq), MAX(seq) FROM audit_journal")) { //$NON-NLS-1$
                if (rs.next()) {
                    first = rs.getLong(1);
                    last = rs.getLong(2);
                }
            }
            if (anchor.seq() > last) {
                return new Verification(chain.rowsChecked(), Optional.of(last + 1));
            }
            if (anchor.seq() < first) {
                return chain;
            }
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT row_hash FROM audit_journal WHERE seq = ?")) { //$NON-NLS-1$
                ps.setLong(1, anchor.seq());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1).equals(anchor.hash()) ? chain : new Verification(chain.rowsChecked(), Optional.of(anchor.seq()));
                }
            }
        });
    }

    @Override
    public List<SealFinding> verifySeals() throws AuditException {
        return StoreWork.wrapped(() -> store.inTransaction(SealedRows::verify));
    }

    @Override
    public List<SealFinding> reseal(AuthenticatedUser actor) throws AuditException {
        if (actor == null || !access.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new AuditException(Messages.resealAdministratorsOnly);
        }
        return StoreWork.wrapped(() -> store.inTransaction(tx -> {
            List<SealFinding> accepted = SealedRows.resealAll(tx);
            record(tx, TOPIC_RESEALED, Map.of("actor", actor.login(), "accepted", accepted.size(), //$NON-NLS-1$ //$NON-NLS-2$
                    "findings", accepted.stream().map(SealFinding::message).toArray(String[]::new))); //$NON-NLS-1$
            return accepted;
        }));
    }

    @Override
    public Optional<ChainHead> head() throws AuditException {
        return StoreWork.wrapped(this::readHead);
    }

    private Optional<ChainHead> readHead() throws StoreException {
        return store.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT seq, row_hash FROM audit_journal WHERE seq = (SELECT MAX(seq) FROM audit_journal)")) { //$NON-NLS-1$
                return rs.next() ? Optional.of(new ChainHead(rs.getLong(1), rs.getString(2))) : Optional.<ChainHead>empty();
            }
        });
    }

    /** The hash a purge checkpoint recorded for the last row it removed, {@code seq}. */
    private static Optional<String> checkpointHash(Transaction tx, long seq) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT details FROM audit_journal WHERE topic = ? ORDER BY seq DESC")) { //$NON-NLS-1$
            ps.setString(1, TOPIC_PURGED);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String details = rs.getString(1);
                    if (details.contains(PURGED_THROUGH + '=' + seq + '\n')) {
                        int start = details.indexOf(PURGED_HASH + '=') + PURGED_HASH.length() + 1;
                        return Optional.of(details.substring(start, details.indexOf('\n', start)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<List<String>> rightsAt(String login, Instant when) throws AuditException {
        return StoreWork.wrapped(() -> store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "SELECT rights FROM rights_archive WHERE login = ? AND changed_at <= ? ORDER BY changed_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")) { //$NON-NLS-1$
                ps.setString(1, login);
                ps.setTimestamp(2, Timestamp.from(when));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<List<String>>empty();
                    }
                    String rights = rs.getString(1);
                    return Optional.of(rights.isEmpty() ? List.<String>of() : List.of(rights.split("\n"))); //$NON-NLS-1$
                }
            }
        }));
    }
}
