package org.castellan.app.internal.workbench;

import org.castellan.app.internal.LoginGates;
import org.castellan.app.internal.Messages;
import org.castellan.app.session.WorkbenchSession;
import org.eclipse.osgi.util.NLS;

/** The title of Castellan's workbench window: "Castellan — installation — company — user", without the company when there is none. */
public final class WindowTitle {

    private WindowTitle() {
    }

    public static String of(WorkbenchSession session) {
        return LoginGates.company()
                .map(company -> NLS.bind(Messages.windowTitleCompany, new Object[] { session.installationName(), company, session.user().shownName() }))
                .orElseGet(() -> NLS.bind(Messages.windowTitle, session.installationName(), session.user().shownName()));
    }
}
