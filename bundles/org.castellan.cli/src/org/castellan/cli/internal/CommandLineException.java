package org.castellan.cli.internal;

/**
 * A command that stops with an exit code other than {@link ExitCode#DONE}; the message is ready to
 * print and says what to do.
 */
final class CommandLineException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final boolean showUsage;

    private CommandLineException(int exitCode, String message, boolean showUsage, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.showUsage = showUsage;
    }

    CommandLineException(int exitCode, String message) {
        this(exitCode, message, false, null);
    }

    CommandLineException(int exitCode, String message, Throwable cause) {
        this(exitCode, message, false, cause);
    }

    /** A command that has printed its own messages and ends with {@code exitCode}. */
    static CommandLineException alreadySaid(int exitCode) {
        return new CommandLineException(exitCode, null, false, null);
    }

    /** A wrong command line: exit code {@link ExitCode#USAGE}, and the usage text after the message. */
    static CommandLineException usage(String message) {
        return new CommandLineException(ExitCode.USAGE, message, true, null);
    }

    int exitCode() {
        return exitCode;
    }

    boolean showUsage() {
        return showUsage;
    }
}
