package org.castellan.backup.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupException.Problem;
import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupRecord;
import org.castellan.backup.BackupResult;
import org.castellan.backup.BackupService;
import org.castellan.backup.DataSet;
import org.castellan.backup.MediumStatus;
import org.castellan.backup.PendingRestore;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * {@link BackupService} for the installation open on this workstation: checks the actor's rights,
 * then hands the work to the medium ({@link Media}), the backup ({@link BackupRun}), the
 * verification ({@link Verification}) or the restore ({@link Restoration}).
 */
@Component(service = BackupService.class)
public final class BackupServiceImpl implements BackupService {

    /** Starts the command that shuts the computer down; tests give a harmless one. */
    @FunctionalInterface
    public interface CommandRunner {
        void start(List<String> command) throws IOException;
    }

    private final AccessControl access;
    private final IExtensionRegistry registry;
    private final Media media;
    private final Remembered remembered;
    private final BackupRun backups;
    private final Restoration restoration;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    /** Whether this workstation holds the installation's folder (not a client's). */
    private final boolean local;

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
        this.access = Objects.requireNonNull(access);
        this.registry = registry;
        this.local = installation != null;
        InstallationContext context = new InstallationContext(store, installation, clock, () -> events);
        this.media = new Media(context);
        this.remembered = new Remembered(context);
        this.backups = new BackupRun(context, media, remembered, this::dataSets, Objects.requireNonNull(runner));
        this.restoration = new Restoration(context, media, remembered, backups);
    }

    @Override
    public boolean mayBackUp(AuthenticatedUser user) {
        return holds(user, RUN_RIGHT);
    }

    @Override
    public boolean backsUpHere() {
        return local;
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

    @Override
    public MediumStatus medium() {
        return media.remembered();
    }

    @Override
    public MediumStatus medium(Path directory) {
        return media.at(directory);
    }

    @Override
    public MediumStatus medium(AuthenticatedUser actor, Optional<Path> directory) throws BackupException {
        check(actor, RUN_RIGHT);
        return directory.map(media::at).orElseGet(media::remembered);
    }

    @Override
    public MediumStatus initialise(AuthenticatedUser actor, Path directory) throws BackupException {
        check(actor, RUN_RIGHT);
        return media.initialise(actor, directory);
    }

    @Override
    public BackupOptions options() throws BackupException {
        return remembered.options();
    }

    @Override
    public void saveOptions(AuthenticatedUser actor, BackupOptions options) throws BackupException {
        check(actor, RUN_RIGHT);
        remembered.saveOptions(options);
    }

    @Override
    public List<DataSet> dataSets() {
        return ExtensionDataSets.read(registry);
    }

    @Override
    public Optional<Instant> lastGoodBackup() throws BackupException {
        return remembered.lastGoodBackup();
    }

    @Override
    public boolean overdue() throws BackupException {
        return remembered.overdue();
    }

    @Override
    public synchronized BackupResult backUp(AuthenticatedUser actor, BackupOptions options, Optional<char[]> passphrase,
            IProgressMonitor monitor) throws BackupException {
        check(actor, RUN_RIGHT);
        return backups.backUp(actor, options, passphrase, monitor);
    }

    @Override
    public List<BackupRecord> backups(Path medium) throws BackupException {
        return media.backups(medium);
    }

    @Override
    public BackupRecord verify(AuthenticatedUser actor, Path backup, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException {
        check(actor, RUN_RIGHT);
        return Verification.verify(backup, passphrase, monitor);
    }

    @Override
    public Path restore(AuthenticatedUser actor, Path backup, Path newFolder, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException {
        check(actor, RESTORE_RIGHT);
        return restoration.restore(actor, backup, newFolder, passphrase, monitor);
    }

    @Override
    public PendingRestore restoreOverCurrent(AuthenticatedUser actor, Path backup, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException {
        check(actor, RESTORE_RIGHT);
        return restoration.restoreOverCurrent(actor, backup, passphrase, monitor);
    }
}
