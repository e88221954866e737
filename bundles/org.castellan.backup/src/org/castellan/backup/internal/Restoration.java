package org.castellan.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupResult;
import org.castellan.backup.BackupService;
import org.castellan.backup.PendingRestore;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Restores a good backup: into a new folder, or next to the current installation to take its
 * place once it is closed. The restored installation is built and verified beside its target and
 * only then renamed into place, journaled with the move.
 */
final class Restoration {

    private final InstallationContext installation;
    private final Media media;
    private final Remembered remembered;
    private final BackupRun backups;

    Restoration(InstallationContext installation, Media media, Remembered remembered, BackupRun backups) {
        this.installation = installation;
        this.media = media;
        this.remembered = remembered;
        this.backups = backups;
    }

    /** Restores into a new installation folder (missing or empty). */
    Path restore(AuthenticatedUser actor, Path backup, Path newFolder, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException {
        Path target = newFolder.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.targetIsAFile, target));
        }
        if (!emptyOrMissing(target)) {
            throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.restoreTargetNotEmpty, target));
        }
        restoreInto(actor, backup.toAbsolutePath().normalize(), target, passphrase, SubMonitor.convert(monitor, Messages.taskRestore, 100));
        return target;
    }

    /** Backs the current installation up, then restores the backup next to it; {@link PendingRestore#complete()} swaps them. */
    PendingRestore restoreOverCurrent(AuthenticatedUser actor, Path backup, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException {
        Path folder = installation.folder();
        SubMonitor sub = SubMonitor.convert(monitor, Messages.taskRestore, 100);
        BackupOptions options = remembered.options();
        // The current installation is backed up first, with the remembered options; encrypted only if a passphrase was given.
        BackupOptions safety = options.encrypt() && passphrase.isEmpty()
                ? new BackupOptions(options.compress(), false, false, options.dataSets(), options.dailyKept(), options.weeklyKept())
                : new BackupOptions(options.compress(), options.encrypt(), false, options.dataSets(), options.dailyKept(), options.weeklyKept());
        Path medium = media.ready();
        BackupResult before = backups.run(actor, medium, safety, safety.encrypt() ? passphrase.get() : null, false, sub.split(40));
        String stamp = BackupFolder.name(installation.clock().instant(), installation.clock().getZone()).substring(BackupFolder.PREFIX.length());
        Path prepared = folder.resolveSibling(folder.getFileName() + ".restored-" + stamp); //$NON-NLS-1$
        restoreInto(actor, backup.toAbsolutePath().normalize(), prepared, passphrase, sub.split(60));
        return new PreparedRestore(installation.store(), folder, prepared, folder.resolveSibling(folder.getFileName() + ".before-restore-" + stamp), //$NON-NLS-1$
                before.backup());
    }

    private static boolean emptyOrMissing(Path dir) throws BackupException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.targetNotWritable, dir), e);
        }
    }

    /** Builds the restored installation next to {@code target}, verifies it, then renames it into place. */
    private void restoreInto(AuthenticatedUser actor, Path backup, Path target, Optional<char[]> passphrase, SubMonitor monitor)
            throws BackupException {
        BackupFolder.Description description = Verification.describeGood(backup);
        char[] secret = Verification.secret(description, passphrase);
        Path parent = target.getParent();
        Path staging = parent.resolve('.' + target.getFileName().toString() + ".restoring-" + UUID.randomUUID()); //$NON-NLS-1$
        Path scratch = staging.resolve(BackupFolder.SCRATCH + "unpacked"); //$NON-NLS-1$
        try {
            Files.createDirectories(parent);
            Files.createDirectory(staging);
            monitor.subTask(Messages.stepChecksums);
            Verification.checkManifest(backup, BackupFolder.MANIFEST, monitor.split(20));
            Path payload = Verification.payload(backup, description, secret, scratch, monitor.split(20));
            monitor.subTask(Messages.stepRestoreFiles);
            Payload.restore(payload, description, staging, monitor);
            monitor.subTask(Messages.stepRestoreDatabase);
            DerbyCopies.Credentials credentials = DerbyCopies.Credentials.read(staging.resolve(Payload.CREDENTIALS));
            Map<String, Long> rows = DerbyCopies.checkAndCount(staging.resolve(DerbyCopies.DATABASE), payload.resolve(DerbyCopies.DATABASE),
                    credentials, monitor.split(50));
            Verification.compareRows(backup, rows);
            Trees.delete(scratch);
            Failures.stopIfCancelled(monitor);
            RestoredFrom.write(staging, backup, description.created());
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, checked before
            }
            // Journaled with the move: no restore without its journal entry, no entry for a restore that did not happen.
            installation.store().inTransaction(tx -> {
                installation.publish(tx, BackupService.TOPIC_RESTORED, "actor", actor.login(), "backup", backup.toString(), //$NON-NLS-1$ //$NON-NLS-2$
                        "folder", target.toString(), "created", description.created().toString()); //$NON-NLS-1$ //$NON-NLS-2$
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (IOException e) {
            throw failed(backup, target, e);
        } catch (UncheckedIOException e) {
            throw failed(backup, target, e.getCause());
        } catch (StoreException e) {
            throw new BackupException(Problem.DATABASE, NLS.bind(Messages.journalFailed, e.getMessage()), e);
        } catch (SQLException e) {
            throw Verification.doesNotBoot(backup, e);
        } catch (OperationCanceledException e) {
            throw new BackupException(Problem.CANCELLED, Messages.cancelled, e);
        } finally {
            Trees.deleteQuietly(staging);
        }
    }

    private static BackupException failed(Path backup, Path target, IOException e) {
        return new BackupException(Problem.WRITE_FAILED, NLS.bind(Messages.restoreFailed, new Object[] { backup, target, Failures.describe(e) }), e);
    }
}
