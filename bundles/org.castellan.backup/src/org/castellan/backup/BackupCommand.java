package org.castellan.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.castellan.backup.internal.Messages;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan backup run|verify|list|restore}, as plain Java for the command line to
 * dispatch to once it has opened the installation and authenticated the user who acts: the
 * arguments after {@code backup}, the output streams, and the exit code back. Messages and
 * progress go to {@code err}, listings to {@code out}.
 *
 * <pre>
 * backup run                              back up to the initialised medium with the remembered options
 * backup list [--medium DIR]              the good backups on the medium, newest first
 * backup verify BACKUP                    verify a backup folder again
 * backup restore BACKUP --into DIR        restore into a new (or empty) installation folder
 * backup restore BACKUP --over            restore over the current installation, after backing it up
 * </pre>
 *
 * Exit codes 0 to 4 mean what they mean for every command of {@code castellan}; the others are the
 * backup's own (see {@link #MEDIUM_ABSENT} and the following).
 *
 * @since 0.1
 */
public final class BackupCommand {

    /** Done. */
    public static final int DONE = 0;
    /** Refused by a rule (the user lacks the right, the target folder is not empty). */
    public static final int REFUSED = 1;
    /** Wrong arguments; the usage is printed. */
    public static final int USAGE = 2;
    /** The initialised medium is absent (not inserted, not mounted): insert it and run again. */
    public static final int MEDIUM_ABSENT = 5;
    /** The medium is not initialised for this installation, belongs to another one, or cannot be written. */
    public static final int MEDIUM_REFUSED = 6;
    /** The backup or restore failed while writing (medium removed or full) or was cancelled; nothing marked good. */
    public static final int FAILED = 7;
    /** A backup did not pass verification (damaged, tampered with). */
    public static final int VERIFICATION_FAILED = 8;
    /** The passphrase of an encrypted backup is missing or wrong. */
    public static final int PASSPHRASE = 9;

    /** {@code backup list} prints tab-separated lines for scripts: ISO-like dates, whatever the language. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"); //$NON-NLS-1$

    private final BackupService service;
    private final AuthenticatedUser actor;
    private final Supplier<Optional<char[]>> passphrase;
    private final Runnable closeInstallation;

    /**
     * @param passphrase        asked only when a backup is (or is to be) encrypted; the command overwrites it after use
     * @param closeInstallation closes the installation (store and lock) before a restore over it is completed
     */
    public BackupCommand(BackupService service, AuthenticatedUser actor, Supplier<Optional<char[]>> passphrase, Runnable closeInstallation) {
        this.service = Objects.requireNonNull(service);
        this.actor = Objects.requireNonNull(actor);
        this.passphrase = Objects.requireNonNull(passphrase);
        this.closeInstallation = Objects.requireNonNull(closeInstallation);
    }

    /** Runs one command; never throws. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        List<String> a = Arrays.asList(args);
        try {
            if (a.isEmpty()) {
                return usage(err);
            }
            switch (a.get(0)) {
                case "run" -> { //$NON-NLS-1$
                    if (a.size() != 1) {
                        return usage(err);
                    }
                    BackupOptions options = service.options();
                    BackupResult result = withPassphrase(options.encrypt(),
                            p -> service.backUp(actor, options, p, progress(err)));
                    err.println(NLS.bind(Messages.commandBackedUp, result.backup().folder(),
                            NumberFormat.getIntegerInstance().format(result.backup().bytes())));
                    if (result.shuttingDown()) {
                        err.println(Messages.commandShuttingDown);
                    } else if (result.removable()) {
                        err.println(Messages.commandRemovable);
                    }
                }
                case "list" -> { //$NON-NLS-1$
                    Path medium;
                    if (a.size() == 3 && a.get(1).equals("--medium")) { //$NON-NLS-1$
                        medium = Path.of(a.get(2));
                    } else if (a.size() == 1) {
                        MediumStatus status = service.medium();
                        if (!status.ready()) {
                            throw new BackupException(status.state() == MediumStatus.State.ABSENT ? BackupException.Problem.MEDIUM_ABSENT
                                    : BackupException.Problem.MEDIUM_UNINITIALISED, status.message());
                        }
                        medium = status.directory();
                    } else {
                        return usage(err);
                    }
                    for (BackupRecord backup : service.backups(medium)) {
                        out.println(backup.name() + '\t' + DATE.format(backup.created().atZone(ZoneId.systemDefault())) + '\t'
                                + backup.bytes() + '\t' + (backup.encrypted() ? "encrypted" : "plain") //$NON-NLS-1$ //$NON-NLS-2$
                                + (backup.compressed() ? ",compressed" : "") + '\t' + backup.folder()); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                case "verify" -> { //$NON-NLS-1$
                    if (a.size() != 2) {
                        return usage(err);
                    }
                    Path backup = Path.of(a.get(1));
                    BackupRecord verified = withPassphrase(encrypted(backup), p -> service.verify(actor, backup, p, progress(err)));
                    err.println(NLS.bind(Messages.commandVerified, verified.folder()));
                }
                case "restore" -> { //$NON-NLS-1$
                    return restore(a, err);
                }
                default -> {
                    return usage(err);
                }
            }
            return DONE;
        } catch (BackupException e) {
            err.println(e.getMessage());
            return exitCode(e.problem());
        } catch (RuntimeException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            err.println(NLS.bind(Messages.commandUnexpected, e));
            return FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int restore(List<String> a, PrintStream err) throws BackupException {
        if (a.size() < 3) {
            return usage(err);
        }
        Path backup = Path.of(a.get(1));
        if (a.size() == 4 && a.get(2).equals("--into")) { //$NON-NLS-1$
            Path into = Path.of(a.get(3));
            withPassphrase(encrypted(backup), p -> service.restore(actor, backup, into, p, progress(err)));
            err.println(NLS.bind(Messages.commandRestored, backup, into));
            return DONE;
        }
        if (a.size() == 3 && a.get(2).equals("--over")) { //$NON-NLS-1$
            PendingRestore pending = withPassphrase(encrypted(backup) || service.options().encrypt(),
                    p -> service.restoreOverCurrent(actor, backup, p, progress(err)));
            closeInstallation.run();
            Path aside = pending.complete();
            err.println(NLS.bind(Messages.commandRestoredOver, new Object[] { backup, pending.folder(), aside, pending.safetyBackup().folder() }));
            return DONE;
        }
        return usage(err);
    }

    /** Whether a backup folder says it is encrypted; a folder that says nothing is left to the service to refuse. */
    private static boolean encrypted(Path backup) {
        return java.nio.file.Files.exists(backup.resolve("payload.zip.aes")); //$NON-NLS-1$
    }

    @FunctionalInterface
    private interface WithPassphrase<T> {
        T run(Optional<char[]> passphrase) throws BackupException;
    }

    private <T> T withPassphrase(boolean needed, WithPassphrase<T> work) throws BackupException {
        Optional<char[]> given = needed ? passphrase.get() : Optional.empty();
        try {
            return work.run(given);
        } finally {
            given.ifPresent(p -> Arrays.fill(p, '\0'));
        }
    }

    private static NullProgressMonitor progress(PrintStream err) {
        return new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                if (name != null && !name.isEmpty()) {
                    err.println(name);
                }
            }

            @Override
            public void subTask(String name) {
                if (name != null && !name.isEmpty()) {
                    err.println("  " + name); //$NON-NLS-1$
                }
            }
        };
    }

    private static int usage(PrintStream err) {
        err.print(Messages.commandUsage);
        return USAGE;
    }

    /** The exit code of a problem, as documented on the constants. */
    public static int exitCode(BackupException.Problem problem) {
        return switch (problem) {
            case NOT_ALLOWED, NOT_SUPPORTED, DATABASE -> REFUSED;
            case MEDIUM_ABSENT -> MEDIUM_ABSENT;
            case MEDIUM_UNINITIALISED, MEDIUM_FOREIGN, TARGET_UNUSABLE -> MEDIUM_REFUSED;
            case WRITE_FAILED, CANCELLED -> FAILED;
            case VERIFICATION_FAILED -> VERIFICATION_FAILED;
            case PASSPHRASE -> PASSPHRASE;
        };
    }
}
