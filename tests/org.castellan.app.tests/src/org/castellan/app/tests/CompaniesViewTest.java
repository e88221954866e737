package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyScope;
import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.security.NewUser;
import org.castellan.security.UserAdministration;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.security.ui.internal.editors.SecurityEditor;
import org.castellan.security.ui.internal.editors.UserEditor;
import org.castellan.security.ui.internal.views.CompaniesView;
import org.castellan.security.ui.internal.widgets.NameDialog;
import org.castellan.security.ui.internal.widgets.NewCompanyDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Companies view of the Security perspective: New Company refuses a code taken in another
 * letter case in the dialog itself, Rename changes only the name, Archive (after its question) moves
 * the company to the archived section, and Reactivate brings it back. The User editor's Companies
 * tab limits where a user works and what he administers.
 */
class CompaniesViewTest {

    @TempDir
    Path temp;

    @Test
    void anAdministratorCreatesRenamesArchivesAndReactivatesACompanyInItsView() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("accounting"), "Cabinet Martin")) {
            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = Ui.window();
            Display display = window.getShell().getDisplay();
            IWorkbenchPage page = workbench.showPerspective(SecurityPerspective.ID, window);
            try {
                CompaniesView view = (CompaniesView) page.showView(CompaniesView.ID);
                createCompany(window, display, "ACME", "Acme SA");
                new DialogScript(display).then(NewCompanyDialog.CODE, shell -> {
                    Ui.type(Ui.text(shell, NewCompanyDialog.CODE), "acme");
                    Ui.type(Ui.text(shell, NewCompanyDialog.NAME), "Another Acme");
                    Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
                    assertFalse(shell.isDisposed(), "a refused code keeps the dialog open");
                    assertTrue(Ui.shownTexts(shell).stream().anyMatch(t -> t.contains("already exists")), () -> Ui.shownTexts(shell).toString());
                    Screenshots.of(shell, "new-company-refused");
                    Ui.click(Ui.button(shell, IDialogConstants.CANCEL_ID));
                }).run(() -> Ui.execute(window, "org.castellan.security.ui.newCompany"));
                createCompany(window, display, "NORTH", "North branch");
                view.refresh();
                assertEquals(List.of("ACME", "NORTH"), codes());

                select(view, "ACME");
                new DialogScript(display).then(NameDialog.NAME, shell -> {
                    Ui.type(Ui.text(shell, NameDialog.NAME), "Acme Holding");
                    Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
                }).run(() -> Ui.execute(window, "org.castellan.security.ui.renameCompany"));

                select(view, "NORTH");
                new DialogScript(display).thenShellTitled("Archive Company", shell -> {
                    assertTrue(Ui.shownTexts(shell).stream().anyMatch(t -> t.contains("nobody can open a new session")), () -> Ui.shownTexts(shell).toString());
                    Screenshots.of(shell, "archive-company-question");
                    Ui.click(Ui.button(shell, IDialogConstants.OK_ID));
                }).run(() -> Ui.execute(window, "org.castellan.security.ui.archiveCompany"));
                assertTrue(Ui.waitFor(display, 5000, () -> view.viewer().getTree().getItemCount() == 2
                        && view.viewer().getTree().getItem(1).getText().startsWith("Archived companies")), "the view follows the change into its sections");
                Screenshots.of(window.getShell(), "companies-view");
                assertEquals(List.of(new CompanyView("ACME", "Acme Holding", false, 0), new CompanyView("NORTH", "North branch", true, 0)), shown());

                select(view, "NORTH");
                new DialogScript(display).thenShellTitled("Reactivate Company", shell -> Ui.click(Ui.button(shell, IDialogConstants.OK_ID)))
                        .run(() -> Ui.execute(window, "org.castellan.security.ui.reactivateCompany"));
                assertFalse(shown().get(1).archived());
            } finally {
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    @Test
    void theUserEditorsCompaniesTabLimitsWhereHeWorksAndWhatHeAdministersSavedWithTheRestOfTheEditor() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("firms"), "Cabinet Martin", null)) {
            CompanyAdministration companies = Installations.service(CompanyAdministration.class);
            companies.createCompany(loggedIn.user(), "ACME", "Acme SA");
            companies.createCompany(loggedIn.user(), "NORTH", "North branch");
            Installations.service(UserAdministration.class).createUser(loggedIn.user(),
                    new NewUser("claire", "Claire Clerk", null, false, false, 3, "Comptoir-2026!".toCharArray()));
            loggedIn.publishSession();
            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = Ui.window();
            IWorkbenchPage page = workbench.showPerspective(SecurityPerspective.ID, window);
            try {
                UserEditor editor = (UserEditor) Editors.openUser(page, "claire");
                Shell shell = window.getShell();
                Ui.named(shell, CTabFolder.class, UserEditor.TABS).setSelection(2);
                Table worksIn = Ui.named(shell, Table.class, UserEditor.WORKS_IN);
                Table administers = Ui.named(shell, Table.class, UserEditor.ADMINISTERS);
                assertEquals(List.of("ACME — Acme SA", "NORTH — North branch"), Arrays.stream(worksIn.getItems()).map(TableItem::getText).toList());
                assertTrue(Arrays.stream(worksIn.getItems()).noneMatch(TableItem::getChecked), "none ticked: every company");
                check(worksIn, 1);
                check(administers, 1);
                assertTrue(editor.isDirty());
                Screenshots.of(shell, "user-editor-companies");
                page.saveEditor(editor, false);
                assertFalse(editor.isDirty(), Ui.text(shell, SecurityEditor.PROBLEM).getText());
                assertEquals(new CompanyScope(Set.of("NORTH"), Set.of("NORTH")), companies.scopeOf(loggedIn.user(), "claire"));
            } finally {
                page.closeAllEditors(false);
                page.closePerspective(page.getPerspective(), false, false);
            }
        }
    }

    /** Ticks a row as a click on its box does: the viewer hears of it through a Selection event with the CHECK detail. */
    private static void check(Table table, int row) {
        TableItem item = table.getItem(row);
        item.setChecked(true);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, event);
    }

    private static void createCompany(IWorkbenchWindow window, Display display, String code, String name) throws Exception {
        new DialogScript(display).then(NewCompanyDialog.CODE, shell -> {
            Button create = Ui.button(shell, IDialogConstants.OK_ID);
            assertFalse(create.isEnabled(), "nothing typed, nothing to create");
            Ui.type(Ui.text(shell, NewCompanyDialog.CODE), code);
            Ui.type(Ui.text(shell, NewCompanyDialog.NAME), name);
            Screenshots.of(shell, "new-company-" + code.toLowerCase());
            Ui.click(create);
        }).run(() -> Ui.execute(window, "org.castellan.security.ui.newCompany"));
    }

    private static void select(CompaniesView view, String code) throws Exception {
        CompanyView company = Installations.service(CompanyAdministration.class).companies().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow();
        view.refresh();
        view.getSite().getPage().activate(view);
        view.viewer().setSelection(new StructuredSelection(company), true);
        assertEquals(code, view.selected().orElseThrow().code());
    }

    private static List<String> codes() throws Exception {
        return shown().stream().map(CompanyView::code).toList();
    }

    /** The companies as the service has them, versions left out. */
    private static List<CompanyView> shown() throws Exception {
        return Installations.service(CompanyAdministration.class).companies().stream().map(c -> new CompanyView(c.code(), c.name(), c.archived(), 0))
                .toList();
    }
}
