package org.castellan.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.Seats;
import org.castellan.security.UserAdministration;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;

/** The licence seats: the setting, and the users who take one (neither external nor the guest). */
public final class SeatCount {

    private SeatCount() {
    }

    /** Who takes a seat, as a condition on the {@code users} table. */
    static final String TAKES_A_SEAT = "is_external = FALSE AND is_guest = FALSE"; //$NON-NLS-1$

    public static Seats read(Transaction tx) throws SQLException, AccountException {
        int occupied;
        try (Statement st = tx.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM users WHERE " + TAKES_A_SEAT)) { //$NON-NLS-1$
            rs.next();
            occupied = rs.getInt(1);
        }
        return withOccupied(tx, occupied);
    }

    /** The seats bought (the setting) with {@code occupied} counted by the caller. */
    static Seats withOccupied(Transaction tx, int occupied) throws SQLException, AccountException {
        Optional<String> total = Settings.read(tx, UserAdministration.SETTING_SEATS);
        try {
            return new Seats(total.map(s -> Integer.parseInt(s.strip())).orElse(Seats.UNLIMITED), occupied);
        } catch (NumberFormatException e) {
            throw new AccountException(NLS.bind(Messages.settingInvalid, UserAdministration.SETTING_SEATS, total.orElse(""))); //$NON-NLS-1$
        }
    }
}
