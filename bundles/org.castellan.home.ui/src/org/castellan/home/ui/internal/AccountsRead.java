package org.castellan.home.ui.internal;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AccountsOverview;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Services;

/** The accounts' summary read once per refresh, though two cards show it (seats, locked accounts). */
final class AccountsRead {

    private AccountsOverview.Summary summary;

    void forget() {
        summary = null;
    }

    /** @return empty when the service is not running */
    Optional<AccountsOverview.Summary> summary(AuthenticatedUser user) throws AccountException {
        if (summary == null) {
            Optional<AccountsOverview> overview = Services.find(AccountsOverview.class);
            if (overview.isEmpty()) {
                return Optional.empty();
            }
            summary = overview.get().summary(user);
        }
        return Optional.of(summary);
    }
}
