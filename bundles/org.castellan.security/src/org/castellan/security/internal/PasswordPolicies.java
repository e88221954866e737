package org.castellan.security.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.model.Group;
import org.castellan.security.AccountException;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordStatus;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;

/**
 * Password policies kept as installation settings: one for the installation, one per group that
 * has its own (keyed by the group's id, so a renamed group keeps it). A user's policy is the
 * strictest of the installation's and his groups'.
 */
public final class PasswordPolicies {

    static final String INSTALLATION_SETTING = "security.password.policy"; //$NON-NLS-1$
    static final String GROUP_SETTING_PREFIX = "security.password.policy.group."; //$NON-NLS-1$

    private PasswordPolicies() {
    }

    static PasswordPolicy installation(Transaction tx) throws SQLException, AccountException {
        Optional<String> stored = Settings.read(tx, INSTALLATION_SETTING);
        return stored.isPresent() ? decode(INSTALLATION_SETTING, stored.get()) : PasswordPolicy.DEFAULT;
    }

    static Optional<PasswordPolicy> group(Transaction tx, Group group) throws SQLException, AccountException {
        return group(tx, group.getId());
    }

    private static Optional<PasswordPolicy> group(Transaction tx, String groupId) throws SQLException, AccountException {
        String name = GROUP_SETTING_PREFIX + groupId;
        Optional<String> stored = Settings.read(tx, name);
        return stored.isPresent() ? Optional.of(decode(name, stored.get())) : Optional.empty();
    }

    /**
     * Where a password set at {@code changedAt} stands at {@code now} against {@code policy}: one
     * never set (the guest's) never expires.
     */
    static PasswordStatus status(PasswordPolicy policy, Instant changedAt, Instant now) {
        if (!policy.expires() || changedAt == null) {
            return PasswordStatus.NEVER_EXPIRES;
        }
        Instant expiresAt = changedAt.plus(Duration.ofDays(policy.maximumAgeDays()));
        boolean warn = !now.isBefore(expiresAt.minus(Duration.ofDays(policy.warningDays())));
        return new PasswordStatus(Optional.of(expiresAt), policy.warningDays() > 0 && warn);
    }

    /** The installation's policy made the strictest of it and of the own policies of the groups with these ids. */
    static PasswordPolicy forGroups(Transaction tx, Collection<String> groupIds) throws SQLException, AccountException {
        PasswordPolicy policy = installation(tx);
        for (String groupId : groupIds) {
            Optional<PasswordPolicy> own = group(tx, groupId);
            if (own.isPresent()) {
                policy = policy.strictest(own.get());
            }
        }
        return policy;
    }

    /** The policy of the user with id {@code userId}, read without loading the model (logins use it). */
    static PasswordPolicy forUser(Transaction tx, String userId) throws SQLException, AccountException {
        List<String> groupIds = new ArrayList<>();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT group_id FROM memberships WHERE owner_id = ?")) { //$NON-NLS-1$
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groupIds.add(rs.getString(1));
                }
            }
        }
        return forGroups(tx, groupIds);
    }

    static void setInstallation(Transaction tx, PasswordPolicy policy) throws SQLException {
        Settings.write(tx, INSTALLATION_SETTING, encode(policy));
    }

    /** Gives a group its own policy, or takes it away when {@code policy} is null. */
    public static void setGroup(Transaction tx, Group group, PasswordPolicy policy) throws SQLException {
        Settings.write(tx, GROUP_SETTING_PREFIX + group.getId(), policy == null ? null : encode(policy));
    }

    /** Refuses {@code password} with every rule of {@code policy} it breaks. */
    static void check(PasswordPolicy policy, char[] password) throws AccountException {
        List<String> broken = policy.check(password);
        if (!broken.isEmpty()) {
            throw new AccountException(NLS.bind(Messages.passwordRefused, "- " + String.join("\n- ", broken))); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    static String encode(PasswordPolicy p) {
        return "length=" + p.minimumLength() + " digit=" + p.digit() + " lower=" + p.lowerCase() + " upper=" + p.upperCase() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + " special=" + p.special() + " expiry=" + p.maximumAgeDays() + " warning=" + p.warningDays(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static PasswordPolicy decode(String setting, String value) throws AccountException {
        Map<String, String> fields = new HashMap<>();
        for (String pair : value.strip().split("\\s+")) { //$NON-NLS-1$
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new AccountException(NLS.bind(Messages.settingInvalid, setting, value));
            }
            fields.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        try {
            return new PasswordPolicy(Integer.parseInt(fields.getOrDefault("length", "0")), //$NON-NLS-1$ //$NON-NLS-2$
                    Boolean.parseBoolean(fields.get("digit")), Boolean.parseBoolean(fields.get("lower")), //$NON-NLS-1$ //$NON-NLS-2$
                    Boolean.parseBoolean(fields.get("upper")), Boolean.parseBoolean(fields.get("special")), //$NON-NLS-1$ //$NON-NLS-2$
                    Integer.parseInt(fields.getOrDefault("expiry", "0")), Integer.parseInt(fields.getOrDefault("warning", "0"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        } catch (IllegalArgumentException e) {
            throw new AccountException(NLS.bind(Messages.settingInvalid, setting, value), e);
        }
    }
}
