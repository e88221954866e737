package org.castellan.security.ui.internal.handlers;

import org.castellan.security.RoleAdministration.RoleView;
import org.eclipse.core.expressions.PropertyTester;

/**
 * {@code org.castellan.security.ui.predefined}: whether the receiver is a predefined role (declared
 * by a bundle), so that Delete Role is not offered for one; the service refuses it anyway.
 */
public final class RoleTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        boolean predefined = receiver instanceof RoleView role && role.predefined();
        return expectedValue == null ? predefined : Boolean.valueOf(String.valueOf(expectedValue)) == predefined;
    }
}
