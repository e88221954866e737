package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.castellan.audit.AuditJournal;
import org.castellan.app.internal.dialogs.LoginDialog;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.workbench.SessionSwitch;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserView;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.editors.RoleEditor;
import org.castellan.security.ui.internal.editors.SecurityEditor;
import org.castellan.security.ui.internal.editors.UserEditor;
import org.castellan.security.ui.internal.handlers.NewUserDialog;
import org.castellan.security.ui.internal.views.SecurityView;
import org.castellan.security.ui.internal.views.UsersView;
import org.castellan.security.ui.internal.widgets.NameDialog;
import org.castellan.ui.ChangePasswordDialog;
import org.castellan.ui.DualListPicker;
import org.castellan.ui.Services;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Security perspective as an administrator uses it: a role made with the dual-list picker, a
 * user created through the New User dialogs and given that role in his editor, then that user
 * logged in.
 */
class SecurityPerspectiveTest {

    private static final String PAUL_PASSWORD = "Comptoir-2026!";
    private static final String ROLE = "Deputy administrator";
    private static final String ADMINISTER_LABEL = "Administer security";

    @TempDir
    Path temp;

    @Test
    void anAdministratorMakesARoleCreatesAUserGivesHimTheRoleAndHeLogsIn() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("pharmacy"), "Pharmacie du Port", null)) {
            WorkbenchSession adminSession = loggedIn.publishSession();
            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            IWorkbenchPage page = workbench.showPerspective(SecurityPerspective.ID, window);
            assertEquals("admin", adminSession.user().login());
            try {
                UsersView users = (UsersView) page.findView(UsersView.ID);
                Ui.settle(display, 200);
                assertEquals(List.of("admin", "guest"), loginsShown(users));
                Screenshots.of(window.getShell(), "security-perspective");

                makeRoleWithTheDualList(window, display);
                createPaul(window, display);
                giveHimTheRole(page, display, window.getShell());

                UserView paul = Services.get(UserAdministration.class).user(loggedIn.user(), "paul");
                assertEquals(List.of(ROLE), paul.roles());
                users.refresh();
                assertTrue(loginsShown(users).contains("paul"));
                copyPaulsRow(users, display);

                // The administrator logs out; Paul logs in with the password the administrator typed.
                SessionSwitch sessions = new SessionSwitch(loggedIn.store(), "Pharmacie du Port", adminSession, SecurityPerspective.ID, wb -> {
                    throw new AssertionError("nobody cancelled the login");
                });
                boolean[] loggedInAgain = { false };
                new DialogScript(display).then(LoginDialog.LOGIN, shell -> {
                    Ui.type(Ui.text(shell, LoginDialog.LOGIN), "paul");
                    Ui.type(Ui.text(shell, LoginDialog.PASSWORD), PAUL_PASSWORD);
                    Screenshots.of(shell, "log-in-as-paul");
                    Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
                }).run(() -> loggedInAgain[0] = sessions.logOut(window));
                assertTrue(loggedInAgain[0]);
                assertEquals("paul", SecurityServices.currentUser().login());
                page = window.getActivePage();
                assertEquals(SecurityPerspective.ID, page.getPerspective().getId());
                UsersView paulsView = (UsersView) page.findView(UsersView.ID);
                Ui.settle(display, 200);
                assertEquals(List.of("admin", "guest", "paul"), loginsShown(paulsView), "the role's right lets Paul administer users");
                Screenshots.of(window.getShell(), "security-perspective-as-paul");
            } finally {
                page.closeAllEditors(false);
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    private static void makeRoleWithTheDualList(IWorkbenchWindow window, Display display) throws Exception {
        new DialogScript(display).then(NameDialog.NAME, shell -> {
            Ui.type(Ui.text(shell, NameDialog.NAME), ROLE);
            Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
        }).run(() -> Ui.execute(window, "org.castellan.security.ui.newRole"));
        IEditorPart editor = window.getActivePage().getActiveEditor();
        RoleEditor roles = assertInstanceOf(RoleEditor.class, editor);
        Shell shell = window.getShell();
        assertFalse(roles.isDirty());
        Table available = Ui.named(shell, Table.class, RoleEditor.RIGHTS + DualListPicker.AVAILABLE);
        select(available, ADMINISTER_LABEL);
        Ui.click(Ui.named(shell, Button.class, RoleEditor.RIGHTS + DualListPicker.ADD));
        assertTrue(roles.isDirty(), "a right moved to the active list makes the role dirty");
        Table active = Ui.named(shell, Table.class, RoleEditor.RIGHTS + DualListPicker.CHOSEN);
        assertTrue(texts(active).stream().anyMatch(t -> t.contains(ADMINISTER_LABEL)), () -> "active: " + texts(active));
        Screenshots.of(shell, "role-editor");
        window.getActivePage().saveEditor(roles, false);
        assertFalse(roles.isDirty());
    }

    private static void createPaul(IWorkbenchWindow window, Display display) throws Exception {
        new DialogScript(display).then(NewUserDialog.LOGIN, shell -> {
            Button next = Ui.button(shell, IDialogConstants.OK_ID);
            Ui.type(Ui.text(shell, NewUserDialog.LOGIN), "Admin");
            Ui.click(Ui.named(shell, Button.class, NewUserDialog.CHECK));
            assertFalse(next.isEnabled(), "a login confusable with admin is refused before the rest");
            Ui.type(Ui.text(shell, NewUserDialog.LOGIN), "paul");
            assertFalse(Ui.text(shell, NewUserDialog.DISPLAY_NAME).isEnabled(), "the rest waits for the check");
            Ui.click(Ui.named(shell, Button.class, NewUserDialog.CHECK));
            Ui.type(Ui.text(shell, NewUserDialog.DISPLAY_NAME), "Paul Comptoir");
            Screenshots.of(shell, "new-user-dialog");
            Ui.click(next);
        }).then(ChangePasswordDialog.NEW, shell -> {
            Ui.type(Ui.text(shell, ChangePasswordDialog.NEW), PAUL_PASSWORD);
            Ui.type(Ui.text(shell, ChangePasswordDialog.CONFIRM), PAUL_PASSWORD);
            Screenshots.of(shell, "new-user-password");
            Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
        }).run(() -> Ui.execute(window, "org.castellan.security.ui.newUser"));
    }

    private static void giveHimTheRole(IWorkbenchPage page, Display display, Shell shell) throws Exception {
        UserEditor editor = assertInstanceOf(UserEditor.class, page.getActiveEditor(), "New User opens the new user's editor");
        assertEquals(1, Ui.named(shell, CTabFolder.class, UserEditor.TABS).getSelectionIndex(), "on the Rights tab");
        select(Ui.named(shell, Table.class, UserEditor.ROLES + DualListPicker.AVAILABLE), ROLE);
        Ui.click(Ui.named(shell, Button.class, UserEditor.ROLES + DualListPicker.ADD));
        assertTrue(editor.isDirty());
        Ui.settle(display, 100);
        List<String> held = Arrays.asList(Ui.named(shell, org.eclipse.swt.widgets.List.class, UserEditor.EFFECTIVE).getItems());
        assertTrue(held.stream().anyMatch(r -> r.contains(ADMINISTER_LABEL)), () -> "effective rights: " + held);
        Screenshots.of(shell, "user-editor-rights");
        page.saveEditor(editor, false);
        assertFalse(editor.isDirty());
        assertEquals("", Ui.text(shell, SecurityEditor.PROBLEM).getText());
        Ui.named(shell, CTabFolder.class, UserEditor.TABS).setSelection(0);
        Screenshots.of(shell, "user-editor-profile");
    }

    /** Ctrl+C on a row: tab-separated text on the clipboard, and the copy in the audit journal. */
    private static void copyPaulsRow(UsersView users, Display display) throws Exception {
        Tree tree = users.viewer().getTree();
        TreeItem paul = Arrays.stream(tree.getItems()).flatMap(s -> Arrays.stream(s.getItems())).filter(i -> i.getText(0).equals("paul"))
                .findFirst().orElseThrow();
        tree.setSelection(paul);
        users.viewer().setSelection(users.viewer().getSelection());
        users.copySelection();
        String copied = Copies.clipboard(display);
        assertTrue(copied.startsWith("Login\t") && copied.contains("\npaul\tPaul Comptoir\t"), copied);
        Copies.assertLastJournaledCopy(Services.get(AuditJournal.class), UsersView.ID, 1);
    }

    private static void select(Table table, String text) {
        for (TableItem item : table.getItems()) {
            if (item.getText().contains(text)) {
                table.setSelection(item);
                return;
            }
        }
        throw new AssertionError("no " + text + " in " + texts(table));
    }

    private static List<String> texts(Table table) {
        return Arrays.stream(table.getItems()).map(TableItem::getText).toList();
    }

    private static List<String> loginsShown(SecurityView<?> view) {
        Tree tree = view.viewer().getTree();
        return Arrays.stream(tree.getItems()).flatMap(section -> Arrays.stream(section.getItems())).map(item -> item.getText(0)).sorted()
                .toList();
    }
}
