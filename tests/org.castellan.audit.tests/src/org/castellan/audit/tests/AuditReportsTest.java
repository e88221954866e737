package org.castellan.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.AuditReports;
import org.castellan.audit.JournalEntry;
import org.castellan.audit.LoginsPerDay;
import org.castellan.audit.Report;
import org.castellan.audit.ReportFilter;
import org.castellan.audit.ReportKind;
import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.ReportService;
import org.castellan.audit.internal.Workstation;
import org.castellan.menu.MenuException;
import org.castellan.menu.internal.MenuLevelsImpl;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.GroupAdministrationImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.RoleAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.test.support.SettableClock;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

/**
 * The six reports against a history the test makes at known times (in March 2026, Belgrade time):
 * <ul>
 * <li>03-01 08:00 admin is created (role Administrator).</li>
 * <li>03-02 09:00 paul and marie are created, role Counter with cash and pricing.</li>
 * <li>03-02 10:00 group Front with role Counter and member marie.</li>
 * <li>03-03 10:00 paul gets role Counter directly.</li>
 * <li>03-04 paul logs in, then fails once; he enters the Users view and copies 3 rows; marie enters Backup.</li>
 * <li>03-05 00:00:00 exactly (the day's first instant): Counter loses pricing (revoke for both).</li>
 * <li>03-05 10:00 the menu service refuses paul Pricing (he lost its right), 10:05 Stock (level 5, his is 2).</li>
 * <li>03-06 09:00 the menu service refuses marie Stock.</li>
 * <li>03-06 10:00 Counter gets stock; 15:00 Counter loses cash; 18:00 "nobody" fails to log in.</li>
 * <li>today is 03-10.</li>
 * </ul>
 */
class AuditReportsTest {

    private static final char[] PASSWORD = "Pharma-2026x".toCharArray();
    private static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");
    private static final String CASH = ShopRights.CASH;
    private static final String PRICING = ShopRights.PRICING;
    private static final String STOCK = ShopRights.STOCK;
    private static final String ADMINISTER = AccountService.ADMINISTER_RIGHT;

    @TempDir
    Path dir;

    private final SettableClock clock = SettableClock.at(LocalDateTime.parse("2026-03-01T08:00:00"), ZONE);
    private CastellanStore store;
    private JournalService journal;
    private AuditReports reports;
    private AuthenticatedUser admin;
    private AuthenticatedUser paul;
    private Instant revokedPricing;
    /** What the menu service told paul and marie when it refused them, in the order refused. */
    private final List<String> refusals = new java.util.ArrayList<>();

    @BeforeEach
    void history() throws Exception {
        store = CastellanStore.create(dir.resolve("audited"), NewInstallation.unencrypted("Audited"));
        AccessControlImpl access = new AccessControlImpl(store, clock);
        journal = new JournalService(store, access, clock, new Workstation("counter-1", "192.0.2.10", "pharmacist", "0.1.0"));
        reports = ReportService.withClock(store, access, clock);
        ShopRights catalog = new ShopRights(new ExtensionRightsCatalog(RegistryFactory.getRegistry()));
        AccountService accounts = new AccountServiceImpl(store, catalog, PasswordHashing.OWASP_MINIMUM, clock);
        UserAdministrationImpl users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
        RoleAdministrationImpl roles = new RoleAdministrationImpl(store, catalog, clock);
        GroupAdministrationImpl groups = new GroupAdministrationImpl(store, clock);
        admin = accounts.createFirstAdministrator("admin", null, PASSWORD);

        at("2026-03-02T09:00:00");
        paul = users.createUser(admin, new NewUser("paul", "Paul Petrović", null, false, false, 2, PASSWORD));
        AuthenticatedUser marie = users.createUser(admin, new NewUser("marie", "Marie", null, false, false, 2, PASSWORD));
        roles.createRole(admin, "Counter", null, Set.of(CASH, PRICING));
        at("2026-03-02T10:00:00");
        groups.createGroup(admin, "Front", null, Set.of("Counter"), Set.of("marie"));
        at("2026-03-03T10:00:00");
        roles.assign(admin, "paul", "Counter");

        at("2026-03-04T08:30:00");
        accounts.authenticate("paul", PASSWORD);
        at("2026-03-04T08:31:00");
        assertThrows(AccountException.class, () -> accounts.authenticate("paul", "Wrong-2026x".toCharArray()));
        at("2026-03-04T09:00:00");
        journal.entered(paul, "view", "org.castellan.security.ui.users", "Users");
        at("2026-03-04T09:05:00");
        journal.dataLeft(paul, AuditJournal.TOPIC_COPIED, "org.castellan.security.ui.users", 3, ADMINISTER, null);
        at("2026-03-04T11:00:00");
        journal.entered(marie, "menu", "org.castellan.backup.ui.run", "Back up now");

        revokedPricing = at("2026-03-05T00:00:00");
        roles.revoke(admin, "Counter", PRICING);
        // Real refusals, journaled by the menu service itself as a user's attempt would be.
        MenuLevelsImpl menu = new MenuLevelsImpl(store, new ShopOptions(), accounts, access, catalog, new Version(0, 1, 0), clock);
        at("2026-03-05T10:00:00");
        refusals.add(assertThrows(MenuException.class, () -> menu.require(paul, ShopOptions.PRICING_VIEW)).getMessage());
        at("2026-03-05T10:05:00");
        refusals.add(assertThrows(MenuException.class, () -> menu.require(paul, ShopOptions.STOCK_VIEW)).getMessage());
        at("2026-03-06T09:00:00");
        refusals.add(assertThrows(MenuException.class, () -> menu.require(marie, ShopOptions.STOCK_VIEW)).getMessage());
        at("2026-03-06T10:00:00");
        roles.grant(admin, "Counter", STOCK);
        at("2026-03-06T15:00:00");
        roles.revoke(admin, "Counter", CASH);
        at("2026-03-06T18:00:00");
        assertThrows(AccountException.class, () -> accounts.authenticate("nobody", PASSWORD));
        at("2026-03-10T12:00:00");
    }

    private Instant at(String localTime) {
        return clock.set(LocalDateTime.parse(localTime));
    }

    private static Instant local(String localTime) {
        return LocalDateTime.parse(localTime).atZone(ZONE).toInstant();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Report run(ReportKind kind, ReportFilter filter) throws Exception {
        return reports.run(admin, kind, filter);
    }

    private static ReportFilter period(String from, String to) {
        return ReportFilter.everything().withPeriod(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    /** Each row's cells as one line, cells separated by " | ", times as the report shows them. */
    private static List<String> lines(Report report) {
        return report.rows().stream().map(row -> String.join(" | ", row.cells().stream().map(report::text).toList())).toList();
    }

    @Test
    void currentRightsNameTheWayEachRightIsHeldAndWhenThatWayWasGiven() throws Exception {
        Report report = run(ReportKind.CURRENT_RIGHTS, ReportFilter.everything());
        assertEquals(List.of("admin | admin | " + ADMINISTER + " | org.castellan.security | role Administrator | 2026-03-01 08:00:00",
                // Marie holds stock through her group's role, which got it on the 6th: that is the date changed.
                "marie | Marie | " + STOCK + " | org.castellan.example.shop | group Front, role Counter | 2026-03-06 10:00:00",
                "paul | Paul Petrović | " + STOCK + " | org.castellan.example.shop | role Counter | 2026-03-06 10:00:00"), lines(report));
        assertEquals(List.of(Instant.class), List.of(report.rows().get(0).cells().get(5).getClass()), "times sort as times");

        assertEquals(1, run(ReportKind.CURRENT_RIGHTS, ReportFilter.everything().withLogin("paul")).rows().size());
        assertEquals(List.of("admin"), run(ReportKind.CURRENT_RIGHTS, ReportFilter.everything().withBundle("org.castellan.security")).rows().stream()
                .map(r -> r.cells().get(0)).toList());
        assertEquals(2, run(ReportKind.CURRENT_RIGHTS, period("2026-03-06", "2026-03-06")).rows().size(), "changed on the 6th");
        assertEquals(1, run(ReportKind.CURRENT_RIGHTS, period("2026-03-01", "2026-03-05")).rows().size(), "only admin's is older");
    }

    @Test
    void menuEntriesAreFilteredByUserAndByTheBundleOfTheEnteredPart() throws Exception {
        Report all = run(ReportKind.MENU_ENTRIES, ReportFilter.everything());
        assertEquals(List.of("2026-03-04 09:00:00 | paul | view | Users | org.castellan.security.ui.users | counter-1 | 192.0.2.10",
                "2026-03-04 11:00:00 | marie | menu | Back up now | org.castellan.backup.ui.run | counter-1 | 192.0.2.10"), lines(all));
        assertEquals(List.of("marie"), run(ReportKind.MENU_ENTRIES, ReportFilter.everything().withBundle("org.castellan.backup.ui")).rows().stream()
                .map(r -> r.cells().get(1)).toList());
        assertEquals(List.of("paul"),
                run(ReportKind.MENU_ENTRIES, ReportFilter.everything().withLogin("paul")).rows().stream().map(r -> r.cells().get(1)).toList());
        assertTrue(run(ReportKind.MENU_ENTRIES, period("2026-03-05", "2026-03-10")).rows().isEmpty(), "the refusals of those days are no entries");
    }

    @Test
    void refusalsAreTheirOwnReportWithAReadableReasonAndTheMessageShownAndNeverAnEntry() throws Exception {
        Report report = run(ReportKind.MENU_REFUSALS, ReportFilter.everything());
        assertEquals(List.of("Time", "User", "Option", "Reason", "Message shown"), report.columns());
        assertEquals(List.of("2026-03-05 10:00:00 | paul | " + ShopOptions.PRICING + " | A required right is missing | " + refusals.get(0),
                "2026-03-05 10:05:00 | paul | " + ShopOptions.STOCK + " | Authorization level too low | " + refusals.get(1),
                "2026-03-06 09:00:00 | marie | " + ShopOptions.STOCK + " | Authorization level too low | " + refusals.get(2)), lines(report));
        assertTrue(refusals.get(0).contains("Pricing") && refusals.get(1).contains("level 5"), refusals::toString);
        assertTrue(report.title().startsWith("Refused menu options, "), report.title());

        assertEquals(List.of("marie"), run(ReportKind.MENU_REFUSALS, ReportFilter.everything().withLogin("marie")).rows().stream()
                .map(r -> r.cells().get(1)).toList());
        assertEquals(2, run(ReportKind.MENU_REFUSALS, period("2026-03-05", "2026-03-05")).rows().size());
        assertEquals(3, run(ReportKind.MENU_REFUSALS, ReportFilter.everything().withBundle(ShopRights.BUNDLE)).rows().size(), "the refused option's bundle");
        assertTrue(run(ReportKind.MENU_REFUSALS, ReportFilter.everything().withBundle("org.castellan.backup")).rows().isEmpty());

        // The journal has them, apart from the entries: no entries report lists a refused option.
        List<JournalEntry> journaled = journal.entries(Instant.EPOCH, clock.instant()).stream()
                .filter(e -> e.topic().equals(org.castellan.menu.MenuLevels.TOPIC_REFUSED)).toList();
        assertEquals(List.of("paul", "paul", "marie"), journaled.stream().map(JournalEntry::actor).toList());
        assertTrue(journaled.get(0).details().contains("reason=RIGHTS"), journaled.get(0).details());
        for (Report.Row entry : run(ReportKind.MENU_ENTRIES, ReportFilter.everything()).rows()) {
            assertFalse(entry.cells().get(4).toString().startsWith(ShopRights.BUNDLE), () -> "a refusal listed as an entry: " + entry);
        }

        Path csv = Files.createDirectories(dir.resolve("out")).resolve("refusals.csv");
        reports.export(admin, report, AuditReports.Format.CSV, csv);
        List<String> written = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("Time,User,Option,Reason,Message shown", written.get(0));
        assertTrue(written.get(1).startsWith("2026-03-05 10:00:00,paul," + ShopOptions.PRICING + ",A required right is missing,\""), written.get(1));
        Path pdf = dir.resolve("out/refusals.pdf");
        reports.export(admin, report, AuditReports.Format.PDF, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String message : refusals) {
                assertTrue(printed.contains(message), () -> "a long message wraps in its column, whole:\n" + message + "\n" + printed);
            }
        }
        assertTrue(journal.verify().intact());
    }

    @Test
    void copiesAndExportsShowSourceRowsAndRight() throws Exception {
        Report report = run(ReportKind.DATA_LEFT, ReportFilter.everything());
        assertEquals(List.of("2026-03-04 09:05:00 | paul | Copied | org.castellan.security.ui.users | 3 | " + ADMINISTER + " |  | counter-1"), lines(report));
        assertEquals(3, report.rows().get(0).cells().get(4));
    }

    @Test
    void loginsAllOrFailuresOnlyWithFailuresFlagged() throws Exception {
        Report all = run(ReportKind.LOGINS, ReportFilter.everything());
        assertEquals(List.of("2026-03-04 08:30:00 | paul | Succeeded |  | counter-1 | 192.0.2.10 | pharmacist | 0.1.0",
                "2026-03-04 08:31:00 | paul | Failed | wrong password | counter-1 | 192.0.2.10 | pharmacist | 0.1.0",
                "2026-03-06 18:00:00 | nobody | Failed | unknown login | counter-1 | 192.0.2.10 | pharmacist | 0.1.0"), lines(all));
        assertEquals(List.of(false, true, true), all.rows().stream().map(Report.Row::flagged).toList());
        Report failures = run(ReportKind.LOGINS, ReportFilter.everything().withFailuresOnly(true));
        assertEquals(2, failures.rows().size());
        assertTrue(failures.rows().stream().allMatch(Report.Row::flagged));
        assertEquals(1, run(ReportKind.LOGINS, ReportFilter.everything().withLogin("nobody")).rows().size(), "a login that only ever failed is known");

        List<LoginsPerDay> days = reports.loginsPerDay(admin, period("2026-03-04", "2026-03-06"));
        assertEquals(List.of(new LoginsPerDay(LocalDate.parse("2026-03-04"), 1, 1), new LoginsPerDay(LocalDate.parse("2026-03-05"), 0, 0),
                new LoginsPerDay(LocalDate.parse("2026-03-06"), 0, 1)), days);
        assertEquals(30, reports.loginsPerDay(admin, ReportFilter.everything()).size(), "without a first day: the last 30 days");
    }

    @Test
    void loginCountsPerDayFollowTheUserAndFailuresFiltersAndAgreeWithTheRows() throws Exception {
        ReportFilter period = period("2026-03-04", "2026-03-06");
        assertEquals(List.of(new LoginsPerDay(LocalDate.parse("2026-03-04"), 1, 1), new LoginsPerDay(LocalDate.parse("2026-03-05"), 0, 0),
                new LoginsPerDay(LocalDate.parse("2026-03-06"), 0, 0)), reports.loginsPerDay(admin, period.withLogin("paul")));
        assertEquals(List.of(new LoginsPerDay(LocalDate.parse("2026-03-04"), 0, 1), new LoginsPerDay(LocalDate.parse("2026-03-05"), 0, 0),
                new LoginsPerDay(LocalDate.parse("2026-03-06"), 0, 1)), reports.loginsPerDay(admin, period.withFailuresOnly(true)));
        // The counts (one aggregate query) and the rows (the bundle filter reads them) tell the same story.
        int failedRows = run(ReportKind.LOGINS, ReportFilter.everything().withFailuresOnly(true)).rows().size();
        int failedCounted = reports.loginsPerDay(admin, ReportFilter.everything()).stream().mapToInt(LoginsPerDay::failed).sum();
        assertEquals(failedRows, failedCounted);
        assertEquals(reports.loginsPerDay(admin, period), reports.loginsPerDay(admin, period.withBundle("org.castellan.security")));
    }

    @Test
    void aRightsCardShowsEveryChangeAgainstTheRecordBeforeItEvenBeforeThePeriod() throws Exception {
        Report card = run(ReportKind.RIGHTS_CARD, ReportFilter.everything().withLogin("marie"));
        assertEquals(List.of("2026-03-02 10:00:00 | marie | Grant | " + CASH + ", " + PRICING + " |  | " + CASH + ", " + PRICING,
                "2026-03-05 00:00:00 | marie | Revoke |  | " + PRICING + " | " + CASH,
                "2026-03-06 10:00:00 | marie | Grant | " + STOCK + " |  | " + CASH + ", " + STOCK,
                "2026-03-06 15:00:00 | marie | Revoke |  | " + CASH + " | " + STOCK), lines(card));
        assertEquals(List.of(false, true, false, true), card.rows().stream().map(Report.Row::flagged).toList());

        Report fromTheFifth = run(ReportKind.RIGHTS_CARD, period("2026-03-05", "2026-03-05").withLogin("marie"));
        assertEquals(List.of("2026-03-05 00:00:00 | marie | Revoke |  | " + PRICING + " | " + CASH), lines(fromTheFifth));
        assertTrue(run(ReportKind.RIGHTS_CARD, ReportFilter.everything().withLogin("marie").withBundle("org.castellan.security")).rows().isEmpty());
    }

    @Test
    void rightsOnADayAreTheLastRecordOfThatDayAndAChangeAtMidnightBelongsToItsDay() throws Exception {
        assertEquals(List.of("admin | " + ADMINISTER + " | org.castellan.security | 2026-03-01 08:00:00",
                "marie | " + CASH + " | org.castellan.example.shop | 2026-03-02 10:00:00", "marie | " + PRICING + " | org.castellan.example.shop | 2026-03-02 10:00:00",
                "paul | " + CASH + " | org.castellan.example.shop | 2026-03-03 10:00:00", "paul | " + PRICING + " | org.castellan.example.shop | 2026-03-03 10:00:00"),
                lines(run(ReportKind.RIGHTS_ON_DAY, period(null, "2026-03-04"))));
        // The revoke happened at the 5th's very first instant: the 5th shows it, the 4th (above) does not.
        assertEquals(List.of("marie | " + CASH + " | org.castellan.example.shop | 2026-03-05 00:00:00"),
                lines(run(ReportKind.RIGHTS_ON_DAY, period(null, "2026-03-05").withLogin("marie"))));
        // Two changes on the 6th: the last one of the day counts.
        assertEquals(List.of("marie | " + STOCK + " | org.castellan.example.shop | 2026-03-06 15:00:00"),
                lines(run(ReportKind.RIGHTS_ON_DAY, period(null, "2026-03-06").withLogin("marie"))));
        Report before = run(ReportKind.RIGHTS_ON_DAY, period(null, "2026-03-01"));
        assertEquals(List.of("admin"), before.rows().stream().map(r -> r.cells().get(0)).toList(), "users not yet created are not listed");
        Report security = run(ReportKind.RIGHTS_ON_DAY, period(null, "2026-03-06").withBundle("org.castellan.security"));
        assertEquals(List.of("admin | " + ADMINISTER, "marie | (no rights)", "paul | (no rights)"),
                security.rows().stream().map(r -> r.cells().get(0) + " | " + r.cells().get(1)).toList());
    }

    @Test
    void aPointInTimeQueryExactlyAtAChangeSeesTheChange() throws Exception {
        assertEquals(Optional.of(List.of(CASH)), journal.rightsAt("marie", revokedPricing));
        assertEquals(Optional.of(List.of(CASH, PRICING)), journal.rightsAt("marie", revokedPricing.minusMillis(1)));
        assertEquals(Optional.of(List.of(CASH, PRICING)), journal.rightsAt("paul", local("2026-03-03T10:00:00")));
        assertEquals(Optional.empty(), journal.rightsAt("paul", local("2026-03-03T09:59:59.999")), "directly before he got the role");
    }

    @Test
    void badInputIsRefusedWithAMessageThatSaysWhatToDo() throws Exception {
        AuditException reversed = assertThrows(AuditException.class, () -> run(ReportKind.LOGINS, period("2026-03-06", "2026-03-05")));
        assertTrue(reversed.getMessage().contains("2026-03-06") && reversed.getMessage().contains("2026-03-05"), reversed.getMessage());
        AuditException future = assertThrows(AuditException.class, () -> run(ReportKind.RIGHTS_ON_DAY, period(null, "9999-12-31")));
        assertTrue(future.getMessage().contains("9999-12-31") && future.getMessage().contains("2026-03-10"), future.getMessage());
        assertThrows(AuditException.class, () -> run(ReportKind.LOGINS, period("2026-03-11", null)), "a period starting tomorrow");
        AuditException unknown = assertThrows(AuditException.class, () -> run(ReportKind.RIGHTS_CARD, ReportFilter.everything().withLogin("nemo")));
        assertTrue(unknown.getMessage().contains("\"nemo\""), unknown.getMessage());
        assertThrows(AuditException.class, () -> run(ReportKind.RIGHTS_CARD, ReportFilter.everything()), "a card needs a user");
        assertEquals(1, run(ReportKind.CURRENT_RIGHTS, ReportFilter.everything().withLogin("  paul ")).rows().size(), "spaces around a login are ignored");
    }

    @Test
    void onlyAdministratorsRunOrExportReports() throws Exception {
        AuditException refused = assertThrows(AuditException.class, () -> reports.run(paul, ReportKind.LOGINS, ReportFilter.everything()));
        assertTrue(refused.getMessage().contains("Administer security"), refused.getMessage());
        assertThrows(AuditException.class, () -> reports.loginsPerDay(paul, ReportFilter.everything()));
        Report report = run(ReportKind.LOGINS, ReportFilter.everything());
        Path file = dir.resolve("paul.csv");
        assertThrows(AuditException.class, () -> reports.export(paul, report, AuditReports.Format.CSV, file));
        assertFalse(Files.exists(file));
        assertThrows(AuditException.class, () -> reports.run(null, ReportKind.LOGINS, ReportFilter.everything()));
    }

    @Test
    void anExportWritesTheFileAndIsItselfJournaled() throws Exception {
        Report report = run(ReportKind.LOGINS, ReportFilter.everything());
        Path csv = Files.createDirectories(dir.resolve("out")).resolve("logins.csv");
        reports.export(admin, report, AuditReports.Format.CSV, csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("Time,User,Result,Reason,Workstation,IP address,System user,Program version", lines.get(0));
        assertEquals("2026-03-04 08:31:00,paul,Failed,wrong password,counter-1,192.0.2.10,pharmacist,0.1.0", lines.get(2));
        assertEquals(4, lines.size());

        Path pdf = dir.resolve("out/logins.pdf");
        reports.export(admin, report, AuditReports.Format.PDF, pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));

        List<JournalEntry> exports = journal.entries(Instant.EPOCH, clock.instant()).stream().filter(e -> e.topic().equals(AuditJournal.TOPIC_EXPORTED))
                .toList();
        assertEquals(2, exports.size());
        assertTrue(exports.get(0).details().contains("file=" + csv.toAbsolutePath()), exports.get(0).details());
        assertTrue(exports.get(0).details().contains("rows=3"), exports.get(0).details());
        assertEquals("admin", exports.get(1).actor());
        Report dataLeft = run(ReportKind.DATA_LEFT, ReportFilter.everything());
        assertEquals(3, dataLeft.rows().size(), "the copy and both exports");
        assertTrue(journal.verify().intact());
    }

    /**
     * What the Castellan server does for a client workstation: the file is the server's copy, the
     * journal names the client's file and the client workstation, and the report of data that left
     * shows that workstation, not the server's.
     */
    @Test
    void anExportForAnotherMachineIsJournaledWithItsNameThereAndRefusedUnjournaledWhenTooLarge() throws Exception {
        Report report = run(ReportKind.LOGINS, ReportFilter.everything());
        Path copy = Files.createDirectories(dir.resolve("served")).resolve("logins.csv");
        String clients = "/home/anne/reports/logins.csv";
        long size;
        reports.export(admin, report, AuditReports.Format.CSV, copy, new AuditReports.Destination(clients, "till-7"), 1 << 20);
        size = Files.size(copy);
        List<JournalEntry> exports = journal.entries(Instant.EPOCH, clock.instant()).stream().filter(e -> e.topic().equals(AuditJournal.TOPIC_EXPORTED))
                .toList();
        assertEquals(1, exports.size());
        assertTrue(exports.get(0).details().contains("file=" + clients), exports.get(0).details());
        assertFalse(exports.get(0).details().contains(copy.toString()), "the server's copy is not what was exported: " + exports.get(0).details());
        assertTrue(exports.get(0).details().contains("workstation=till-7"), "the workstation that asked: " + exports.get(0).details());
        List<Object> shown = run(ReportKind.DATA_LEFT, ReportFilter.everything()).rows().stream().filter(row -> row.cells().contains(clients))
                .findFirst().orElseThrow().cells();
        assertEquals("till-7", shown.get(shown.size() - 1), "the report's workstation is the client's: " + shown);

        Path larger = dir.resolve("served/larger.csv");
        AuditException tooLarge = assertThrows(AuditException.class,
                () -> reports.export(admin, report, AuditReports.Format.CSV, larger, new AuditReports.Destination("/home/anne/reports/larger.csv", "till-7"),
                        size - 1));
        assertTrue(tooLarge.getMessage().contains("The report for /home/anne/reports/larger.csv is " + size + " bytes, more than the " + (size - 1)
                + " bytes the server sends to a client workstation: nothing was written or journaled."), tooLarge.getMessage());
        assertFalse(Files.exists(larger));
        try (var left = Files.list(dir.resolve("served"))) {
            assertEquals(List.of(copy), left.toList(), "no temporary file is left either");
        }
        assertEquals(1, journal.entries(Instant.EPOCH, clock.instant()).stream().filter(e -> e.topic().equals(AuditJournal.TOPIC_EXPORTED)).count(),
                "the refused export is not journaled");
        assertTrue(journal.verify().intact());
    }

    @Test
    void anExportThatCannotBeWrittenLeavesNoJournalRow() throws Exception {
        Report report = run(ReportKind.LOGINS, ReportFilter.everything());
        Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
        AuditException failed = assertThrows(AuditException.class,
                () -> reports.export(admin, report, AuditReports.Format.CSV, blocker.resolve("logins.csv")));
        assertTrue(failed.getMessage().contains("logins.csv"), failed.getMessage());
        assertTrue(journal.entries(Instant.EPOCH, clock.instant()).stream().noneMatch(e -> e.topic().equals(AuditJournal.TOPIC_EXPORTED)));
    }

    @Test
    void anExportIntoAMissingFolderNamesItAndCreatesNothing() throws Exception {
        Report report = run(ReportKind.LOGINS, ReportFilter.everything());
        Path missing = dir.resolve("no-such-folder");
        AuditException failed = assertThrows(AuditException.class,
                () -> reports.export(admin, report, AuditReports.Format.PDF, missing.resolve("logins.pdf")));
        assertTrue(failed.getMessage().contains("does not exist") && failed.getMessage().contains(missing.toString()), failed.getMessage());
        assertFalse(Files.exists(missing), "the export created the folder");
        assertTrue(journal.entries(Instant.EPOCH, clock.instant()).stream().noneMatch(e -> e.topic().equals(AuditJournal.TOPIC_EXPORTED)));
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() throws Exception {
        Report report = new Report(ReportKind.MENU_ENTRIES, ReportFilter.everything(), "t", ZONE, List.of("a", "b", "c"),
                List.of(new Report.Row(List.of("x,y", "say \"hi\"", "=SUM(A1)"), false)));
        Path csv = dir.resolve("quoted.csv");
        reports.export(admin, report, AuditReports.Format.CSV, csv);
        assertEquals("\"x,y\",\"say \"\"hi\"\"\",'=SUM(A1)", Files.readAllLines(csv).get(1));
    }
}
