package org.castellan.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupRecord;
import org.castellan.backup.BackupService;
import org.castellan.backup.MediumStatus;

/**
 * {@code backup list --format json}: the good backups on a medium, newest first, as the backup's own
 * {@code backup list} finds them (the initialised medium unless {@code --medium}), one object each.
 */
record BackupListing(BackupService backups, PrintStream out) {

    private static final List<String> KEYS = List.of("name", "created", "bytes", "encrypted", "compressed", "data_sets", "folder"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    /** A problem of the medium ends the command with the backup's exit code for it (5, 6). */
    void print(Optional<String> medium) throws CommandLineException {
        try {
            List<BackupRecord> found = backups.backups(medium.isPresent() ? Path.of(medium.get()) : initialised());
            JsonOutput.printArray(out, KEYS, found.stream().map(b -> List.<Object>of(b.name(), b.created(), b.bytes(), b.encrypted(), b.compressed(),
                    List.copyOf(new TreeSet<>(b.dataSets())), b.folder().toAbsolutePath().toString())).toList());
        } catch (BackupException e) {
            throw CommandLine.backupFailed(e);
        }
    }

    private Path initialised() throws BackupException {
        MediumStatus status = backups.medium();
        if (!status.ready()) {
            throw new BackupException(status.state() == MediumStatus.State.ABSENT ? BackupException.Problem.MEDIUM_ABSENT
                    : BackupException.Problem.MEDIUM_UNINITIALISED, status.message());
        }
        return status.directory();
    }
}
