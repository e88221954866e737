package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Installation;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.security.AccountService;
import org.castellan.security.GroupAdministration;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.RoleAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.security.ui.internal.editors.GroupEditor;
import org.castellan.security.ui.internal.editors.RoleEditor;
import org.castellan.security.ui.internal.editors.SecurityEditor;
import org.castellan.security.ui.internal.editors.UserEditor;
import org.castellan.ui.DualListPicker;
import org.castellan.ui.Services;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors explain the guest rule before Save: an edit of a role, a group or the guest himself
 * that would give the built-in guest a right marked administrative is said in the editor's header
 * as the service words it, Save is refused with nothing written, and undoing the edit clears it.
 */
class GuestRuleEditorsTest {

    private static final String CASH = "org.castellan.example.pharmacy.cash";
    private static final String BLOCK = "org.castellan.sessions.block";
    private static final String GUEST = AccountService.GUEST_LOGIN;
    private static final String BEFORE_SAVE = "Save would be refused: ";

    @TempDir
    Path temp;

    @Test
    void roleGroupAndGuestEditorsSayWhatSaveWouldBeRefusedForAndSaveNothing() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie du Port")) {
            RoleAdministration roles = Services.get(RoleAdministration.class);
            GroupAdministration groups = Services.get(GroupAdministration.class);
            roles.createRole(loggedIn.user(), "Supervisors", null, Set.of(AccountService.ADMINISTER_RIGHT, CASH));
            roles.createRole(loggedIn.user(), "Cashier", null, Set.of(CASH));
            roles.assign(loggedIn.user(), GUEST, "Cashier");
            groups.createGroup(loggedIn.user(), "Counter", "The front counter", Set.of("Cashier"), Set.of(GUEST));
            IWorkbenchWindow window = Ui.window();
            Shell shell = window.getShell();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);
            try {
                roleEditor(page, shell, roles);
                page.closeAllEditors(false);
                groupEditor(page, shell, groups);
                page.closeAllEditors(false);
                guestEditor(loggedIn, page, shell);
            } finally {
                page.closeAllEditors(false);
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    /** A right added to a role the guest holds directly and through his group: both ways named. */
    private static void roleEditor(IWorkbenchPage page, Shell shell, RoleAdministration roles) throws Exception {
        RoleEditor editor = assertInstanceOf(RoleEditor.class, Editors.openRole(page, "Cashier"));
        assertFalse(problem(shell).isVisible());
        move(shell, RoleEditor.RIGHTS, DualListPicker.AVAILABLE, "Administer security", DualListPicker.ADD);
        refusedBeforeSave(page, shell, editor, "The guest cannot hold the right \u201cAdminister security\u201d: the role \u201cCashier\u201d gives it. "
                + "Remove the right from the role or the role from the guest.\n"
                + "The guest cannot hold the right \u201cAdminister security\u201d: the role \u201cCashier\u201d of the group \u201cCounter\u201d gives it. "
                + "Remove the right from the role, the role from the group or the guest from the group.", "guest-rule-role-editor");
        assertEquals(List.of(CASH), roles.roles().stream().filter(r -> r.name().equals("Cashier")).findFirst().orElseThrow().rights());

        move(shell, RoleEditor.RIGHTS, DualListPicker.CHOSEN, "Administer security", DualListPicker.REMOVE);
        assertFalse(problem(shell).isVisible(), "the edit undone, nothing to say");
        assertFalse(editor.isDirty());
    }

    /** The guest shown as a member; a role that administers given to his group; saved once he leaves it. */
    private static void groupEditor(IWorkbenchPage page, Shell shell, GroupAdministration groups) throws Exception {
        GroupEditor editor = assertInstanceOf(GroupEditor.class, Editors.openGroup(page, "Counter"));
        String shownGuest = "guest (built-in guest)";
        assertEquals(List.of(shownGuest), texts(Ui.named(shell, Table.class, GroupEditor.MEMBERS + DualListPicker.CHOSEN)));
        move(shell, GroupEditor.ROLES, DualListPicker.AVAILABLE, "Supervisors", DualListPicker.ADD);
        refusedBeforeSave(page, shell, editor, "The guest cannot hold the right \u201cAdminister security\u201d: the role \u201cSupervisors\u201d of the group "
                + "\u201cCounter\u201d gives it. Remove the right from the role, the role from the group or the guest from the group.", "guest-rule-group-editor");
        assertEquals(List.of("Cashier"), counter(groups).roles(), "nothing saved");

        move(shell, GroupEditor.MEMBERS, DualListPicker.CHOSEN, shownGuest, DualListPicker.REMOVE);
        assertFalse(problem(shell).isVisible(), "without the guest the group may administer");
        assertTrue(texts(Ui.named(shell, Table.class, GroupEditor.MEMBERS + DualListPicker.AVAILABLE)).contains(shownGuest),
                "he can be put back in the same editing");
        page.saveEditor(editor, false);
        assertFalse(editor.isDirty());
        assertEquals(Set.of("Cashier", "Supervisors"), Set.copyOf(counter(groups).roles()));
        assertEquals(List.of(), counter(groups).members());
    }

    /** The guest's own editor: a role that administers, then guest access on an older installation whose Guest role still administers. */
    private static void guestEditor(LoggedIn loggedIn, IWorkbenchPage page, Shell shell) throws Exception {
        UserAdministration users = Services.get(UserAdministration.class);
        UserEditor editor = assertInstanceOf(UserEditor.class, Editors.openUser(page, GUEST));
        editor.showRightsTab();
        move(shell, UserEditor.ROLES, DualListPicker.AVAILABLE, "Supervisors", DualListPicker.ADD);
        refusedBeforeSave(page, shell, editor, "The guest cannot hold the right \u201cAdminister security\u201d: the role \u201cSupervisors\u201d gives it. "
                + "Remove the right from the role or the role from the guest.", "guest-rule-user-editor");
        assertFalse(users.user(loggedIn.user(), GUEST).roles().contains("Supervisors"), "nothing saved");
        page.closeAllEditors(false);

        guestRoleFromBeforeTheFlag(loggedIn);
        editor = assertInstanceOf(UserEditor.class, Editors.openUser(page, GUEST));
        Ui.click(Ui.named(shell, Button.class, UserEditor.ENABLED));
        refusedBeforeSave(page, shell, editor, "The guest cannot hold the right \u201cBlock openings (security administrator)\u201d: the role "
                + "\u201cGuest\u201d gives it. Remove the right from the role or the role from the guest.", "guest-rule-guest-access");
        assertFalse(users.user(loggedIn.user(), GUEST).enabled(), "guest access stays off");
        Ui.click(Ui.named(shell, Button.class, UserEditor.ENABLED));
        assertFalse(problem(shell).isVisible());
    }

    /** An installation made before rights were marked administrative: its Guest role was given "Block openings" too. */
    private static void guestRoleFromBeforeTheFlag(LoggedIn loggedIn) throws Exception {
        Installation model = loggedIn.store().store().model().load();
        Role guestRole = model.getRoles().stream().filter(r -> r.getName().equals("Guest")).findFirst().orElseThrow();
        RightGrant grant = CastellanFactory.eINSTANCE.createRightGrant();
        grant.setRight(model.getRights().stream().filter(r -> r.getRightId().equals(BLOCK)).findFirst().orElseThrow());
        guestRole.getGrants().add(grant);
        loggedIn.store().store().model().update(guestRole);
    }

    /** After an edit the rule forbids: the header says why before Save, and Save is refused with the edits kept. */
    private static void refusedBeforeSave(IWorkbenchPage page, Shell shell, SecurityEditor<?> editor, String why, String screenshot)
            throws IOException {
        assertEquals(BEFORE_SAVE + why, shownProblem(shell));
        Screenshots.of(shell, screenshot);
        page.saveEditor(editor, false);
        assertTrue(editor.isDirty(), "Save refused, the edits kept");
    }

    private static GroupView counter(GroupAdministration groups) throws Exception {
        return groups.groups().stream().filter(g -> g.name().equals("Counter")).findFirst().orElseThrow();
    }

    private static Text problem(Shell shell) {
        return Ui.text(shell, SecurityEditor.PROBLEM);
    }

    private static String shownProblem(Shell shell) {
        Text problem = problem(shell);
        assertTrue(problem.isVisible(), "the header says nothing");
        return problem.getText();
    }

    /** Selects the item whose text contains {@code text} in one list of a picker and presses a button. */
    private static void move(Shell shell, String picker, String list, String text, String button) {
        Table table = Ui.named(shell, Table.class, picker + list);
        TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " in " + texts(table)));
        table.setSelection(item);
        Ui.click(Ui.named(shell, Button.class, picker + button));
    }

    private static List<String> texts(Table table) {
        return Arrays.stream(table.getItems()).map(TableItem::getText).toList();
    }
}
