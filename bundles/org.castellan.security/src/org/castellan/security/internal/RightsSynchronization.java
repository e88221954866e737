package org.castellan.security.internal;

import java.time.Clock;
import java.util.Date;

import org.castellan.security.RightsCatalog;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Stores the rights and predefined roles of the installed bundles as soon as an installation is
 * open: at every start, so a bundle installed since the last one counts from this one.
 */
@Component(immediate = true)
public final class RightsSynchronization {

    @Activate
    public RightsSynchronization(@Reference CastellanStore store, @Reference RightsCatalog catalog) {
        try {
            store.inTransaction(tx -> new RightsSynchronizer(store, catalog).synchronize(tx, Date.from(Clock.systemUTC().instant())));
        } catch (StoreException e) {
            // Logins still work; the next start tries again.
            ILog.of(getClass()).error(NLS.bind(Messages.synchronizationFailed, e.getMessage()), e);
        }
    }
}
