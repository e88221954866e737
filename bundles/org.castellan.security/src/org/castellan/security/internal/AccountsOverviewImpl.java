package org.castellan.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.castellan.security.AccessControl;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AccountsOverview;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordStatus;
import org.castellan.store.CastellanStore;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link AccountsOverview} with counting queries. The administrator check uses the compiled rights
 * ({@link AccessControl}), not the model, which would load every user.
 */
@Component(service = AccountsOverview.class)
public final class AccountsOverviewImpl implements AccountsOverview {


    private final CastellanStore store;
    private final AccessControl access;
    private final Clock clock;

    @Activate
    public AccountsOverviewImpl(@Reference CastellanStore store, @Reference AccessControl access) {
        this(store, access, Clock.systemUTC());
    }

    public AccountsOverviewImpl(CastellanStore store, AccessControl access, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Summary summary(AuthenticatedUser actor) throws AccountException {
        if (actor == null || !access.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new AccountException(Messages.notAdministrator);
        }
        Instant now = clock.instant();
        return read(tx -> {
            int locked = count(tx.connection(), "SELECT COUNT(*) FROM login_attempts WHERE locked_until > ?", now); //$NON-NLS-1$
            PasswordPolicy installation = PasswordPolicies.installation(tx);
            boolean warns = installation.expires() && installation.warningDays() > 0;
            // One pass over the users: the seats taken, and the passwords in the installation policy's warning period.
            Instant changedBefore = warns ? now.minus(Duration.ofDays((long) installation.maximumAgeDays() - installation.warningDays())) : Instant.EPOCH;
            int occupied;
            int warned;
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT SUM(CASE WHEN " + SeatCount.TAKES_A_SEAT //$NON-NLS-1$
                    + " THEN 1 ELSE 0 END), SUM(CASE WHEN is_domain = FALSE AND password_changed_at <= ? THEN 1 ELSE 0 END) FROM users")) { //$NON-NLS-1$
                ps.setTimestamp(1, Timestamp.from(changedBefore));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    occupied = rs.getInt(1);
                    warned = warns ? rs.getInt(2) : 0;
                }
            }
            return new Summary(SeatCount.withOccupied(tx, occupied), locked, warned + correctionForGroupPolicies(tx, installation, now));
        });
    }

    /**
     * Members of a group with a policy of its own follow the strictest of it and the
     * installation's: only they are read (each once), and the count made under the installation's
     * policy alone is corrected for them.
     */
    private static int correctionForGroupPolicies(Transaction tx, PasswordPolicy installation, Instant now) throws SQLException, AccountException {
        Map<String, PasswordPolicy> groupPolicies = new HashMap<>();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT name, setting_value FROM settings WHERE name LIKE ?")) { //$NON-NLS-1$
            ps.setString(1, PasswordPolicies.GROUP_SETTING_PREFIX + "%"); //$NON-NLS-1$
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groupPolicies.put(rs.getString(1).substring(PasswordPolicies.GROUP_SETTING_PREFIX.length()), PasswordPolicies.decode(rs.getString(1), rs.getString(2)));
                }
            }
        }
        if (groupPolicies.isEmpty()) {
            return 0;
        }
        Map<String, PasswordPolicy> policies = new HashMap<>();
        Map<String, Instant> changed = new HashMap<>();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT u.id, u.password_changed_at, m.group_id FROM memberships m" //$NON-NLS-1$
                + " JOIN users u ON u.id = m.owner_id WHERE m.group_id IN (" + placeholders(groupPolicies.size()) //$NON-NLS-1$
                + ") AND u.is_domain = FALSE AND u.password_changed_at IS NOT NULL")) { //$NON-NLS-1$
            int p = 1;
            for (String group : groupPolicies.keySet()) {
                ps.setString(p++, group);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String user = rs.getString(1);
                    changed.put(user, rs.getTimestamp(2).toInstant());
                    policies.merge(user, installation.strictest(groupPolicies.get(rs.getString(3))), PasswordPolicy::strictest);
                }
            }
        }
        int correction = 0;
        for (Map.Entry<String, PasswordPolicy> user : policies.entrySet()) {
            Instant changedAt = changed.get(user.getKey());
            boolean counted = PasswordPolicies.status(installation, changedAt, now).warn();
            boolean warned = PasswordPolicies.status(user.getValue(), changedAt, now).warn();
            correction += (warned ? 1 : 0) - (counted ? 1 : 0);
        }
        return correction;
    }

    @Override
    public OwnAccount own(AuthenticatedUser user) throws AccountException {
        Objects.requireNonNull(user);
        Instant now = clock.instant();
        return read(tx -> {
            int level;
            PasswordStatus password;
            boolean domain;
            try (PreparedStatement ps = tx.connection()
                    .prepareStatement("SELECT authorization_level, is_domain, password_changed_at FROM users WHERE id = ?")) { //$NON-NLS-1$
                ps.setString(1, user.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new AccountException(NLS.bind(Messages.unknownUser, user.login()));
                    }
                    level = rs.getInt(1);
                    Timestamp changedAt = rs.getTimestamp(3);
                    domain = rs.getBoolean(2);
                    password = domain ? PasswordStatus.NEVER_EXPIRES
                            : PasswordPolicies.status(PasswordPolicies.forUser(tx, user.id()), changedAt == null ? null : changedAt.toInstant(), now);
                }
            }
            LoginRecord record = LoginRecord.of(tx.connection(), user.id());
            int failures = LoginAttempts.read(tx.connection(), user.id()).failures();
            return new OwnAccount(level, password, Optional.ofNullable(record.lastSuccess()), Optional.ofNullable(record.lastFailure()), failures, domain);
        });
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static int count(Connection c, String sql, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(at));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private <T> T read(AdministrativeChange.Query<T> work) throws AccountException {
        return AdministrativeChange.withoutModel(store, work);
    }
}
