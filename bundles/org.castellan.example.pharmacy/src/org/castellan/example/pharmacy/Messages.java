package org.castellan.example.pharmacy;

import org.eclipse.osgi.util.NLS;

/** The example's texts (messages.properties). */
final class Messages extends NLS {

    public static String viewText;

    static {
        NLS.initializeMessages("org.castellan.example.pharmacy.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
