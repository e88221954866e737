package org.castellan.home.ui.internal;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AccountsOverview;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.Seats;
import org.castellan.ui.Counts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Licence seats used and available, and the passwords in their warning period; Users… opens the users. */
public final class AccountsSection implements Section {

    public static final String SEATS = "home.accounts.seats"; //$NON-NLS-1$
    public static final String EXPIRING = "home.accounts.expiring"; //$NON-NLS-1$
    public static final String OPEN = "home.accounts.open"; //$NON-NLS-1$

    private final Label seats;
    private final Label expiring;

    private final AccountsRead read;

    AccountsSection(Composite parent, Ways ways, AccountsRead read) {
        this.read = read;
        Card card = new Card(parent, Messages.accountsTitle, 1);
        seats = card.line(SEATS);
        expiring = card.line(EXPIRING);
        card.button(Messages.usersAction, OPEN, () -> ways.perspective(Ways.SECURITY_PERSPECTIVE));
    }

    @Override
    public void refresh(AuthenticatedUser user) {
        try {
            Optional<AccountsOverview.Summary> read = this.read.summary(user);
            if (read.isEmpty()) {
                seats.setText(Messages.notAvailable);
                return;
            }
            AccountsOverview.Summary summary = read.get();
            Seats bought = summary.seats();
            seats.setText(bought.total() == Seats.UNLIMITED ? NLS.bind(Messages.seatsUnlimited, Counts.of(bought.occupied()))
                    : NLS.bind(Messages.seatsLimited, new Object[] { Counts.of(bought.occupied()), Counts.of(bought.total()),
                            Counts.of(Math.max(0, bought.total() - bought.occupied())) }));
            Card.alarm(seats, bought.isFull());
            expiring.setText(NLS.bind(Messages.passwordsExpiring, summary.passwordsExpiring()));
            Card.alarm(expiring, summary.passwordsExpiring() > 0);
        } catch (AccountException e) {
            seats.setText(NLS.bind(Messages.readFailed, e.getMessage()));
            expiring.setText(""); //$NON-NLS-1$
        }
    }
}
