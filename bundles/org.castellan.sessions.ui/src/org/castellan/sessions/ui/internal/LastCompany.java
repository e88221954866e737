package org.castellan.sessions.ui.internal;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The company last worked in on this workstation, proposed at the next login: kept in the
 * workbench's instance preferences, which live in the installation folder of this workstation.
 */
final class LastCompany {

    private static final String KEY = "lastCompany"; //$NON-NLS-1$

    private LastCompany() {
    }

    static Optional<String> read() {
        return Optional.ofNullable(node().get(KEY, null));
    }

    static void remember(String code) {
        if (code == null) {
            return;
        }
        Preferences node = node();
        node.put(KEY, code);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(LastCompany.class).warn(e.getMessage(), e); // only a proposal is lost
        }
    }

    private static Preferences node() {
        return InstanceScope.INSTANCE.getNode("org.castellan.sessions.ui"); //$NON-NLS-1$
    }
}
