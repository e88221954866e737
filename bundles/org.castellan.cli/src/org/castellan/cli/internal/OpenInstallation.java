package org.castellan.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.audit.AuditJournal;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.RoleAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.store.CastellanStore;
import org.castellan.store.InstallationOpener;
import org.castellan.store.StoreException;
import org.castellan.store.StoreRegistration;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;

/**
 * An installation opened the way the workbench opens it ({@link InstallationOpener}), its store
 * published so that the security services (Declarative Services) bind to it. Closing it releases
 * the services and closes the store.
 */
final class OpenInstallation implements AutoCloseable {

    /** How long the security services may take to appear once the store is published. */
    static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(10);

    private final StoreRegistration registration;
    private final AccountService accounts;
    private final UserAdministration users;
    private final RoleAdministration roles;

    private OpenInstallation(StoreRegistration registration, AccountService accounts, UserAdministration users, RoleAdministration roles) {
        this.registration = registration;
        this.accounts = accounts;
        this.users = users;
        this.roles = roles;
    }

    /**
     * Opens the installation; when the workbench (or another command) holds it open and shares it,
     * goes through that program's network server instead: a second program never boots the same
     * Derby database.
     */
    private static CastellanStore openOrGoThroughServer(Path folder, PassphraseSource passphrases) throws StoreException, CommandLineException {
        Optional<CastellanStore> opened;
        try {
            opened = new InstallationOpener(passphrases).open(folder);
        } catch (StoreException e) {
            if (e.problem() != StoreException.Problem.IN_USE) {
                throw e;
            }
            try {
                return CastellanStore.openThroughServer(folder);
            } catch (StoreException through) {
                if (through.problem() != StoreException.Problem.IN_USE) {
                    throw through;
                }
                // Not shared: who holds it (the first message) and what to do (the second).
                throw new StoreException(StoreException.Problem.IN_USE, e.getMessage() + ' ' + through.getMessage(), e);
            }
        }
        if (opened.isEmpty()) {
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, passphrases.whyNone());
        }
        return opened.get();
    }

    /** @throws CommandLineException with {@link ExitCode#INSTALLATION_UNUSABLE} */
    static OpenInstallation open(BundleContext context, Path folder, PassphraseSource passphrases) throws CommandLineException {
        CastellanStore store;
        try {
            if (!InstallationOpener.holdsInstallation(folder)) {
                throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, NLS.bind(Messages.notAnInstallation, folder));
            }
            store = openOrGoThroughServer(folder, passphrases);
        } catch (StoreException e) {
            ILog.of(OpenInstallation.class).error(e.getMessage(), e);
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
        }
        StoreRegistration registration = StoreRegistration.publish(context, store);
        boolean handedOver = false;
        try {
            OpenInstallation installation = new OpenInstallation(registration, service(registration, AccountService.class, folder),
                    service(registration, UserAdministration.class, folder), service(registration, RoleAdministration.class, folder));
            if (installation.accounts.needsFirstAdministrator()) {
                throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, NLS.bind(Messages.noAdministrator, folder));
            }
            handedOver = true;
            return installation;
        } catch (AccountException e) {
            ILog.of(OpenInstallation.class).error(e.getMessage(), e);
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
        } finally {
            if (!handedOver) {
                registration.close();
            }
        }
    }

    /** A service bound to the published store, waited for; none in time is an unusable installation. */
    static <S> S service(StoreRegistration registration, Class<S> type, Path folder) throws CommandLineException {
        String missing = NLS.bind(Messages.servicesMissing, SERVICE_TIMEOUT.toSeconds(), folder);
        try {
            Optional<S> service = registration.awaitService(type, SERVICE_TIMEOUT);
            if (service.isEmpty()) {
                ILog.of(OpenInstallation.class).error(missing + " (" + type.getName() + ')'); //$NON-NLS-1$
                throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, missing);
            }
            return service.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, missing, e);
        }
    }

    /** Another concern's service bound to this installation (the menu levels...). */
    <S> S service(Class<S> type) throws CommandLineException {
        return service(registration, type, Path.of(Messages.sharedFolder));
    }

    /** The audit journal and the right checks, asked only by the commands that need them. */
    AuditJournal audit() throws CommandLineException {
        return service(AuditJournal.class);
    }

    AccessControl access() throws CommandLineException {
        return service(AccessControl.class);
    }

    AccountService accounts() {
        return accounts;
    }

    UserAdministration users() {
        return users;
    }

    RoleAdministration roles() {
        return roles;
    }

    @Override
    public void close() {
        registration.close();
    }
}
