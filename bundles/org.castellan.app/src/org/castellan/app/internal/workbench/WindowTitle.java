package org.castellan.app.internal.workbench;

import org.castellan.app.internal.Messages;
import org.castellan.app.session.WorkbenchSession;
import org.eclipse.osgi.util.NLS;

/** The title of Castellan's workbench window: "Castellan — installation — user". */
public final class WindowTitle {

    private WindowTitle() {
    }

    public static String of(WorkbenchSession session) {
        return NLS.bind(Messages.windowTitle, session.installationName(), session.user().shownName());
    }
}
