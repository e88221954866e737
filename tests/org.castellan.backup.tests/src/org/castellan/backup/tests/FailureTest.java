package org.castellan.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupRecord;
import org.castellan.backup.internal.Messages;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * A medium removed, made read-only or full during a backup, and a cancelled backup: a clear
 * error, earlier good backups intact, nothing marked good.
 */
class FailureTest extends InstallationTest {





    /** A progress monitor that does something to the medium when the backup reaches a step. */
    private static final class AtStep extends NullProgressMonitor {
        private final String step;
        private final Action action;
        private boolean done;

        interface Action {
            void run() throws Exception;
        }

        AtStep(String step, Action action) {
            this.step = step;
            this.action = action;
        }

        @Override
        public void subTask(String name) {
            if (!done && step.equals(name)) {
                done = true;
                try {
                    action.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private BackupRecord firstGoodBackup(Path medium) throws Exception {
        installation.backup.initialise(installation.admin, medium);
        BackupRecord first = installation.backUp().backup();
        installation.clock.advance(Duration.ofDays(1));
        installation.insertSales(5);
        return first;
    }

    private BackupException failingBackup(AtStep monitor) {
        return assertThrows(BackupException.class, () -> installation.backup.backUp(installation.admin, BackupOptions.DEFAULT, Optional.empty(),
                monitor));
    }

    private void assertIntactAndAlone(Path medium, BackupRecord first) throws Exception {
        assertEquals(List.of(first.name()), BackedUpInstallation.goodFolders(medium), "nothing new marked good");
        installation.backup.verify(installation.admin, medium.resolve(first.name()), Optional.empty(), new NullProgressMonitor());
    }

    @Test
    void theBackupFolderDeletedMidBackupFailsClearlyAndKeepsEarlierBackups() throws Exception {
        Path medium = Files.createDirectories(dir.resolve("key"));
        BackupRecord first = firstGoodBackup(medium);
        BackupException e = failingBackup(new AtStep(Messages.stepManifest, () -> deletePartials(medium)));
        assertEquals(Problem.WRITE_FAILED, e.problem());
        assertTrue(e.getMessage().contains("Nothing was marked good") && e.getMessage().contains("disappeared"), e.getMessage());
        assertIntactAndAlone(medium, first);
        assertEquals(first.created(), installation.backup.lastGoodBackup().orElseThrow());
    }

    @Test
    void aFolderGoneDuringTheDatabaseCopyFailsWithoutRecreatingItAndLetsWritersGoOn() throws Exception {
        Path medium = Files.createDirectories(dir.resolve("key"));
        BackupRecord first = firstGoodBackup(medium);
        BackupException e = failingBackup(new AtStep(Messages.stepDatabase, () -> deletePartials(medium)));
        assertEquals(Problem.WRITE_FAILED, e.problem(), e.getMessage());
        try (var left = Files.list(medium)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "nothing written again where the backup vanished");
        }
        // The database was frozen for the copy: it must take writes again, on this thread as on others.
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> installation.insertSales(3), "writes are held after a failed backup");
        assertIntactAndAlone(medium, first);
    }

    @Test
    void aMediumPulledOutMidBackupFailsClearlyAndKeepsEarlierBackups() throws Exception {
        failsOnAMountedKey(Messages.stepBootCopy, Mounts.Mount::pullOut, "earlier backups on the medium are intact");
    }

    @Test
    void aMediumMadeReadOnlyMidBackupFailsClearly() throws Exception {
        failsOnAMountedKey(Messages.stepConfiguration, Mounts.Mount::remountReadOnly, "Read-only file system");
    }

    /** What befalls the mounted key during a backup. */
    @FunctionalInterface
    private interface Mishap {
        void befall(Mounts.Mount key) throws Exception;
    }

    /**
     * A first good backup on a bind-mounted key, then a backup during which {@code mishap} befalls the
     * mount at {@code step}: it fails as a write failure that says {@code said}, and the first backup
     * is still the only good one, intact.
     */
    private void failsOnAMountedKey(String step, Mishap mishap, String said) throws Exception {
        Mounts.assumeMountable();
        Path key = Files.createDirectories(dir.resolve("key-contents"));
        Path mountPoint = Files.createDirectories(dir.resolve("media-key"));
        BackupRecord first;
        try (Mounts.Mount mount = Mounts.bind(key, mountPoint)) {
            first = firstGoodBackup(mountPoint);
            BackupException e = failingBackup(new AtStep(step, () -> mishap.befall(mount)));
            assertEquals(Problem.WRITE_FAILED, e.problem(), e.getMessage());
            assertTrue(e.getMessage().contains(said), e.getMessage());
        }
        assertIntactAndAlone(key, first);
    }

    @Test
    void aFullMediumFailsClearlyAndKeepsEarlierBackups() throws Exception {
        Mounts.assumeMountable();
        Path key = Files.createDirectories(dir.resolve("small-key"));
        try (Mounts.Mount mount = Mounts.tmpfs(key, "160m")) {
            BackupRecord first = firstGoodBackup(key);
            Path photos = key.resolve("holiday-photos.bin");
            fill(photos, key.toFile().getUsableSpace() - 256 * 1024);
            BackupException e = assertThrows(BackupException.class, installation::backUp);
            assertEquals(Problem.WRITE_FAILED, e.problem(), e.getMessage());
            assertTrue(e.getMessage().contains("free space"), e.getMessage());
            Files.delete(photos); // verifying boots a copy on the medium: it needs room
            assertIntactAndAlone(key, first);
        }
    }

    @Test
    void aCancelledBackupLeavesNothingThatLooksGood() throws Exception {
        Path medium = Files.createDirectories(dir.resolve("key"));
        BackupRecord first = firstGoodBackup(medium);
        AtStep[] monitor = new AtStep[1];
        monitor[0] = new AtStep(Messages.stepManifest, () -> monitor[0].setCanceled(true));
        BackupException e = failingBackup(monitor[0]);
        assertEquals(Problem.CANCELLED, e.problem());
        assertIntactAndAlone(medium, first);
        try (var left = Files.list(medium)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no partial folder left");
        }
    }

    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written + block.length <= bytes; written += block.length) {
                out.write(block);
            }
        }
    }

    private static void deletePartials(Path medium) throws IOException {
        try (var partials = Files.list(medium)) {
            for (Path partial : partials.filter(p -> p.getFileName().toString().startsWith(".partial-")).toList()) {
                deleteTree(partial);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
