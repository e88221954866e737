package org.castellan.app.audit;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String copyNotJournaled;

    static {
        NLS.initializeMessages("org.castellan.app.audit.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
