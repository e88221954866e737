package org.castellan.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.AuditReports;
import org.castellan.audit.LoginsPerDay;
import org.castellan.audit.Report;
import org.castellan.audit.Report.Row;
import org.castellan.audit.ReportFilter;
import org.castellan.audit.ReportKind;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.OptionDecision;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.store.ChangeJournal;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The reports, read in one transaction each from the journal, the rights archive and the
 * accounts tables. Only administrators may run them; every export is journaled.
 */
@Component(service = AuditReports.class)
public final class ReportService implements AuditReports {

    private static final String LOGIN_SUCCEEDED = AccountService.TOPIC_LOGIN_SUCCEEDED;
    private static final String LOGIN_FAILED = AccountService.TOPIC_LOGIN_FAILED;
    /** Before any journal: the start of an open period. */
    private static final Instant BEGINNING = Instant.parse("1900-01-01T00:00:00Z"); //$NON-NLS-1$
    /** A chart without a first day shows this many days up to the last. */
    private static final int DEFAULT_CHART_DAYS = 30;
    private static final String JOURNAL_COLUMNS = "recorded_at, actor, bundle, workstation, ip_address, os_user, program_version, details, topic"; //$NON-NLS-1$

    private final CastellanStore store;
    private final AccessControl access;
    private final Clock clock;

    /**
     * For Declarative Services: times are shown in the workstation's zone. The journal is
     * required so that exports, which it journals, are only offered once it is installed.
     */
    @Activate
    public ReportService(@Reference CastellanStore store, @Reference AccessControl access, @Reference AuditJournal journal) {
        this(store, access, Clock.systemDefaultZone());
        Objects.requireNonNull(journal);
    }

    // Private: SCR picks the public constructor by its number of parameters, and a Clock is no reference.
    private ReportService(CastellanStore store, AccessControl access, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /** For headless programs and tests; the clock's zone is the installation's. */
    public static ReportService withClock(CastellanStore store, AccessControl access, Clock clock) {
        return new ReportService(store, access, clock);
    }

    /** A period resolved to instants: {@code start} included, {@code end} (the day after the last) excluded. */
    private record Period(LocalDate first, LocalDate last, Instant start, Instant end) {
        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    @Override
    public Report run(AuthenticatedUser actor, ReportKind kind, ReportFilter filter) throws AuditException {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(filter);
        requireAdministrator(actor);
        Period period = period(filter);
        if (kind == ReportKind.RIGHTS_CARD && filter.login() == null) {
            throw new AuditException(Messages.rightsCardNeedsUser);
        }
        requireKnownUser(filter.login());
        List<Row> rows = StoreWork.wrapped(() -> store.inTransaction(tx -> switch (kind) {
        case CURRENT_RIGHTS -> currentRights(tx, filter, period);
        case MENU_ENTRIES -> journalRows(tx, filter, period, List.of(AuditJournal.TOPIC_ENTERED), ReportService::menuEntry);
        case MENU_REFUSALS -> journalRows(tx, filter, period, List.of(MenuLevels.TOPIC_REFUSED), ReportService::menuRefusal);
        case DATA_LEFT -> journalRows(tx, filter, period, List.of(AuditJournal.TOPIC_COPIED, AuditJournal.TOPIC_EXPORTED), ReportService::dataLeft);
        case LOGINS -> journalRows(tx, filter, period, filter.failuresOnly() ? List.of(LOGIN_FAILED) : List.of(LOGIN_SUCCEEDED, LOGIN_FAILED),
                ReportService::login);
        case RIGHTS_CARD -> rightsCard(tx, filter, period);
        case RIGHTS_ON_DAY -> rightsOnDay(tx, filter, period);
        }));
        return new Report(kind, filter, title(kind, filter, period), clock.getZone(), ReportColumns.of(kind), rows);
    }

    @Override
    public List<String> columns(ReportKind kind) {
        return ReportColumns.of(Objects.requireNonNull(kind));
    }

    @Override
    public List<LoginsPerDay> loginsPerDay(AuthenticatedUser actor, ReportFilter filter) throws AuditException {
        requireAdministrator(actor);
        Period asked = period(filter);
        requireKnownUser(filter.login());
        LocalDate first = filter.from() != null ? asked.first() : asked.last().minusDays(DEFAULT_CHART_DAYS - 1L);
        Period period = new Period(first, asked.last(), startOf(first), asked.end());
        if (filter.bundle() == null) {
            List<LoginsPerDay> counted = StoreWork.wrapped(() -> store.inTransaction(tx -> LoginCounts.perDay(tx, first, period.last(), filter.login(),
                    clock.getZone())));
            return filter.failuresOnly() ? counted.stream().map(d -> new LoginsPerDay(d.day(), 0, d.failed())).toList() : counted;
        }
        // A bundle is found in each row's details: only that filter reads the rows.
        Map<LocalDate, int[]> counts = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(period.last()); day = day.plusDays(1)) {
            counts.put(day, new int[2]);
        }
        List<Row> logins = StoreWork.wrapped(() -> store.inTransaction(tx -> journalRows(tx, filter.withFailuresOnly(false), period,
                List.of(LOGIN_SUCCEEDED, LOGIN_FAILED), ReportService::login)));
        for (Row row : logins) {
            LocalDate day = LocalDate.ofInstant((Instant) row.cells().get(0), clock.getZone());
            counts.get(day)[row.flagged() ? 1 : 0]++;
        }
        List<LoginsPerDay> days = new ArrayList<>();
        counts.forEach((day, count) -> days.add(new LoginsPerDay(day, filter.failuresOnly() ? 0 : count[0], count[1])));
        return days;
    }

    @Override
    public void export(AuthenticatedUser actor, Report report, Format format, Path file) throws AuditException {
        export(actor, report, format, file, file.toAbsolutePath().toString(), null, Long.MAX_VALUE);
    }

    @Override
    public void export(AuthenticatedUser actor, Report report, Format format, Path file, Destination shownAs, long maxBytes) throws AuditException {
        export(actor, report, format, file, shownAs.file(), shownAs.workstation(), maxBytes);
    }

    @Override
    public byte[] exportContent(AuthenticatedUser actor, Report report, Format format, Destination shownAs, long maxBytes) throws AuditException {
        requireAdministrator(actor);
        Path folder;
        try {
            folder = Files.createTempDirectory("castellan-export"); // the owner's only, on POSIX //$NON-NLS-1$
        } catch (IOException e) {
            throw new AuditException(NLS.bind(Messages.exportFailed, shownAs.file(), e.getMessage()), e);
        }
        Path file = folder.resolve("report"); //$NON-NLS-1$
        try {
            export(actor, report, format, file, shownAs.file(), shownAs.workstation(), maxBytes);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AuditException(NLS.bind(Messages.exportFailed, shownAs.file(), e.getMessage()), e);
        } finally {
            deleteQuietly(file);
            deleteQuietly(folder);
        }
    }

    /** {@code workstation}: the one the file is for, when not this one (the journal row's own). */
    private void export(AuthenticatedUser actor, Report report, Format format, Path file, String shownAs, String workstation, long maxBytes)
            throws AuditException {
        requireAdministrator(actor);
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new AuditException(NLS.bind(Messages.exportNoFolder, target, folder));
        }
        Path temporary;
        try {
            // Next to the target, so that the move into place is atomic.
            temporary = Files.createTempFile(folder, ".castellan-export", ".part"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            throw new AuditException(NLS.bind(Messages.exportFolderNotWritable, new Object[] { target, folder, e.getMessage() }), e);
        }
        try {
            try {
                if (format == Format.CSV) {
                    ReportFiles.writeCsv(report, temporary);
                } else {
                    ReportFiles.writePdf(report, temporary, clock.instant());
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                // LinkageError: a PDF library that cannot load (its weaving failed) is a failed export, never a silent one.
                throw new AuditException(NLS.bind(Messages.exportFailed, target, Objects.toString(e.getMessage(), e.toString())), e);
            }
            refuseLarger(temporary, shownAs, maxBytes); // before the row: a report nobody receives is no export
            ChangeJournal changes = store.journal().orElseThrow(() -> new AuditException(Messages.journalInactive));
            Map<String, Object> properties = new TreeMap<>(Map.of("login", actor.login(), "source", //$NON-NLS-1$ //$NON-NLS-2$
                    NLS.bind(Messages.exportSource, report.kind().commandName()), "rows", report.rows().size(), //$NON-NLS-1$
                    "right", AccountService.ADMINISTER_RIGHT, "file", shownAs, "format", format.name())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (workstation != null) {
                properties.put("workstation", workstation); //$NON-NLS-1$
            }
            try {
                // The row and the file together: the file is put in place before the row commits, and removed if the commit fails.
                store.inTransaction(tx -> {
                    changes.record(tx, AuditJournal.TOPIC_EXPORTED, properties);
                    try {
                        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                });
            } catch (UncheckedIOException e) {
                throw new AuditException(NLS.bind(Messages.exportFailed, target, e.getCause().getMessage()), e);
            } catch (StoreException e) {
                deleteQuietly(target);
                throw StoreWork.failed(e);
            }
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void refuseLarger(Path written, String shownAs, long maxBytes) throws AuditException {
        long size;
        try {
            size = Files.size(written);
        } catch (IOException e) {
            throw new AuditException(NLS.bind(Messages.exportFailed, shownAs, e.getMessage()), e);
        }
        if (size > maxBytes) {
            throw new AuditException(NLS.bind(Messages.exportTooLarge, new Object[] { shownAs, size, maxBytes }));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more to do: the caller already reports the failure, or the file was never there.
        }
    }

    private void requireAdministrator(AuthenticatedUser actor) throws AuditException {
        if (actor == null || !access.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new AuditException(Messages.reportsAdministratorsOnly);
        }
    }

    private Period period(ReportFilter filter) throws AuditException {
        LocalDate today = LocalDate.now(clock);
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new AuditException(NLS.bind(Messages.periodReversed, filter.from(), filter.to()));
        }
        for (LocalDate day : new LocalDate[] { filter.from(), filter.to() }) {
            if (day != null && day.isAfter(today)) {
                throw new AuditException(NLS.bind(Messages.dayInFuture, day, today));
            }
        }
        LocalDate last = filter.to() != null ? filter.to() : today;
        Instant start = filter.from() != null ? startOf(filter.from()) : BEGINNING;
        return new Period(filter.from(), last, start, startOf(last.plusDays(1)));
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** A login that no account has and nobody ever had (in the archive or the journal) is a mistake, not an empty report. */
    private void requireKnownUser(String login) throws AuditException {
        if (login == null) {
            return;
        }
        boolean known = StoreWork.wrapped(() -> store.inTransaction(tx -> exists(tx, "SELECT 1 FROM users WHERE login = ?", login) //$NON-NLS-1$
                || exists(tx, "SELECT 1 FROM rights_archive WHERE login = ? FETCH FIRST 1 ROWS ONLY", login) //$NON-NLS-1$
                || exists(tx, "SELECT 1 FROM audit_journal WHERE actor = ? FETCH FIRST 1 ROWS ONLY", login))); //$NON-NLS-1$
        if (!known) {
            throw new AuditException(NLS.bind(Messages.unknownUser, login));
        }
    }

    private static boolean exists(Transaction tx, String sql, String value) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private String title(ReportKind kind, ReportFilter filter, Period period) {
        // Dates as the person's language writes them: the title is read, on screen and on paper.
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        String when = kind == ReportKind.RIGHTS_ON_DAY ? day.format(period.last())
                : NLS.bind(Messages.titlePeriod, period.first() == null ? Messages.titleBeginning : day.format(period.first()), day.format(period.last()));
        StringBuilder title = new StringBuilder(ReportColumns.title(kind)).append(", ").append(when); //$NON-NLS-1$
        if (filter.login() != null) {
            title.append(", ").append(NLS.bind(Messages.titleUser, filter.login())); //$NON-NLS-1$
        }
        if (filter.bundle() != null) {
            title.append(", ").append(NLS.bind(Messages.titleBundle, filter.bundle())); //$NON-NLS-1$
        }
        if (kind == ReportKind.LOGINS && filter.failuresOnly()) {
            title.append(", ").append(Messages.titleFailuresOnly); //$NON-NLS-1$
        }
        return title.toString();
    }

    // --- journal reports -------------------------------------------------------------------

    /** A journal row with its event properties. */
    private record Event(Instant at, String actor, String bundle, String workstation, String ipAddress, String osUser, String version,
            Map<String, String> details, String topic) {
        String detail(String name) {
            return details.getOrDefault(name, ""); //$NON-NLS-1$
        }

        /**
         * Whether the event concerns a bundle: published by it, or about a part ({@code id},
         * {@code source}, a refused {@code option} or {@code contribution}) whose id is in it.
         */
        boolean concerns(String wanted) {
            return wanted.equals(bundle) || PART_IDS.stream().anyMatch(name -> inBundle(details.get(name), wanted));
        }
    }

    /** The event properties that name a part of a bundle. */
    private static final List<String> PART_IDS = List.of("id", "source", "option", "contribution"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    @FunctionalInterface
    private interface EventRow {
        Row of(Event event);
    }

    private static boolean inBundle(String id, String bundle) {
        return id != null && (id.equals(bundle) || id.startsWith(bundle + '.'));
    }

    private static List<Row> journalRows(Transaction tx, ReportFilter filter, Period period, List<String> topics, EventRow shape) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(JOURNAL_COLUMNS) //$NON-NLS-1$
                .append(" FROM audit_journal WHERE topic IN (").append(String.join(", ", topics.stream().map(t -> "?").toList())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(") AND recorded_at >= ? AND recorded_at < ?"); //$NON-NLS-1$
        if (filter.login() != null) {
            sql.append(" AND actor = ?"); //$NON-NLS-1$
        }
        sql.append(" ORDER BY recorded_at, seq"); //$NON-NLS-1$
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = tx.connection().prepareStatement(sql.toString())) {
            int p = 1;
            for (String topic : topics) {
                ps.setString(p++, topic);
            }
            ps.setTimestamp(p++, Timestamp.from(period.start()));
            ps.setTimestamp(p++, Timestamp.from(period.end()));
            if (filter.login() != null) {
                ps.setString(p, filter.login());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Event event = new Event(rs.getTimestamp(1).toInstant(), text(rs.getString(2)), rs.getString(3), text(rs.getString(4)),
                            text(rs.getString(5)), text(rs.getString(6)), text(rs.getString(7)), properties(rs.getString(8)), rs.getString(9));
                    if (filter.bundle() == null || event.concerns(filter.bundle())) {
                        rows.add(shape.of(event));
                    }
                }
            }
        }
        return rows;
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }

    /** The journal's "name=value" lines back as a map. */
    static Map<String, String> properties(String details) {
        Map<String, String> map = new HashMap<>();
        if (details != null) {
            for (String line : details.split("\n")) { //$NON-NLS-1$
                int equals = line.indexOf('=');
                if (equals > 0) {
                    map.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        }
        return map;
    }

    private static Row menuEntry(Event e) {
        return new Row(List.of(e.at(), e.actor(), e.detail("kind"), e.detail("label"), e.detail("id"), e.workstation(), e.ipAddress()), false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Row menuRefusal(Event e) {
        return new Row(List.of(e.at(), e.actor(), e.detail("option"), refusalReason(e.detail("reason")), e.detail("message")), false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Why an option was refused, as administrators read it; a reason this version does not know stays as journaled. */
    private static String refusalReason(String name) {
        OptionDecision.Reason reason;
        try {
            reason = OptionDecision.Reason.valueOf(name);
        } catch (IllegalArgumentException e) {
            return name;
        }
        return switch (reason) {
        case LEVEL -> Messages.refusedLevel;
        case RIGHTS -> Messages.refusedRights;
        case UNDECLARED_RIGHT -> Messages.refusedUndeclaredRight;
        case UNAVAILABLE -> Messages.refusedUnavailable;
        case DEFAULT_LEVEL -> Messages.refusedDefaultLevel;
        case UNKNOWN_USER -> Messages.refusedUnknownUser;
        case ALLOWED -> name; // never journaled as a refusal
        };
    }

    private static Row dataLeft(Event e) {
        String action = AuditJournal.TOPIC_COPIED.equals(e.topic()) ? Messages.actionCopied : Messages.actionExported;
        return new Row(List.of(e.at(), e.actor(), action, e.detail("source"), number(e.detail("rows")), e.detail("right"), e.detail("file"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                e.details().getOrDefault("workstation", e.workstation())), false); //$NON-NLS-1$
    }

    private static Object number(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Row login(Event e) {
        boolean failed = LOGIN_FAILED.equals(e.topic());
        String login = e.actor().isEmpty() ? e.detail("login") : e.actor(); //$NON-NLS-1$
        return new Row(List.of(e.at(), login, failed ? Messages.loginFailed : Messages.loginSucceeded, e.detail("reason"), e.workstation(), //$NON-NLS-1$
                e.ipAddress(), e.osUser(), e.version()), failed);
    }

    // --- rights reports --------------------------------------------------------------------

    /** Which bundle contributed each right the installation knows. */
    private static Map<String, String> contributors(Transaction tx) throws SQLException {
        Map<String, String> contributors = new HashMap<>();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT right_id, contributor FROM rights"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                contributors.put(rs.getString(1), text(rs.getString(2)));
            }
        }
        return contributors;
    }

    /** A right's bundle: its contributor, or for a right no longer declared, the bundle its id starts with. */
    private static boolean rightInBundle(String rightId, String bundle, Map<String, String> contributors) {
        String contributor = contributors.get(rightId);
        return contributor != null && !contributor.isEmpty() ? contributor.equals(bundle) : inBundle(rightId, bundle);
    }

    private static final String CURRENT_DIRECT = "SELECT u.login, u.display_name, rt.right_id, rt.contributor, r.name, CAST(NULL AS VARCHAR(120)), " //$NON-NLS-1$
            + "CAST(NULL AS TIMESTAMP), ra.granted_at, g.granted_at FROM users u JOIN role_assignments ra ON ra.owner_id = u.id " //$NON-NLS-1$
            + "JOIN roles r ON r.id = ra.role_id JOIN right_grants g ON g.owner_id = r.id JOIN rights rt ON rt.id = g.right_id WHERE u.enabled = TRUE"; //$NON-NLS-1$

    private static final String CURRENT_THROUGH_GROUP = "SELECT u.login, u.display_name, rt.right_id, rt.contributor, r.name, gr.name, " //$NON-NLS-1$
            + "m.granted_at, ra.granted_at, g.granted_at FROM users u JOIN memberships m ON m.owner_id = u.id " //$NON-NLS-1$
            + "JOIN user_groups gr ON gr.id = m.group_id JOIN role_assignments ra ON ra.owner_id = gr.id " //$NON-NLS-1$
            + "JOIN roles r ON r.id = ra.role_id JOIN right_grants g ON g.owner_id = r.id JOIN rights rt ON rt.id = g.right_id WHERE u.enabled = TRUE"; //$NON-NLS-1$

    /**
     * Every right of every enabled user, one row per way he holds it (a role given to him, or a
     * role given to one of his groups); the date changed is the latest of the links of that way:
     * when he got the role or joined the group, when the group got the role, when the role got the right.
     */
    private static List<Row> currentRights(Transaction tx, ReportFilter filter, Period period) throws SQLException {
        List<Object[]> found = new ArrayList<>();
        for (String sql : List.of(CURRENT_DIRECT, CURRENT_THROUGH_GROUP)) {
            String query = filter.login() == null ? sql : sql + " AND u.login = ?"; //$NON-NLS-1$
            try (PreparedStatement ps = tx.connection().prepareStatement(query)) {
                if (filter.login() != null) {
                    ps.setString(1, filter.login());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String contributor = text(rs.getString(4));
                        String right = rs.getString(3);
                        if (filter.bundle() != null && !(contributor.isEmpty() ? inBundle(right, filter.bundle()) : contributor.equals(filter.bundle()))) {
                            continue;
                        }
                        Instant changed = latest(rs.getTimestamp(7), rs.getTimestamp(8), rs.getTimestamp(9));
                        if (changed != null ? !period.contains(changed) : period.first() != null) {
                            continue;
                        }
                        String group = rs.getString(6);
                        String through = group == null ? NLS.bind(Messages.throughRole, rs.getString(5)) : NLS.bind(Messages.throughGroup, group, rs.getString(5));
                        found.add(new Object[] { rs.getString(1), text(rs.getString(2)), right, contributor, through, changed == null ? "" : changed }); //$NON-NLS-1$
                    }
                }
            }
        }
        found.sort(Comparator.<Object[], String> comparing(r -> (String) r[0]).thenComparing(r -> (String) r[2]).thenComparing(r -> (String) r[4]));
        return found.stream().map(r -> new Row(List.of(r), false)).toList();
    }

    private static Instant latest(Timestamp... times) {
        Instant latest = null;
        for (Timestamp time : times) {
            if (time != null && (latest == null || time.toInstant().isAfter(latest))) {
                latest = time.toInstant();
            }
        }
        return latest;
    }

    /** One archived record: the complete rights a user held from {@code at}. */
    private record Archived(String login, Instant at, List<String> rights, boolean revoke) {
    }

    private static Archived archived(ResultSet rs) throws SQLException {
        String rights = rs.getString(3);
        return new Archived(rs.getString(1), rs.getTimestamp(2).toInstant(), rights.isEmpty() ? List.of() : List.of(rights.split("\n")), //$NON-NLS-1$
                rs.getBoolean(4));
    }

    private static final String ARCHIVE_COLUMNS = "login, changed_at, rights, is_revoke"; //$NON-NLS-1$

    /** Every change of one user's rights in the period, each against the record before it (also one before the period). */
    private static List<Row> rightsCard(Transaction tx, ReportFilter filter, Period period) throws SQLException {
        Map<String, String> contributors = contributors(tx);
        List<String> before = List.of();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + ARCHIVE_COLUMNS //$NON-NLS-1$
                + " FROM rights_archive WHERE login = ? AND changed_at < ? ORDER BY changed_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")) { //$NON-NLS-1$
            ps.setString(1, filter.login());
            ps.setTimestamp(2, Timestamp.from(period.start()));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    before = archived(rs).rights();
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + ARCHIVE_COLUMNS //$NON-NLS-1$
                + " FROM rights_archive WHERE login = ? AND changed_at >= ? AND changed_at < ? ORDER BY changed_at, id")) { //$NON-NLS-1$
            ps.setString(1, filter.login());
            ps.setTimestamp(2, Timestamp.from(period.start()));
            ps.setTimestamp(3, Timestamp.from(period.end()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Archived now = archived(rs);
                    List<String> held = inBundle(now.rights(), filter.bundle(), contributors);
                    List<String> was = inBundle(before, filter.bundle(), contributors);
                    List<String> added = held.stream().filter(r -> !was.contains(r)).toList();
                    List<String> removed = was.stream().filter(r -> !held.contains(r)).toList();
                    before = now.rights();
                    if (filter.bundle() != null && added.isEmpty() && removed.isEmpty()) {
                        continue;
                    }
                    rows.add(new Row(List.of(now.at(), now.login(), now.revoke() ? Messages.changeRevoke : Messages.changeGrant, String.join(", ", added), //$NON-NLS-1$
                            String.join(", ", removed), String.join(", ", held)), now.revoke())); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        return rows;
    }

    private static List<String> inBundle(List<String> rights, String bundle, Map<String, String> contributors) {
        return bundle == null ? rights : rights.stream().filter(r -> rightInBundle(r, bundle, contributors)).toList();
    }

    /**
     * The rights each user held on the period's last day: for each user his last record before the
     * next day began (ties in time broken by the order of writing). Users without any record up to
     * then are not listed; a user who held nothing is listed once with no right.
     */
    private static List<Row> rightsOnDay(Transaction tx, ReportFilter filter, Period period) throws SQLException {
        Map<String, String> contributors = contributors(tx);
        Map<String, Archived> lastOfUser = new LinkedHashMap<>();
        String last = "SELECT " + ARCHIVE_COLUMNS + " FROM rights_archive WHERE %s = ? AND changed_at < ? ORDER BY changed_at DESC, id DESC FETCH FIRST 1 ROWS ONLY"; //$NON-NLS-1$ //$NON-NLS-2$
        if (filter.login() != null) {
            try (PreparedStatement ps = tx.connection().prepareStatement(String.format(last, "login"))) { //$NON-NLS-1$
                lastBefore(ps, filter.login(), period.end()).ifPresent(record -> lastOfUser.put(record.login(), record));
            }
        } else {
            // Every user the archive knows (also those deleted since), one index probe each: the next user id, then his last record.
            try (PreparedStatement nextUser = tx.connection().prepareStatement("SELECT MIN(user_id) FROM rights_archive WHERE user_id > ?"); //$NON-NLS-1$
                    PreparedStatement lastRecord = tx.connection().prepareStatement(String.format(last, "user_id"))) { //$NON-NLS-1$
                String user = ""; //$NON-NLS-1$
                while (true) {
                    nextUser.setString(1, user);
                    try (ResultSet rs = nextUser.executeQuery()) {
                        user = rs.next() ? rs.getString(1) : null;
                    }
                    if (user == null) {
                        break;
                    }
                    String id = user;
                    lastBefore(lastRecord, user, period.end()).ifPresent(record -> lastOfUser.put(id, record));
                }
            }
        }
        List<Archived> users = new ArrayList<>(lastOfUser.values());
        users.sort(Comparator.comparing(Archived::login));
        List<Row> rows = new ArrayList<>();
        for (Archived user : users) {
            List<String> held = inBundle(user.rights(), filter.bundle(), contributors);
            if (held.isEmpty()) {
                rows.add(new Row(List.of(user.login(), Messages.noRights, "", user.at()), true)); //$NON-NLS-1$
            }
            Set<String> sorted = new LinkedHashSet<>(held);
            for (String right : sorted) {
                rows.add(new Row(List.of(user.login(), right, bundleOf(right, contributors), user.at()), false));
            }
        }
        return rows;
    }

    private static Optional<Archived> lastBefore(PreparedStatement ps, String key, Instant before) throws SQLException {
        ps.setString(1, key);
        ps.setTimestamp(2, Timestamp.from(before));
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(archived(rs)) : Optional.empty();
        }
    }

    private static String bundleOf(String right, Map<String, String> contributors) {
        String contributor = contributors.get(right);
        return contributor == null ? "" : contributor; //$NON-NLS-1$
    }

    /** The installation's zone, for callers that format days. */
    public ZoneId zone() {
        return clock.getZone();
    }
}
