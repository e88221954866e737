package org.castellan.security;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;

/**
 * What a catalog reads from its extension point (rights and roles, menu options: what
 * authorization is declared against), read on first use and again after any bundle adds or
 * removes contributions, so that a partner's bundle installed from an update site counts from the
 * moment it is resolved. Here, in the security API, because every catalog's bundle requires
 * security and may use only its API.
 *
 * @param <T> what the catalog makes of the contributions
 * @since 0.1
 */
public final class ExtensionPointReading<T> implements IRegistryEventListener {

    private final IExtensionRegistry registry;
    private final Supplier<T> read;
    private final AtomicLong generation = new AtomicLong();
    private volatile T current;

    /**
     * Listens to {@code point} until {@link #close()}.
     *
     * @param read reads the point's contributions from the registry
     */
    public ExtensionPointReading(IExtensionRegistry registry, String point, Supplier<T> read) {
        this.registry = Objects.requireNonNull(registry);
        this.read = Objects.requireNonNull(read);
        registry.addListener(this, point);
    }

    /** What the contributions are now. */
    public T get() {
        T known = current;
        if (known == null) {
            known = read.get();
            current = known;
        }
        return known;
    }

    /** How many times the contributions changed since this reading began. */
    public long generation() {
        return generation.get();
    }

    /** Stops listening (the catalog's component goes away). */
    public void close() {
        registry.removeListener(this);
    }

    @Override
    public void added(IExtension[] extensions) {
        changed();
    }

    @Override
    public void removed(IExtension[] extensions) {
        changed();
    }

    private void changed() {
        current = null;
        generation.incrementAndGet();
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        // only the catalog's own point matters, and it is there as long as the catalog is
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        // see added
    }
}
