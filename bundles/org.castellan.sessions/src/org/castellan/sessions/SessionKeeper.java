package org.castellan.sessions;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;

/**
 * Keeps one open session alive: heartbeats it at the installation's interval on a daemon thread
 * and tells a listener what each heartbeat brought. Closing it closes the session (a clean exit);
 * a crashed process simply stops heartbeating and its session turns stale.
 *
 * @since 0.1
 */
public final class SessionKeeper implements AutoCloseable {

    /** Told of every heartbeat, on the keeper's thread. */
    public interface Listener {
        void heartbeat(Heartbeat heartbeat);

        /** A heartbeat failed (the server is unreachable): the next one tries again. */
        default void failed(SessionException problem) {
            ILog.of(SessionKeeper.class).warn(problem.getMessage(), problem);
        }
    }

    private final SessionRegistry registry;
    private final SessionInfo session;
    private final Listener listener;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean userActive = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private ScheduledFuture<?> next;
    private Duration interval;

    private SessionKeeper(SessionRegistry registry, SessionInfo session, Listener listener, Duration interval) {
        this.registry = Objects.requireNonNull(registry);
        this.session = Objects.requireNonNull(session);
        this.listener = Objects.requireNonNull(listener);
        this.interval = interval;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "Castellan session heartbeat " + session.id()); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts heartbeating an open session at the installation's interval. */
    public static SessionKeeper start(SessionRegistry registry, SessionInfo session, Listener listener) throws SessionException {
        SessionKeeper keeper = new SessionKeeper(registry, session, listener, registry.settings().heartbeatInterval());
        keeper.schedule();
        return keeper;
    }

    public SessionInfo session() {
        return session;
    }

    /** The user did something (a key, a click): the session is not idle. Cheap; call it freely. */
    public void userActive() {
        userActive.set(true);
    }

    private synchronized void schedule() {
        if (!closed.get()) {
            next = timer.schedule(this::beat, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void beat() {
        try {
            Heartbeat heartbeat = registry.heartbeat(session.id(), userActive.getAndSet(false));
            synchronized (this) {
                interval = heartbeat.settings().heartbeatInterval();
            }
            listener.heartbeat(heartbeat);
            if (!heartbeat.open()) {
                closed.set(true);
                timer.shutdown();
                return;
            }
        } catch (SessionException e) {
            listener.failed(e);
        } catch (RuntimeException e) {
            // Not a passing network problem (the store was closed under it): heartbeating stops.
            ILog.of(getClass()).error(e.getMessage(), e);
            close(false);
            return;
        }
        schedule();
    }

    /** Stops heartbeating and closes the session: the log-out or a clean exit. */
    @Override
    public void close() {
        close(true);
    }

    /**
     * Stops heartbeating; closes the session too when {@code closeSession} (false: it was closed
     * already, or the caller closes it in his own way).
     */
    public void close(boolean closeSession) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            if (next != null) {
                next.cancel(false);
            }
        }
        timer.shutdown();
        if (closeSession) {
            try {
                registry.close(session.id(), "log-out"); //$NON-NLS-1$
            } catch (SessionException e) {
                // The session stays until it turns stale: nothing is lost, the list shows it as such.
                ILog.of(getClass()).warn(e.getMessage(), e);
            }
        }
    }
}
