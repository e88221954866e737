package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.views.RolesView;
import org.eclipse.core.commands.Command;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delete Role in the Roles view: not offered for a predefined role (the status line says why and
 * what to do), offered for a role an administrator made, which it deletes after its question.
 */
class DeleteRoleTest {

    private static final String DELETE_ROLE = "org.castellan.security.ui.deleteRole";
    private static final String MADE_HERE = "Counter staff";

    @TempDir
    Path temp;

    @Test
    void deleteRoleIsNotOfferedForAPredefinedRoleAndTheStatusLineSaysWhy() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("pharmacy"), "Pharmacie du Port")) {
            RoleAdministration roles = Installations.service(RoleAdministration.class);
            roles.createRole(loggedIn.user(), MADE_HERE, null, Set.of());
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);
            try {
                RolesView view = (RolesView) page.showView(RolesView.ID);
                Command delete = window.getService(ICommandService.class).getCommand(DELETE_ROLE);

                select(view, "Administrator");
                assertTrue(Ui.waitFor(display, 3000, () -> !delete.isEnabled()), "Delete Role offered for the predefined Administrator role");
                String status = view.status();
                assertTrue(status != null && status.contains("Administrator") && status.contains("predefined") && status.contains("copy it"),
                        () -> "the status line: " + status);
                Screenshots.of(window.getShell(), "roles-view-predefined-selected");

                select(view, MADE_HERE);
                assertTrue(Ui.waitFor(display, 3000, delete::isEnabled), "Delete Role not offered for a role made here");
                assertNull(view.status());
                new DialogScript(display).thenShellTitled("Delete Role", shell -> Ui.click(Ui.button(shell, IDialogConstants.OK_ID)))
                        .run(() -> Ui.execute(window, DELETE_ROLE));
                assertFalse(roles.roles().stream().anyMatch(role -> role.name().equals(MADE_HERE)), "the role made here is deleted");
            } finally {
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    private static void select(RolesView view, String name) throws Exception {
        RoleView role = Installations.service(RoleAdministration.class).roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        view.refresh();
        view.getSite().getPage().activate(view);
        view.viewer().setSelection(new StructuredSelection(role), true);
        assertEquals(name, view.selected().orElseThrow().name());
    }
}
