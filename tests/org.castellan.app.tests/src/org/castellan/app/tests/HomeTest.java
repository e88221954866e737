package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.workbench.FirstPerspective;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.JournalEvent;
import org.castellan.home.ui.internal.BackupSection;
import org.castellan.home.ui.internal.HomePerspective;
import org.castellan.home.ui.internal.HomeView;
import org.castellan.home.ui.internal.JournalSection;
import org.castellan.home.ui.internal.LoginsSection;
import org.castellan.home.ui.internal.OwnSection;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.UserAdministration;
import org.castellan.store.SettingsTable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home as an administrator and as a counter clerk see it: an overdue backup in red whose
 * button opens the backup, a failed login in the chart and in the counts, the journal's check
 * journaled and shown (run in a job that can be cancelled, recording nothing then), and the clerk's own account. Screenshots at 1024x768.
 */
class HomeTest {

    private static final char[] CLERK_PASSWORD = "Comptoir-2026!".toCharArray();
    private static final RGB RED = new RGB(255, 0, 0);

    @TempDir
    Path temp;

    @AfterEach
    void closeTheHome() {
        for (IWorkbenchPage page : Ui.window().getPages()) {
            page.closeAllEditors(false);
            IPerspectiveDescriptor home = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(HomePerspective.ID);
            page.closePerspective(home, false, false);
        }
    }

    @Test
    void theHomeIsTheFirstPerspectiveAfterLogin() {
        assertEquals(HomePerspective.ID, FirstPerspective.id(), "the product's preferences name the Home");
    }

    @Test
    void anAdministratorSeesAnOverdueBackupInRedAndAFailedLoginCountedAndBackUpOpensTheBackup() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("port"), "Pharmacie du Port")) {
            UserAdministration users = Installations.service(UserAdministration.class);
            AccountService accounts = Installations.service(AccountService.class);
            users.createUser(loggedIn.user(), new NewUser("clerk", "Claire Dubois", null, false, false, 3, CLERK_PASSWORD));
            accounts.authenticate("clerk", CLERK_PASSWORD);
            assertThrows(AccountException.class, () -> accounts.authenticate("clerk", "Wrong-2026x".toCharArray()));
            // The last good backup, 25 hours ago.
            loggedIn.store().store().inTransaction(tx -> {
                SettingsTable.write(tx, "backup.last.good", Instant.now().minus(Duration.ofHours(25)).toString());
                return null;
            });

            IWorkbenchWindow window = Ui.window();
            Shell shell = window.getShell();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(HomePerspective.ID, window);
            HomeView home = (HomeView) page.findView(HomeView.ID);
            assertNotNull(home, "the Home perspective shows the home");
            assertTrue(page.isPartVisible(home), "the home is in front, the Installation view behind it");
            assertTrue(home.administrator());
            home.refresh();

            Label backup = Ui.label(shell, BackupSection.STATUS);
            assertTrue(backup.getText().contains("Overdue"), backup.getText());
            assertEquals(RED, backup.getForeground().getRGB(), "an overdue backup is red");

            LocalDate today = LocalDate.now();
            assertEquals(30, home.chartDays().size());
            assertTrue(home.chartDays().stream().anyMatch(d -> d.day().equals(today) && d.failed() == 1 && d.succeeded() >= 1),
                    home.chartDays()::toString);
            String totals = Ui.label(shell, LoginsSection.TOTALS).getText();
            assertTrue(totals.endsWith(", failed: 1."), totals);

            Label journal = Ui.label(shell, JournalSection.STATUS);
            assertTrue(journal.getText().startsWith("Never verified"), journal.getText());
            Button verify = Ui.named(shell, Button.class, JournalSection.VERIFY);
            Ui.click(verify);
            assertFalse(verify.isEnabled(), "one check at a time");
            Job.getJobManager().join(JournalSection.FAMILY, null);
            assertTrue(Ui.waitFor(shell.getDisplay(), 10_000, () -> journal.getText().contains("intact")), journal.getText());
            assertTrue(verify.isEnabled());
            AuditJournal.RecordedVerification recorded = Installations.service(AuditJournal.class).lastVerification().orElseThrow();
            assertEquals("admin", recorded.login());
            assertTrue(recorded.result().intact());

            screenshotAt1024(shell, "home-administrator");
            chartFitsAt1024(shell);

            Ui.click(Ui.named(shell, Button.class, BackupSection.BACK_UP));
            assertEquals("org.castellan.backup.ui.perspective", window.getActivePage().getPerspective().getId(), "Back Up\u2026 opens the backup");
            assertNotNull(window.getActivePage().findView("org.castellan.backup.ui.view"));
        }
    }

    @Test
    void verifyNowRunsInAJobThatCanBeCancelledAndThenRecordsNothing() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("journal"), "Pharmacie du Journal")) {
            AuditJournal auditJournal = Installations.service(AuditJournal.class);
            List<JournalEvent> events = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                events.add(new JournalEvent(AuditJournal.TOPIC_ENTERED, Map.of("login", "admin", "id", "option" + i)));
            }
            auditJournal.recordAll(events);
            Shell shell = Ui.window().getShell();
            HomeView home = (HomeView) PlatformUI.getWorkbench().showPerspective(HomePerspective.ID, Ui.window()).findView(HomeView.ID);
            home.refresh();
            Label journal = Ui.label(shell, JournalSection.STATUS);
            Button verify = Ui.named(shell, Button.class, JournalSection.VERIFY);

            Ui.click(verify);
            Job[] running = Job.getJobManager().find(JournalSection.FAMILY);
            assertEquals(1, running.length, "Verify Now runs as a job, with progress and Cancel");
            assertTrue(running[0].isUser(), "shown to the user (progress dialog, Cancel)");
            running[0].cancel();
            Job.getJobManager().join(JournalSection.FAMILY, null);
            assertTrue(Ui.waitFor(shell.getDisplay(), 10_000, () -> journal.getText().startsWith("Verification cancelled")), journal.getText());
            assertEquals(Optional.empty(), auditJournal.lastVerification(), "a cancelled check is not recorded");
            assertTrue(verify.isEnabled(), "and may be started again");

            Ui.click(verify);
            Job.getJobManager().join(JournalSection.FAMILY, null);
            assertTrue(Ui.waitFor(shell.getDisplay(), 10_000, () -> journal.getText().contains("intact")), journal.getText());
            assertTrue(auditJournal.lastVerification().orElseThrow().result().rowsChecked() > 20_000, "a whole check is recorded");
        }
    }

    @Test
    void aClerkSeesHisOwnHome() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("quai"), "Pharmacie du Quai", null)) {
            UserAdministration users = Installations.service(UserAdministration.class);
            AccountService accounts = Installations.service(AccountService.class);
            users.createUser(loggedIn.user(), new NewUser("clerk", "Claire Dubois", null, false, false, 3, CLERK_PASSWORD));
            AuthenticatedUser clerk = accounts.authenticate("clerk", CLERK_PASSWORD);
            assertThrows(AccountException.class, () -> accounts.authenticate("clerk", "Wrong-2026x".toCharArray()));
            loggedIn.store().publishSession("Pharmacie du Quai", clerk);

            IWorkbenchWindow window = Ui.window();
            Shell shell = window.getShell();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(HomePerspective.ID, window);
            HomeView home = (HomeView) page.findView(HomeView.ID);
            assertFalse(home.administrator(), "a clerk administers nothing");
            assertTrue(Ui.all(shell).stream().noneMatch(c -> BackupSection.STATUS.equals(c.getData(org.castellan.ui.Fields.NAME))),
                    "no administrator's card");
            assertEquals("Your authorization level: 3", Ui.label(shell, OwnSection.LEVEL).getText());
            assertEquals("Your password does not expire.", Ui.label(shell, OwnSection.PASSWORD).getText());
            Label logins = Ui.label(shell, OwnSection.LOGINS);
            assertTrue(logins.getText().startsWith("Your last login: "), logins.getText());
            assertTrue(logins.getText().contains("Failed logins in a row: 1"), logins.getText());
            assertEquals(RED, logins.getForeground().getRGB());
            assertTrue(Ui.label(shell, HomeView.GREETING).getText().startsWith("Welcome, Claire Dubois (clerk)."), "his name and login");
            screenshotAt1024(shell, "home-clerk");
        }
    }

    /**
     * Issue 21: at 1024x768 the logins chart lay partly past the window's right edge, its last day
     * (today) cut. The chart scales its 30 days to its width: it must lie wholly inside the window.
     */
    private static void chartFitsAt1024(Shell shell) {
        Point size = shell.getSize();
        try {
            shell.setSize(1024, 768);
            shell.layout(true, true);
            Canvas chart = (Canvas) Ui.all(shell).stream().filter(c -> c.getClass() == Canvas.class && c.isVisible()).findFirst()
                    .orElseThrow(() -> new AssertionError("no chart shown"));
            Rectangle inWindow = shell.getDisplay().map(chart.getParent(), shell, chart.getBounds());
            assertTrue(inWindow.x + inWindow.width <= shell.getClientArea().width, () -> "the chart " + inWindow + " ends past the window " + shell.getClientArea());
        } finally {
            shell.setSize(size);
        }
    }

    /** The window at 1024x768, as on a small screen, for a person to look at; its size is put back after. */
    static void screenshotAt1024(Shell shell, String name) throws Exception {
        Point size = shell.getSize();
        try {
            shell.setSize(1024, 768);
            shell.layout(true, true);
            Screenshots.of(shell, name);
        } finally {
            shell.setSize(size);
        }
    }
}
