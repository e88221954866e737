package org.castellan.security.ui.internal;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Services;

/** The logged-in user, asked for at each use: the session is replaced when someone logs out and another user logs in. */
public final class SecurityServices {

    private SecurityServices() {
    }

    /** Who is logged in to this workbench. */
    public static AuthenticatedUser currentUser() {
        return Services.get(WorkbenchSession.class).user();
    }
}
