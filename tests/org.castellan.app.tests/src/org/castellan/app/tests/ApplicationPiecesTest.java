package org.castellan.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.castellan.app.internal.StartupMarker;
import org.castellan.app.internal.workbench.CastellanWindowAdvisor;
import org.castellan.app.internal.workbench.WindowTitle;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.InstallationFolder;
import org.castellan.store.StoreMode;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small pieces of the application around the dialogs. */
class ApplicationPiecesTest {

    @TempDir
    Path temp;

    @Test
    void theInstallationFolderIsTheInstanceLocation() throws Exception {
        // The test runtime is started with -data, as the product is (or gets its default).
        Path data = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL())).toAbsolutePath().normalize();
        assertEquals(data, InstallationFolder.resolve(Platform.getInstanceLocation()));
        assertEquals(Path.of(System.getProperty("user.home"), ".castellan", "default"), InstallationFolder.resolve(null));
    }

    @Test
    void theFirstWindowFitsASmallScreen() {
        assertEquals(new Point(1024, 720), CastellanWindowAdvisor.initialSize(new Rectangle(0, 0, 1024, 768)), "narrower than the laid-out width");
        assertEquals(new Point(800, 560), CastellanWindowAdvisor.initialSize(new Rectangle(0, 40, 800, 560)), "the area a panel leaves");
        assertEquals(new Point(1100, 720), CastellanWindowAdvisor.initialSize(new Rectangle(0, 0, 1920, 1080)), "never stretched");
    }

    @Test
    void theStartupMarkerIsWrittenOnceTheFirstWindowShows() throws Exception {
        Path marker = temp.resolve("marker").resolve("up");
        String previous = System.getProperty(StartupMarker.PROPERTY);
        System.setProperty(StartupMarker.PROPERTY, marker.toString());
        Display display = Display.getCurrent();
        Shell shell = null;
        try {
            StartupMarker.fromSystemProperties().orElseThrow().writeWhenFirstShellShows(display);
            Ui.settle(display, 100);
            assertFalse(Files.exists(marker), "nothing is shown yet");
            long before = System.currentTimeMillis();
            shell = new Shell(display);
            shell.setSize(200, 100);
            shell.open();
            assertTrue(Ui.waitFor(display, 5000, () -> Files.exists(marker)), "marker written");
            long written = Long.parseLong(Files.readString(marker).trim());
            assertTrue(written >= before && written <= System.currentTimeMillis(), "the time it was shown, in epoch milliseconds");
        } finally {
            if (shell != null) {
                shell.dispose();
            }
            if (previous == null) {
                System.clearProperty(StartupMarker.PROPERTY);
            } else {
                System.setProperty(StartupMarker.PROPERTY, previous);
            }
        }
    }

    @Test
    void theWindowIsTitledAfterTheInstallationAndTheUser() {
        AuthenticatedUser user = new AuthenticatedUser("id-1", "jdoe", "", 3);
        WorkbenchSession session = new WorkbenchSession("Pharmacy", Optional.empty(), StoreMode.CLIENT, 2, user);
        assertEquals("Castellan \u2014 Pharmacy \u2014 jdoe", WindowTitle.of(session), "the login when there is no display name");
    }
}
