package org.castellan.security;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Installation;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.ILog;

/**
 * What a service compiles from the installation's model, kept until the {@link SecurityRevision}
 * moves. Reads take the kept value without locking; the revision is read at most once a
 * {@link AccessControl#REFRESH_INTERVAL_MILLIS} (another workstation's change), or at once after
 * {@link #expire()} (a change on this workstation). When the store cannot be read the last value is
 * kept; without one, the value compiled from an empty installation stands in (nobody holds anything).
 *
 * @param <T> what is compiled
 * @since 0.1
 */
public final class RevisionSnapshot<T> {

    private record Held<T>(long revision, T value, long checkedAt) {

        Held<T> checked(long now) {
            return new Held<>(revision, value, now);
        }
    }

    /** What a snapshot makes at a new revision: from the whole model, or from what it reads itself. */
    @FunctionalInterface
    private interface Maker<T> {
        T make(CastellanStore store) throws StoreException;
    }

    private final CastellanStore store;
    private final Clock clock;
    private final Maker<T> compile;
    private final Function<Installation, T> fallback;
    private final Class<?> owner;
    private final boolean waitAfterFailure;
    private volatile Held<T> held;

    /**
     * @param compile what the service makes of the model; called under this snapshot's lock
     * @param owner   the service, whose bundle's log takes a store that cannot be read (looked up only
     *                then: headless programs run services without OSGi)
     * @param waitAfterFailure whether a store that could not be read is asked again only after the
     *                         refresh interval (otherwise at the next read), as each service has done
     */
    public RevisionSnapshot(CastellanStore store, Clock clock, Function<Installation, T> compile, Class<?> owner, boolean waitAfterFailure) {
        this(store, clock, s -> compile.apply(s.model().load()), compile, owner, waitAfterFailure);
    }

    private RevisionSnapshot(CastellanStore store, Clock clock, Maker<T> compile, Function<Installation, T> fallback, Class<?> owner,
            boolean waitAfterFailure) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.compile = Objects.requireNonNull(compile);
        this.fallback = Objects.requireNonNull(fallback);
        this.owner = Objects.requireNonNull(owner);
        this.waitAfterFailure = waitAfterFailure;
    }

    /**
     * A value made fresh at each revision without loading the model: a cache of answers each
     * read by itself (one user's data filter reads that user's part of the model).
     *
     * @since 0.1
     */
    public static <T> RevisionSnapshot<T> perRevision(CastellanStore store, Clock clock, java.util.function.Supplier<T> fresh, Class<?> owner) {
        return new RevisionSnapshot<>(store, clock, s -> fresh.get(), model -> fresh.get(), owner, true);
    }

    /** The value compiled at the installation's current revision, as far as the refresh interval tells. */
    public T current() {
        Held<T> known = held;
        long now = clock.millis();
        if (fresh(known, now)) {
            return known.value();
        }
        synchronized (this) {
            known = held;
            if (!fresh(known, now)) {
                known = refreshed(known, now);
                held = known;
            }
            return known.value();
        }
    }

    private static boolean fresh(Held<?> known, long now) {
        return known != null && now - known.checkedAt() < AccessControl.REFRESH_INTERVAL_MILLIS;
    }

    private Held<T> refreshed(Held<T> known, long now) {
        try {
            // The revision alone is one small read; the model is loaded only when it moved.
            long revision = store.inTransaction(SecurityRevision::read);
            if (known != null && known.revision() == revision && revision >= 0) {
                return known.checked(now);
            }
            return new Held<>(revision, compile.make(store), now);
        } catch (StoreException e) {
            ILog.of(owner).error(e.getMessage(), e);
            if (known != null) {
                return waitAfterFailure ? known.checked(now) : known;
            }
            return new Held<>(-1, fallback.apply(CastellanFactory.eINSTANCE.createInstallation()), now);
        }
    }

    /** A change on this workstation: the next {@link #current()} reads the revision again at once. */
    public void expire() {
        Held<T> known = held;
        if (known != null) {
            held = known.checked(Long.MIN_VALUE / 2);
        }
    }
}
