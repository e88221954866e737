package org.castellan.store.internal;

import java.sql.Driver;

import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;

/**
 * Derby's network client driver, needed only by workstations of a shared installation. Inside
 * OSGi its package is exported by the {@code org.castellan.store.derbyclient} fragment and imported
 * optionally, so a missing client is reported, not a resolution failure.
 */
final class ClientDriver {

    private static final String DRIVER = "org.apache.derby.client.ClientAutoloadedDriver"; //$NON-NLS-1$

    private ClientDriver() {
    }

    static Driver get() throws StoreException {
        try {
            return (Driver) Class.forName(DRIVER).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new StoreException(Problem.SERVER_UNREACHABLE, Messages.clientDriverMissing, e);
        }
    }
}
