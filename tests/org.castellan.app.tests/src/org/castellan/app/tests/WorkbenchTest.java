package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.castellan.app.internal.Messages;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.views.InstallationView;
import org.castellan.app.internal.workbench.AdministrationPerspective;
import org.castellan.app.internal.workbench.WindowTitle;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AccountService;
import org.castellan.store.StoreMode;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;

/** The Administration perspective and the Installation view in the running workbench. */
class WorkbenchTest {

    private static final String NAME = "Retail back office";

    @TempDir
    Path temp;

    @Test
    void administrationPerspectiveShowsTheInstallationAndTheUser() throws Exception {
        Path folder = temp.resolve("retail");
        try (LoggedIn loggedIn = Installations.create(folder, NAME, null)) {
            WorkbenchSession session = loggedIn.publishSession();
            assertEquals("Castellan \u2014 " + NAME + " \u2014 " + Installations.DISPLAY_NAME, WindowTitle.of(session));
            assertEquals(StoreMode.EMBEDDED, session.mode());
            ServiceReference<WorkbenchSession> published = Installations.context().getServiceReference(WorkbenchSession.class);
            assertNotNull(published, "the session is an OSGi service");

            IWorkbench workbench = PlatformUI.getWorkbench();
            IWorkbenchWindow window = Ui.window();
            IPerspectiveDescriptor administration = workbench.getPerspectiveRegistry().findPerspectiveWithId(AdministrationPerspective.ID);
            assertNotNull(administration, "the Administration perspective is registered");
            assertEquals("Administration", administration.getLabel());
            IWorkbenchPage page = workbench.showPerspective(AdministrationPerspective.ID, window);
            try {
                assertEquals(AdministrationPerspective.ID, page.getPerspective().getId());
                IViewPart view = page.findView(InstallationView.ID);
                assertNotNull(view, "the perspective opens the Installation view");
                assertEquals("Installation", view.getTitle());

                Shell shell = window.getShell();
                Ui.settle(shell.getDisplay(), 200);
                List<String> shown = Ui.shownTexts(shell);
                assertTrue(shown.contains(NAME), () -> "installation name missing from " + shown);
                assertTrue(shown.contains(folder.toAbsolutePath().normalize().toString()), () -> "folder missing from " + shown);
                assertTrue(shown.contains(Messages.installationViewModeEmbedded), () -> "store mode missing from " + shown);
                assertTrue(shown.contains(Integer.toString(loggedIn.store().store().schemaVersion())), () -> "schema missing from " + shown);
                assertTrue(shown.contains(NLS.bind(Messages.installationViewUserValue, Installations.DISPLAY_NAME, Installations.LOGIN)),
                        () -> "user missing from " + shown);
                assertTrue(shown.contains(NLS.bind(Messages.installationViewLevelValue, AccountService.MAXIMUM_LEVEL, AccountService.MAXIMUM_LEVEL)),
                        () -> "level missing from " + shown);
                Screenshots.of(shell, "workbench-administration");
            } finally {
                page.closePerspective(administration, false, false);
            }
        }
    }
}
