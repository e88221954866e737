package org.castellan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.PasswordPolicy;
import org.castellan.store.CastellanStore;
import org.castellan.store.InstallationOpener;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.store.StoreRegistration;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;

/**
 * {@code castellan init}: creates an installation and its first administrator without a display,
 * as the First start dialog does, so that an installer can script a set-up from nothing. What can
 * be checked is checked before anything is created; when the security service still refuses the
 * administrator, what was created is removed again: a failed init leaves the folder as it was.
 */
record InstallationInit(BundleContext context, Path folder, Passwords passwords, Terminal terminal, String passphraseVariable, PrintStream err) {

    void run(Invocation invocation) throws CommandLineException {
        String name = invocation.value(Invocation.NAME).orElseThrow().strip();
        String login = invocation.value(Invocation.ADMIN).orElseThrow();
        if (name.isEmpty()) {
            throw CommandLineException.usage(Messages.initNameEmpty);
        }
        if (login.isBlank() || !login.equals(login.strip())) {
            throw CommandLineException.usage(NLS.bind(Messages.initLoginBad, login));
        }
        refuseAnInstallation();
        Optional<NewInstallation.Listen> server = invocation.server();
        char[] password = passwords.firstPassword(login);
        char[] passphrase = null;
        try {
            List<String> broken = PasswordPolicy.DEFAULT.check(password);
            if (!broken.isEmpty()) {
                throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.initPasswordBreaksRules, login, String.join(" ", broken))); //$NON-NLS-1$
            }
            NewInstallation options = NewInstallation.unencrypted(name);
            if (invocation.flag(Invocation.ENCRYPT)) {
                passphrase = newPassphrase();
                options = NewInstallation.encrypted(name, passphrase);
            }
            if (server.isPresent()) {
                options = options.servedAt(server.get());
            }
            create(options, login, invocation.value(Invocation.ADMIN_NAME).orElse("").strip(), password); //$NON-NLS-1$
        } finally {
            Arrays.fill(password, '\0');
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
        err.println(NLS.bind(Messages.initDone, new Object[] { name, folder, login }));
        server.ifPresent(listen -> err.println(NLS.bind(Messages.initServed, listen.host(), listen.port())));
    }

    private void refuseAnInstallation() throws CommandLineException {
        try {
            if (InstallationOpener.holdsInstallation(folder)) {
                throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.initAlreadyAnInstallation, folder));
            }
        } catch (StoreException e) {
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
        }
    }

    /** The encryption passphrase: the environment variable, else typed twice at the console. */
    private char[] newPassphrase() throws CommandLineException {
        char[] passphrase;
        if (passphraseVariable != null && !passphraseVariable.isEmpty()) {
            passphrase = passphraseVariable.toCharArray();
        } else if (terminal.hasConsole()) {
            passphrase = passwords.typedTwice(Messages.promptNewPassphrase, Messages.promptNewPassphraseAgain, Messages.initPassphrasesDiffer);
        } else {
            throw new CommandLineException(ExitCode.USAGE, Messages.initPassphraseMissing);
        }
        if (passphrase.length < NewInstallation.MINIMUM_PASSPHRASE_LENGTH) {
            Arrays.fill(passphrase, '\0');
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.initPassphraseTooShort, NewInstallation.MINIMUM_PASSPHRASE_LENGTH));
        }
        return passphrase;
    }

    private void create(NewInstallation options, String login, String displayName, char[] password) throws CommandLineException {
        Set<Path> before = entries();
        boolean existed = Files.isDirectory(folder);
        CastellanStore store;
        try {
            store = CastellanStore.create(folder, options);
        } catch (StoreException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
        }
        boolean done = false;
        try (StoreRegistration published = StoreRegistration.publish(context, store)) {
            OpenInstallation.service(published, AccountService.class, folder).createFirstAdministrator(login, displayName, password);
            done = true;
        } catch (AccountException e) {
            throw new CommandLineException(ExitCode.REFUSED, e.getMessage(), e);
        } finally {
            if (!done) {
                removeCreated(existed, before);
            }
        }
    }

    /** What the folder held before; nothing when it did not exist. */
    private Set<Path> entries() {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return new HashSet<>(list.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what the failed init created: the folder itself when it made it, else only the new entries. */
    private void removeCreated(boolean existed, Set<Path> before) {
        try {
            if (!existed) {
                deleteTree(folder);
                return;
            }
            for (Path entry : entries()) {
                if (!before.contains(entry)) {
                    deleteTree(entry);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            ILog.of(getClass()).error(NLS.bind(Messages.initNotRemoved, folder), e);
            err.println(NLS.bind(Messages.problem, NLS.bind(Messages.initNotRemoved, folder)));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
