package org.castellan.store;

import java.util.Objects;

/**
 * A problem with the installation's data that a person must act on. The message says what
 * happened, where, and what to do; it is meant to be shown as it is.
 *
 * @since 0.1
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently (exit codes, retry offers). */
    public enum Problem {
        /** The folder given as installation is a file, or otherwise unusable. */
        NOT_A_FOLDER,
        /** The installation folder holds no Castellan installation where one was expected. */
        NOT_AN_INSTALLATION,
        /** The installation exists but its database folder is gone. */
        DATABASE_MISSING,
        /** The folder cannot be written by this program. */
        READ_ONLY,
        /** Another process (Castellan or not) has the database open. */
        IN_USE,
        /** Derby cannot read the database: files are damaged or not a database. */
        DAMAGED,
        /** The database was written by a newer Castellan. */
        SCHEMA_TOO_NEW,
        /** The encryption passphrase is missing or wrong. */
        BOOT_PASSWORD,
        /** The database refused the installation's own credentials. */
        AUTHENTICATION,
        /** The database server of a shared installation cannot be reached. */
        SERVER_UNREACHABLE,
        /** Someone else changed or deleted the object since it was read. */
        CONFLICT,
        /** A unique name is already taken. */
        DUPLICATE,
        /**
         * The seals of the security tables: their key file is missing or unreadable, or a row to
         * be written was changed outside Castellan.
         *
         * @since 0.1
         */
        SEALS,
        /** Anything else the database reported. */
        DATABASE_ERROR
    }

    private final Problem problem;

    public StoreException(Problem problem, String message) {
        this(problem, message, null);
    }

    public StoreException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem);
    }

    public Problem problem() {
        return problem;
    }
}
