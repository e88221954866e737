package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupRecord;
import org.castellan.backup.BackupResult;
import org.castellan.backup.BackupService;
import org.castellan.backup.DataSet;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.store.InstallationSettings;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * One backup: written online under a temporary name, verified where it was written, renamed to its
 * good name, old backups removed by retention, the success or the failure journaled.
 */
final class BackupRun {

    private final InstallationContext installation;
    private final Media media;
    private final Remembered remembered;
    private final Supplier<List<DataSet>> dataSets;
    private final BackupServiceImpl.CommandRunner shutdown;

    BackupRun(InstallationContext installation, Media media, Remembered remembered, Supplier<List<DataSet>> dataSets,
            BackupServiceImpl.CommandRunner shutdown) {
        this.installation = installation;
        this.media = media;
        this.remembered = remembered;
        this.dataSets = dataSets;
        this.shutdown = shutdown;
    }

    /** Backs up to the remembered medium with these options, remembered for next time. */
    BackupResult backUp(AuthenticatedUser actor, BackupOptions options, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException {
        Objects.requireNonNull(options);
        char[] secret = null;
        if (options.encrypt()) {
            secret = passphrase.filter(p -> p.length > 0).orElseThrow(() -> new BackupException(Problem.PASSPHRASE, Messages.passphraseMissing));
        }
        Path medium = media.ready();
        remembered.saveOptions(options);
        return run(actor, medium, options, secret, true, SubMonitor.convert(monitor, Messages.taskBackup, 100));
    }

    /** @param retention whether to apply retention afterwards (not for the safety backup of a restore, which must not remove the backup restored) */
    BackupResult run(AuthenticatedUser actor, Path medium, BackupOptions options, char[] passphrase, boolean retention, SubMonitor monitor)
            throws BackupException {
        Path folder = installation.folder();
        InstallationSettings settings = installation.settings();
        if (settings.encrypted()) {
            throw new BackupException(Problem.NOT_SUPPORTED, Messages.encryptedAtRest);
        }
        Clock clock = installation.clock();
        Instant created = clock.instant();
        String name = uniqueName(medium, BackupFolder.name(created, clock.getZone()));
        Path partial = medium.resolve(BackupFolder.PARTIAL + name);
        Path scratch = medium.resolve(BackupFolder.SCRATCH + name);
        installation.publishAlone(BackupService.TOPIC_STARTED, "actor", actor.login(), "medium", medium.toString(), "backup", name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        long start = System.nanoTime();
        try {
            removeLeftovers(medium);
            BackupFolder.Description description = write(folder, settings, created, options, partial, monitor);
            Duration writing = Duration.ofNanos(System.nanoTime() - start);

            long verifyStart = System.nanoTime();
            verify(partial, description, options, passphrase, scratch, monitor);
            Failures.stopIfCancelled(monitor);
            Path good = medium.resolve(name);
            Files.move(partial, good, StandardCopyOption.ATOMIC_MOVE);
            Flusher.forceDirectory(medium);
            Duration verifying = Duration.ofNanos(System.nanoTime() - verifyStart);
            return markedGood(actor, good, description, options, retention, writing, verifying, monitor);
        } catch (OperationCanceledException e) {
            throw failed(actor, medium, partial, new BackupException(Problem.CANCELLED, Messages.cancelled, e));
        } catch (IOException e) {
            throw failed(actor, medium, partial, new BackupException(Problem.WRITE_FAILED,
                    NLS.bind(Messages.writeFailed, medium, Failures.describe(e)), e));
        } catch (StoreException e) {
            // Derby's backup procedure fails when the medium does (removed, full, read-only).
            throw failed(actor, medium, partial, new BackupException(Problem.WRITE_FAILED, NLS.bind(Messages.writeFailed, medium, e.getMessage()), e));
        } catch (BackupException e) {
            if (e.problem() == Problem.VERIFICATION_FAILED && (!Files.isDirectory(partial) || !Media.writable(medium))) {
                // The copy did not fail verification: the medium went away under it.
                throw failed(actor, medium, partial, new BackupException(Problem.WRITE_FAILED,
                        NLS.bind(Messages.writeFailed, medium, NLS.bind(Messages.vanished, partial)), e));
            }
            throw failed(actor, medium, partial, e);
        } finally {
            Trees.deleteQuietly(scratch);
        }
    }

    /** Copies the database (online), the configuration and the chosen data sets into {@code partial}, and says what it holds. */
    private BackupFolder.Description write(Path folder, InstallationSettings settings, Instant created, BackupOptions options, Path partial,
            SubMonitor monitor) throws IOException, StoreException, BackupException {
        CastellanStore store = installation.store();
        Files.createDirectory(partial);
        Path payload = partial.resolve(BackupFolder.PAYLOAD);
        Files.createDirectory(payload);
        // The journal's head beside the backup, outside the installation folder: a tail cut off later
        // shows against it. Read before the copy, which therefore holds that row.
        if (store.journal().isPresent()) {
            store.journal().get().writeHead(partial);
        }
        monitor.subTask(Messages.stepDatabase);
        DerbyCopies.backUp(store, folder.resolve(DerbyCopies.DATABASE), payload.resolve(DerbyCopies.DATABASE), monitor.split(40));
        Failures.stopIfCancelled(monitor);
        monitor.subTask(Messages.stepConfiguration);
        Payload.copyConfiguration(folder, payload.resolve(BackupFolder.CONFIGURATION));
        Map<String, String> dataSetPaths = Payload.copyDataSets(folder, dataSets.get(), options, payload.resolve(BackupFolder.DATASETS),
                monitor.split(5));
        BackupFolder.Description description = new BackupFolder.Description(settings.installationId(), installation.name(), created,
                options.compress(), options.encrypt(), dataSetPaths);
        description.write(partial);
        return description;
    }

    /**
     * Verifies the copy where it was written, without a second copy: booting it recovers it as a
     * restore would and shuts it down cleanly. While Derby checks it, the disk writes what was
     * copied and (for a plain backup) the files are hashed, those the boot writes again after.
     * Packs it when asked, then hashes every file and forces it to the medium.
     */
    private void verify(Path partial, BackupFolder.Description description, BackupOptions options, char[] passphrase, Path scratch,
            SubMonitor monitor) throws BackupException, IOException {
        Path payload = partial.resolve(BackupFolder.PAYLOAD);
        monitor.subTask(Messages.stepBootCopy);
        Manifest manifest;
        try (Flusher flusher = new Flusher(partial);
                EarlyManifest early = description.packed() ? null : EarlyManifest.start(partial)) {
            Map<String, Long> rows = Verification.bootInPlace(partial, payload, monitor.split(15));
            Failures.stopIfCancelled(monitor);
            if (description.packed()) {
                monitor.subTask(Messages.stepPacking);
                Manifest.of(payload, BackupFolder.CONTENTS, monitor.split(5)).write(payload.resolve(BackupFolder.CONTENTS));
                Archive.pack(payload, partial.resolve(Archive.fileName(options.encrypt())), options.compress(), passphrase, monitor.split(15));
                Trees.delete(payload);
                // Read back: the archive opens (with the passphrase) and holds what was packed.
                monitor.subTask(Messages.stepChecksums);
                Verification.payload(partial, description, passphrase, scratch, monitor.split(10));
                Trees.delete(scratch);
            } else {
                monitor.worked(30);
            }
            monitor.subTask(Messages.stepManifest);
            BackupFolder.writeRows(partial, rows);
            // Every file is hashed and forced to the medium before the folder is marked good.
            manifest = early == null ? Manifest.of(partial, BackupFolder.MANIFEST, true, monitor.split(10), BackupFolder.VERIFICATION)
                    : early.finish(BackupFolder.MANIFEST, FileTime.from(installation.clock().instant()), monitor.split(10), BackupFolder.VERIFICATION);
        }
        manifest.write(partial.resolve(BackupFolder.MANIFEST));
        Flusher.force(partial.resolve(BackupFolder.MANIFEST), partial.resolve(BackupFolder.VERIFICATION));
    }

    /** Applies retention, journals the success with the last good backup, and shuts the computer down when asked. */
    private BackupResult markedGood(AuthenticatedUser actor, Path good, BackupFolder.Description description, BackupOptions options,
            boolean retention, Duration writing, Duration verifying, SubMonitor monitor) throws IOException, StoreException {
        Path medium = good.getParent();
        BackupRecord record = BackupFolder.record(good, description);
        List<BackupRecord> removed = retention ? Retention.apply(medium, description.installationId(), options, installation.clock().getZone())
                : List.of();
        installation.store().inTransaction(tx -> {
            BackupSettings.write(tx, BackupSettings.LAST_GOOD, description.created().toString());
            BackupSettings.write(tx, BackupSettings.LAST_GOOD_FOLDER, good.toString());
            BackupSettings.write(tx, BackupSettings.MEDIUM_PATH, medium.toString());
            installation.publish(tx, BackupService.TOPIC_SUCCEEDED, "actor", actor.login(), "medium", medium.toString(), //$NON-NLS-1$ //$NON-NLS-2$
                    "backup", good.toString(), "bytes", record.bytes(), //$NON-NLS-1$ //$NON-NLS-2$
                    "removed", removed.stream().map(BackupRecord::name).toArray(String[]::new), //$NON-NLS-1$
                    "compressed", options.compress(), "encrypted", options.encrypt()); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        });
        monitor.done();
        ILog.of(BackupRun.class).info(NLS.bind(Messages.backupLogged, good, record.bytes()));
        boolean shuttingDown = options.shutdownWhenFinished() && shutDown();
        return new BackupResult(record, removed, writing, verifying, FilesystemIdentity.of(medium).removable(), shuttingDown);
    }

    private BackupException failed(AuthenticatedUser actor, Path medium, Path partial, BackupException e) {
        Trees.deleteQuietly(partial);
        ILog log = ILog.of(BackupRun.class);
        if (e.problem() != Problem.CANCELLED) {
            log.error(e.getMessage(), e);
        }
        try {
            installation.publishAlone(BackupService.TOPIC_FAILED, "actor", actor.login(), "medium", medium.toString(), //$NON-NLS-1$ //$NON-NLS-2$
                    "problem", e.problem().name(), "reason", e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (BackupException journal) {
            e.addSuppressed(journal); // the failure is what the user must see; it is in the log
            log.error(journal.getMessage(), journal);
        }
        return e;
    }

    private static String uniqueName(Path medium, String name) {
        String candidate = name;
        for (int i = 2; Files.exists(medium.resolve(candidate)) || Files.exists(medium.resolve(BackupFolder.PARTIAL + candidate)); i++) {
            candidate = name + '-' + i;
        }
        return candidate;
    }

    private static void removeLeftovers(Path medium) throws IOException {
        for (Path leftover : BackupFolder.leftovers(medium)) {
            Trees.deleteQuietly(leftover);
        }
    }

    private boolean shutDown() {
        try {
            String command = installation.store().inTransaction(tx -> BackupSettings.read(tx, BackupSettings.SHUTDOWN_COMMAND))
                    .filter(c -> !c.isBlank()).orElse(BackupSettings.DEFAULT_SHUTDOWN_COMMAND);
            shutdown.start(Arrays.asList(command.trim().split("\\s+"))); //$NON-NLS-1$
            return true;
        } catch (IOException | StoreException e) {
            ILog.of(BackupRun.class).error(NLS.bind(Messages.shutdownFailed, e.getMessage()), e);
            return false;
        }
    }
}
