package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipException;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.backup.BackupRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Whether a copy can be relied on: its files against their checksums, its archive opened, its
 * database booted on its own with every table checked, its rows against those recorded when it
 * was made. A backup runs these checks before it is marked good, a restore before anything moves.
 */
final class Verification {

    private Verification() {
    }

    /** Verifies a good backup again (tampering, decay of the medium). */
    static BackupRecord verify(Path backup, Optional<char[]> passphrase, IProgressMonitor monitor) throws BackupException {
        Path folder = backup.toAbsolutePath().normalize();
        BackupFolder.Description description = describeGood(folder);
        Path scratch = folder.resolveSibling(BackupFolder.SCRATCH + UUID.randomUUID());
        try {
            Map<String, Long> rows = verifyFolder(folder, description, secret(description, passphrase), scratch,
                    SubMonitor.convert(monitor, Messages.taskVerify, 100));
            compareRows(folder, rows);
            return BackupFolder.record(folder, description);
        } catch (IOException e) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.verificationFailed, folder, Failures.describe(e)), e);
        } catch (OperationCanceledException e) {
            throw new BackupException(Problem.CANCELLED, Messages.cancelled, e);
        } finally {
            Trees.deleteQuietly(scratch);
        }
    }

    /** What a folder with a good backup's name and manifest holds; anything else is refused. */
    static BackupFolder.Description describeGood(Path folder) throws BackupException {
        if (!Files.isDirectory(folder) || !BackupFolder.goodName(folder.getFileName().toString())
                || !Files.isRegularFile(folder.resolve(BackupFolder.MANIFEST))) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.notAGoodBackup, folder));
        }
        try {
            return BackupFolder.Description.read(folder);
        } catch (IOException e) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.verificationFailed, folder, e.getMessage()), e);
        }
    }

    /** The passphrase an encrypted backup needs, or null for a plain one. */
    static char[] secret(BackupFolder.Description description, Optional<char[]> passphrase) throws BackupException {
        if (!description.encrypted()) {
            return null;
        }
        return passphrase.filter(p -> p.length > 0).orElseThrow(() -> new BackupException(Problem.PASSPHRASE, Messages.passphraseNeeded));
    }

    /**
     * Checks the manifest against the files, then boots the copy on its own in {@code scratch}
     * and checks every table.
     *
     * @return rows per table of the verified copy
     */
    private static Map<String, Long> verifyFolder(Path folder, BackupFolder.Description description, char[] passphrase, Path scratch,
            SubMonitor monitor) throws BackupException, IOException {
        monitor.setWorkRemaining(100);
        monitor.subTask(Messages.stepChecksums);
        checkManifest(folder, BackupFolder.MANIFEST, monitor.split(30));
        monitor.subTask(Messages.stepBootCopy);
        if (!Files.isDirectory(scratch)) {
            Files.createDirectory(scratch);
        }
        Path payload = payload(folder, description, passphrase, scratch, monitor.split(30));
        Path database = payload.resolve(DerbyCopies.DATABASE);
        boolean copied = description.packed(); // an unpacked copy is booted where it is; a plain one is copied first
        try {
            return DerbyCopies.checkAndCount(copied ? database : scratch.resolve(DerbyCopies.DATABASE), copied ? null : database,
                    credentials(payload), monitor.split(40));
        } catch (SQLException e) {
            throw doesNotBoot(folder, e);
        }
    }

    /**
     * Boots a copy just written in {@code payload} where it is (another database than the
     * installation's), checks every table, counts its rows and shuts it down cleanly.
     */
    static Map<String, Long> bootInPlace(Path partial, Path payload, SubMonitor monitor) throws BackupException, IOException {
        Path database = payload.resolve(DerbyCopies.DATABASE);
        DerbyCopies.Credentials credentials = credentials(payload);
        Map<String, Long> rows;
        try {
            rows = DerbyCopies.checkAndCount(database, null, credentials, monitor);
        } catch (SQLException e) {
            throw doesNotBoot(partial, e);
        }
        DerbyCopies.removeBootLeftovers(database);
        return rows;
    }

    private static DerbyCopies.Credentials credentials(Path payload) throws IOException {
        return DerbyCopies.Credentials.read(payload.resolve(BackupFolder.CONFIGURATION).resolve(Payload.CREDENTIALS));
    }

    static BackupException doesNotBoot(Path folder, SQLException e) {
        return new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.copyDoesNotBoot, folder, Failures.rootMessage(e)), e);
    }

    /** Where the payload can be read: the backup's own folder, or unpacked (and checked) into scratch. */
    static Path payload(Path folder, BackupFolder.Description description, char[] passphrase, Path scratch, SubMonitor monitor)
            throws BackupException, IOException {
        if (!description.packed()) {
            return folder.resolve(BackupFolder.PAYLOAD);
        }
        if (!Files.isDirectory(scratch)) {
            Files.createDirectory(scratch); // its parent (the medium, or a restore's staging folder) must be there
        }
        Path unpacked = scratch.resolve(BackupFolder.PAYLOAD);
        try {
            Archive.unpack(folder.resolve(Archive.fileName(description.encrypted())), unpacked, passphrase, monitor.split(70));
        } catch (Encryption.WrongPassphraseException e) {
            throw new BackupException(Problem.PASSPHRASE, Messages.passphraseWrong, e);
        } catch (Encryption.TamperedException | ZipException e) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.verificationFailed, folder, e.getMessage()), e);
        }
        checkManifest(unpacked, BackupFolder.CONTENTS, monitor.split(30));
        return unpacked;
    }

    static void checkManifest(Path folder, String name, SubMonitor monitor) throws BackupException, IOException {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.verificationFailed, folder, name + " is missing")); //$NON-NLS-1$
        }
        // verification.properties is written after the manifest; a changed one makes the row comparison fail.
        List<String> differences = Manifest.read(file).differences(Manifest.of(folder, name, monitor, BackupFolder.VERIFICATION));
        if (!differences.isEmpty()) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.tampered, folder,
                    String.join(", ", differences.subList(0, Math.min(5, differences.size()))))); //$NON-NLS-1$
        }
    }

    /** The rows of a copy against those recorded when the backup was verified first. */
    static void compareRows(Path folder, Map<String, Long> rows) throws BackupException, IOException {
        Optional<Map<String, Long>> recorded = BackupFolder.readRows(folder);
        if (recorded.isPresent() && !recorded.get().equals(rows)) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.rowsDiffer, folder));
        }
    }
}
