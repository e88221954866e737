package org.castellan.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

/**
 * Reads the passwords of one command, never from its arguments: from standard input, one a line
 * (the acting user's first, then the new one), or at the console without echo (a new password
 * twice).
 */
final class Passwords {

    private final Terminal terminal;
    private final boolean fromStdin;

    Passwords(Terminal terminal, boolean fromStdin) {
        this.terminal = Objects.requireNonNull(terminal);
        this.fromStdin = fromStdin;
    }

    /** The password of the user who acts; the caller overwrites it once used. */
    char[] acting(String login) throws CommandLineException {
        if (fromStdin) {
            return line(NLS.bind(Messages.stdinPasswordMissing, login));
        }
        return typed(NLS.bind(Messages.promptPassword, login));
    }

    /** The new password of a user; the caller overwrites it once used. */
    char[] newPassword(String login, String actor) throws CommandLineException {
        if (fromStdin) {
            return line(NLS.bind(Messages.stdinNewPasswordMissing, login, actor));
        }
        return typedNewPassword(login);
    }

    /** The password of the first administrator of a new installation, whom nobody acts for. */
    char[] firstPassword(String login) throws CommandLineException {
        if (fromStdin) {
            return line(NLS.bind(Messages.stdinFirstPasswordMissing, login));
        }
        return typedNewPassword(login);
    }

    /** The directory service account's new password; the caller overwrites it once used. */
    char[] servicePassword() throws CommandLineException {
        if (fromStdin) {
            return line(Messages.stdinServicePasswordMissing);
        }
        return typedTwice(Messages.promptServicePassword, Messages.promptServicePasswordAgain, Messages.newPasswordsDiffer);
    }

    private char[] typedNewPassword(String login) throws CommandLineException {
        return typedTwice(NLS.bind(Messages.promptNewPassword, login), NLS.bind(Messages.promptNewPasswordAgain, login), Messages.newPasswordsDiffer);
    }

    /** A new secret typed twice at the console; refused when the two differ. */
    char[] typedTwice(String prompt, String again, String whenDifferent) throws CommandLineException {
        char[] first = typed(prompt);
        char[] second = null;
        try {
            second = typed(again);
            if (!Arrays.equals(first, second)) {
                throw new CommandLineException(ExitCode.REFUSED, whenDifferent);
            }
            return first;
        } catch (CommandLineException e) {
            Arrays.fill(first, '\0');
            throw e;
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    private char[] line(String whenMissing) throws CommandLineException {
        try {
            char[] line = terminal.readLine();
            if (line == null) {
                throw new CommandLineException(ExitCode.USAGE, whenMissing);
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private char[] typed(String prompt) throws CommandLineException {
        if (!terminal.hasConsole()) {
            throw new CommandLineException(ExitCode.USAGE, Messages.noConsole);
        }
        char[] typed = terminal.readHidden(prompt);
        if (typed == null) {
            throw new CommandLineException(ExitCode.USAGE, Messages.passwordNotTyped);
        }
        return typed;
    }
}
