package org.castellan.backup;

import java.util.Objects;

/**
 * A backup, verification or restore that could not be done. The message says what happened and
 * what to do, and is meant to be shown as it is; {@link #problem()} lets callers react (the
 * command line's exit code, the wizard's "initialise the medium" offer).
 *
 * @since 0.1
 */
public class BackupException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** The user does not hold the right to back up or restore. */
        NOT_ALLOWED,
        /** The initialised medium is not there (not inserted, not mounted). */
        MEDIUM_ABSENT,
        /** The directory holds no medium marker: it must be initialised first. */
        MEDIUM_UNINITIALISED,
        /** The medium was initialised for another installation, or its marker was copied from another disk. */
        MEDIUM_FOREIGN,
        /** The target is a file, or cannot be written. */
        TARGET_UNUSABLE,
        /** Writing the backup failed (medium removed or full, read-only, input/output error). */
        WRITE_FAILED,
        /** A backup did not pass verification: damaged, tampered with, or incomplete. */
        VERIFICATION_FAILED,
        /** The passphrase of an encrypted backup is missing or wrong. */
        PASSPHRASE,
        /** The person cancelled; nothing was marked good. */
        CANCELLED,
        /** The installation cannot be backed up from here (a client workstation, encrypted at rest). */
        NOT_SUPPORTED,
        /** The database reported an error. */
        DATABASE
    }

    private final Problem problem;

    public BackupException(Problem problem, String message) {
        this(problem, message, null);
    }

    public BackupException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem);
    }

    public Problem problem() {
        return problem;
    }
}
