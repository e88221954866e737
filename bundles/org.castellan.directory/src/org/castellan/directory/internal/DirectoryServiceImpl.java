package org.castellan.directory.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.castellan.directory.ConnectionReport;
import org.castellan.directory.DirectoryService;
import org.castellan.directory.DirectorySettings;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.store.JournaledEvents;
import org.castellan.store.StoreException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** {@link DirectoryService} for administrators: the right is checked here, not in the command line or the editor. */
@Component(service = DirectoryService.class)
public final class DirectoryServiceImpl implements DirectoryService {

    private final CastellanStore store;
    private final AccessControl access;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public DirectoryServiceImpl(@Reference CastellanStore store, @Reference AccessControl access) {
        this(store, access, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand. */
    public DirectoryServiceImpl(CastellanStore store, AccessControl access, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public DirectorySettings settings(AuthenticatedUser actor) throws AccountException {
        requireAdministrator(actor);
        try {
            return store.inTransaction(SettingsReading::read);
        } catch (StoreException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    @Override
    public ConnectionReport testConnection(AuthenticatedUser actor, Optional<String> sampleLogin) throws AccountException {
        requireAdministrator(actor);
        Directory directory;
        try {
            directory = InstallationDirectory.of(store);
        } catch (StoreException | IOException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, DirectoryAnswer.reason(e)), e);
        }
        try {
            return directory.test(sampleLogin.map(String::strip).filter(s -> !s.isEmpty()));
        } finally {
            directory.forget();
        }
    }

    @Override
    public void setServicePassword(AuthenticatedUser actor, char[] password) throws AccountException {
        requireAdministrator(actor);
        ServicePasswordFile file = new ServicePasswordFile(folder());
        try {
            store.inTransaction(tx -> {
                // journaled first, so that a file that cannot be written rolls the journal back
                JournaledEvents.publish(store, tx, () -> events, TOPIC_SERVICE_PASSWORD_CHANGED, "actor", actor.login(), //$NON-NLS-1$
                        "timestamp", clock.millis(), "set", password.length > 0); //$NON-NLS-1$ //$NON-NLS-2$
                try {
                    file.write(password);
                } catch (IOException e) {
                    throw new StoreException(StoreException.Problem.READ_ONLY, NLS.bind(Messages.servicePasswordUnwritable, DirectoryAnswer.reason(e)), e);
                }
                return null;
            });
        } catch (StoreException e) {
            throw new AccountException(e.getMessage(), e);
        }
    }

    @Override
    public boolean servicePasswordSet(AuthenticatedUser actor) throws AccountException {
        requireAdministrator(actor);
        try {
            Optional<char[]> password = new ServicePasswordFile(folder()).read();
            password.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
            return password.isPresent();
        } catch (IOException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, DirectoryAnswer.reason(e)), e);
        }
    }

    /** The password lives where the database credentials do: on the workstation that holds the installation. */
    private Path folder() throws AccountException {
        return store.folder().orElseThrow(() -> new AccountException(Messages.noInstallationFolder));
    }

    private void requireAdministrator(AuthenticatedUser actor) throws AccountException {
        if (actor == null || !access.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new AccountException(Messages.notAdministrator);
        }
    }
}
