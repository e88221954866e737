package org.castellan.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupResult;
import org.castellan.backup.internal.BackupServiceImpl;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.StoreMode;
import org.castellan.test.support.SettableClock;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A headless backup ({@code castellan backup run}) while the workbench holds the installation
 * open: through the workbench's network server when the installation is shared, never by booting
 * its database a second time; refused with a clear message when it is not shared.
 */
class SharedInstallationTest {

    @TempDir
    Path dir;

    @Test
    void aSharedInstallationOpenInTheWorkbenchIsBackedUpThroughItsServer() throws Exception {
        Path folder = dir.resolve("pharmacy");
        SettableClock clock = BackedUpInstallation.newClock();
        AuthenticatedUser admin;
        try (BackedUpInstallation created = new BackedUpInstallation(folder, clock)) {
            admin = created.admin;
        }
        Files.writeString(folder.resolve("installation.properties"), "store.mode=server\nserver.host=localhost\nserver.port=" + freePort() + "\n",
                StandardOpenOption.APPEND);
        Path medium = Files.createDirectories(dir.resolve("key"));
        try (CastellanStore workbench = CastellanStore.open(folder, Optional.empty())) {
            assertEquals(StoreMode.SERVER, workbench.mode());
            assertEquals(StoreException.Problem.IN_USE, assertThrows(StoreException.class, () -> CastellanStore.open(folder, Optional.empty()))
                    .problem(), "a second program never boots the database");
            try (CastellanStore headless = CastellanStore.openThroughServer(folder)) {
                assertEquals(StoreMode.CLIENT, headless.mode());
                assertEquals(Optional.of(folder.toAbsolutePath().normalize()), headless.folder().map(p -> p.toAbsolutePath().normalize()));
                BackupServiceImpl backup = new BackupServiceImpl(headless, headless.folder().orElseThrow(), new AccessControlImpl(headless, clock),
                        RegistryFactory.getRegistry(), clock, command -> {
                            throw new AssertionError("no shutdown asked");
                        });
                backup.initialise(admin, medium);
                BackupResult result = backup.backUp(admin, BackupOptions.DEFAULT, Optional.empty(), new NullProgressMonitor());
                assertEquals(List.of(result.backup().name()), BackedUpInstallation.goodFolders(medium));
                backup.restore(admin, result.backup().folder(), dir.resolve("restored"), Optional.empty(), new NullProgressMonitor());
            }
            assertEquals(50, BackedUpInstallation.count(workbench, "sales"), "the workbench goes on with its database");
            workbench.inTransaction(tx -> tx.connection().createStatement().executeUpdate("INSERT INTO sales (item, amount) VALUES ('x', 1)"));
        }
        try (CastellanStore restored = CastellanStore.open(dir.resolve("restored"), Optional.empty())) {
            assertEquals(50, BackedUpInstallation.count(restored, "sales"), "every sale came back");
        }
    }

    @Test
    void anInstallationOpenButNotSharedIsRefusedWithWhatToDo() throws Exception {
        try (BackedUpInstallation open = new BackedUpInstallation(dir.resolve("pharmacy"), BackedUpInstallation.newClock())) {
            StoreException e = assertThrows(StoreException.class, () -> CastellanStore.openThroughServer(open.folder));
            assertEquals(StoreException.Problem.IN_USE, e.problem());
            assertTrue(e.getMessage().contains("not shared"), e.getMessage());
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
