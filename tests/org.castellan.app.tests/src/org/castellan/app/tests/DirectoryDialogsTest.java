package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.castellan.app.internal.dialogs.LoginDialog;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.workbench.AdministrationPerspective;
import org.castellan.app.internal.workbench.CastellanActionBarAdvisor;
import org.castellan.app.internal.workbench.SessionSwitch;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.home.ui.internal.HomePerspective;
import org.castellan.home.ui.internal.OwnSection;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.core.commands.Command;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.osgi.framework.ServiceRegistration;
import org.castellan.directory.DirectoryService;
import org.castellan.directory.DirectorySettings;
import org.castellan.security.SettingsAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.editors.InstallationSettingsEditor;
import org.castellan.security.ui.internal.handlers.ImportFromDirectoryDialog;
import org.castellan.test.support.Slapd;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory's dialogs against a real OpenLDAP server (slapd on loopback): Test Connection in
 * Installation Settings, once with a first URL that does not answer, once with a wrong service
 * password; Import from Directory searching, ticking and importing; the login dialog saying what
 * OpenLDAP's password policy answers (locked, grace logins left). Screenshots in the run's
 * language (English, and French in the French run), the window at 1024x768; every text shown must
 * fit its widget.
 */
class DirectoryDialogsTest {

    @RegisterExtension
    static final Slapd SLAPD = Slapd.withPasswordPolicy();

    @TempDir
    Path temp;

    private static String language() {
        return System.getProperty("castellan.test.nl", "en");
    }

    @Test
    void testConnectionSaysThatEverythingWorks() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie du Port")) {
            pointAtSlapd(loggedIn, SLAPD.ldapsUrl(), Slapd.SERVICE_PASSWORD);
            String all = String.join("\n", testConnection("directory-test-passed", true));
            assertTrue(all.contains(Messages.testDirectoryPassed), all);
            assertTrue(all.contains(SLAPD.ldapsUrl()) && all.contains(Slapd.SERVICE_DN), "the URL's and the service account's lines: " + all);
            assertFalse(all.contains("\u2718"), all);
        }
    }

    @Test
    void testConnectionMarksTheURLThatDoesNotAnswerAndTheRefusedServiceAccount() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie du Port")) {
            int silent = Slapd.freePort();
            pointAtSlapd(loggedIn, "ldap://127.0.0.1:" + silent + " " + SLAPD.ldapsUrl(), "Wrong-2026x");
            String all = String.join("\n", testConnection("directory-test-failed", false));
            assertTrue(all.contains(Messages.testDirectoryFailed), all);
            assertTrue(all.contains("\u2718") && all.contains("127.0.0.1:" + silent), "the URL that does not answer is marked: " + all);
            assertTrue(all.contains("\u2714") && all.contains(SLAPD.ldapsUrl()), "the one that answers too: " + all);
            assertTrue(all.lines().anyMatch(line -> line.startsWith("\u2718") && line.contains(Slapd.SERVICE_DN)),
                    "the refused service account is marked: " + all);
        }
    }

    /** Opens Installation Settings at 1024x768, scrolls to Test Connection, clicks it and reads the report. */
    private static List<String> testConnection(String screenshot, boolean screenshotTheEditor) throws Exception {
        IWorkbenchWindow window = Ui.window();
        Shell shell = window.getShell();
        Point size = shell.getSize();
        IWorkbenchPage page = window.getActivePage();
        // the options a user may open are worked out again after each login, in the background (an
        // earlier test of this class logged a clerk in): Installation Settings opens once they are the administrator's
        assertTrue(Ui.waitFor(shell.getDisplay(), 15_000, () -> {
            try {
                Ui.execute(window, "org.castellan.security.ui.settings");
                return true;
            } catch (AssertionError notYet) {
                return false;
            }
        }), "Installation Settings opens for the administrator");
        IEditorPart editor = page.getActiveEditor();
        try {
            assertTrue(editor instanceof InstallationSettingsEditor, String.valueOf(editor));
            shell.setSize(1024, 768);
            Button test = Ui.named(shell, Button.class, InstallationSettingsEditor.TEST_CONNECTION);
            shell.layout(true, true);
            scrollTo(test);
            if (screenshotTheEditor) {
                Screenshots.of(shell, language() + "-directory-settings-1024");
            }
            return clickAndRead(test, screenshot);
        } finally {
            page.closeEditor(editor, false);
            shell.setSize(size);
        }
    }

    @Test
    void importFromDirectorySearchesTicksAndCreatesDomainUsers() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie du Port")) {
            pointAtSlapd(loggedIn, SLAPD.ldapsUrl(), Slapd.SERVICE_PASSWORD);
            Installations.service(DirectoryService.class).importUsers(loggedIn.user(), List.of("anna"), 2); // shown grey, not tickable
            IWorkbenchWindow window = Ui.window();
            Shell workbench = window.getShell();
            Point size = workbench.getSize();
            workbench.setSize(1024, 768);
            ImportFromDirectoryDialog dialog = new ImportFromDirectoryDialog(workbench);
            try {
                Ui.drive(dialog, shell -> {
                    Display display = shell.getDisplay();
                    Button importButton = Ui.button(shell, IDialogConstants.OK_ID);
                    assertFalse(importButton.isEnabled(), "nothing ticked, nothing to import");
                    Table people = Ui.named(shell, Table.class, ImportFromDirectoryDialog.RESULTS);
                    Ui.type(Ui.text(shell, ImportFromDirectoryDialog.SEARCH_TEXT), "nobody-like-this");
                    Ui.click(Ui.named(shell, Button.class, ImportFromDirectoryDialog.SEARCH));
                    assertTrue(Ui.waitFor(display, 15_000, () -> Messages.directoryNobodyFound.equals(dialog.getMessage())),
                            () -> "nobody found is said: " + dialog.getMessage() + " / " + dialog.getErrorMessage());
                    Screenshots.of(shell, language() + "-directory-import-nobody");

                    Text search = Ui.text(shell, ImportFromDirectoryDialog.SEARCH_TEXT);
                    Ui.type(search, "a"); // paul and anna (and the twins: no "a")
                    Ui.click(Ui.named(shell, Button.class, ImportFromDirectoryDialog.SEARCH));
                    assertTrue(Ui.waitFor(display, 15_000, () -> people.getItemCount() >= 2),
                            () -> "people found: " + people.getItemCount() + " / " + dialog.getErrorMessage());
                    assertEquals(NLS.bind(Messages.directoryFound, people.getItemCount()), dialog.getMessage());
                    TableItem paul = item(people, "paul");
                    TableItem anna = item(people, "anna");
                    assertEquals("Paul Nowak", paul.getText(1));
                    assertEquals("paul.nowak@example.com", paul.getText(2));
                    assertTrue(anna.getGrayed(), "anna is a Castellan user already");
                    tick(people, anna);
                    assertFalse(anna.getChecked(), "a Castellan user already cannot be ticked");
                    assertFalse(importButton.isEnabled());
                    tick(people, paul);
                    assertTrue(importButton.isEnabled(), "paul ticked: Import");
                    assertAllFits(shell);
                    Screenshots.of(shell, language() + "-directory-import-found");

                    Ui.click(importButton);
                    assertTrue(Ui.waitFor(display, 15_000, shell::isDisposed), () -> "the import closes the dialog: " + dialog.getErrorMessage());
                });
            } finally {
                workbench.setSize(size);
            }
            assertEquals(List.of("paul"), dialog.imported());
            UserAdministration users = Installations.service(UserAdministration.class);
            assertTrue(users.users(loggedIn.user()).stream().anyMatch(u -> u.login().equals("paul") && u.domain()),
                    "paul is a domain user now");
        }
    }

    @Test
    void aDomainUserHasNoChangePasswordAndHisHomeSaysWhy() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie du Port")) {
            pointAtSlapd(loggedIn, SLAPD.ldapsUrl(), Slapd.SERVICE_PASSWORD);
            Installations.service(DirectoryService.class).importUsers(loggedIn.user(), List.of("paul"), 2);
            AccountService accounts = Installations.service(AccountService.class);
            AuthenticatedUser paul = accounts.authenticate("paul", Slapd.USER_PASSWORD.toCharArray());
            WorkbenchSession session = loggedIn.store().publishSession("Pharmacie du Port", paul);
            List<IWorkbench> exits = new ArrayList<>();
            SessionSwitch sessions = new SessionSwitch(loggedIn.store(), "Pharmacie du Port", session, AdministrationPerspective.ID, exits::add);
            ServiceRegistration<?> registration = sessions.register(Installations.context());
            IWorkbenchWindow window = Ui.window();
            org.eclipse.ui.IPerspectiveDescriptor before = window.getActivePage().getPerspective();
            try {
                Command change = window.getService(ICommandService.class).getCommand(CastellanActionBarAdvisor.CHANGE_PASSWORD_COMMAND);
                assertFalse(change.isEnabled(), "File > Change Password... is disabled for a domain user");
                AccountException refused = assertThrows(AccountException.class,
                        () -> accounts.changePassword("paul", Slapd.USER_PASSWORD.toCharArray(), "Other-2026xx".toCharArray()));
                assertTrue(refused.getMessage().contains("paul") && (!language().equals("en") || refused.getMessage().contains("Change it in the directory")),
                        () -> "the service refuses anyway, saying the password is changed in the directory: " + refused.getMessage());

                Shell shell = window.getShell();
                PlatformUI.getWorkbench().showPerspective(HomePerspective.ID, window);
                assertTrue(Ui.waitFor(shell.getDisplay(), 5_000,
                        () -> org.castellan.home.ui.internal.Messages.ownPasswordInDirectory.equals(Ui.label(shell, OwnSection.PASSWORD).getText())),
                        () -> Ui.label(shell, OwnSection.PASSWORD).getText());
                assertFalse(Ui.named(shell, Button.class, OwnSection.CHANGE_PASSWORD).isEnabled(), "nor on his home");
                HomeTest.screenshotAt1024(shell, language() + "-directory-domain-user-home");

                WorkbenchSession administrator = loggedIn.store().publishSession("Pharmacie du Port", loggedIn.user());
                SessionSwitch back = new SessionSwitch(loggedIn.store(), "Pharmacie du Port", administrator, AdministrationPerspective.ID, exits::add);
                registration.unregister();
                registration = back.register(Installations.context());
                assertTrue(change.isEnabled(), "a local user changes his own password");
            } finally {
                registration.unregister();
                loggedIn.store().publishSession("Pharmacie du Port", loggedIn.user());
                window.getActivePage().setPerspective(before); // the next test starts where this one did
            }
        }
    }

    @Test
    void theLoginDialogSaysWhatTheDirectorysPasswordPolicyAnswers() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie du Port")) {
            pointAtSlapd(loggedIn, SLAPD.ldapsUrl(), Slapd.SERVICE_PASSWORD);
            Installations.service(DirectoryService.class).importUsers(loggedIn.user(), List.of(Slapd.LOCKED, Slapd.GRACED), 2);
            AccountService accounts = Installations.service(AccountService.class);
            LoginDialog dialog = new LoginDialog(null, accounts, "Pharmacie du Port");
            Shell shell = Ui.open(dialog);
            try {
                Ui.type(Ui.text(shell, LoginDialog.LOGIN), Slapd.LOCKED);
                Ui.type(Ui.text(shell, LoginDialog.PASSWORD), Slapd.USER_PASSWORD);
                Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
                assertFalse(shell.isDisposed(), "refused");
                assertTrue(Ui.shownTexts(shell).stream().anyMatch(t -> t.contains(directoryMessage("accountLocked")))
                        || String.valueOf(dialog.getErrorMessage()).contains(directoryMessage("accountLocked")),
                        () -> "the lock is said: " + dialog.getErrorMessage() + " " + Ui.shownTexts(shell));
                assertAllFits(shell);
                Screenshots.of(shell, language() + "-directory-login-locked");

                List<Throwable> failures = new ArrayList<>();
                List<String> notice = new ArrayList<>();
                Ui.whenShellOpens(shell.getDisplay(), org.castellan.app.internal.Messages.directoryNoticeTitle, failures, warning -> {
                    notice.addAll(Ui.shownTexts(warning));
                    assertAllFits(warning);
                    Screenshots.of(warning, language() + "-directory-login-grace");
                    warning.close();
                });
                Ui.type(Ui.text(shell, LoginDialog.LOGIN), Slapd.GRACED);
                Ui.type(Ui.text(shell, LoginDialog.PASSWORD), Slapd.USER_PASSWORD);
                Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
                assertEquals(List.of(), failures);
                assertTrue(notice.stream().anyMatch(t -> t.contains(NLS.bind(directoryMessage("passwordGrace"), Slapd.GRACE_LOGINS - 1))),
                        () -> "the grace logins left are said: " + notice);
                assertTrue(shell.isDisposed(), "a grace login logs in");
                assertEquals(Slapd.GRACED, dialog.user().orElseThrow().login());
            } finally {
                Ui.closeIfOpen(dialog);
            }
        }
    }

    /** A message of the directory bundle in the run's language, read from its tables as the bundle does. */
    private static String directoryMessage(String key) {
        try {
            Class<?> messages = Class.forName("org.castellan.directory.internal.Messages", true,
                    org.castellan.directory.DirectoryService.class.getClassLoader());
            return (String) messages.getField(key).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(key, e);
        }
    }

    /** Settings for the test's slapd, saved through the settings service as an administrator does. */
    private static void pointAtSlapd(LoggedIn loggedIn, String urls, String servicePassword) throws Exception {
        Map<String, String> values = new HashMap<>(Map.of(DirectorySettings.URLS, urls, DirectorySettings.BASE_DN, Slapd.BASE_DN,
                DirectorySettings.SERVICE_DN, Slapd.SERVICE_DN, DirectorySettings.CA_CERTIFICATE, SLAPD.caCertificate(),
                DirectorySettings.CONNECT_TIMEOUT, "2", DirectorySettings.READ_TIMEOUT, "5"));
        Installations.service(SettingsAdministration.class).change(loggedIn.user(), values);
        Installations.service(DirectoryService.class).setServicePassword(loggedIn.user(), servicePassword.toCharArray());
    }

    /** Clicks Test Connection, waits for the report's dialog, keeps its screenshot and texts, and closes it. */
    private static List<String> clickAndRead(Button test, String screenshot) throws Exception {
        Display display = test.getDisplay();
        List<Throwable> failures = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Ui.whenShellOpens(display, Messages.testDirectoryTitle, failures, shell -> {
            texts.addAll(Ui.shownTexts(shell));
            assertAllFits(shell);
            Screenshots.of(shell, language() + "-" + screenshot);
            shell.close();
        });
        long start = System.nanoTime();
        Ui.click(test);
        assertTrue(Ui.waitFor(display, 20_000, () -> !texts.isEmpty() || !failures.isEmpty()), "the report's dialog opened");
        System.out.printf("Test Connection (%s): the report after %d ms%n", screenshot, (System.nanoTime() - start) / 1_000_000);
        Ui.settle(display, 300);
        if (!failures.isEmpty()) {
            throw new AssertionError("the report's dialog", failures.get(0));
        }
        return texts;
    }

    /** Scrolls the editor so that {@code control} shows near the bottom, as a person scrolling down to it would. */
    private static void scrollTo(Control control) {
        for (Control parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof org.eclipse.swt.custom.ScrolledComposite scrolled && scrolled.getContent() != null) {
                Point at = control.getDisplay().map(control.getParent(), scrolled.getContent(), control.getLocation());
                int visible = scrolled.getClientArea().height;
                scrolled.setOrigin(0, Math.max(0, at.y + control.getSize().y + 20 - visible));
                return;
            }
        }
    }

    private static TableItem item(Table table, String login) {
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(login)) {
                return item;
            }
        }
        throw new AssertionError(login + " not among the people found");
    }

    private static void tick(Table table, TableItem item) {
        item.setChecked(!item.getChecked());
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.detail = SWT.CHECK;
        event.item = item;
        table.notifyListeners(SWT.Selection, event);
    }

    /** Every label and button of the dialog shows its whole text inside the shell. */
    static void assertAllFits(org.eclipse.swt.widgets.Composite shell) {
        Rectangle area = shell.getDisplay().map(shell, null, shell.getClientArea());
        for (Control control : Ui.all(shell)) {
            if (!control.isVisible() || !(control instanceof Button || control instanceof org.eclipse.swt.widgets.Label)) {
                continue;
            }
            Rectangle bounds = shell.getDisplay().map(control.getParent(), null, control.getBounds());
            assertTrue(area.contains(bounds.x, bounds.y) && bounds.x + bounds.width <= area.x + area.width + 1
                    && bounds.y + bounds.height <= area.y + area.height + 1, () -> "inside the dialog: " + describe(control) + " " + bounds + " not in " + area);
            if ((control.getStyle() & SWT.WRAP) == 0) {
                Point wanted = control.computeSize(SWT.DEFAULT, SWT.DEFAULT);
                assertTrue(control.getSize().x >= wanted.x - 1, () -> "cut: " + describe(control) + " " + control.getSize() + " < " + wanted);
            }
        }
    }

    private static String describe(Control control) {
        return control instanceof Button b ? "button " + b.getText() : control instanceof org.eclipse.swt.widgets.Label l ? "label " + l.getText() : control.toString();
    }
}
