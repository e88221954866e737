package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.security.AccountService;
import org.castellan.security.GroupAdministration;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.NewUser;
import org.castellan.security.RoleAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.security.ui.internal.editors.GroupEditor;
import org.castellan.ui.DualListPicker;
import org.castellan.ui.Services;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The group editor: roles given to the members and the members, picked with the dual lists, saved together. */
class GroupEditorTest {

    @TempDir
    Path temp;

    @Test
    void rolesAndMembersArePickedAndSavedTogether() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("payroll"), "Payroll firm")) {
            Services.get(UserAdministration.class).createUser(loggedIn.user(),
                    new NewUser("marie", "Marie Paie", null, false, false, 3, "Bulletin-2026!".toCharArray()));
            Services.get(RoleAdministration.class).createRole(loggedIn.user(), "Payroll clerk", null, Set.of(AccountService.ADMINISTER_RIGHT));
            Services.get(GroupAdministration.class).createGroup(loggedIn.user(), "Payroll", "The payroll office");
            IWorkbenchWindow window = Ui.window();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);
            try {
                GroupEditor editor = assertInstanceOf(GroupEditor.class, Editors.openGroup(page, "Payroll"));
                Shell shell = window.getShell();
                pick(shell, GroupEditor.ROLES, "Payroll clerk");
                pick(shell, GroupEditor.MEMBERS, "marie");
                assertTrue(editor.isDirty());
                Screenshots.of(shell, "group-editor");
                page.saveEditor(editor, false);
                assertFalse(editor.isDirty());
                GroupView saved = Services.get(GroupAdministration.class).groups().get(0);
                assertEquals(List.of("Payroll clerk"), saved.roles());
                assertEquals(List.of("marie"), saved.members());
            } finally {
                page.closeAllEditors(false);
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    private static void pick(Shell shell, String picker, String text) {
        Table available = Ui.named(shell, Table.class, picker + DualListPicker.AVAILABLE);
        for (TableItem item : available.getItems()) {
            if (item.getText().equals(text)) {
                available.setSelection(item);
                Ui.click(Ui.named(shell, Button.class, picker + DualListPicker.ADD));
                return;
            }
        }
        throw new AssertionError("no " + text + " to pick in " + picker);
    }
}
