package org.castellan.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupRecord;
import org.castellan.backup.BackupResult;
import org.castellan.backup.BackupService;
import org.castellan.backup.DataSet;
import org.castellan.backup.MediumStatus;
import org.castellan.backup.MediumStatus.State;
import org.castellan.backup.PendingRestore;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.store.JournaledEvents;
import org.castellan.store.InstallationSettings;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** {@link BackupService} for the installation open on this workstation. */
@Component(service = BackupService.class)
public final class BackupServiceImpl implements BackupService {

    /** Starts the command that shuts the computer down; tests give a harmless one. */
    @FunctionalInterface
    public interface CommandRunner {
        void start(List<String> command) throws IOException;
    }

    private static final String LOCK = "castellan.lock"; //$NON-NLS-1$

    private final CastellanStore store;
    private final Path installation;
    private final AccessControl access;
    private final IExtensionRegistry registry;
    private final Clock clock;
    private final CommandRunner runner;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For Declarative Services: the open installation's store. */
    @Activate
    public BackupServiceImpl(@Reference CastellanStore store, @Reference AccessControl access, @Reference IExtensionRegistry registry) {
        this(store, store.folder().orElse(null), access, registry, Clock.systemDefaultZone(),
                command -> new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    /**
     * For headless programs and tests.
     *
     * @param installation the installation folder on this workstation, null on a client workstation
     *                     (which cannot back up: the database is on the server)
     * @param registry     the extension registry for data sets, or null for none
     */
    public BackupServiceImpl(CastellanStore store, Path installation, AccessControl access, IExtensionRegistry registry, Clock clock,
            CommandRunner runner) {
        this.store = Objects.requireNonNull(store);
        this.installation = installation == null ? null : installation.toAbsolutePath().normalize();
        this.access = Objects.requireNonNull(access);
        this.registry = registry;
        this.clock = Objects.requireNonNull(clock);
        this.runner = Objects.requireNonNull(runner);
    }

    // ---- rights -----------------------------------------------------------------------------

    @Override
    public boolean mayBackUp(AuthenticatedUser user) {
        return holds(user, RUN_RIGHT);
    }

    @Override
    public boolean mayRestore(AuthenticatedUser user) {
        return holds(user, RESTORE_RIGHT);
    }

    private boolean holds(AuthenticatedUser user, String right) {
        return user != null && (access.hasRight(user.id(), right) || access.hasRight(user.id(), AccountService.ADMINISTER_RIGHT));
    }

    private void check(AuthenticatedUser actor, String right) throws BackupException {
        if (!holds(actor, right)) {
            throw new BackupException(Problem.NOT_ALLOWED, RUN_RIGHT.equals(right) ? Messages.notAllowedBackup : Messages.notAllowedRestore);
        }
    }

    // ---- medium -----------------------------------------------------------------------------

    @Override
    public MediumStatus medium() {
        Optional<String> path;
        try {
            path = store.inTransaction(tx -> BackupSettings.read(tx, BackupSettings.MEDIUM_PATH));
        } catch (StoreException e) {
            return new MediumStatus(State.ABSENT, null, e.getMessage(), Optional.empty(), Optional.empty());
        }
        if (path.isEmpty()) {
            return new MediumStatus(State.ABSENT, null, Messages.noMediumYet, Optional.empty(), Optional.empty());
        }
        Path remembered = Path.of(path.get());
        MediumStatus there = medium(remembered);
        if (there.state() != State.ABSENT && there.state() != State.UNINITIALISED) {
            return there;
        }
        // Recognised by its marker wherever it is mounted now, never by the path alone.
        for (FilesystemIdentity.Mount mount : FilesystemIdentity.mounts()) {
            for (Path candidate : List.of(mount.point(), mount.point().resolve(remembered.getFileName().toString()))) {
                if (!candidate.equals(remembered) && Files.isRegularFile(candidate.resolve(MediumMarker.FILE))) {
                    MediumStatus found = medium(candidate);
                    if (found.ready()) {
                        return found;
                    }
                }
            }
        }
        return new MediumStatus(State.ABSENT, remembered, NLS.bind(Messages.mediumAbsent, remembered), Optional.empty(), Optional.empty());
    }

    @Override
    public MediumStatus medium(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            return status(State.ABSENT, dir, NLS.bind(Messages.mediumAbsent, dir), null);
        }
        if (!Files.isDirectory(dir)) {
            return status(State.UNUSABLE, dir, NLS.bind(Messages.targetIsAFile, dir), null);
        }
        MediumMarker marker;
        try {
            marker = MediumMarker.read(dir).orElse(null);
        } catch (IOException e) {
            return status(State.UNUSABLE, dir, NLS.bind(Messages.markerUnreadable, dir, e.getMessage()), null);
        }
        if (marker == null) {
            return status(State.UNINITIALISED, dir, NLS.bind(Messages.mediumUninitialised, dir), null);
        }
        String ours;
        try {
            ours = installationId();
        } catch (BackupException e) {
            return status(State.UNUSABLE, dir, e.getMessage(), marker);
        }
        if (!marker.installationId().equals(ours)) {
            return status(State.FOREIGN, dir, NLS.bind(Messages.mediumForeign, new Object[] { dir, marker.installationName(),
                    marker.initialised(), MediumMarker.FILE }), marker);
        }
        FilesystemIdentity filesystem = FilesystemIdentity.of(dir);
        if (marker.filesystemUuid().isPresent() && filesystem.uuid().isPresent() && !marker.filesystemUuid().equals(filesystem.uuid())) {
            return status(State.FOREIGN, dir, NLS.bind(Messages.markerCopied, new Object[] { dir, marker.filesystemUuid().get(),
                    filesystem.uuid().get() }), marker);
        }
        if (!writable(dir)) {
            return status(State.UNUSABLE, dir, NLS.bind(Messages.targetNotWritable, dir), marker);
        }
        return status(State.READY, dir, "", marker); //$NON-NLS-1$
    }

    private static MediumStatus status(State state, Path dir, String message, MediumMarker marker) {
        return new MediumStatus(state, dir, message, Optional.ofNullable(marker).map(MediumMarker::mediumId),
                Optional.ofNullable(marker).map(MediumMarker::initialised));
    }

    /** A real write, which also catches read-only mounts and full media that permission bits do not show. */
    private static boolean writable(Path dir) {
        Path probe = dir.resolve(".castellan-write-check-" + UUID.randomUUID()); //$NON-NLS-1$
        try {
            Files.writeString(probe, "probe"); //$NON-NLS-1$
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public MediumStatus initialise(AuthenticatedUser actor, Path directory) throws BackupException {
        check(actor, RUN_RIGHT);
        Path dir = directory.toAbsolutePath().normalize();
        Path folder = folder();
        if (dir.startsWith(folder)) {
            throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.targetInsideInstallation, dir, folder));
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.targetIsAFile, dir));
        }
        if (!Files.exists(dir)) {
            if (dir.getParent() == null || !Files.isDirectory(dir.getParent())) {
                throw new BackupException(Problem.MEDIUM_ABSENT, NLS.bind(Messages.mediumAbsent, dir));
            }
            try {
                Files.createDirectory(dir);
            } catch (IOException e) {
                throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.targetNotWritable, dir), e);
            }
        }
        MediumStatus before = medium(dir);
        if (before.state() == State.UNUSABLE) {
            throw new BackupException(Problem.TARGET_UNUSABLE, before.message());
        }
        boolean ours = isOurs(dir);
        if (before.state() == State.FOREIGN && !ours) {
            throw new BackupException(Problem.MEDIUM_FOREIGN, before.message());
        }
        FilesystemIdentity filesystem = FilesystemIdentity.of(dir);
        MediumMarker marker = new MediumMarker(before.mediumId().filter(id -> ours && before.state() != State.FOREIGN).orElse(UUID.randomUUID().toString()),
                installationId(), installationName(), clock.instant(), filesystem.uuid(), filesystem.label());
        try {
            marker.write(dir);
            store.inTransaction(tx -> {
                BackupSettings.write(tx, BackupSettings.MEDIUM_ID, marker.mediumId());
                BackupSettings.write(tx, BackupSettings.MEDIUM_PATH, dir.toString());
                publish(tx, TOPIC_MEDIUM_INITIALISED, "actor", actor.login(), "medium", dir.toString(), "mediumId", marker.mediumId(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "filesystemUuid", filesystem.uuid().orElse(null), "filesystemLabel", filesystem.label().orElse(null)); //$NON-NLS-1$ //$NON-NLS-2$
                return null;
            });
        } catch (IOException e) {
            throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.targetNotWritable, dir), e);
        } catch (StoreException e) {
            throw new BackupException(Problem.DATABASE, e.getMessage(), e);
        }
        return medium(dir);
    }

    /** Whether the directory's marker is this installation's (a re-initialisation keeps the medium's id). */
    private boolean isOurs(Path dir) {
        try {
            String ours = installationId();
            return MediumMarker.read(dir).map(m -> m.installationId().equals(ours)).orElse(false);
        } catch (IOException | BackupException e) {
            return false;
        }
    }

    // ---- options ----------------------------------------------------------------------------

    @Override
    public BackupOptions options() throws BackupException {
        try {
            return store.inTransaction(BackupSettings::options);
        } catch (StoreException e) {
            throw new BackupException(Problem.DATABASE, e.getMessage(), e);
        }
    }

    @Override
    public void saveOptions(AuthenticatedUser actor, BackupOptions options) throws BackupException {
        check(actor, RUN_RIGHT);
        try {
            store.inTransaction(tx -> {
                BackupSettings.save(tx, options);
                return null;
            });
        } catch (StoreException e) {
            throw new BackupException(Problem.DATABASE, e.getMessage(), e);
        }
    }

    @Override
    public List<DataSet> dataSets() {
        return ExtensionDataSets.read(registry);
    }

    @Override
    public Optional<Instant> lastGoodBackup() throws BackupException {
        try {
            Optional<Instant> recorded = store.inTransaction(tx -> BackupSettings.read(tx, BackupSettings.LAST_GOOD)).flatMap(v -> {
                try {
                    return Optional.of(Instant.parse(v.trim()));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            });
            // A restored installation is the state of the backup it came from (the server's workstation knows which).
            Optional<Instant> restoredFrom = installation == null ? Optional.empty() : RestoredFrom.created(installation);
            return Stream.of(recorded, restoredFrom).flatMap(Optional::stream).max(Comparator.naturalOrder());
        } catch (StoreException e) {
            throw new BackupException(Problem.DATABASE, e.getMessage(), e);
        }
    }

    @Override
    public boolean overdue() throws BackupException {
        // Never backed up: overdue once the installation is a day old, so its very first start does not warn.
        Instant since = lastGoodBackup().or(this::created).orElse(Instant.EPOCH);
        return Duration.between(since, clock.instant()).compareTo(OVERDUE_AFTER) > 0;
    }

    /** When the installation was created, as its installation.properties says. */
    private Optional<Instant> created() {
        if (installation == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(PropertiesFiles.load(installation.resolve("installation.properties")) //$NON-NLS-1$
                    .getProperty("installation.created")).map(String::trim).map(Instant::parse); //$NON-NLS-1$
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // ---- backup -----------------------------------------------------------------------------

    @Override
    public synchronized BackupResult backUp(AuthenticatedUser actor, BackupOptions options, Optional<char[]> passphrase,
            IProgressMonitor monitor) throws BackupException {
        check(actor, RUN_RIGHT);
        Objects.requireNonNull(options);
        char[] secret = null;
        if (options.encrypt()) {
            secret = passphrase.filter(p -> p.length > 0).orElseThrow(() -> new BackupException(Problem.PASSPHRASE, Messages.passphraseMissing));
        }
        MediumStatus medium = medium();
        if (!medium.ready()) {
            throw refusal(medium);
        }
        saveOptions(actor, options);
        return run(actor, medium.directory(), options, secret, true, SubMonitor.convert(monitor, Messages.taskBackup, 100));
    }

    private static BackupException refusal(MediumStatus medium) {
        Problem problem = switch (medium.state()) {
            case ABSENT -> Problem.MEDIUM_ABSENT;
            case UNINITIALISED -> Problem.MEDIUM_UNINITIALISED;
            case FOREIGN -> Problem.MEDIUM_FOREIGN;
            case UNUSABLE, READY -> Problem.TARGET_UNUSABLE;
        };
        return new BackupException(problem, medium.message());
    }

    /** @param retention whether to apply retention afterwards (not for the safety backup of a restore, which must not remove the backup restored) */
    private BackupResult run(AuthenticatedUser actor, Path medium, BackupOptions options, char[] passphrase, boolean retention,
            SubMonitor monitor) throws BackupException {
        Path folder = folder();
        InstallationSettings settings = installationSettings();
        if (settings.encrypted()) {
            throw new BackupException(Problem.NOT_SUPPORTED, Messages.encryptedAtRest);
        }
        Instant created = clock.instant();
        String name = uniqueName(medium, BackupFolder.name(created, clock.getZone()));
        Path partial = medium.resolve(BackupFolder.PARTIAL + name);
        Path scratch = medium.resolve(BackupFolder.SCRATCH + name);
        publishAlone(TOPIC_STARTED, "actor", actor.login(), "medium", medium.toString(), "backup", name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        long start = System.nanoTime();
        try {
            removeLeftovers(medium);
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
            cancelled(monitor);
            monitor.subTask(Messages.stepConfiguration);
            copyConfiguration(folder, payload.resolve(BackupFolder.CONFIGURATION));
            Map<String, String> dataSetPaths = copyDataSets(folder, options, payload.resolve(BackupFolder.DATASETS), monitor.split(5));
            BackupFolder.Description description = new BackupFolder.Description(settings.installationId(), installationName(), created,
                    options.compress(), options.encrypt(), dataSetPaths);
            description.write(partial);
            Duration writing = Duration.ofNanos(System.nanoTime() - start);

            long verifyStart = System.nanoTime();
            // Verified where it was written, without a second copy: booting the copy recovers it as a
            // restore would and shuts it down cleanly. While Derby checks it, the disk writes what was
            // copied and (for a plain backup) the files are hashed, those the boot writes again after.
            monitor.subTask(Messages.stepBootCopy);
            Manifest manifest;
            try (Flusher flusher = new Flusher(partial);
                    EarlyManifest early = description.packed() ? null : EarlyManifest.start(partial)) {
                Map<String, Long> rows = bootAndCheck(partial, payload, monitor.split(15));
                cancelled(monitor);
                if (description.packed()) {
                    monitor.subTask(Messages.stepPacking);
                    Manifest.of(payload, BackupFolder.CONTENTS, monitor.split(5)).write(payload.resolve(BackupFolder.CONTENTS));
                    Archive.pack(payload, partial.resolve(Archive.fileName(options.encrypt())), options.compress(), passphrase, monitor.split(15));
                    Trees.delete(payload);
                    // Read back: the archive opens (with the passphrase) and holds what was packed.
                    monitor.subTask(Messages.stepChecksums);
                    payload(partial, description, passphrase, scratch, monitor.split(10));
                    Trees.delete(scratch);
                } else {
                    monitor.worked(30);
                }
                monitor.subTask(Messages.stepManifest);
                BackupFolder.writeRows(partial, rows);
                // Every file is hashed and forced to the medium before the folder is marked good.
                manifest = early == null ? Manifest.of(partial, BackupFolder.MANIFEST, true, monitor.split(10), BackupFolder.VERIFICATION)
                        : early.finish(BackupFolder.MANIFEST, FileTime.from(clock.instant()), monitor.split(10), BackupFolder.VERIFICATION);
            }
            manifest.write(partial.resolve(BackupFolder.MANIFEST));
            force(partial.resolve(BackupFolder.MANIFEST), partial.resolve(BackupFolder.VERIFICATION));
            cancelled(monitor);
            Path good = medium.resolve(name);
            Files.move(partial, good, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(medium);
            Duration verifying = Duration.ofNanos(System.nanoTime() - verifyStart);

            BackupRecord record = BackupFolder.record(good, description);
            List<BackupRecord> removed = retention ? applyRetention(medium, settings.installationId(), options) : List.of();
            store.inTransaction(tx -> {
                BackupSettings.write(tx, BackupSettings.LAST_GOOD, created.toString());
                BackupSettings.write(tx, BackupSettings.LAST_GOOD_FOLDER, good.toString());
                BackupSettings.write(tx, BackupSettings.MEDIUM_PATH, medium.toString());
                publish(tx, TOPIC_SUCCEEDED, "actor", actor.login(), "medium", medium.toString(), "backup", good.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "bytes", record.bytes(), "removed", removed.stream().map(BackupRecord::name).toArray(String[]::new), //$NON-NLS-1$ //$NON-NLS-2$
                        "compressed", options.compress(), "encrypted", options.encrypt()); //$NON-NLS-1$ //$NON-NLS-2$
                return null;
            });
            monitor.done();
            Log.info(getClass(), NLS.bind(Messages.backupLogged, good, record.bytes()));
            boolean shuttingDown = options.shutdownWhenFinished() && shutDown();
            return new BackupResult(record, removed, writing, verifying, FilesystemIdentity.of(medium).removable(), shuttingDown);
        } catch (OperationCanceledException e) {
            throw failed(actor, medium, partial, new BackupException(Problem.CANCELLED, Messages.cancelled, e));
        } catch (IOException e) {
            throw failed(actor, medium, partial, new BackupException(Problem.WRITE_FAILED,
                    NLS.bind(Messages.writeFailed, medium, describe(e)), e));
        } catch (StoreException e) {
            // Derby's backup procedure fails when the medium does (removed, full, read-only).
            throw failed(actor, medium, partial, new BackupException(Problem.WRITE_FAILED, NLS.bind(Messages.writeFailed, medium, e.getMessage()), e));
        } catch (BackupException e) {
            if (e.problem() == Problem.VERIFICATION_FAILED && (!Files.isDirectory(partial) || !writable(medium))) {
                // The copy did not fail verification: the medium went away under it.
                throw failed(actor, medium, partial, new BackupException(Problem.WRITE_FAILED,
                        NLS.bind(Messages.writeFailed, medium, NLS.bind(Messages.vanished, partial)), e));
            }
            throw failed(actor, medium, partial, e);
        } finally {
            Trees.deleteQuietly(scratch);
        }
    }

    private BackupException failed(AuthenticatedUser actor, Path medium, Path partial, BackupException e) {
        Trees.deleteQuietly(partial);
        if (e.problem() != Problem.CANCELLED) {
            Log.error(getClass(), e.getMessage(), e);
        }
        try {
            publishAlone(TOPIC_FAILED, "actor", actor.login(), "medium", medium.toString(), "problem", e.problem().name(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "reason", e.getMessage()); //$NON-NLS-1$
        } catch (BackupException journal) {
            e.addSuppressed(journal); // the failure is what the user must see; it is in the log
            Log.error(getClass(), journal.getMessage(), journal);
        }
        return e;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return NLS.bind(Messages.vanished, message);
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void cancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
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

    /** The installation's own files (settings, credentials): every regular file of its folder but the lock. */
    private static void copyConfiguration(Path folder, Path into) throws IOException {
        Files.createDirectory(into);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : entries) {
                String name = file.getFileName().toString();
                if (!name.equals(LOCK) && !name.startsWith(".castellan-write-check")) { //$NON-NLS-1$
                    Files.copy(file, into.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private Map<String, String> copyDataSets(Path folder, BackupOptions options, Path into, SubMonitor monitor) throws IOException {
        Map<String, String> paths = new LinkedHashMap<>();
        for (DataSet dataSet : dataSets()) {
            if (!options.dataSets().contains(dataSet.id())) {
                continue;
            }
            monitor.subTask(NLS.bind(Messages.stepDataSet, dataSet.label()));
            Path source = folder.resolve(dataSet.path()).normalize();
            if (!Files.isDirectory(into)) {
                Files.createDirectory(into);
            }
            Path target = into.resolve(dataSet.id());
            if (Files.isDirectory(source)) {
                Trees.copy(source, target, monitor);
            } else {
                Files.createDirectory(target);
            }
            paths.put(dataSet.id(), dataSet.path());
        }
        return paths;
    }

    /**
     * Boots the copy in {@code payload} where it is (another database than the installation's),
     * checks every table, counts its rows and shuts it down cleanly.
     */
    private static Map<String, Long> bootAndCheck(Path partial, Path payload, SubMonitor monitor) throws BackupException, IOException {
        Path database = payload.resolve(DerbyCopies.DATABASE);
        DerbyCopies.Credentials credentials = DerbyCopies.Credentials.read(
                payload.resolve(BackupFolder.CONFIGURATION).resolve("credentials.properties")); //$NON-NLS-1$
        Map<String, Long> rows;
        try {
            rows = DerbyCopies.checkAndCount(database, null, credentials, monitor);
        } catch (SQLException e) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.copyDoesNotBoot, partial, rootMessage(e)), e);
        }
        DerbyCopies.removeBootLeftovers(database);
        return rows;
    }

    /** Forces a folder's files to the medium in the background; best effort, the checksums force them again. */
    private static final class Flusher implements AutoCloseable {
        private final Thread thread;
        private volatile boolean stop;

        Flusher(Path folder) {
            thread = new Thread(() -> {
                try {
                    for (String file : Trees.files(folder)) {
                        if (stop) {
                            return;
                        }
                        force(folder.resolve(file));
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // the checksums' pass forces every file again and reports what fails
                }
            }, "castellan-backup-flush"); //$NON-NLS-1$
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            stop = true;
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void force(Path... files) throws IOException {
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }

    /** Makes a rename in the directory durable where the system allows it (Linux does, not every system can open a directory). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            Log.warn(BackupServiceImpl.class, "Could not force " + dir + " to the medium: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private List<BackupRecord> applyRetention(Path medium, String installationId, BackupOptions options) {
        List<BackupRecord> removed = new ArrayList<>();
        try {
            for (BackupRecord old : Retention.toRemove(BackupFolder.good(medium, installationId), options.dailyKept(), options.weeklyKept(),
                    clock.getZone())) {
                // Renamed first: a half-removed backup never looks good.
                Path removing = medium.resolve(BackupFolder.REMOVING + old.name());
                Files.move(old.folder(), removing, StandardCopyOption.ATOMIC_MOVE);
                Trees.deleteQuietly(removing);
                removed.add(old);
            }
        } catch (IOException e) {
            Log.warn(getClass(), NLS.bind(Messages.retentionFailed, medium, e.getMessage()), e);
        }
        return removed;
    }

    private boolean shutDown() {
        try {
            String command = store.inTransaction(tx -> BackupSettings.read(tx, BackupSettings.SHUTDOWN_COMMAND))
                    .filter(c -> !c.isBlank()).orElse(BackupSettings.DEFAULT_SHUTDOWN_COMMAND);
            runner.start(Arrays.asList(command.trim().split("\\s+"))); //$NON-NLS-1$
            return true;
        } catch (IOException | StoreException e) {
            Log.error(getClass(), NLS.bind(Messages.shutdownFailed, e.getMessage()), e);
            return false;
        }
    }

    // ---- verification -----------------------------------------------------------------------

    @Override
    public List<BackupRecord> backups(Path medium) throws BackupException {
        try {
            return BackupFolder.good(medium.toAbsolutePath().normalize(), installationId());
        } catch (IOException e) {
            throw new BackupException(Problem.MEDIUM_ABSENT, NLS.bind(Messages.mediumAbsent, medium), e);
        }
    }

    @Override
    public BackupRecord verify(AuthenticatedUser actor, Path backup, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException {
        check(actor, RUN_RIGHT);
        Path folder = backup.toAbsolutePath().normalize();
        BackupFolder.Description description = describeGood(folder);
        Path scratch = folder.resolveSibling(BackupFolder.SCRATCH + UUID.randomUUID());
        try {
            Map<String, Long> rows = verifyFolder(folder, description, secret(description, passphrase), scratch,
                    SubMonitor.convert(monitor, Messages.taskVerify, 100));
            compareRows(folder, rows);
            return BackupFolder.record(folder, description);
        } catch (IOException e) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.verificationFailed, folder, describe(e)), e);
        } catch (OperationCanceledException e) {
            throw new BackupException(Problem.CANCELLED, Messages.cancelled, e);
        } finally {
            Trees.deleteQuietly(scratch);
        }
    }

    private static BackupFolder.Description describeGood(Path folder) throws BackupException {
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

    private static char[] secret(BackupFolder.Description description, Optional<char[]> passphrase) throws BackupException {
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
    private Map<String, Long> verifyFolder(Path folder, BackupFolder.Description description, char[] passphrase, Path scratch,
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
            DerbyCopies.Credentials credentials = DerbyCopies.Credentials.read(
                    payload.resolve(BackupFolder.CONFIGURATION).resolve("credentials.properties")); //$NON-NLS-1$
            return DerbyCopies.checkAndCount(copied ? database : scratch.resolve(DerbyCopies.DATABASE), copied ? null : database, credentials,
                    monitor.split(40));
        } catch (SQLException e) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.copyDoesNotBoot, folder, rootMessage(e)), e);
        }
    }

    /** Where the payload can be read: the backup's own folder, or unpacked (and checked) into scratch. */
    private static Path payload(Path folder, BackupFolder.Description description, char[] passphrase, Path scratch, SubMonitor monitor)
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
        } catch (Encryption.TamperedException | java.util.zip.ZipException e) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.verificationFailed, folder, e.getMessage()), e);
        }
        checkManifest(unpacked, BackupFolder.CONTENTS, monitor.split(30));
        return unpacked;
    }

    private static void checkManifest(Path folder, String name, SubMonitor monitor) throws BackupException, IOException {
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

    private static void compareRows(Path folder, Map<String, Long> rows) throws BackupException, IOException {
        Optional<Map<String, Long>> recorded = BackupFolder.readRows(folder);
        if (recorded.isPresent() && !recorded.get().equals(rows)) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.rowsDiffer, folder));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.getMessage() : t.getMessage();
    }

    // ---- restore ----------------------------------------------------------------------------

    @Override
    public Path restore(AuthenticatedUser actor, Path backup, Path newFolder, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException {
        check(actor, RESTORE_RIGHT);
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
        BackupFolder.Description description = describeGood(backup);
        char[] secret = secret(description, passphrase);
        Path parent = target.getParent();
        Path staging = parent.resolve('.' + target.getFileName().toString() + ".restoring-" + UUID.randomUUID()); //$NON-NLS-1$
        Path scratch = staging.resolve(BackupFolder.SCRATCH + "unpacked"); //$NON-NLS-1$
        try {
            Files.createDirectories(parent);
            Files.createDirectory(staging);
            monitor.subTask(Messages.stepChecksums);
            checkManifest(backup, BackupFolder.MANIFEST, monitor.split(20));
            Path payload = payload(backup, description, secret, scratch, monitor.split(20));
            monitor.subTask(Messages.stepRestoreFiles);
            Trees.copy(payload.resolve(BackupFolder.CONFIGURATION), staging, monitor.split(5));
            for (Map.Entry<String, String> dataSet : description.dataSetPaths().entrySet()) {
                Path source = payload.resolve(BackupFolder.DATASETS).resolve(dataSet.getKey());
                if (Files.isDirectory(source) && ExtensionDataSets.relative(dataSet.getValue())) {
                    Files.createDirectories(staging.resolve(dataSet.getValue()).getParent());
                    Trees.copy(source, staging.resolve(dataSet.getValue()), monitor.split(1));
                }
            }
            monitor.subTask(Messages.stepRestoreDatabase);
            DerbyCopies.Credentials credentials = DerbyCopies.Credentials.read(staging.resolve("credentials.properties")); //$NON-NLS-1$
            Map<String, Long> rows = DerbyCopies.checkAndCount(staging.resolve(DerbyCopies.DATABASE), payload.resolve(DerbyCopies.DATABASE),
                    credentials, monitor.split(50));
            compareRows(backup, rows);
            Trees.delete(scratch);
            cancelled(monitor);
            RestoredFrom.write(staging, backup, description.created());
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, checked before
            }
            // Journaled with the move: no restore without its journal entry, no entry for a restore that did not happen.
            store.inTransaction(tx -> {
                publish(tx, TOPIC_RESTORED, "actor", actor.login(), "backup", backup.toString(), "folder", target.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "created", description.created().toString()); //$NON-NLS-1$
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (IOException e) {
            throw new BackupException(Problem.WRITE_FAILED, NLS.bind(Messages.restoreFailed, new Object[] { backup, target, describe(e) }), e);
        } catch (UncheckedIOException e) {
            throw new BackupException(Problem.WRITE_FAILED, NLS.bind(Messages.restoreFailed, new Object[] { backup, target, describe(e.getCause()) }),
                    e.getCause());
        } catch (StoreException e) {
            throw new BackupException(Problem.DATABASE, NLS.bind(Messages.journalFailed, e.getMessage()), e);
        } catch (SQLException e) {
            throw new BackupException(Problem.VERIFICATION_FAILED, NLS.bind(Messages.copyDoesNotBoot, backup, rootMessage(e)), e);
        } catch (OperationCanceledException e) {
            throw new BackupException(Problem.CANCELLED, Messages.cancelled, e);
        } finally {
            Trees.deleteQuietly(staging);
        }
    }

    @Override
    public PendingRestore restoreOverCurrent(AuthenticatedUser actor, Path backup, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException {
        check(actor, RESTORE_RIGHT);
        Path folder = folder();
        SubMonitor sub = SubMonitor.convert(monitor, Messages.taskRestore, 100);
        BackupOptions options = options();
        // The current installation is backed up first, with the remembered options; encrypted only if a passphrase was given.
        BackupOptions safety = options.encrypt() && passphrase.isEmpty()
                ? new BackupOptions(options.compress(), false, false, options.dataSets(), options.dailyKept(), options.weeklyKept())
                : new BackupOptions(options.compress(), options.encrypt(), false, options.dataSets(), options.dailyKept(), options.weeklyKept());
        MediumStatus medium = medium();
        if (!medium.ready()) {
            throw refusal(medium);
        }
        BackupResult before = run(actor, medium.directory(), safety, safety.encrypt() ? passphrase.get() : null, false, sub.split(40));
        String stamp = BackupFolder.name(clock.instant(), clock.getZone()).substring(BackupFolder.PREFIX.length());
        Path prepared = folder.resolveSibling(folder.getFileName() + ".restored-" + stamp); //$NON-NLS-1$
        restoreInto(actor, backup.toAbsolutePath().normalize(), prepared, passphrase, sub.split(60));
        return new Pending(folder, prepared, folder.resolveSibling(folder.getFileName() + ".before-restore-" + stamp), before.backup()); //$NON-NLS-1$
    }

    /** A prepared restore over the current installation. */
    private static final class Pending implements PendingRestore {
        private final Path folder;
        private final Path prepared;
        private final Path aside;
        private final BackupRecord safety;

        Pending(Path folder, Path prepared, Path aside, BackupRecord safety) {
            this.folder = folder;
            this.prepared = prepared;
            this.aside = aside;
            this.safety = safety;
        }

        @Override
        public Path folder() {
            return folder;
        }

        @Override
        public BackupRecord safetyBackup() {
            return safety;
        }

        @Override
        public Path complete() throws BackupException {
            if (stillOpen(folder)) {
                throw new BackupException(Problem.TARGET_UNUSABLE, NLS.bind(Messages.stillOpen, folder));
            }
            try {
                Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new BackupException(Problem.WRITE_FAILED, NLS.bind(Messages.swapFailed, folder, describe(e)), e);
            }
            try {
                Files.move(prepared, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                try {
                    Files.move(aside, folder, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException back) {
                    e.addSuppressed(back);
                }
                throw new BackupException(Problem.WRITE_FAILED, NLS.bind(Messages.swapFailed, folder, describe(e)), e);
            }
            return aside;
        }

        @Override
        public void abandon() {
            Trees.deleteQuietly(prepared);
        }

        /** Whether a Castellan (this process or another) still holds the installation's lock. */
        private static boolean stillOpen(Path folder) {
            Path lock = folder.resolve(LOCK);
            if (!Files.exists(lock)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
                FileLock held = channel.tryLock();
                if (held == null) {
                    return true;
                }
                held.release();
                return false;
            } catch (OverlappingFileLockException e) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    // ---- the installation ---------------------------------------------------------------------

    private Path folder() throws BackupException {
        if (installation == null) {
            throw new BackupException(Problem.NOT_SUPPORTED, Messages.clientWorkstation);
        }
        return installation;
    }

    private InstallationSettings installationSettings() throws BackupException {
        try {
            return CastellanStore.settings(folder()).orElseThrow(() -> new BackupException(Problem.NOT_SUPPORTED,
                    NLS.bind(Messages.notAnInstallation, installation)));
        } catch (StoreException e) {
            throw new BackupException(Problem.NOT_SUPPORTED, e.getMessage(), e);
        }
    }

    private String installationId() throws BackupException {
        return installationSettings().installationId();
    }

    private String installationName() throws BackupException {
        try {
            return store.installationName();
        } catch (StoreException e) {
            throw new BackupException(Problem.DATABASE, e.getMessage(), e);
        }
    }

    /**
     * Journals an event in {@code tx} (when the installation has a journal: a journal that cannot
     * be written fails the transaction) and posts it on EventAdmin once {@code tx} has committed.
     * {@code properties} alternate names and values; null values are left out.
     */
    private void publish(Transaction tx, String topic, Object... properties) throws StoreException {
        Map<String, Object> map = JournaledEvents.pairs(properties);
        map.put("timestamp", clock.millis()); //$NON-NLS-1$
        JournaledEvents.publish(store, tx, () -> events, topic, map);
    }

    /** {@link #publish} in a transaction of its own, for an event that changes nothing else. */
    private void publishAlone(String topic, Object... properties) throws BackupException {
        try {
            store.inTransaction(tx -> {
                publish(tx, topic, properties);
                return null;
            });
        } catch (StoreException e) {
            throw new BackupException(Problem.DATABASE, NLS.bind(Messages.journalFailed, e.getMessage()), e);
        }
    }
}
