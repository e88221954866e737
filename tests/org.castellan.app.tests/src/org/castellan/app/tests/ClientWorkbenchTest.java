package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.castellan.app.internal.dialogs.LoginDialog;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.flow.ServedInstallation;
import org.castellan.app.internal.workbench.AdministrationPerspective;
import org.castellan.app.internal.workbench.SessionSwitch;
import org.castellan.app.session.LoginGate;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.datarights.ui.internal.ObjectPermissionsPane;
import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.ui.internal.LevelState;
import org.castellan.menu.ui.internal.MainMenuDefinitionEditor;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.model.SessionPolicy;
import org.castellan.security.UserAdministration;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.security.ui.internal.editors.UserEditor;
import org.castellan.security.ui.internal.handlers.NewUserDialog;
import org.castellan.security.ui.internal.views.SecurityView;
import org.castellan.security.ui.internal.views.UsersView;
import org.castellan.server.client.Answer;
import org.castellan.server.client.Enrolment;
import org.castellan.server.client.RemoteServices;
import org.castellan.server.client.ServerLogin;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.SessionRegistry;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreMode;
import org.castellan.ui.ChangePasswordDialog;
import org.castellan.ui.Services;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.osgi.framework.ServiceReference;

import com.google.gson.JsonObject;

/**
 * The workbench of an enrolled client workstation, in the product's runtime, against a real
 * {@code castellan server} process that the outer test ({@code ClientWorkbenchInProductTest})
 * started on a loopback port, with the client folder it enrolled: the Login dialog checks the
 * user with the server (a wrong password refused with the server's message), the Security
 * perspective lists the server's users, creates one and changes his level through the server,
 * a clerk is refused by the server, and the token is refused once the workbench closes it. A
 * server that does not answer is said so in the dialog. Runs only when the outer test gives the
 * folder.
 */
@EnabledIfSystemProperty(named = ClientWorkbenchTest.FOLDER, matches = ".+")
class ClientWorkbenchTest {

    static final String FOLDER = "castellan.test.client.folder";
    static final String ADMIN_PASSWORD = "castellan.test.client.adminPassword";
    static final String CLERK_PASSWORD = "castellan.test.client.clerkPassword";
    private static final String NEW_PASSWORD = "Comptoir-2026!";

    @Test
    void anAdministratorLogsInThroughTheServerAndCreatesAUserThere() throws Exception {
        Path folder = Path.of(System.getProperty(FOLDER));
        Enrolment enrolment = Enrolment.read(folder).orElseThrow();
        assertFalse(Files.exists(folder.resolve("credentials.properties")), "a client holds no database credential");
        IWorkbenchWindow window = Ui.window();
        Display display = window.getShell().getDisplay();
        try (ServedInstallation served = ServedInstallation.of(Installations.context(), enrolment)) {
            assertTrue(Services.find(UserAdministration.class).isEmpty(), "nothing is published before the login");
            String name = served.installationName();
            assertTrue(name.contains(enrolment.host() + ':' + enrolment.port()), name);
            AuthenticatedUser admin = logIn(served.accounts(), name, "admin", System.getProperty(ADMIN_PASSWORD), "client-login");
            LoggedIn loggedIn = new LoggedIn(served, name, admin);
            WorkbenchSession session = loggedIn.publishSession();
            assertEquals(StoreMode.CLIENT, session.mode());
            assertTrue(session.folder().isEmpty());
            assertTrue(Services.find(CastellanStore.class).isEmpty(), "no store is opened");
            assertTrue(Services.find(SessionRegistry.class).isEmpty(), "the session registry is the server's: no local session is opened");
            assertTrue(Services.find(LoginGate.class).isEmpty(), "the local session gate does not wake up");
            ServiceReference<UserAdministration> remote = Installations.context().getServiceReference(UserAdministration.class);
            assertEquals(Boolean.TRUE, remote.getProperty(RemoteServices.REMOTE_PROPERTY), "the users are the server's");
            AccessControl access = Services.get(AccessControl.class);
            assertTrue(access.hasRight(admin.id(), AccountService.ADMINISTER_RIGHT), "the server says the administrator administers");

            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(AdministrationPerspective.ID, window);
            Ui.settle(display, 300);
            Screenshots.of(window.getShell(), "client-installation-view");
            page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);
            try {
                UsersView users = (UsersView) page.findView(UsersView.ID);
                Ui.waitFor(display, 20_000, () -> loginsShown(users).contains("clerk"));
                assertEquals(List.of("admin", "clerk", "guest"), loginsShown(users), "the server's users");
                Screenshots.of(window.getShell(), "client-security-perspective");

                createPaul(window);
                assertEquals("Paul Comptoir", Services.get(UserAdministration.class).user(admin, "paul").displayName(), "created on the server");
                UserEditor editor = assertInstanceOf(UserEditor.class, Editors.openUser(page, "paul"));
                Spinner level = Ui.named(window.getShell(), Spinner.class, UserEditor.LEVEL);
                level.setSelection(5);
                level.notifyListeners(SWT.Modify, null);
                assertTrue(editor.isDirty());
                Screenshots.of(window.getShell(), "client-user-editor");
                page.saveEditor(editor, false);
                assertFalse(editor.isDirty(), "saved through the server");
                assertEquals(5, Services.get(UserAdministration.class).user(admin, "paul").authorizationLevel());
                page.closeAllEditors(false);
                Ui.waitFor(display, 20_000, () -> loginsShown(users).contains("paul"));
                assertTrue(loginsShown(users).contains("paul"), () -> "the view follows the change: " + loginsShown(users));
                Screenshots.of(window.getShell(), "client-security-perspective-with-paul");

                // What the server does not serve yet says so, rather than failing: the data rights; the other perspectives are looked at.
                page.showView("org.castellan.datarights.ui.view"); //$NON-NLS-1$
                Ui.settle(display, 300);
                String notServed = Ui.all(window.getShell()).stream().filter(c -> "hidden".equals(c.getData(ObjectPermissionsPane.NAME)))
                        .map(c -> ((org.eclipse.swt.widgets.Label) c).getText()).findFirst().orElse("(no label)");
                assertTrue(notServed.contains("not administered from this workstation"), notServed);
                Screenshots.of(window.getShell(), "client-data-rights-not-served");
                for (String perspective : List.of("org.castellan.sessions.ui.perspective", "org.castellan.backup.ui.perspective",
                        "org.castellan.audit.ui.perspective")) {
                    PlatformUI.getWorkbench().showPerspective(perspective, window);
                    Ui.settle(display, 1500);
                    Screenshots.of(window.getShell(), "client-" + perspective.substring("org.castellan.".length(), perspective.indexOf(".ui.")));
                }
                page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);

                // The administrator logs out: his token is refused from then on; the clerk logs in and is refused by the server.
                ServerLogin adminLogin = served.login().orElseThrow();
                SessionSwitch sessions = new SessionSwitch(served, name, session, SecurityPerspective.ID, wb -> {
                    throw new AssertionError("nobody cancelled the login");
                });
                // The workbench keeps his session on the server alive: a heartbeat comes within the interval the server asked for.
                SessionRegistry onServer = RemoteServices.of(SessionRegistry.class, enrolment.server(), adminLogin::token, topic -> {
                    // nothing to refresh here
                });
                long deadline = System.currentTimeMillis() + adminLogin.heartbeatInterval().toMillis() + 15_000;
                boolean beaten = false;
                while (!beaten && System.currentTimeMillis() < deadline) {
                    Ui.settle(display, 1000);
                    beaten = onServer.sessions(admin, java.util.Optional.empty()).stream()
                            .anyMatch(info -> info.login().equals("admin") && info.lastHeartbeat().isAfter(info.startedAt()));
                }
                assertTrue(beaten, "a heartbeat reached the server within " + adminLogin.heartbeatInterval());

                // Before he leaves, he blocks new logins on the server (its session registry, through its proxy).
                Instant now = Instant.now();
                Ban ban = onServer.block(admin, new BanRequest("***", now, now.plus(Duration.ofHours(1)), "Year-end closing"));
                boolean[] again = { false };
                new DialogScript(display).then(LoginDialog.LOGIN, shell -> {
                    Ui.type(Ui.text(shell, LoginDialog.LOGIN), "clerk");
                    Ui.type(Ui.text(shell, LoginDialog.PASSWORD), System.getProperty(CLERK_PASSWORD));
                    Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
                    assertFalse(shell.isDisposed(), "the ban refuses the clerk in the dialog");
                    assertTrue(Ui.shownTexts(shell).stream().anyMatch(t -> t.contains("Year-end closing")), () -> "the server's ban message: "
                            + Ui.shownTexts(shell));
                    Screenshots.of(shell, "client-login-banned");
                    // another administrator's workstation lifts the ban (he gets through it, being told of it)
                    try (ServerLogin other = ServerLogin.logIn(enrolment.server(), "admin", System.getProperty(ADMIN_PASSWORD).toCharArray(),
                            java.util.Optional.empty(), "office", "Castellan", true)) {
                        RemoteServices.of(SessionRegistry.class, enrolment.server(), other::token, topic -> {
                            // nothing to refresh here
                        }).lift(other.user(), ban.id());
                    }
                    Ui.type(Ui.text(shell, LoginDialog.PASSWORD), System.getProperty(CLERK_PASSWORD));
                    Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
                }).run(() -> again[0] = sessions.logOut(window));
                assertTrue(again[0]);
                assertFalse(adminLogin.heartbeat(true), "the administrator's token ends with his log-out");
                AuthenticatedUser clerk = sessions.session().user();
                assertEquals("clerk", clerk.login());
                assertFalse(Services.get(AccessControl.class).hasRight(clerk.id(), AccountService.ADMINISTER_RIGHT));
                AccountException refused = assertThrows(AccountException.class, () -> Services.get(UserAdministration.class).createUser(admin,
                        new NewUser("mallory", "Mallory", "", false, false, 9, NEW_PASSWORD.toCharArray(), SessionPolicy.NORMAL, Set.of(), Set.of())),
                        "the server checks the clerk, whoever the client names");
                assertFalse(refused.getMessage().isBlank());
                Screenshots.of(window.getShell(), "client-security-perspective-as-clerk");
            } finally {
                page.closeAllEditors(false);
                page.closePerspective(page.getPerspective(), false, false);
            }
            ServerLogin clerkLogin = served.login().orElseThrow();
            served.close();
            assertTrue(Services.find(UserAdministration.class).isEmpty(), "the proxies go with the installation");
            assertFalse(clerkLogin.heartbeat(true), "the token is closed at exit");
        }
    }

    private static final String DEFINITION_COMMAND = "org.castellan.menu.ui/org.castellan.menu.ui.commands.definition";
    private static final String INSTALL_OPTION = "org.castellan.update.ui.install";
    private static final String INSTALL_COMMAND = "org.castellan.update.ui/org.castellan.update.ui.commands.install";

    /**
     * The menu's levels on the client are the server's: the administrator sees the Main Menu
     * Definition and "Install new software" (level 9), lowers the latter to 0 in the editor on the
     * client, and the server's own decision for the clerk follows; the clerk, logged in on the
     * client, sees "Install" but not the Main Menu Definition, is refused it by the server however
     * it is asked, and cannot save a level.
     */
    @Test
    void theServersMenuLevelsDecideWhatTheClientShowsAndALevelSavedOnTheClientIsInForceOnTheServer() throws Exception {
        Path folder = Path.of(System.getProperty(FOLDER));
        Enrolment enrolment = Enrolment.read(folder).orElseThrow();
        IWorkbenchWindow window = Ui.window();
        Display display = window.getShell().getDisplay();
        PlatformUI.getWorkbench().showPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective(), window);
        try (ServedInstallation served = ServedInstallation.of(Installations.context(), enrolment)) {
            String name = served.installationName();
            AuthenticatedUser admin = served.accounts().authenticate("admin", System.getProperty(ADMIN_PASSWORD).toCharArray());
            publishAndAwaitLevels(new LoggedIn(served, name, admin), display);
            ServiceReference<MenuLevels> reference = Installations.context().getServiceReference(MenuLevels.class);
            assertEquals(Boolean.TRUE, reference.getProperty(RemoteServices.REMOTE_PROPERTY), "the menu's levels are the server's");
            MenuLevels menu = Services.get(MenuLevels.class);
            assertTrue(identifierEnabled(DEFINITION_COMMAND), "the administrator sees the Main Menu Definition");
            assertTrue(identifierEnabled(INSTALL_COMMAND), "and Install new software");

            // He lowers "Install new software" to 0 in the Main Menu Definition editor, opened by its command on the client.
            IHandlerService handlers = window.getService(IHandlerService.class);
            MainMenuDefinitionEditor editor = (MainMenuDefinitionEditor) handlers.executeCommand("org.castellan.menu.ui.commands.definition", null);
            assertEquals("9;false", editor.shown().get(INSTALL_OPTION), () -> "the server's level: " + editor.shown());
            editor.edit(INSTALL_OPTION, 0, false);
            assertTrue(editor.isDirty());
            Screenshots.of(window.getShell(), "client-main-menu-definition");
            window.getActivePage().saveEditor(editor, false);
            assertFalse(editor.isDirty(), "saved through the server");
            window.getActivePage().closeAllEditors(false);
            try {
                // In force on the server: its own decision for the clerk, asked by a login of his own (not the client's copy).
                try (ServerLogin alone = ServerLogin.logIn(enrolment.server(), "clerk", System.getProperty(CLERK_PASSWORD).toCharArray(),
                        java.util.Optional.empty(), "office", "Castellan", true)) {
                    assertTrue(decision(enrolment, alone, INSTALL_OPTION), "the server lets the clerk install now");
                    assertFalse(decision(enrolment, alone, MenuLevels.DEFINITION_OPTION), "not open the Main Menu Definition");
                }

                // The clerk on the client: Install is shown, the Main Menu Definition is absent and refused by the server.
                served.loggedOut(admin);
                AuthenticatedUser clerk = served.accounts().authenticate("clerk", System.getProperty(CLERK_PASSWORD).toCharArray());
                publishAndAwaitLevels(new LoggedIn(served, name, clerk), display);
                assertFalse(identifierEnabled(DEFINITION_COMMAND), "the clerk does not see the Main Menu Definition");
                assertTrue(identifierEnabled(INSTALL_COMMAND), "the level the administrator saved on the client applies");
                Screenshots.of(window.getShell(), "client-levels-as-clerk");
                MenuException refused = assertThrows(MenuException.class,
                        () -> menu.require(clerk, "org.castellan.menu.ui.commands.definition"), "refused by the server, asked by id");
                assertFalse(refused.getMessage().isBlank());
                assertThrows(MenuException.class, () -> menu.save(clerk, List.of(new LevelChange(INSTALL_OPTION, 0, false)), menu.revision()),
                        "the server refuses the clerk's change, whoever the client names");
                served.loggedOut(clerk);
            } finally {
                // The administrator puts the level back, through the server.
                AuthenticatedUser again = served.accounts().authenticate("admin", System.getProperty(ADMIN_PASSWORD).toCharArray());
                publishAndAwaitLevels(new LoggedIn(served, name, again), display);
                menu.save(again, List.of(new LevelChange(INSTALL_OPTION, 9, false)), menu.revision());
            }
            assertEquals(9, menu.definition().option(INSTALL_OPTION).orElseThrow().level(), "the server's level is back");
        }
    }

    /** Publishes the session, as a log-in does, and waits until the workbench applied that user's levels. */
    private static void publishAndAwaitLevels(LoggedIn loggedIn, Display display) {
        LevelState state = LevelState.get().orElseThrow();
        long before = state.applied();
        loggedIn.publishSession();
        assertTrue(Ui.waitFor(display, 20_000, () -> state.applied() > before
                && state.user().map(u -> u.id().equals(loggedIn.user().id())).orElse(false)), "the levels follow the session user");
        Ui.settle(display, 1500); // the workbench updates its activity identifiers in a job
    }

    private static boolean identifierEnabled(String identifier) {
        return PlatformUI.getWorkbench().getActivitySupport().getActivityManager().getIdentifier(identifier).isEnabled();
    }

    /** Whether the server's decision API lets that login's user run the option. */
    private static boolean decision(Enrolment enrolment, ServerLogin login, String option) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("option", option);
        Answer answer = enrolment.server().post("/api/v1/decisions/option", body, java.util.Optional.of(login.token()));
        assertTrue(answer.ok(), answer.toString());
        return answer.json().get("allowed").getAsBoolean();
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSoInTheLoginDialog() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Enrolment gone = new Enrolment("127.0.0.1", port, "00:11", Instant.now());
        try (ServedInstallation served = ServedInstallation.of(Installations.context(), gone)) {
            LoginDialog dialog = new LoginDialog(null, served.accounts(), served.installationName());
            Shell shell = Ui.open(dialog);
            try {
                Ui.type(Ui.text(shell, LoginDialog.LOGIN), "admin");
                Ui.type(Ui.text(shell, LoginDialog.PASSWORD), "whatever-1");
                Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
                assertFalse(shell.isDisposed(), "the dialog stays");
                String shown = dialog.getErrorMessage() + Ui.shownTexts(shell);
                assertTrue(shown.contains("127.0.0.1:" + port) && shown.contains("castellan server"), shown);
                Screenshots.of(shell, "client-login-server-unreachable");
            } finally {
                Ui.closeIfOpen(dialog);
            }
        }
    }

    /** Logs in through the dialog: a wrong password first, refused with the server's message, then the right one. */
    private static AuthenticatedUser logIn(AccountService accounts, String name, String login, String password, String screenshot) throws Exception {
        LoginDialog dialog = new LoginDialog(null, accounts, name);
        Shell shell = Ui.open(dialog);
        try {
            Ui.type(Ui.text(shell, LoginDialog.LOGIN), login);
            Ui.type(Ui.text(shell, LoginDialog.PASSWORD), "Wrong-passw0rd!");
            Button ok = Ui.button(shell, IDialogConstants.OK_ID);
            Ui.click(ok);
            assertFalse(shell.isDisposed(), "a refusal keeps the dialog open");
            String refusal = dialog.getErrorMessage() + Ui.shownTexts(shell);
            assertTrue(dialog.getErrorMessage() != null && !dialog.getErrorMessage().isBlank(), refusal);
            Screenshots.of(shell, screenshot + "-refused");
            Ui.type(Ui.text(shell, LoginDialog.PASSWORD), password);
            Ui.click(ok);
            assertTrue(shell.isDisposed(), "the right password closes the dialog");
            assertEquals(Window.OK, dialog.getReturnCode());
        } finally {
            Ui.closeIfOpen(dialog);
        }
        return dialog.user().orElseThrow();
    }

    private static void createPaul(IWorkbenchWindow window) throws Exception {
        new DialogScript(window.getShell().getDisplay()).then(NewUserDialog.LOGIN, shell -> {
            Ui.type(Ui.text(shell, NewUserDialog.LOGIN), "paul");
            Ui.click(Ui.named(shell, Button.class, NewUserDialog.CHECK));
            Ui.type(Ui.text(shell, NewUserDialog.DISPLAY_NAME), "Paul Comptoir");
            Screenshots.of(shell, "client-new-user-dialog");
            Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
        }).then(ChangePasswordDialog.NEW, shell -> {
            Ui.type(Ui.text(shell, ChangePasswordDialog.NEW), NEW_PASSWORD);
            Ui.type(Ui.text(shell, ChangePasswordDialog.CONFIRM), NEW_PASSWORD);
            Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
        }).run(() -> Ui.execute(window, "org.castellan.security.ui.newUser"));
    }

    private static List<String> loginsShown(SecurityView<?> view) {
        Tree tree = view.viewer().getTree();
        return Arrays.stream(tree.getItems()).flatMap(section -> Arrays.stream(section.getItems())).map(item -> item.getText(0)).sorted()
                .toList();
    }
}
