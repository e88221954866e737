package org.castellan.home.ui.internal;

import org.castellan.security.AuthenticatedUser;

/** One card of the home, which reads its summary again when asked. */
interface Section {

    /** Reads the summary for this user and shows it; a failure is shown in the card, never thrown. */
    void refresh(AuthenticatedUser user);
}
