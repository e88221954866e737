package org.castellan.security.internal;

import java.time.Clock;

import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.UserAdministration;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.event.EventAdmin;

/**
 * Guest access, which is the built-in guest's account being enabled: turned on and off by the
 * User administration and by the settings, one way for both.
 */
final class GuestAccess {

    /** How the settings name it. */
    static final String SETTING = UserAdministration.SETTING_GUEST_ACCESS;

    private GuestAccess() {
    }

    static boolean enabled(Installation model) {
        return model.getUsers().stream().anyMatch(u -> u.isGuest() && u.isEnabled());
    }

    /** Turns it on or off in {@code tx}, journaled; the caller runs inside an administrative change. */
    static void set(CastellanStore store, Transaction tx, Installation model, EventAdmin events, Clock clock, AuthenticatedUser actor,
            boolean enabled) throws StoreException, AccountException {
        User guest = model.getUsers().stream().filter(User::isGuest).findFirst()
                .orElseThrow(() -> new AccountException(NLS.bind(Messages.unknownUser, AccountService.GUEST_LOGIN)));
        guest.setEnabled(enabled);
        store.model().update(tx, guest);
        EventPublisher.publish(store, tx, events, UserAdministration.TOPIC_GUEST_ACCESS, "enabled", enabled, "actor", actor.login(), //$NON-NLS-1$ //$NON-NLS-2$
                "timestamp", clock.millis()); //$NON-NLS-1$
    }
}
