package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.audit.AuditReports;
import org.castellan.audit.ReportKind;
import org.castellan.audit.ui.internal.AuditPerspective;
import org.castellan.audit.ui.internal.AuditReportsView;
import org.castellan.audit.ui.internal.Messages;
import org.castellan.home.ui.internal.HomePerspective;
import org.castellan.home.ui.internal.HomeView;
import org.castellan.home.ui.internal.PerspectivePurpose;
import org.castellan.menu.ui.internal.MainMenuDefinitionEditor;
import org.castellan.security.ui.internal.SecurityPerspective;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ways in: the perspective switcher names each perspective, each perspective says in the toolbar
 * what it is for, none opens with an empty editor area, Object and Data Rights is in the Security
 * perspective, and the Audit perspective shows its columns and a hint before the first Run.
 */
class PerspectiveWaysTest {

    @TempDir
    Path temp;

    @BeforeEach
    @AfterEach
    void closePerspectives() {
        for (IWorkbenchPage page : Ui.window().getPages()) {
            page.closeAllEditors(false);
            page.closeAllPerspectives(false, false);
        }
    }

    @Test
    void everyPerspectiveSaysWhatItIsForAndOpensWithoutAnEmptyEditorArea() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("ways"), "Pharmacie des Ways")) {
            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = Ui.window();
            Shell shell = window.getShell();
            Display display = shell.getDisplay();
            assertTrue(PlatformUI.getPreferenceStore().getBoolean(IWorkbenchPreferenceConstants.SHOW_TEXT_ON_PERSPECTIVE_BAR),
                    "the product's preferences put names on the perspective switcher");
            List<String> castellan = new ArrayList<>();
            for (IPerspectiveDescriptor perspective : workbench.getPerspectiveRegistry().getPerspectives()) {
                if (!perspective.getId().startsWith("org.castellan.") || perspective.getId().startsWith("org.castellan.product.junit")) {
                    continue;
                }
                castellan.add(perspective.getLabel());
                assertFalse(perspective.getDescription() == null || perspective.getDescription().isBlank(), perspective.getId() + " says what it is for");
                if (perspective.getId().startsWith("org.castellan.example.")) {
                    continue; // the partner's example needs rights of its own, given in its tests
                }
                IWorkbenchPage page = workbench.showPerspective(perspective.getId(), window);
                Ui.settle(display, 100);
                assertEquals(perspective.getDescription(), Ui.label(shell, PerspectivePurpose.NAME).getText(), "the toolbar's line follows " + perspective.getId());
                assertEquals(0, page.getEditorReferences().length);
                assertFalse(page.isEditorAreaVisible(), perspective.getId() + " opens without an empty editor area");
                anEditorOpenedHereGetsHalfTheWindow(page, perspective.getId());
            }
            assertTrue(castellan.containsAll(List.of("Home", "Administration", "Security", "Sessions", "Audit", "Backup")), castellan::toString);
            List<String> named = switcherTexts(shell);
            assertTrue(named.containsAll(List.of("Home", "Security", "Audit", "Backup")), () -> "the switcher's items carry names: " + named);

            IWorkbenchPage page = workbench.showPerspective(SecurityPerspective.ID, window);
            assertNotNull(page.findViewReference("org.castellan.datarights.ui.view"), "Object and Data Rights is in the Security perspective");
            Ui.execute(window, "org.castellan.menu.ui.commands.definition");
            assertEquals(1, page.getEditorReferences().length);
            assertTrue(page.isEditorAreaVisible(), "an editor shows the editor area");
            HomeTest.screenshotAt1024(shell, "ways-security-with-editor");
            page.closeAllEditors(false);
            assertTrue(Ui.waitFor(display, 2000, () -> !page.isEditorAreaVisible()), "the last editor closed hides the editor area");

            IWorkbenchPage home = workbench.showPerspective(HomePerspective.ID, window);
            Ui.settle(display, 100);
            assertTrue(home.isPartVisible(home.findView(HomeView.ID)), "back on the Home, the home is in front of the Installation view opened since");
            HomeTest.screenshotAt1024(shell, "ways-home-switcher");
        }
    }

    @Test
    void theAuditPerspectiveShowsItsColumnsAndAHintBeforeTheFirstRun() throws Exception {
        try (LoggedIn loggedIn = Installations.createInSession(temp.resolve("audit"), "Pharmacie de l'Audit")) {
            IWorkbenchWindow window = Ui.window();
            Shell shell = window.getShell();
            PlatformUI.getWorkbench().showPerspective(AuditPerspective.ID, window);
            Table table = Ui.named(shell, Table.class, AuditReportsView.TABLE);
            List<String> titles = Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
            assertEquals(Installations.service(AuditReports.class).columns(ReportKind.LOGINS), titles, "the logins report's columns before Run");
            assertEquals(0, table.getItemCount());
            assertEquals(Messages.hintBeforeRun, Ui.label(shell, AuditReportsView.STATUS).getText());
            HomeTest.screenshotAt1024(shell, "ways-audit-before-run");
        }
    }

    /**
     * An editor opened from the perspective at 1024x768 is not squeezed beside its views, the Home
     * beside it wraps its cards at its width, and the editor takes its room back when closed.
     */
    private static void anEditorOpenedHereGetsHalfTheWindow(IWorkbenchPage page, String perspective) throws Exception {
        IWorkbenchWindow window = page.getWorkbenchWindow();
        Shell shell = window.getShell();
        Display display = shell.getDisplay();
        Point size = shell.getSize();
        try {
            shell.setSize(1024, 768);
            Ui.execute(window, "org.castellan.menu.ui.commands.definition");
            Ui.settle(display, 100);
            int editorWidth = Ui.named(shell, Control.class, MainMenuDefinitionEditor.PROBLEM).getParent().getSize().x;
            int windowWidth = shell.getClientArea().width;
            assertTrue(editorWidth >= windowWidth * 2 / 5,
                    () -> "an editor opened from " + perspective + " is " + editorWidth + " px wide in a window of " + windowWidth);
            if (perspective.equals(HomePerspective.ID)) {
                assertTrue(page.isPartVisible(page.findView(HomeView.ID)), "the Home perspective shows the home, even when another perspective showed the Installation view first");
                Composite cards = Ui.label(shell, HomeView.GREETING).getParent();
                int visible = cards.getParent().getClientArea().width;
                assertTrue(cards.getSize().x <= visible, () -> "beside an editor the home's cards are " + cards.getSize().x + " px wide in " + visible);
                Screenshots.of(shell, "ways-home-beside-an-editor");
            }
            page.closeAllEditors(false);
            assertTrue(Ui.waitFor(display, 2000, () -> !page.isEditorAreaVisible()), perspective + ": the last editor closed hides the editor area");
        } finally {
            shell.setSize(size);
        }
    }

    private static List<String> switcherTexts(Shell shell) {
        List<String> texts = new ArrayList<>();
        for (Control control : Ui.all(shell)) {
            if (control instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    texts.add(item.getText());
                }
            }
        }
        return texts;
    }
}
