package org.castellan.cli.internal;

import java.util.Optional;

/**
 * A command that stops with an exit code other than {@link ExitCode#DONE}; the message is ready to
 * print and says what to do.
 */
final class CommandLineException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final boolean showUsage;
    /** The group of commands whose help follows the message, rather than the whole usage; may be null. */
    private final String usageGroup;

    private CommandLineException(int exitCode, String message, boolean showUsage, String usageGroup, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.showUsage = showUsage;
        this.usageGroup = usageGroup;
    }

    CommandLineException(int exitCode, String message) {
        this(exitCode, message, false, null, null);
    }

    CommandLineException(int exitCode, String message, Throwable cause) {
        this(exitCode, message, false, null, cause);
    }

    /** A command that has printed its own messages and ends with {@code exitCode}. */
    static CommandLineException alreadySaid(int exitCode) {
        return new CommandLineException(exitCode, null, false, null, null);
    }

    /** A wrong command line: exit code {@link ExitCode#USAGE}, and the usage text after the message. */
    static CommandLineException usage(String message) {
        return new CommandLineException(ExitCode.USAGE, message, true, null, null);
    }

    /**
     * A wrong command line of a known group of commands: exit code {@link ExitCode#USAGE}, and only
     * that group's help after the message, which a user reads where the whole usage would bury it.
     */
    static CommandLineException usage(String message, String group) {
        return new CommandLineException(ExitCode.USAGE, message, true, group, null);
    }

    /** This refusal with the help of {@code group} rather than the whole usage, unless it names one already. */
    CommandLineException inGroup(String group) {
        return showUsage && usageGroup == null ? usage(getMessage(), group) : this;
    }

    int exitCode() {
        return exitCode;
    }

    boolean showUsage() {
        return showUsage;
    }

    /** The group whose help follows the message; empty for the whole usage. */
    Optional<String> usageGroup() {
        return Optional.ofNullable(usageGroup);
    }
}
