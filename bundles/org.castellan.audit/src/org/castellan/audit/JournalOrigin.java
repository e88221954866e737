package org.castellan.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * The workstation whose action a thread is journaling when it is not its own: the Castellan server
 * running a client workstation's or a host application's call writes that caller's workstation and
 * address in the rows the call journals, not the server's. Without an origin, rows name the
 * workstation the journal runs on.
 *
 * <pre>
 * try (JournalOrigin.Scope scope = new JournalOrigin("till-3", "192.168.1.23").enter()) {
 *     ... // every row this thread journals names till-3 at 192.168.1.23
 * }
 * </pre>
 *
 * @param workstation the workstation's name, as its log-in gave it
 * @param ipAddress   the address the call came from
 *
 * @since 0.1
 */
public record JournalOrigin(String workstation, String ipAddress) {

    private static final ThreadLocal<JournalOrigin> CURRENT = new ThreadLocal<>();

    public JournalOrigin {
        Objects.requireNonNull(workstation);
        Objects.requireNonNull(ipAddress);
    }

    /** The origin of the rows this thread journals now, if it acts for another workstation. */
    public static Optional<JournalOrigin> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Makes this the origin of the rows this thread journals until the scope is closed, which puts
     * back the one before (server threads are pooled: an origin must never outlive its call).
     */
    public Scope enter() {
        JournalOrigin before = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        };
    }

    /** The time an origin holds: closing it ends it. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
