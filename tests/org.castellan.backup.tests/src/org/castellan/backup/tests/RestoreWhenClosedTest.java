package org.castellan.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.castellan.backup.BackupRecord;
import org.castellan.backup.PendingRestore;
import org.castellan.store.CastellanStore;
import org.castellan.test.support.SettableClock;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * A restore over the current installation left to complete when the installation's store closes,
 * as the workbench leaves it before it restarts: no bundle has to stop for it.
 */
class RestoreWhenClosedTest extends InstallationTest {

    @Test
    void aRestoreLeftForTheCloseIsInPlaceOnceTheStoreIsClosedAndTheLastOnePreparedWins() throws Exception {
        Path medium = dir.resolve("usb-key");
        Files.createDirectories(medium);
        installation.backup.initialise(installation.admin, medium);
        BackupRecord first = installation.backUp().backup();
        installation.insertSales(10);
        installation.clock.advance(Duration.ofMinutes(5));
        PendingRestore abandoned = restoreOver(first);
        installation.clock.advance(Duration.ofMinutes(5));
        PendingRestore pending = restoreOver(first);
        assertEquals(List.of(pending.folder().getFileName() + ".restored-20261123-201000"), prepared(),
                "the restore prepared first was abandoned for the second");
        assertEquals(abandoned.folder(), pending.folder());

        AtomicReference<Boolean> heldWhileClosing = new AtomicReference<>();
        installation.store.whenClosed(() -> heldWhileClosing.set(CastellanStore.heldOpen(installation.folder)));
        assertEquals(60, BackedUpInstallation.count(installation.store, "sales"), "nothing changed before the store closes");
        installation.close();

        assertEquals(Boolean.FALSE, heldWhileClosing.get(), "the close actions run once the lock is released");
        assertEquals(List.of(), prepared(), "the prepared installation was moved into place");
        Path aside = installation.folder.resolveSibling(installation.folder.getFileName() + ".before-restore-20261123-201000");
        assertTrue(Files.isDirectory(aside), "the replaced installation is kept aside");
        try (CastellanStore restored = CastellanStore.open(installation.folder, Optional.empty());
                CastellanStore previous = CastellanStore.open(aside, Optional.empty())) {
            assertEquals(50, BackedUpInstallation.count(restored, "sales"));
            assertEquals(60, BackedUpInstallation.count(previous, "sales"));
        }
        assertFalse(CastellanStore.heldOpen(installation.folder));
        installation = new BackedUpInstallation(dir.resolve("next"), BackedUpInstallation.newClock());
    }

    private PendingRestore restoreOver(BackupRecord backup) throws Exception {
        PendingRestore pending = installation.backup.restoreOverCurrent(installation.admin, backup.folder(), Optional.empty(),
                new NullProgressMonitor());
        pending.completeWhenClosed();
        return pending;
    }

    /** The restored installations waiting next to the current one. */
    private List<String> prepared() throws Exception {
        try (Stream<Path> siblings = Files.list(installation.folder.getParent())) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> n.contains(".restored-")).sorted().toList();
        }
    }
}
