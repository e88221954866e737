package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.JournalEntry;
import org.castellan.audit.Report;
import org.castellan.audit.ReportKind;
import org.castellan.audit.ui.internal.AuditPerspective;
import org.castellan.audit.ui.internal.AuditReportsView;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.RoleAdministration;
import org.castellan.security.UserAdministration;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Audit perspective as an administrator uses it: each of the seven reports run with its
 * filters, sorted, exported to CSV and PDF (each export journaled), the logins chart, the check of
 * the journal before and after a row is altered, and a reversed period refused with its message.
 */
class AuditPerspectiveTest {

    private static final char[] CLERK_PASSWORD = "Comptoir-2026!".toCharArray();

    @TempDir
    Path temp;

    @Test
    void anAdministratorRunsFiltersSortsAndExportsEachReportAndChecksTheJournal() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("audited"), "Pharmacie Centrale")) {
            history(loggedIn.user());
            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            assertTrue(workbench.getPerspectiveRegistry().findPerspectiveWithId(AuditPerspective.ID) != null);
            IWorkbenchPage page = workbench.showPerspective("org.castellan.app.perspectives.administration", window);
            assertTrue(Arrays.asList(page.getPerspectiveShortcuts()).contains(AuditPerspective.ID), "Window > Open Perspective lists Audit");
            page = workbench.showPerspective(AuditPerspective.ID, window);
            try {
                AuditReportsView view = (AuditReportsView) page.findView(AuditReportsView.ID);
                Shell shell = window.getShell();
                Ui.click(Ui.named(shell, Button.class, AuditReportsView.ALL_TIME));

                Report logins = run(display, shell, view, ReportKind.LOGINS);
                assertEquals(List.of(false, true), logins.rows().stream().filter(r -> r.cells().get(1).equals("clerk")).map(Report.Row::flagged).toList());
                Table table = Ui.named(shell, Table.class, AuditReportsView.TABLE);
                assertEquals(logins.rows().size(), table.getItemCount());
                int failed = logins.rows().indexOf(logins.rows().stream().filter(Report.Row::flagged).findFirst().orElseThrow());
                assertEquals("Failed", table.getItem(failed).getText(2));
                LocalDate today = LocalDate.now();
                assertTrue(view.chartDays().stream().anyMatch(d -> d.day().equals(today) && d.succeeded() >= 1 && d.failed() == 1), view.chartDays()::toString);
                Screenshots.of(shell, "audit-logins");

                Ui.click(Ui.named(shell, Button.class, AuditReportsView.FAILURES_ONLY));
                Ui.type(Ui.text(shell, AuditReportsView.USER), "clerk");
                Report failures = run(display, shell, view, ReportKind.LOGINS);
                assertEquals(1, failures.rows().size());
                assertTrue(failures.rows().get(0).flagged());
                Screenshots.of(shell, "audit-logins-failures-of-clerk");
                Ui.click(Ui.named(shell, Button.class, AuditReportsView.FAILURES_ONLY));

                Report card = run(display, shell, view, ReportKind.RIGHTS_CARD);
                assertEquals(2, card.rows().size(), "given the role, then the role lost a right");
                assertEquals("Revoke", card.rows().get(1).cells().get(2));
                Screenshots.of(shell, "audit-rights-card");

                Ui.type(Ui.text(shell, AuditReportsView.USER), "");
                Report current = run(display, shell, view, ReportKind.CURRENT_RIGHTS);
                assertTrue(current.rows().stream().anyMatch(r -> r.cells().get(0).equals("clerk") && r.cells().get(4).equals("role Counter")),
                        current.rows()::toString);
                view.sortBy(0);
                view.sortBy(0);
                assertEquals("clerk", table.getItem(0).getText(0), "sorted by user, descending");
                Screenshots.of(shell, "audit-current-rights-sorted");

                Report onDay = run(display, shell, view, ReportKind.RIGHTS_ON_DAY);
                assertTrue(onDay.rows().stream().anyMatch(r -> r.cells().get(0).equals("clerk")), onDay.rows()::toString);
                Screenshots.of(shell, "audit-rights-on-day");

                Ui.type(Ui.text(shell, AuditReportsView.BUNDLE), "org.castellan.security.ui");
                Report entries = run(display, shell, view, ReportKind.MENU_ENTRIES);
                assertTrue(entries.rows().stream().anyMatch(r -> r.cells().get(3).equals("Users")), entries.rows()::toString);
                assertTrue(entries.rows().stream().noneMatch(r -> r.cells().get(3).equals("Backup")), "another bundle's entry is filtered out");
                Screenshots.of(shell, "audit-menu-entries");
                Ui.type(Ui.text(shell, AuditReportsView.BUNDLE), "");

                Report refusals = run(display, shell, view, ReportKind.MENU_REFUSALS);
                Combo kind = Ui.named(shell, Combo.class, AuditReportsView.KIND);
                assertEquals("Refused menu options", kind.getItem(kind.getSelectionIndex()));
                assertEquals(List.of("clerk | org.castellan.example.pharmacy.pricing | Authorization level too low"),
                        refusals.rows().stream().map(r -> r.cells().get(1) + " | " + r.cells().get(2) + " | " + r.cells().get(3)).toList());
                assertEquals(refusals.rows().get(0).cells().get(4), table.getItem(0).getText(4), "the message the clerk was shown");
                assertTrue(entries.rows().stream().noneMatch(r -> r.cells().get(4).toString().startsWith("org.castellan.example.pharmacy")),
                        "a refusal is no entry");
                Screenshots.of(shell, "audit-menu-refusals");

                run(display, shell, view, ReportKind.LOGINS);
                Path out = Screenshots.folder().getParent();
                Path pdf = out.resolve("audit-logins.pdf");
                Path csv = out.resolve("audit-logins.csv");
                export(display, shell, view, AuditReportsView.EXPORT_PDF, pdf);
                export(display, shell, view, AuditReportsView.EXPORT_CSV, csv);
                assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
                assertEquals(logins.rows().size() + 1, Files.readAllLines(csv).size(), "a header and every login");
                AuditJournal journal = Installations.service(AuditJournal.class);
                List<JournalEntry> exports = journal.entries(Instant.EPOCH, Instant.now().plusSeconds(60)).stream()
                        .filter(e -> e.topic().equals(AuditJournal.TOPIC_EXPORTED)).toList();
                assertEquals(2, exports.size(), "each export journaled");
                Report dataLeft = run(display, shell, view, ReportKind.DATA_LEFT);
                assertEquals(3, dataLeft.rows().size(), "the clerk's copy and both exports");
                Screenshots.of(shell, "audit-exports-and-copies");

                verify(display, shell, "up to the head kept in");
                // The end cut off: the chain that is left is whole, only the head kept outside the database shows it.
                long last = loggedIn.store().store().inTransaction(tx -> {
                    try (PreparedStatement max = tx.connection().prepareStatement("SELECT MAX(seq) FROM audit_journal");
                            ResultSet rs = max.executeQuery();
                            PreparedStatement cut = tx.connection().prepareStatement("DELETE FROM audit_journal WHERE seq = ?")) {
                        rs.next();
                        cut.setLong(1, rs.getLong(1));
                        cut.executeUpdate();
                        return rs.getLong(1);
                    }
                });
                verify(display, shell, "row " + last + " was changed, removed or inserted");
                Screenshots.of(shell, "audit-journal-cut-off");
                long victim = exports.get(0).seq();
                loggedIn.store().store().inTransaction(tx -> {
                    try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE audit_journal SET details = 'rows=1' WHERE seq = ?")) {
                        ps.setLong(1, victim);
                        return ps.executeUpdate();
                    }
                });
                verify(display, shell, "row " + victim + " was changed");
                Screenshots.of(shell, "audit-journal-tampered");

                Ui.click(Ui.named(shell, Button.class, AuditReportsView.ALL_TIME));
                DateTime from = Ui.named(shell, DateTime.class, AuditReportsView.FROM);
                DateTime to = Ui.named(shell, DateTime.class, AuditReportsView.TO);
                from.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
                LocalDate yesterday = today.minusDays(1);
                to.setDate(yesterday.getYear(), yesterday.getMonthValue() - 1, yesterday.getDayOfMonth());
                Label status = Ui.label(shell, AuditReportsView.STATUS);
                Ui.click(Ui.named(shell, Button.class, AuditReportsView.RUN));
                assertTrue(Ui.waitFor(display, 10_000, () -> !view.busy() && status.getText().contains("after its last day")), status::getText);
                Screenshots.of(shell, "audit-reversed-period");
            } finally {
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    /** A clerk with a role that later loses a right; logins (one failed); an entry, a copy and a refused option journaled. */
    private static void history(AuthenticatedUser admin) throws Exception {
        UserAdministration users = Installations.service(UserAdministration.class);
        RoleAdministration roles = Installations.service(RoleAdministration.class);
        AccountService accounts = Installations.service(AccountService.class);
        AuditJournal journal = Installations.service(AuditJournal.class);
        AuthenticatedUser clerk = users.createUser(admin, new NewUser("clerk", "Claire Clerk", null, false, false, 1, CLERK_PASSWORD));
        roles.createRole(admin, "Counter", null, java.util.Set.of("org.castellan.example.pharmacy.cash", "org.castellan.example.pharmacy.pricing"));
        roles.assign(admin, "clerk", "Counter");
        roles.revoke(admin, "Counter", "org.castellan.example.pharmacy.pricing");
        accounts.authenticate("clerk", CLERK_PASSWORD);
        assertThrows(AccountException.class, () -> accounts.authenticate("clerk", "wrong-password".toCharArray()));
        journal.entered(clerk, "view", "org.castellan.security.ui.views.users", "Users");
        journal.entered(clerk, "perspective", "org.castellan.backup.ui.perspective", "Backup");
        journal.dataLeft(clerk, AuditJournal.TOPIC_COPIED, "org.castellan.security.ui.views.users", 2, AccountService.ADMINISTER_RIGHT, null);
        // Pricing needs level 5, the clerk has 1: the menu service refuses and journals it, as for a key binding.
        MenuLevels menu = Installations.service(MenuLevels.class);
        assertThrows(MenuException.class, () -> menu.require(clerk, "org.castellan.example.pharmacy.views.pricing"));
    }

    private static Report run(Display display, Shell shell, AuditReportsView view, ReportKind kind) {
        view.choose(kind);
        Report before = view.report().orElse(null);
        Ui.click(Ui.named(shell, Button.class, AuditReportsView.RUN));
        assertTrue(Ui.waitFor(display, 20_000, () -> !view.busy() && view.report().isPresent() && view.report().get() != before),
                () -> Ui.label(shell, AuditReportsView.STATUS).getText());
        Report report = view.report().orElseThrow();
        assertEquals(kind, report.kind(), () -> Ui.label(shell, AuditReportsView.STATUS).getText());
        return report;
    }

    private static void export(Display display, Shell shell, AuditReportsView view, String button, Path file) throws Exception {
        Files.deleteIfExists(file);
        view.setFileChooser((format, suggested) -> Optional.of(file));
        Ui.click(Ui.named(shell, Button.class, button));
        assertTrue(Ui.waitFor(display, 20_000, () -> !view.busy() && Files.exists(file)), () -> Ui.label(shell, AuditReportsView.STATUS).getText());
        Label status = Ui.label(shell, AuditReportsView.STATUS);
        assertTrue(Ui.waitFor(display, 5_000, () -> status.getText().contains("exported to")), status::getText);
    }

    private static void verify(Display display, Shell shell, String expected) {
        Label status = Ui.label(shell, AuditReportsView.STATUS);
        Ui.click(Ui.named(shell, Button.class, AuditReportsView.VERIFY));
        assertTrue(Ui.waitFor(display, 20_000, () -> status.getText().contains(expected)), status::getText);
        assertFalse(status.getText().isEmpty());
    }
}
