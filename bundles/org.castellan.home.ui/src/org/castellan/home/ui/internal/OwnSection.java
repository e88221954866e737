package org.castellan.home.ui.internal;

import java.time.Instant;
import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AccountsOverview;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** What concerns a user who administers nothing: his level, his password's expiry, his last login and failures. */
public final class OwnSection implements Section {

    public static final String LEVEL = "home.own.level"; //$NON-NLS-1$
    public static final String PASSWORD = "home.own.password"; //$NON-NLS-1$
    public static final String LOGINS = "home.own.logins"; //$NON-NLS-1$
    public static final String CHANGE_PASSWORD = "home.own.changePassword"; //$NON-NLS-1$

    private final Label level;
    private final Label password;
    private final Label logins;
    private final org.eclipse.swt.widgets.Button changePassword;

    OwnSection(Composite parent, Ways ways) {
        Card card = new Card(parent, Messages.ownTitle, 2);
        level = card.line(LEVEL);
        password = card.line(PASSWORD);
        logins = card.line(LOGINS);
        changePassword = card.button(Messages.changePasswordAction, CHANGE_PASSWORD, () -> ways.command(Ways.CHANGE_PASSWORD_COMMAND));
    }

    @Override
    public void refresh(AuthenticatedUser user) {
        Optional<AccountsOverview> overview = Services.find(AccountsOverview.class);
        if (overview.isEmpty()) {
            level.setText(Messages.notAvailable);
            return;
        }
        try {
            AccountsOverview.OwnAccount own = overview.get().own(user);
            level.setText(NLS.bind(Messages.ownLevel, own.level()));
            Instant now = Instant.now();
            password.setText(own.domain() ? Messages.ownPasswordInDirectory : own.password().expiresAt()
                    .map(end -> NLS.bind(Messages.ownPasswordExpires, Dates.of(end), own.password().daysLeft(now).orElse(0L)))
                    .orElse(Messages.ownPasswordNever));
            changePassword.setEnabled(!own.domain()); // the directory keeps a domain user's password (the service refuses too)
            Card.alarm(password, own.password().warn());
            String last = NLS.bind(Messages.ownLastLogin, own.lastLogin().map(Dates::of).orElse(Messages.never));
            String failed = own.lastFailure().isEmpty() ? Messages.ownNoFailure
                    : NLS.bind(Messages.ownFailures, own.failures(), Dates.of(own.lastFailure().get()));
            logins.setText(last + '\n' + failed);
            Card.alarm(logins, own.failures() > 0);
        } catch (AccountException e) {
            level.setText(NLS.bind(Messages.readFailed, e.getMessage()));
        }
    }
}
