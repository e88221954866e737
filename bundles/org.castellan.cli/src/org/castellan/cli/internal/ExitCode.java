package org.castellan.cli.internal;

/** The exit codes of the command line, as its usage text documents them. */
public final class ExitCode {

    /** Done. */
    public static final int DONE = 0;
    /** A service refused the change by one of its rules; nothing was changed. */
    public static final int REFUSED = 1;
    /** The command line is wrong, or the passwords it announces are missing. */
    public static final int USAGE = 2;
    /** The installation cannot be opened (none there, in use, damaged, encrypted without passphrase). */
    public static final int INSTALLATION_UNUSABLE = 3;
    /** The user who acts could not be authenticated. */
    public static final int AUTHENTICATION_FAILED = 4;
    /** The audit journal's hash chain is broken: a row was altered or removed. */
    public static final int JOURNAL_BROKEN = 5;

    private ExitCode() {
    }
}
