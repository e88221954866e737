package org.castellan.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Daily backup of the open installation to a medium (a USB key, an external disk, a mounted
 * network share), its verification, and restore.
 * <p>
 * A medium is recognised by the marker written when it is initialised for this installation
 * (its id, the installation's id, the filesystem's UUID or label where the system gives one),
 * never by its mount path: a backup refuses a directory without a marker, with another
 * installation's marker or with a marker copied from another disk, and never writes anywhere
 * else instead. A backup is online (Derby's backup procedure while the installation stays in use),
 * is written under a temporary name, verified (checksums of a manifest, the copy booted on its
 * own and every table checked) and only then renamed to its final, good name; retention then
 * removes older good backups, never the newest one.
 * <p>
 * Only users holding {@link #RUN_RIGHT} (or {@link #RESTORE_RIGHT} to restore) or
 * {@link AccountService#ADMINISTER_RIGHT} may act; the service checks it.
 * <p>
 * Published events (OSGi EventAdmin), each with {@code actor}, {@code timestamp}, {@code medium}
 * and, where they apply, {@code backup}, {@code bytes}, {@code reason}, {@code problem}:
 * {@value #TOPIC_STARTED}, {@value #TOPIC_SUCCEEDED}, {@value #TOPIC_FAILED},
 * {@value #TOPIC_MEDIUM_INITIALISED}, {@value #TOPIC_RESTORED}.
 *
 * @since 0.1
 */
public interface BackupService {

    /** Right to initialise media, back up and verify. */
    String RUN_RIGHT = "org.castellan.backup.run"; //$NON-NLS-1$
    /** Right to restore a backup. */
    String RESTORE_RIGHT = "org.castellan.backup.restore"; //$NON-NLS-1$

    String TOPIC_STARTED = "org/castellan/backup/STARTED"; //$NON-NLS-1$
    String TOPIC_SUCCEEDED = "org/castellan/backup/SUCCEEDED"; //$NON-NLS-1$
    String TOPIC_FAILED = "org/castellan/backup/FAILED"; //$NON-NLS-1$
    String TOPIC_MEDIUM_INITIALISED = "org/castellan/backup/MEDIUM_INITIALISED"; //$NON-NLS-1$
    String TOPIC_RESTORED = "org/castellan/backup/RESTORED"; //$NON-NLS-1$

    /** A last good backup older than this is overdue: the workbench warns administrators. */
    Duration OVERDUE_AFTER = Duration.ofHours(24);

    /** Whether the user may back up (and initialise media, verify). */
    boolean mayBackUp(AuthenticatedUser user);

    /**
     * Whether backups can run on this workstation: it holds the installation's database. False on a
     * client workstation, whose backups run on the server: nothing here should offer to back up.
     */
    boolean backsUpHere();

    /** Whether the user may restore. */
    boolean mayRestore(AuthenticatedUser user);

    /** The remembered medium, looked for by its identity wherever it is mounted now. */
    MediumStatus medium();

    /** What a backup would find in this directory. */
    MediumStatus medium(Path directory);

    /**
     * The medium as a user who may back up sees it (the command line's {@code media show}): the
     * remembered one ({@link #medium()}), or what a backup would find in {@code directory}
     * ({@link #medium(Path)}).
     *
     * @throws BackupException {@link BackupException.Problem#NOT_ALLOWED} unless {@code actor}
     *                         {@link #mayBackUp may back up}
     */
    MediumStatus medium(AuthenticatedUser actor, Optional<Path> directory) throws BackupException;

    /**
     * Initialises a directory as this installation's backup medium (writes its marker) and
     * remembers it. Refuses a file, an unwritable directory and another installation's medium.
     */
    MediumStatus initialise(AuthenticatedUser actor, Path directory) throws BackupException;

    /** The remembered options, or {@link BackupOptions#DEFAULT}. */
    BackupOptions options() throws BackupException;

    /** Remembers options for the next backups. */
    void saveOptions(AuthenticatedUser actor, BackupOptions options) throws BackupException;

    /** The optional data sets installed bundles contribute. */
    List<DataSet> dataSets();

    /**
     * Backs up to the remembered medium with these options (remembered for next time), verifies
     * the backup, marks it good and applies retention; then runs the shutdown command if asked.
     *
     * @param passphrase required when {@code options.encrypt()}; overwritten by the caller afterwards
     * @throws BackupException nothing was marked good; earlier good backups are untouched
     */
    BackupResult backUp(AuthenticatedUser actor, BackupOptions options, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException;

    /** The good backups of this installation on a medium, newest first. */
    List<BackupRecord> backups(Path medium) throws BackupException;

    /** Verifies a good backup again (tampering, decay of the medium). */
    BackupRecord verify(AuthenticatedUser actor, Path backup, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException;

    /**
     * Restores a good backup into a new installation folder (missing or empty), and verifies the
     * restored installation. The folder then opens like any installation.
     */
    Path restore(AuthenticatedUser actor, Path backup, Path newFolder, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException;

    /**
     * Prepares a restore over the current installation: backs the current one up to the medium
     * first, then restores and verifies the chosen backup next to it. The caller closes the
     * installation and calls {@link PendingRestore#complete()}, or asks
     * {@link PendingRestore#completeWhenClosed()} before the store is closed.
     */
    PendingRestore restoreOverCurrent(AuthenticatedUser actor, Path backup, Optional<char[]> passphrase, IProgressMonitor monitor)
            throws BackupException;

    /** When the last backup marked good was taken, on any medium. */
    Optional<Instant> lastGoodBackup() throws BackupException;

    /**
     * Whether the last good backup is older than {@link #OVERDUE_AFTER}; without any, whether the
     * installation is older than that (its first start does not warn).
     */
    boolean overdue() throws BackupException;
}
