package org.castellan.update.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the software-update commands (see messages.properties). */
public final class Messages extends NLS {

    public static String noSession;
    public static String notAdministrator;
    public static String checkingJob;
    public static String updatesTitle;
    public static String nothingToUpdate;
    public static String updateFailed;

    static {
        NLS.initializeMessages("org.castellan.update.ui.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
