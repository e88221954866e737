package org.castellan.app.internal.flow;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.castellan.app.internal.Messages;
import org.castellan.app.internal.StartupException;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.StoreRegistration;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * An open installation store published as an OSGi service, so that the services of every concern
 * (the account service first) bind to it. Closing unpublishes the session and the store, then
 * closes the store.
 */
public final class PublishedStore implements Installation {

    /** How long the account service may take to appear once the store is published. */
    public static final Duration ACCOUNT_SERVICE_TIMEOUT = Duration.ofSeconds(5);

    private final BundleContext context;
    private final CastellanStore store;
    private final StoreRegistration storeRegistration;
    private ServiceRegistration<WorkbenchSession> sessionRegistration;
    private boolean closed;

    private PublishedStore(BundleContext context, StoreRegistration registration) {
        this.context = context;
        this.store = registration.store();
        this.storeRegistration = registration;
    }

    /** Registers the store as the {@link CastellanStore} service; the caller gives up closing it. */
    public static PublishedStore publish(BundleContext context, CastellanStore store) {
        Objects.requireNonNull(context);
        return new PublishedStore(context, StoreRegistration.publish(context, store));
    }

    public CastellanStore store() {
        return store;
    }

    /**
     * The account service bound to this store, waiting at most {@link #ACCOUNT_SERVICE_TIMEOUT}
     * for Declarative Services to activate it.
     *
     * @throws StartupException if it does not appear (its bundle is missing or failed to start)
     */
    @Override
    public AccountService accounts() throws StartupException {
        try {
            Optional<AccountService> service = storeRegistration.awaitService(AccountService.class, ACCOUNT_SERVICE_TIMEOUT);
            if (service.isEmpty()) {
                throw new StartupException(NLS.bind(Messages.accountServiceMissing, ACCOUNT_SERVICE_TIMEOUT.toSeconds(), describe()));
            }
            return service.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException(NLS.bind(Messages.accountServiceMissing, ACCOUNT_SERVICE_TIMEOUT.toSeconds(), describe()), e);
        }
    }

    /** The name given to the installation at its first start. */
    public String installationName() throws StoreException {
        String name = store.installationName();
        return name == null || name.isBlank() ? describe() : name;
    }

    /** Publishes who is logged in; replaces an earlier session of this store. */
    @Override
    public synchronized WorkbenchSession publishSession(String installationName, AuthenticatedUser user) {
        WorkbenchSession session = new WorkbenchSession(installationName, store.folder(), store.mode(), store.schemaVersion(), user);
        unpublishSession();
        sessionRegistration = context.registerService(WorkbenchSession.class, session, null);
        return session;
    }

    private String describe() {
        return store.folder().map(Object::toString).orElse(Messages.sharedInstallation);
    }

    private void unpublishSession() {
        if (sessionRegistration != null) {
            unregister(sessionRegistration);
            sessionRegistration = null;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        unpublishSession();
        storeRegistration.close();
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // already gone with its bundle
        }
    }
}
