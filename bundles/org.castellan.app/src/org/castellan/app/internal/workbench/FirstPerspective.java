package org.castellan.app.internal.workbench;

import java.util.Arrays;

import org.eclipse.core.runtime.Platform;

/**
 * The perspective shown after each login: the one the product names in its preferences
 * ({@value #PREFERENCE} of {@code org.castellan.app}, the Home when its bundle is installed), else
 * the Administration perspective. Read from the extension registry, so that it is known before the
 * workbench starts and the application needs no bundle that declares it.
 */
public final class FirstPerspective {

    /** Preference of {@code org.castellan.app} naming the first perspective (plugin_customization.ini). */
    public static final String PREFERENCE = "firstPerspective"; //$NON-NLS-1$

    private FirstPerspective() {
    }

    public static String id() {
        String wanted = Platform.getPreferencesService().getString("org.castellan.app", PREFERENCE, "", null); //$NON-NLS-1$ //$NON-NLS-2$
        boolean declared = !wanted.isBlank() && Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.perspectives")) //$NON-NLS-1$
                .anyMatch(element -> wanted.equals(element.getAttribute("id"))); //$NON-NLS-1$
        return declared ? wanted : AdministrationPerspective.ID;
    }
}
