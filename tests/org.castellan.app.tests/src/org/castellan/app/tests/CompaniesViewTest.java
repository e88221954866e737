package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.castellan.security.ui.internal.views.CompaniesView;
import org.castellan.security.ui.internal.widgets.NameDialog;
import org.castellan.security.ui.internal.widgets.NewCompanyDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Companies view of the Security perspective: New Company refuses a code taken in another
 * letter case in the dialog itself, Rename changes only the name, Archive (after its question) moves
 * the company to the archived section, and Reactivate brings it back.
 */
class CompaniesViewTest {

    @TempDir
    Path temp;

    @Test
    void anAdministratorCreatesRenamesArchivesAndReactivatesACompanyInItsView() throws Exception {
        try (LoggedIn loggedIn = Installations.create(temp.resolve("accounting"), "Cabinet Martin", null)) {
            loggedIn.publishSession();
            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = workbench.getWorkbenchWindows()[0];
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
