package org.castellan.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.castellan.store.InstallationOpener.PassphrasePrompt;
import org.eclipse.osgi.util.NLS;

/**
 * The passphrase of an encrypted installation: the environment variable
 * {@value #PASSPHRASE_VARIABLE} (tried once), else asked at the console (three tries). When it
 * gives up, {@link #whyNone()} says why.
 */
final class PassphraseSource implements PassphrasePrompt {

    static final String PASSPHRASE_VARIABLE = "CASTELLAN_PASSPHRASE"; //$NON-NLS-1$
    private static final int CONSOLE_TRIES = 3;

    private final String fromEnvironment;
    private final Terminal terminal;
    private final PrintStream err;
    private int asked;
    private String whyNone = Messages.passphraseCancelled;

    PassphraseSource(String fromEnvironment, Terminal terminal, PrintStream err) {
        this.fromEnvironment = fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment;
        this.terminal = Objects.requireNonNull(terminal);
        this.err = Objects.requireNonNull(err);
    }

    @Override
    public Optional<char[]> ask(Path folder, Optional<String> problem) {
        asked++;
        if (fromEnvironment != null) {
            if (problem.isPresent()) {
                whyNone = problem.get();
                return Optional.empty();
            }
            return Optional.of(fromEnvironment.toCharArray());
        }
        if (!terminal.hasConsole()) {
            whyNone = NLS.bind(Messages.passphraseMissing, folder);
            return Optional.empty();
        }
        if (problem.isPresent()) {
            whyNone = problem.get();
            if (asked > CONSOLE_TRIES) {
                return Optional.empty();
            }
            err.println(NLS.bind(Messages.problem, problem.get()));
        }
        char[] typed = terminal.readHidden(NLS.bind(Messages.promptPassphrase, folder));
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(typed);
    }

    /** The passphrase of an encrypted backup: the environment variable given, else asked at the console. */
    Optional<char[]> backupPassphrase() {
        if (fromEnvironment != null) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        if (!terminal.hasConsole()) {
            return Optional.empty();
        }
        char[] typed = terminal.readHidden(Messages.promptBackupPassphrase);
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(typed);
    }

    /** Why no passphrase opened the installation. */
    String whyNone() {
        return whyNone;
    }
}
