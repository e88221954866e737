package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.castellan.app.internal.dialogs.LoginDialog;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.audit.AuditJournal;
import org.castellan.security.NewUser;
import org.castellan.security.UserAdministration;
import org.castellan.sessions.Ban;
import org.castellan.sessions.LogoutRequest;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.castellan.sessions.ui.internal.ActiveSessionsView;
import org.castellan.sessions.ui.internal.BlockOpeningsDialog;
import org.castellan.sessions.ui.internal.SessionsPerspective;
import org.castellan.sessions.ui.internal.WorkbenchSessionGate;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sessions perspective as a security administrator uses it before a year-end closing: Block
 * Openings with its proposed period, the ban on a red background in Active Sessions, a clerk's
 * login refused with the ban's message, the administrator's own login through the ban (force), and
 * Lift Ban with its confirmation.
 */
class SessionsViewTest {

    private static final String CLERK_PASSWORD = "Comptoir-2026!";
    private static final String CLOSING = "Year-end closing, back at 13:00";

    @TempDir
    Path temp;

    @Test
    void anAdministratorBlocksOpeningsAClerkIsRefusedTheAdministratorForcesThenLiftsTheBan() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("accounting"), "Cabinet Martin", null)) {
            loggedIn.store().store().inTransaction(tx -> {
                try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO companies (id, version, owner_id, position, code, name) "
                        + "SELECT 'c-acme', 0, id, 0, 'ACME', 'Acme' FROM installation")) {
                    return ps.executeUpdate();
                }
            });
            Installations.service(UserAdministration.class).createUser(loggedIn.user(),
                    new NewUser("clerk", "Claire Clerk", null, false, false, 1, CLERK_PASSWORD.toCharArray()));
            loggedIn.publishSession();
            SessionRegistry registry = Installations.service(SessionRegistry.class);
            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            IWorkbenchPage page = workbench.showPerspective(SessionsPerspective.ID, window);
            try {
                ActiveSessionsView view = (ActiveSessionsView) page.findView(ActiveSessionsView.ID);
                Shell shell = window.getShell();
                assertTrue(Ui.waitFor(display, 5000, () -> rows(view).size() == 1), "the administrator's own session is listed");
                assertFalse(Ui.named(shell, Button.class, ActiveSessionsView.LIFT).isVisible(), "Lift Ban needs a selected ban");

                blockOpenings(display, shell);
                Table table = view.viewer().getTable();
                assertTrue(Ui.waitFor(display, 5000, () -> rows(view).size() == 2));
                TableItem banRow = table.getItem(0);
                assertTrue(view.viewer().getElementAt(0) instanceof Ban, "bans come first");
                assertEquals("ACME", banRow.getText(2));
                assertTrue(banRow.getText(6).contains(CLOSING), banRow.getText(6));
                RGB red = banRow.getBackground(0).getRGB();
                assertTrue(red.red > 200 && red.green < 180 && red.blue < 180, "a red background: " + red);
                Screenshots.of(shell, "active-sessions-with-ban");
                copyTheBan(display, view);

                clerkIsRefused(display, loggedIn);
                administratorForcesTheBan(display, loggedIn, registry);
                liftTheBan(display, shell, view, registry);
            } finally {
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    @Test
    void aLogoutRequestFromAnAdministratorIsShownWithoutClosingAnything() throws Exception {
        Display display = PlatformUI.getWorkbench().getDisplay();
        WorkbenchSessionGate.showLogoutRequest(display, new LogoutRequest("Year-end closing: please log out now.", "admin", Instant.now()));
        assertTrue(Ui.waitFor(display, 5000, () -> Ui.shellOpen(display, "Please Log Out")));
        for (Shell shell : display.getShells()) {
            if ("Please Log Out".equals(shell.getText())) {
                String shown = String.join(" ", Ui.shownTexts(shell));
                assertTrue(shown.contains("admin asks you to log out") && shown.contains("Year-end closing"), shown);
                Screenshots.of(shell, "please-log-out");
                shell.close();
            }
        }
    }

    /** Edit > Copy on the ban's row: the text on the clipboard, and the copy in the audit journal. */
    private static void copyTheBan(Display display, ActiveSessionsView view) throws Exception {
        view.viewer().setSelection(new StructuredSelection(view.viewer().getElementAt(0)));
        view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.COPY.getId()).run();
        String copied = Copies.clipboard(display);
        assertTrue(copied.startsWith(view.viewer().getTable().getColumn(0).getText() + "\t") && copied.contains(CLOSING), copied);
        Copies.assertLastJournaledCopy(Installations.service(AuditJournal.class), ActiveSessionsView.ID, 1);
    }

    private static void blockOpenings(Display display, Shell shell) throws Exception {
        new DialogScript(display).then(BlockOpeningsDialog.MESSAGE, dialog -> {
            assertEquals("ACME", Ui.named(dialog, Combo.class, BlockOpeningsDialog.COMPANY).getText(), "the current company by default");
            DateTime toTime = Ui.named(dialog, DateTime.class, BlockOpeningsDialog.TO_TIME);
            boolean beforeSeven = LocalDateTime.now(ZoneId.systemDefault()).getHour() < SessionRegistry.DEFAULT_BAN_END_HOUR;
            assertEquals(SessionRegistry.DEFAULT_BAN_END_HOUR, toTime.getHours(), "until 19:00 by default");
            assertTrue(beforeSeven || toTime.getHours() == 19, "after 19:00 the end is tomorrow's 19:00");
            Ui.named(dialog, org.eclipse.swt.widgets.Text.class, BlockOpeningsDialog.MESSAGE).setText(CLOSING);
            Screenshots.of(dialog, "block-openings-dialog");
            Ui.click(Ui.button(dialog, IDialogConstants.OK_ID));
        }).run(() -> Ui.click(Ui.named(shell, Button.class, ActiveSessionsView.BLOCK)));
    }

    /** The clerk types the right password: the ban refuses him in the Login dialog with its message and author. */
    private static void clerkIsRefused(Display display, LoggedIn loggedIn) throws Exception {
        LoginDialog login = new LoginDialog(null, loggedIn.store().accounts(), "Cabinet Martin");
        Shell dialog = Ui.open(login);
        try {
            Ui.type(Ui.text(dialog, LoginDialog.LOGIN), "clerk");
            Ui.type(Ui.text(dialog, LoginDialog.PASSWORD), CLERK_PASSWORD);
            Ui.click(Ui.button(dialog, IDialogConstants.OK_ID));
            assertTrue(Ui.waitFor(display, 10_000, () -> login.getErrorMessage() != null), "refused in the dialog");
            // The ban's refusal is long: the title area sums it up and the whole text shows below.
            String refusal = Ui.label(dialog, LoginDialog.FAILURE).getText();
            assertTrue(Ui.label(dialog, LoginDialog.FAILURE).isVisible());
            assertTrue(refusal.contains(CLOSING) && refusal.contains("company ACME") && refusal.contains("Alice Martin"), refusal);
            assertTrue(login.user().isEmpty());
            Screenshots.of(dialog, "login-refused-by-ban");
        } finally {
            Ui.closeIfOpen(login);
        }
    }

    /** The administrator logs in during his own ban: he is asked, and opens his session through it. */
    private static void administratorForcesTheBan(Display display, LoggedIn loggedIn, SessionRegistry registry) throws Exception {
        LoginDialog login = new LoginDialog(null, loggedIn.store().accounts(), "Cabinet Martin");
        Shell dialog = Ui.open(login);
        try {
            Ui.type(Ui.text(dialog, LoginDialog.LOGIN), Installations.LOGIN);
            Ui.type(Ui.text(dialog, LoginDialog.PASSWORD), Installations.PASSWORD);
            new DialogScript(display).thenShellTitled("Openings Blocked", question -> {
                assertTrue(Ui.shownTexts(question).stream().anyMatch(t -> t.contains(CLOSING)), Ui.shownTexts(question).toString());
                Screenshots.of(question, "ban-force-or-lift");
                Ui.click(Ui.button(question, WorkbenchSessionGate.FORCE));
            }).run(() -> Ui.click(Ui.button(dialog, IDialogConstants.OK_ID)));
            assertTrue(Ui.waitFor(display, 10_000, () -> login.user().isPresent()), "his login went through");
            List<SessionInfo> sessions = registry.sessions(java.util.Optional.empty());
            assertTrue(sessions.stream().anyMatch(SessionInfo::forcedBan), "recorded as forced");
            assertEquals(1, registry.bans().size(), "the ban stays for everyone else");
        } finally {
            Ui.closeIfOpen(login);
        }
    }

    private static void liftTheBan(Display display, Shell shell, ActiveSessionsView view, SessionRegistry registry) throws Exception {
        view.refresh();
        view.viewer().getTable().setSelection(0);
        view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(view.viewer().getElementAt(0)), true);
        Button lift = Ui.named(shell, Button.class, ActiveSessionsView.LIFT);
        assertTrue(Ui.waitFor(display, 2000, lift::isVisible), "Lift Ban appears beside Block Openings on a selected ban");
        Screenshots.of(shell, "active-sessions-ban-selected");
        new DialogScript(display).thenShellTitled("Lift Ban", confirm -> {
            Screenshots.of(confirm, "lift-ban-confirmation");
            Ui.click(Ui.button(confirm, IDialogConstants.OK_ID));
        }).run(() -> Ui.click(lift));
        assertTrue(registry.bans().isEmpty(), "lifted for every workstation");
        assertTrue(Ui.waitFor(display, 5000, () -> rows(view).stream().noneMatch(Ban.class::isInstance)));
        Screenshots.of(shell, "active-sessions-after-lift");
    }

    private static List<Object> rows(ActiveSessionsView view) {
        view.refresh();
        Table table = view.viewer().getTable();
        List<Object> rows = new java.util.ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            rows.add(view.viewer().getElementAt(i));
        }
        return rows;
    }
}
