package org.castellan.backup.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupRecord;
import org.castellan.backup.BackupResult;
import org.castellan.backup.PendingRestore;
import org.castellan.store.CastellanStore;
import org.castellan.store.SealedRows;
import org.castellan.test.support.SettableClock;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Online backups, their verification and the restore drill, on real Derby databases. */
class BackupAndRestoreTest extends InstallationTest {


    private Path medium;

    @BeforeEach
    void initialiseMedium() throws Exception {
        medium = dir.resolve("usb-key");
        Files.createDirectories(medium);
        installation.backup.initialise(installation.admin, medium);
    }


    @Test
    void aBackupTakenWhileAWriterInsertsRestoresToAConsistentDatabase() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                while (!stop.get()) {
                    installation.insertSales(1);
                }
            } catch (Throwable e) {
                writerFailure.set(e);
            }
        }, "writer");
        writer.start();
        BackupResult result;
        try {
            installation.insertSales(20); // the writer is surely running before the backup starts
            result = installation.backUp();
        } finally {
            stop.set(true);
            writer.join();
        }
        assertEquals(null, writerFailure.get(), "the writer kept writing during the backup");
        long salesAtEnd = BackedUpInstallation.count(installation.store, "sales");

        Path restored = installation.backup.restore(installation.admin, result.backup().folder(), dir.resolve("restored"), Optional.empty(),
                new NullProgressMonitor());
        try (CastellanStore copy = CastellanStore.open(restored, Optional.empty())) {
            long sales = BackedUpInstallation.count(copy, "sales");
            assertEquals(sales, BackedUpInstallation.count(copy, "sale_lines"), "every sale has its line: no half transaction in the copy");
            assertTrue(sales >= 70 && sales <= salesAtEnd, sales + " sales restored, " + salesAtEnd + " at the end");
            assertEquals("Pharmacie du Parc", copy.installationName());
        }
    }

    @Test
    void restoreDrillBackUpWipeRestoreGivesEveryTableBack() throws Exception {
        Files.createDirectories(installation.folder.resolve("prices"));
        Files.writeString(installation.folder.resolve("prices/tarif.csv"), "aspirin;4.20\n");
        BackupOptions options = BackupOptions.DEFAULT.withDataSets(java.util.Set.of("org.castellan.backup.tests.prices"));
        BackupResult result = installation.backUp(options, null);
        Map<String, String> before = BackedUpInstallation.digestAsBackedUp(installation.store);
        Path lost = installation.folder;
        byte[] sealKey = Files.readAllBytes(lost.resolve("seal.key"));
        installation.close();
        wipe(lost);

        // As after a disk failure: a fresh installation elsewhere, its administrator restores the lost one.
        installation = new BackedUpInstallation(dir.resolve("rescue"), BackedUpInstallation.newClock());
        installation.backup.restore(installation.admin, result.backup().folder(), lost, Optional.empty(), new NullProgressMonitor());
        try (CastellanStore restored = CastellanStore.open(lost, Optional.empty())) {
            assertEquals(before, BackedUpInstallation.digest(restored), "row counts and checksums of every table");
            assertEquals(Optional.of(result.backup().created()), installation.service(restored, lost).lastGoodBackup(),
                    "a restored installation is not told to back up as if it never had: its backup is the one restored");
            assertEquals(List.of(), restored.inTransaction(SealedRows::verify), "the seal key came back with the rows it seals");
        }
        assertArrayEquals(sealKey, Files.readAllBytes(lost.resolve("seal.key")));
        assertEquals("aspirin;4.20\n", Files.readString(lost.resolve("prices/tarif.csv")), "the ticked data set came back");
    }

    @Test
    void aRestoreOverTheCurrentInstallationBacksItUpFirstAndKeepsItAside() throws Exception {
        BackupRecord first = installation.backUp().backup();
        installation.insertSales(10);
        installation.clock.advance(java.time.Duration.ofMinutes(5));
        PendingRestore pending = installation.backup.restoreOverCurrent(installation.admin, first.folder(), Optional.empty(),
                new NullProgressMonitor());
        assertEquals(60, BackedUpInstallation.count(installation.store, "sales"), "nothing changed before the swap");
        assertThrows(BackupException.class, pending::complete, "refused while the installation is open");
        installation.close();
        Path aside = pending.complete();
        try (CastellanStore restored = CastellanStore.open(installation.folder, Optional.empty());
                CastellanStore previous = CastellanStore.open(aside, Optional.empty())) {
            assertEquals(50, BackedUpInstallation.count(restored, "sales"));
            assertEquals(60, BackedUpInstallation.count(previous, "sales"), "the replaced installation is kept");
            assertEquals(Optional.of(first.created()), installation.service(restored, installation.folder).lastGoodBackup(),
                    "the restored installation's last good backup is the one it came from");
        }
        assertEquals(2, installation.backup.backups(medium).size(), "the safety backup is a good backup too");
        installation = new BackedUpInstallation(dir.resolve("next"), BackedUpInstallation.newClock());
    }

    @Test
    void anEncryptedCompressedBackupRoundTripsAndAWrongPassphraseIsNamed() throws Exception {
        BackupOptions options = new BackupOptions(true, true, false, java.util.Set.of(), 7, 4);
        assertEquals(Problem.PASSPHRASE, assertThrows(BackupException.class, () -> installation.backUp(options, null)).problem());
        BackupRecord backup = installation.backUp(options, "correct horse".toCharArray()).backup();
        assertTrue(backup.encrypted() && backup.compressed());
        try (Stream<Path> files = Files.walk(backup.folder())) {
            assertFalse(files.anyMatch(p -> p.toString().contains("database")), "no plain database file on the medium");
        }
        BackupException wrong = assertThrows(BackupException.class, () -> installation.backup.restore(installation.admin, backup.folder(),
                dir.resolve("wrong"), Optional.of("wrong horse".toCharArray()), new NullProgressMonitor()));
        assertEquals(Problem.PASSPHRASE, wrong.problem());
        assertTrue(wrong.getMessage().contains("passphrase is wrong"), wrong.getMessage());
        assertEquals(Problem.PASSPHRASE, assertThrows(BackupException.class, () -> installation.backup.restore(installation.admin,
                backup.folder(), dir.resolve("none"), Optional.empty(), new NullProgressMonitor())).problem());
        assertFalse(Files.exists(dir.resolve("wrong")) || Files.exists(dir.resolve("none")), "nothing restored");

        Path restored = installation.backup.restore(installation.admin, backup.folder(), dir.resolve("restored"),
                Optional.of("correct horse".toCharArray()), new NullProgressMonitor());
        try (CastellanStore copy = CastellanStore.open(restored, Optional.empty())) {
            assertEquals(BackedUpInstallation.digestAsBackedUp(installation.store), BackedUpInstallation.digest(copy));
        }
    }

    @Test
    void aBackupTamperedWithAfterItWasMarkedGoodIsDetectedAtVerifyAndRestore() throws Exception {
        BackupRecord backup = installation.backUp().backup();
        assertEquals(backup.folder(), installation.backup.verify(installation.admin, backup.folder(), Optional.empty(),
                new NullProgressMonitor()).folder(), "a good backup verifies again");
        Path file;
        try (Stream<Path> files = Files.walk(backup.folder().resolve("payload/database/seg0"))) {
            file = files.filter(Files::isRegularFile).max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);

        BackupException verify = assertThrows(BackupException.class, () -> installation.backup.verify(installation.admin, backup.folder(),
                Optional.empty(), new NullProgressMonitor()));
        assertEquals(Problem.VERIFICATION_FAILED, verify.problem());
        assertTrue(verify.getMessage().contains("changed after it was written") && verify.getMessage().contains("(changed)"), verify.getMessage());
        assertEquals(Problem.VERIFICATION_FAILED, assertThrows(BackupException.class, () -> installation.backup.restore(installation.admin,
                backup.folder(), dir.resolve("restored"), Optional.empty(), new NullProgressMonitor())).problem());
        assertFalse(Files.exists(dir.resolve("restored")));
    }

    @Test
    void anEncryptedBackupTamperedWithIsDetected() throws Exception {
        BackupRecord backup = installation.backUp(new BackupOptions(false, true, false, java.util.Set.of(), 7, 4), "pass phrase".toCharArray())
                .backup();
        Path archive = backup.folder().resolve("payload.zip.aes");
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length - 40] ^= 1;
        Files.write(archive, bytes);
        // The manifest is rewritten too, as someone covering his tracks would: the authentication tag still tells.
        List<String> lines = Files.readAllLines(backup.folder().resolve("MANIFEST.sha256"));
        Files.write(backup.folder().resolve("MANIFEST.sha256"), lines.stream().map(l -> l.endsWith("payload.zip.aes")
                ? sha256(archive) + "  payload.zip.aes" : l).toList());
        BackupException e = assertThrows(BackupException.class, () -> installation.backup.verify(installation.admin, backup.folder(),
                Optional.of("pass phrase".toCharArray()), new NullProgressMonitor()));
        assertEquals(Problem.VERIFICATION_FAILED, e.problem(), e.getMessage());
    }

    @Test
    void restoreRefusesAFolderThatIsNotEmptyOrIsAFile() throws Exception {
        BackupRecord backup = installation.backUp().backup();
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        BackupException e = assertThrows(BackupException.class, () -> installation.backup.restore(installation.admin, backup.folder(), file,
                Optional.empty(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
        e = assertThrows(BackupException.class, () -> installation.backup.restore(installation.admin, backup.folder(), installation.folder,
                Optional.empty(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
        e = assertThrows(BackupException.class, () -> installation.backup.restore(installation.admin, medium, dir.resolve("x"),
                Optional.empty(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("not a good Castellan backup"), e.getMessage());
    }

    static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void wipe(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
