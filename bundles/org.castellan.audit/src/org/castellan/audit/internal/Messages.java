package org.castellan.audit.internal;

import org.eclipse.osgi.util.NLS;

/** The audit journal's messages, from {@code messages.properties} beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.castellan.audit.internal.messages"; //$NON-NLS-1$

    public static String purgeAdministratorsOnly;
    public static String retentionUnset;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
