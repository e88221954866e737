package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.datarights.ui.internal.DataRightsEditor;
import org.castellan.datarights.ui.internal.DataRightsEditorInput;
import org.castellan.datarights.ui.internal.DataRightsView;
import org.castellan.datarights.ui.internal.ObjectPermissionsPane;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Folder;
import org.castellan.model.Installation;
import org.castellan.model.PermissionLevel;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.store.CastellanStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Object and Data Rights view and editor in the workbench, saving through the service. */
class DataRightsWorkbenchTest {

    @TempDir
    Path temp;

    private static <T extends Control> T named(Shell shell, Class<T> type, String name) {
        for (Control control : Ui.all(shell)) {
            if (type.isInstance(control) && name.equals(control.getData(ObjectPermissionsPane.NAME)) && control.isVisible()) {
                return type.cast(control);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " named " + name);
    }

    @Test
    void folderRightsAreEditedAndSavedAndTheDataRightsEditorIsHiddenByDefault() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("bi"), "BI server", null)) {
            loggedIn.publishSession();
            CastellanStore store = SecurityServices.get(CastellanStore.class);
            store.inTransaction(tx -> {
                Installation model = store.model().load(tx);
                Folder folder = CastellanFactory.eINSTANCE.createFolder();
                folder.setName("Finance");
                model.getObjects().add(folder);
                store.model().insert(tx, folder);
                return null;
            });
            IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);
            try {
                page.showView(DataRightsView.ID);
                Shell shell = window.getShell();
                Label hidden = named(shell, Label.class, "hidden");
                assertTrue(hidden.getText().contains("datarights.editor.enabled=true"), hidden.getText());
                DataRightsEditor editor = assertInstanceOf(DataRightsEditor.class, page.openEditor(DataRightsEditorInput.objectRights(), DataRightsEditor.ID));
                Tree objects = named(shell, Tree.class, "objects");
                objects.setSelection(objects.getItem(0));
                objects.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                Combo principal = named(shell, Combo.class, "principal");
                principal.select(principal.indexOf(Installations.LOGIN));
                named(shell, Combo.class, "level").select(PermissionLevel.LIMITED_VALUE);
                Ui.click(named(shell, Button.class, "add"));
                assertTrue(editor.isDirty());
                Screenshots.of(shell, "object-rights-editor");
                page.saveEditor(editor, false);
                assertFalse(editor.isDirty());
                Folder saved = (Folder) store.model().load().getObjects().get(0);
                assertEquals(1, saved.getPermissions().size());
                assertEquals(PermissionLevel.LIMITED, saved.getPermissions().get(0).getLevel());
                assertEquals(loggedIn.user().id(), saved.getPermissions().get(0).getPrincipal().getId());
            } finally {
                page.closeAllEditors(false);
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }
}
