package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.castellan.app.internal.Messages;
import org.castellan.app.internal.dialogs.LoginDialog;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.views.InstallationView;
import org.castellan.app.internal.workbench.AdministrationPerspective;
import org.castellan.app.internal.workbench.SessionSwitch;
import org.castellan.app.internal.workbench.WindowTitle;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.model.SessionPolicy;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.UserAdministration;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;

/**
 * Log Out in the running workbench (the test harness's: Castellan's own application would block on
 * its login dialog). The switch is given an exit that records the call instead of closing the
 * harness's workbench, so "Cancel exits" is checked up to that call.
 */
class SessionSwitchTest {

    private static final String NAME = "Payroll firm";
    private static final String BOB = "bob";
    private static final String BOB_PASSWORD = "B0b-the-payroll!";

    @TempDir
    Path temp;

    private LoggedIn loggedIn;
    private AuthenticatedUser bob;
    private SessionSwitch sessions;
    private final List<IWorkbench> exits = new ArrayList<>();
    private final List<WorkbenchSession> titled = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeEach
    void administratorWorksInTheAdministrationPerspective() throws Exception {
        loggedIn = Installations.create(temp.resolve("payroll"), NAME, null);
        bob = Installations.service(UserAdministration.class).createUser(loggedIn.user(),
                new NewUser(BOB, "Bob Payroll", null, false, false, 5, BOB_PASSWORD.toCharArray()));
        WorkbenchSession session = loggedIn.publishSession();
        sessions = new SessionSwitch(loggedIn.store(), NAME, session, AdministrationPerspective.ID, exits::add);
        sessions.addListener(titled::add);
        IWorkbench workbench = PlatformUI.getWorkbench();
        window = Ui.window();
        page = workbench.showPerspective(AdministrationPerspective.ID, window);
    }

    @AfterEach
    void close() {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (Messages.loginShellTitle.equals(shell.getText())) {
                shell.close();
            }
        }
        page.closeAllPerspectives(false, false);
        loggedIn.close();
    }

    @Test
    void logOutThenAnotherUserLogsInSwitchesTheSessionAndRecreatesTheViews() throws Exception {
        IViewPart before = page.findView(InstallationView.ID);
        assertNotNull(before);
        Ui.whenShellOpens(Display.getCurrent(), Messages.loginShellTitle, failures, login -> {
            assertNotNull(window.getActivePage());
            assertEquals(null, window.getActivePage().getPerspective(), "the next person sees nothing of the last user's work");
            Ui.type(Ui.text(login, LoginDialog.LOGIN), BOB);
            Ui.type(Ui.text(login, LoginDialog.PASSWORD), BOB_PASSWORD);
            Screenshots.of(login, "logout-login");
            Ui.click(Ui.button(login, IDialogConstants.OK_ID));
        });
        assertTrue(sessions.logOut(window));
        assertEquals(List.of(), failures);

        assertEquals(BOB, sessions.session().user().login());
        WorkbenchSession published = Installations.context().getService(Installations.context().getServiceReference(WorkbenchSession.class));
        assertEquals(BOB, published.user().login(), "the new session replaced the old one in the registry");
        assertEquals(List.of(sessions.session()), titled, "the window title follows");
        assertEquals("Castellan \u2014 " + NAME + " \u2014 Bob Payroll", WindowTitle.of(titled.get(0)));
        IWorkbenchPage now = window.getActivePage();
        assertEquals(AdministrationPerspective.ID, now.getPerspective().getId());
        IViewPart after = now.findView(InstallationView.ID);
        assertNotNull(after);
        assertNotSame(before, after, "the view is made anew for the new user");
        Ui.settle(Display.getCurrent(), 200);
        List<String> shown = Ui.shownTexts(window.getShell());
        assertTrue(shown.contains(NLS.bind(Messages.installationViewUserValue, "Bob Payroll", BOB)), shown::toString);
        assertTrue(exits.isEmpty());
        Screenshots.of(window.getShell(), "logout-next-user");
    }

    @Test
    void cancelInTheLogOutsLoginDialogEndsTheWorkbench() throws Exception {
        Ui.whenShellOpens(Display.getCurrent(), Messages.loginShellTitle, failures,
                login -> Ui.click(Ui.button(login, IDialogConstants.CANCEL_ID)));
        assertFalse(sessions.logOut(window));
        assertEquals(List.of(), failures);
        assertEquals(List.of(window.getWorkbench()), exits);
        assertEquals(Installations.LOGIN, sessions.session().user().login(), "nobody else logged in");
    }

    @Test
    void cancelInTheSaveQuestionOfADirtyEditorKeepsTheSessionAndTheEditor() throws Exception {
        DirtyEditor editor = (DirtyEditor) page.openEditor(new DirtyEditor.Input("unsaved"), DirtyEditor.ID);
        editor.makeDirty();
        Ui.whenShellOpens(Display.getCurrent(), shell -> shell.getText().startsWith("Save Resource"), "asking to save", failures,
                question -> {
                    Screenshots.of(question, "logout-save-question");
                    Ui.click(Ui.buttonLabelled(question, IDialogConstants.CANCEL_LABEL));
                });
        try {
            assertFalse(sessions.logOut(window));
            assertEquals(List.of(), failures);
            assertFalse(Ui.shellOpen(Display.getCurrent(), Messages.loginShellTitle), "no login asked");
            assertEquals(Installations.LOGIN, sessions.session().user().login());
            assertTrue(editor.isDirty() && page.findEditor(editor.getEditorInput()) == editor, "the editor stays, unsaved");
            assertTrue(exits.isEmpty());
        } finally {
            page.closeEditor(editor, false);
        }
    }

    @Test
    void theEndOfAOneTransactionSessionLogsOutOnlyItsOwnUser() throws Exception {
        ServiceRegistration<?> registration = sessions.register(Installations.context());
        try {
            Display display = Display.getCurrent();
            sessions.handleEvent(new Event(AccountService.TOPIC_SESSION_END_REQUESTED, Map.of("userId", bob.id(), "login", BOB)));
            Ui.settle(display, 300);
            assertFalse(Ui.shellOpen(display, Messages.loginShellTitle), "bob is not the one working");

            loggedIn.store().store().inTransaction(tx -> {
                try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE users SET session_policy = ? WHERE login = ?")) {
                    ps.setString(1, SessionPolicy.ONE_TRANSACTION.getName());
                    ps.setString(2, Installations.LOGIN);
                    return ps.executeUpdate();
                }
            });
            boolean[] asked = { false };
            Ui.whenShellOpens(display, Messages.loginShellTitle, failures, login -> {
                assertTrue(Ui.shownTexts(login).contains(Messages.logOutSessionEnded), () -> Ui.shownTexts(login).toString());
                Screenshots.of(login, "logout-session-ended");
                Ui.type(Ui.text(login, LoginDialog.LOGIN), BOB);
                Ui.type(Ui.text(login, LoginDialog.PASSWORD), BOB_PASSWORD);
                asked[0] = true;
                Ui.click(Ui.button(login, IDialogConstants.OK_ID));
            });
            // Through the real service and EventAdmin: posted asynchronously, handled on the UI thread.
            assertTrue(loggedIn.store().accounts().transactionClosed(loggedIn.user()));
            assertTrue(Ui.waitFor(display, 20_000, () -> asked[0] && !Ui.shellOpen(display, Messages.loginShellTitle)));
            Ui.waitFor(display, 2_000, () -> BOB.equals(sessions.session().user().login()));
            assertEquals(List.of(), failures);
            assertEquals(BOB, sessions.session().user().login());
        } finally {
            registration.unregister();
        }
    }
}
