package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.DimensionMembers;
import org.castellan.datarights.ui.internal.DataRightPane;
import org.castellan.datarights.ui.internal.DataRightsEditor;
import org.castellan.datarights.ui.internal.DataRightsEditorInput;
import org.castellan.datarights.ui.internal.DataRightsView;
import org.castellan.datarights.ui.internal.ObjectPermissionsPane;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Member;
import org.castellan.model.Measure;
import org.castellan.model.Folder;
import org.castellan.model.Installation;
import org.castellan.model.PermissionLevel;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.store.CastellanStore;
import org.castellan.ui.DualListPicker;
import org.castellan.ui.Services;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
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
    void aDataRightIsCreatedInTheEditorOnceTheSettingShowsIt() throws Exception {
        try (LoggedIn loggedIn = withEditorShown(temp.resolve("bi"))) {
            CastellanStore store = Services.get(CastellanStore.class);
            String modelId = store.inTransaction(tx -> {
                Installation model = store.model().load(tx);
                DataModel sales = CastellanFactory.eINSTANCE.createDataModel();
                sales.setName("Sales");
                Measure amount = CastellanFactory.eINSTANCE.createMeasure();
                amount.setUniqueName("[Measures].[Amount]");
                amount.setCaption("Amount");
                sales.getMeasures().add(amount);
                model.getDataModels().add(sales);
                store.model().insert(tx, sales);
                return sales.getId();
            });
            IWorkbenchWindow window = Ui.window();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);
            try {
                page.showView(DataRightsView.ID);
                Shell shell = window.getShell();
                Ui.click(named(shell, Button.class, "newRight"));
                DataRightsEditor editor = assertInstanceOf(DataRightsEditor.class, page.getActiveEditor());
                DataRightPane pane = (DataRightPane) Ui.all(shell).stream().filter(DataRightPane.class::isInstance).findFirst().orElseThrow();
                named(shell, Text.class, "name").setText("Sales readers");
                pane.addModel(Services.get(CastellanStore.class).model().load().getDataModels().get(0));
                Tree model = named(shell, Tree.class, "model");
                TreeItem measures = model.getItem(0).getItem(0);
                measures.setChecked(true);
                org.eclipse.swt.widgets.Event check = new org.eclipse.swt.widgets.Event();
                check.item = measures;
                check.detail = SWT.CHECK;
                model.notifyListeners(SWT.Selection, check);
                Table available = Ui.named(shell, Table.class, DataRightPane.HOLDERS + DualListPicker.AVAILABLE);
                for (TableItem item : available.getItems()) {
                    if (item.getText().equals(Installations.LOGIN)) {
                        available.setSelection(item);
                    }
                }
                available.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                Ui.click(Ui.named(shell, Button.class, DataRightPane.HOLDERS + DualListPicker.ADD));
                assertTrue(editor.isDirty());
                Screenshots.of(shell, "data-right-workbench");
                page.saveEditor(editor, false);
                assertFalse(editor.isDirty(), "saved without a refusal");
                Table list = named(shell, Table.class, "list");
                assertEquals("Sales readers", list.getItem(list.getItemCount() - 1).getText(), "the view lists the new right");
                DataRight saved = store.model().load().getDataRights().get(0);
                assertEquals("Sales readers", saved.getName());
                assertEquals(loggedIn.user().id(), saved.getHolders().get(0).getId());
                assertTrue(saved.getModelGrants().get(0).getMeasureGrants().get(0).isAllowed());
                DataRightsException refused = assertThrows(DataRightsException.class,
                        () -> Services.get(DataRightsAdministration.class).checkMultiSourceComponents(java.util.List.of(modelId)));
                assertTrue(refused.getMessage().contains("\"Sales\" (data right \"Sales readers\")"), refused.getMessage());
            } finally {
                page.closeAllEditors(false);
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    @Test
    void aDataRightIsReloadedSavedAsAndDeletedInItsEditor() throws Exception {
        try (LoggedIn loggedIn = withEditorShown(temp.resolve("bi"))) {
            CastellanStore store = Services.get(CastellanStore.class);
            CastellanFactory f = CastellanFactory.eINSTANCE;
            String dimensionId = store.inTransaction(tx -> {
                Installation model = store.model().load(tx);
                DataModel sales = f.createDataModel();
                sales.setName("Sales");
                Dimension customer = f.createDimension();
                customer.setUniqueName("[Customer]");
                customer.setCaption("Customer");
                Member acme = f.createMember();
                acme.setUniqueName("[Customer].[ACME]");
                acme.setCaption("ACME");
                customer.getMembers().add(acme);
                sales.getDimensions().add(customer);
                model.getDataModels().add(sales);
                store.model().insert(tx, sales);
                return customer.getId();
            });
            // A right made before the host reloaded the model: Initech is typed by its unique name.
            Installation loaded = store.model().load();
            DataRight customers = f.createDataRight();
            customers.setName("Customers");
            customers.getHolders().add(loaded.getUsers().get(0));
            DataModelGrant grant = f.createDataModelGrant();
            grant.setModel(loaded.getDataModels().get(0));
            DimensionGrant dimension = f.createDimensionGrant();
            dimension.setDimension(loaded.getDataModels().get(0).getDimensions().get(0));
            dimension.setAllowed(true);
            dimension.getMemberUniqueNames().add("[Customer].[Initech]");
            grant.getDimensionGrants().add(dimension);
            customers.getModelGrants().add(grant);
            DataRightsAdministration administration = Services.get(DataRightsAdministration.class);
            String id = administration.create(loggedIn.user(), customers);

            IWorkbenchWindow window = Ui.window();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(SecurityPerspective.ID, window);
            try {
                page.showView(DataRightsView.ID);
                Shell shell = window.getShell();
                DataRightsEditor editor = assertInstanceOf(DataRightsEditor.class,
                        page.openEditor(new DataRightsEditorInput(false, id, "Customers"), DataRightsEditor.ID));
                pane(shell).selectDimension("[Customer]");
                assertEquals(List.of("ACME", "[Customer].[Initech] (not in the loaded model)"), itemTexts(named(shell, Tree.class, "members")));
                // The holders' picker is whole in the editor as it opens.
                assertShownWhole(shell, named(shell, org.eclipse.swt.custom.ScrolledComposite.class, DataRightPane.HOLDERS));

                // The host registers Initech (members are rows, added in bulk): it shows as selected.
                assertEquals(dimensionId, loaded.getDataModels().get(0).getDimensions().get(0).getId());
                assertEquals(1, Services.get(DimensionMembers.class).load(loggedIn.user(), loaded.getDataModels().get(0).getId(), "[Customer]",
                        new java.io.StringReader("[Customer].[Initech]\t\tInitech\n"), DimensionMembers.Mode.ADD, DimensionMembers.Progress.NONE).added());
                Ui.click(named(shell, Button.class, "reload"));
                pane(shell).selectDimension("[Customer]");
                Ui.settle(shell.getDisplay(), 100);
                Tree members = named(shell, Tree.class, "members");
                assertEquals(List.of("ACME", "Initech"), itemTexts(members));
                assertFalse(members.getItem(0).getChecked());
                assertTrue(members.getItem(1).getChecked(), "the typed member shows as selected after the reload");
                assertFalse(editor.isDirty(), "reloading changes nothing of the right");
                Screenshots.of(shell, "data-right-reloaded");

                // Save As: a new right as edited, under another name; the editor now edits it.
                assertTrue(editor.isSaveAsAllowed());
                new DialogScript(shell.getDisplay()).thenShellTitled("Save Data Right As", dialog -> {
                    Text name = (Text) Ui.all(dialog).stream().filter(Text.class::isInstance).findFirst().orElseThrow();
                    assertEquals("Copy of Customers", name.getText());
                    name.setText("Key customers");
                    Screenshots.of(dialog, "data-right-save-as");
                    Ui.click(Ui.button(dialog, IDialogConstants.OK_ID));
                }).run(editor::doSaveAs);
                assertEquals("Key customers", editor.getPartName());
                List<DataRight> rights = store.model().load().getDataRights();
                assertEquals(List.of("Customers", "Key customers"), rights.stream().map(DataRight::getName).sorted().toList());
                DataRight copy = rights.stream().filter(r -> r.getName().equals("Key customers")).findFirst().orElseThrow();
                assertEquals(List.of("[Customer].[Initech]"), copy.getModelGrants().get(0).getDimensionGrants().get(0).getMemberUniqueNames());
                assertEquals(loggedIn.user().id(), copy.getHolders().get(0).getId());

                // Delete, after confirming: the copy goes, the original stays, the editor closes.
                new DialogScript(shell.getDisplay()).thenShellTitled("Delete Data Right", dialog -> {
                    Screenshots.of(dialog, "data-right-delete");
                    Ui.click(Ui.button(dialog, IDialogConstants.OK_ID));
                }).run(() -> Ui.click(named(shell, Button.class, "delete")));
                assertEquals(List.of("Customers"), store.model().load().getDataRights().stream().map(DataRight::getName).toList());
                assertEquals(0, page.getEditorReferences().length);
                Table list = named(shell, Table.class, "list");
                assertEquals("Customers", list.getItem(list.getItemCount() - 1).getText(), "the view no longer lists the deleted right");
            } finally {
                page.closeAllEditors(false);
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    /** Add All and Remove All lie inside the holders' area as it shows, without scrolling. */
    static void assertShownWhole(Shell shell, org.eclipse.swt.custom.ScrolledComposite holders) {
        for (String suffix : List.of(DualListPicker.ADD_ALL, DualListPicker.REMOVE_ALL)) {
            Button button = Ui.named(shell, Button.class, DataRightPane.HOLDERS + suffix);
            org.eclipse.swt.graphics.Rectangle bounds = shell.getDisplay().map(button.getParent(), holders, button.getBounds());
            org.eclipse.swt.graphics.Rectangle area = holders.getClientArea();
            assertTrue(button.isVisible() && bounds.y >= 0 && bounds.y + bounds.height <= area.height && bounds.x + bounds.width <= area.width,
                    suffix + " at " + bounds + " in " + area);
        }
    }

    /** A new installation whose setting shows the data-rights editor, its administrator logged in. */
    private static LoggedIn withEditorShown(Path folder) throws Exception {
        LoggedIn loggedIn = Installations.create(folder, "BI server", null);
        loggedIn.publishSession();
        Files.writeString(folder.resolve("installation.properties"), "\ndatarights.editor.enabled=true\n", StandardOpenOption.APPEND);
        return loggedIn;
    }

    private static DataRightPane pane(Shell shell) {
        return (DataRightPane) Ui.all(shell).stream().filter(c -> c instanceof DataRightPane && c.isVisible()).findFirst().orElseThrow();
    }

    private static List<String> itemTexts(Tree tree) {
        return java.util.Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
    }

    @Test
    void folderRightsAreEditedAndSavedAndTheDataRightsEditorIsHiddenByDefault() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("bi"), "BI server")) {
            CastellanStore store = Services.get(CastellanStore.class);
            store.inTransaction(tx -> {
                Installation model = store.model().load(tx);
                Folder folder = CastellanFactory.eINSTANCE.createFolder();
                folder.setName("Finance");
                model.getObjects().add(folder);
                store.model().insert(tx, folder);
                return null;
            });
            IWorkbenchWindow window = Ui.window();
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
                named(shell, Text.class, "principal").setText(Installations.LOGIN);
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
