package org.castellan.menu.ui.internal;

import org.eclipse.core.expressions.PropertyTester;

/** {@code org.castellan.menu.visible}: whether the contribution id given as argument is visible in the receiver's set. */
public final class VisibleTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        if (!(receiver instanceof PublishedLevels set)) {
            return true; // nobody logged in: nothing hidden
        }
        for (Object id : args) {
            if (!set.visible(String.valueOf(id))) {
                return false;
            }
        }
        return true;
    }
}
