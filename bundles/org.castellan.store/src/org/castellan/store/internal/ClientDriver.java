package org.castellan.store.internal;

import java.sql.Driver;

import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds Derby's network client driver. Outside OSGi it is on the class path. Inside OSGi the
 * {@code derbyclient} bundle exports none of its packages, so its driver class is loaded through
 * that bundle directly.
 */
final class ClientDriver {

    private static final String DRIVER = "org.apache.derby.client.ClientAutoloadedDriver"; //$NON-NLS-1$
    private static final String BUNDLE = "derbyclient"; //$NON-NLS-1$

    private ClientDriver() {
    }

    static Driver get() throws StoreException {
        try {
            return instantiate(loadClass());
        } catch (ReflectiveOperationException e) {
            throw new StoreException(Problem.SERVER_UNREACHABLE, Messages.clientDriverMissing, e);
        }
    }

    private static Class<?> loadClass() throws ClassNotFoundException {
        Bundle self = FrameworkUtil.getBundle(ClientDriver.class);
        if (self != null && self.getBundleContext() != null) {
            for (Bundle b : self.getBundleContext().getBundles()) {
                if (BUNDLE.equals(b.getSymbolicName())) {
                    return b.loadClass(DRIVER);
                }
            }
        }
        return Class.forName(DRIVER);
    }

    private static Driver instantiate(Class<?> type) throws ReflectiveOperationException {
        return (Driver) type.getDeclaredConstructor().newInstance();
    }
}
