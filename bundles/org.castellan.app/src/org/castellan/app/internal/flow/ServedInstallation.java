package org.castellan.app.internal.flow;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.castellan.app.internal.Messages;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.MenuOptionsCatalog;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.server.client.Enrolment;
import org.castellan.server.client.PinnedServer;
import org.castellan.server.client.RemoteServices;
import org.castellan.server.client.ServerLogin;
import org.castellan.store.StoreMode;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The installation of an enrolled client workstation: the Castellan server it pinned at
 * enrolment. It holds no database credential and opens no store. The login is the server's
 * ({@link ServerAccounts}); once a user is in, the proxies of {@link RemoteServices#REGISTERED}
 * are published as the services the UI finds (each call runs on the server as the token's user,
 * where the rules are checked), with an {@link AccessControl} that asks the server's decision API
 * and the {@link MenuLevels} of the server's main menu ({@link ServedMenuLevels}),
 * and the session is kept alive by heartbeats through the {@link ServerLogin}. The log-out and
 * {@link #close()} end the token on the server.
 * <p>
 * The session registry is not published (its proxy is not registered): the workbench's local
 * session gate therefore opens no session of its own; the server opened it at the login.
 */
public final class ServedInstallation implements Installation {

    private final BundleContext context;
    private final Enrolment enrolment;
    private final PinnedServer server;
    private final ServerAccounts accounts;
    private final ScheduledExecutorService heartbeats;
    private AutoCloseable services;
    private ServiceRegistration<AccessControl> access;
    private ServiceRegistration<MenuLevels> menu;
    private ServiceRegistration<WorkbenchSession> session;
    private volatile AuthenticatedUser user;
    private ScheduledFuture<?> beat;
    private boolean closed;

    private ServedInstallation(BundleContext context, Enrolment enrolment) {
        this.context = Objects.requireNonNull(context);
        this.enrolment = Objects.requireNonNull(enrolment);
        this.server = enrolment.server();
        this.accounts = new ServerAccounts(server, workstation());
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "Castellan server heartbeat"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The installation of a folder holding this enrolment; nothing is asked of the server yet. */
    public static ServedInstallation of(BundleContext context, Enrolment enrolment) {
        return new ServedInstallation(context, enrolment);
    }

    /** What the Login dialog names: the server the workstation enrolled with. */
    public String installationName() {
        return NLS.bind(Messages.clientInstallationName, enrolment.host() + ':' + enrolment.port());
    }

    @Override
    public AccountService accounts() {
        return accounts;
    }

    /** The login the workstation works in now; empty once logged out. */
    public Optional<ServerLogin> login() {
        return accounts.current();
    }

    /** The token of the login the workstation works in now; a call without one is refused by the server. */
    private String token() {
        return accounts.current().map(ServerLogin::token).orElse(""); //$NON-NLS-1$
    }

    @Override
    public synchronized WorkbenchSession publishSession(String installationName, AuthenticatedUser loggedIn) {
        if (closed) {
            throw new IllegalStateException("closed"); //$NON-NLS-1$
        }
        ServerLogin login = accounts.current().orElseThrow(() -> new IllegalStateException("nobody logged in to the server")); //$NON-NLS-1$
        user = loggedIn;
        if (services == null) {
            services = RemoteServices.register(context, server, this::token, this::post);
            Dictionary<String, Object> properties = new Hashtable<>(Map.of(RemoteServices.REMOTE_PROPERTY, Boolean.TRUE));
            access = context.registerService(AccessControl.class, new ServedAccess(server, this::token, () -> Optional.ofNullable(user)),
                    properties);
            menu = context.registerService(MenuLevels.class, new ServedMenuLevels(server, this::token, () -> Optional.ofNullable(user),
                    this::catalog, RemoteServices.of(MenuLevels.class, server, this::token, this::post)), properties);
        }
        unpublishSession();
        WorkbenchSession published = new WorkbenchSession(installationName, Optional.empty(), StoreMode.CLIENT, 0, loggedIn);
        session = context.registerService(WorkbenchSession.class, published, null);
        keepAlive(login, loggedIn);
        return published;
    }

    /** The options this workstation's bundles declare, over which the server's overrides are put. */
    private Optional<MenuOptionsCatalog> catalog() {
        ServiceReference<MenuOptionsCatalog> reference = context.getServiceReference(MenuOptionsCatalog.class);
        return Optional.ofNullable(reference == null ? null : context.getService(reference));
    }

    /** Heartbeats at the interval the server asks; a session the server ended logs the user out, saying so. */
    private synchronized void keepAlive(ServerLogin login, AuthenticatedUser loggedIn) {
        if (beat != null) {
            beat.cancel(false);
        }
        beat = heartbeats.schedule(() -> heartbeat(login, loggedIn), login.heartbeatInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void heartbeat(ServerLogin login, AuthenticatedUser loggedIn) {
        if (accounts.current().orElse(null) != login) {
            return; // logged out, or another login since
        }
        try {
            if (!login.heartbeat(true)) {
                post(AccountService.TOPIC_SESSION_END_REQUESTED, Map.of("userId", loggedIn.id(), "login", loggedIn.login(), //$NON-NLS-1$ //$NON-NLS-2$
                        "message", Messages.clientSessionEnded)); //$NON-NLS-1$
                return;
            }
        } catch (AccountException e) {
            ILog.of(getClass()).warn(e.getMessage(), e); // the server may be back at the next beat
        }
        synchronized (this) {
            if (!closed && accounts.current().orElse(null) == login) {
                keepAlive(login, loggedIn);
            }
        }
    }

    /** A change made on the server: the views of this workbench refresh as after a local one. */
    private void post(String topic) {
        post(topic, Map.of());
    }

    private void post(String topic, Map<String, ?> properties) {
        ServiceReference<EventAdmin> reference = context.getServiceReference(EventAdmin.class);
        EventAdmin events = reference == null ? null : context.getService(reference);
        if (events == null) {
            return;
        }
        try {
            events.postEvent(new Event(topic, properties));
        } finally {
            context.ungetService(reference);
        }
    }

    @Override
    public synchronized void loggedOut(AuthenticatedUser loggedOut) {
        if (beat != null) {
            beat.cancel(false);
            beat = null;
        }
        accounts.logOut();
    }

    private void unpublishSession() {
        if (session != null) {
            unregister(session);
            session = null;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (beat != null) {
            beat.cancel(false);
        }
        heartbeats.shutdownNow();
        unpublishSession();
        if (access != null) {
            unregister(access);
        }
        if (menu != null) {
            unregister(menu);
        }
        if (services != null) {
            try {
                services.close();
            } catch (Exception e) {
                ILog.of(getClass()).warn(e.getMessage(), e);
            }
        }
        accounts.logOut();
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // already gone with its bundle
        }
    }

    private static String workstation() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "?"; //$NON-NLS-1$
        }
    }
}
