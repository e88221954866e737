package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Installation;
import org.castellan.model.Right;
import org.castellan.security.AccountService;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.security.ui.internal.editors.RoleEditor;
import org.castellan.security.ui.internal.editors.SecurityEditor;
import org.castellan.security.ui.internal.widgets.NameDialog;
import org.castellan.ui.DualListPicker;
import org.castellan.ui.Services;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The role editor with what goes wrong: a right of an uninstalled bundle, a concurrent save, Save As. */
class RoleEditorTest {

    private static final String BILLING = "org.partner.billing";

    @TempDir
    Path temp;

    @Test
    void aConcurrentSaveIsReportedTheRightOfAnUninstalledBundleStaysAndSaveAsCopies() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("bi"), "BI server")) {
            rightOfAnUninstalledBundle(loggedIn);
            RoleAdministration roles = Services.get(RoleAdministration.class);
            roles.createRole(loggedIn.user(), "Billing clerk", null, Set.of(BILLING, AccountService.ADMINISTER_RIGHT));
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);
            try {
                RoleEditor editor = assertInstanceOf(RoleEditor.class, Editors.openRole(page, "Billing clerk"));
                Shell shell = window.getShell();
                List<String> active = texts(Ui.named(shell, Table.class, RoleEditor.RIGHTS + DualListPicker.CHOSEN));
                assertTrue(active.stream().anyMatch(t -> t.contains(BILLING) && t.contains("no installed bundle declares")), () -> "active: " + active);

                Ui.type(Ui.text(shell, RoleEditor.DESCRIPTION), "Invoices and credit notes");
                assertTrue(editor.isDirty());
                RoleView meanwhile = role(roles, "Billing clerk");
                roles.updateRole(loggedIn.user(), meanwhile.name(), meanwhile.version(), meanwhile.name(), "Saved by someone else",
                        Set.copyOf(meanwhile.rights()));

                new DialogScript(display).thenShellTitled(Messages.conflictTitle, dialog -> {
                    Screenshots.of(dialog, "role-editor-conflict-question");
                    // A message box numbers its buttons by position: find "No" by its label.
                    Ui.click(Ui.all(dialog).stream().filter(c -> c instanceof Button b && IDialogConstants.NO_LABEL.equals(b.getText()))
                            .map(Button.class::cast).findFirst().orElseThrow());
                }).run(() -> page.saveEditor(editor, false));
                assertTrue(editor.isDirty(), "a refused save keeps the edits");
                String problem = Ui.text(shell, SecurityEditor.PROBLEM).getText();
                assertTrue(problem.contains("Another administrator saved the role"), problem);
                Screenshots.of(shell, "role-editor-conflict");
                assertEquals("Saved by someone else", role(roles, "Billing clerk").description(), "nothing of the refused save was written");

                editor.reload();
                assertFalse(editor.isDirty());
                assertEquals("Saved by someone else", Ui.text(shell, RoleEditor.DESCRIPTION).getText());

                new DialogScript(display).then(NameDialog.NAME, dialog -> {
                    Ui.type(Ui.text(dialog, NameDialog.NAME), "Billing clerk (night)");
                    Ui.click(Ui.button(dialog, IDialogConstants.OK_ID));
                }).run(editor::doSaveAs);
                RoleView copy = role(roles, "Billing clerk (night)");
                assertEquals(Set.of(BILLING, AccountService.ADMINISTER_RIGHT), Set.copyOf(copy.rights()), "the copy keeps even the undeclared right");
                assertEquals("Billing clerk (night)", page.getActiveEditor().getEditorInput().getName(), "the copy opens in its own editor");
            } finally {
                page.closeAllEditors(false);
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    /** A right stored by a partner bundle since uninstalled: in the database, declared by nobody. */
    private static void rightOfAnUninstalledBundle(LoggedIn loggedIn) throws Exception {
        Installation model = loggedIn.store().store().model().load();
        Right billing = CastellanFactory.eINSTANCE.createRight();
        billing.setRightId(BILLING);
        billing.setLabel("Billing");
        billing.setCategory("Partner");
        model.getRights().add(billing);
        loggedIn.store().store().model().insert(billing);
    }

    private static RoleView role(RoleAdministration roles, String name) throws Exception {
        return roles.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> texts(Table table) {
        return Arrays.stream(table.getItems()).map(TableItem::getText).toList();
    }
}
