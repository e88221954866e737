package org.castellan.audit.internal;

import org.castellan.audit.AuditException;
import org.castellan.store.StoreException;
import org.eclipse.osgi.util.NLS;

/**
 * Work on the installation's store by the audit services, whose callers get a failing database as
 * an {@link AuditException} (the store's failure as its cause), as the other concerns' services
 * report it.
 */
@FunctionalInterface
interface StoreWork<T> {

    T run() throws StoreException;

    /** Runs the work; a failing store becomes an {@link AuditException} that says so. */
    static <T> T wrapped(StoreWork<T> work) throws AuditException {
        try {
            return work.run();
        } catch (StoreException e) {
            throw failed(e);
        }
    }

    /** The store's failure as the audit services report it. */
    static AuditException failed(StoreException e) {
        return new AuditException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
    }
}
