package org.castellan.security.tests;

import org.castellan.security.RightsCatalog;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.eclipse.core.runtime.RegistryFactory;

/** The real catalog of the running test framework: this bundle's declarations and the test fragment's. */
final class Contributions {

    /** Rights the test fragment declares, as a partner bundle would. */
    static final String CASH = "org.castellan.security.tests.cash";
    static final String PRICING = "org.castellan.security.tests.pricing";
    /** An administrative right the test fragment declares, as the sessions bundle declares "Block openings". */
    static final String BLOCK = "org.castellan.security.tests.block";

    private Contributions() {
    }

    static RightsCatalog catalog() {
        return new ExtensionRightsCatalog(RegistryFactory.getRegistry());
    }
}
