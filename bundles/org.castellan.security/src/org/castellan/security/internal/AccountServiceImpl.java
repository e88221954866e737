package org.castellan.security.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Installation;
import org.castellan.model.Role;
import org.castellan.model.SessionPolicy;
import org.castellan.model.RoleAssignment;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.DirectoryAuthenticator;
import org.castellan.security.DomainGroups;
import org.castellan.security.EffectiveRights;
import org.castellan.security.LoginThrottling;
import org.castellan.security.PasswordExpiredException;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordStatus;
import org.castellan.security.RightsCatalog;
import org.castellan.security.SecurityRules;
import org.castellan.store.CastellanStore;
import org.castellan.store.SealFinding;
import org.castellan.store.SealedRows;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * Accounts kept in Castellan's own {@code users} table (never Derby's user store, whose hashing
 * is far too weak), with Argon2id password hashes.
 */
@Component(service = AccountService.class)
public final class AccountServiceImpl implements AccountService {

    /** What the directory warned of at each domain user's last login here (user id to message); see {@link #loginNotice}. */
    private final Map<String, String> loginNotices = new ConcurrentHashMap<>();

    /** Longest login the {@code users} table holds. */

    private final CastellanStore store;
    private final RightsCatalog catalog;
    private final PasswordHashing hashing;
    private final LoginThrottling throttling;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** Optional: without a directory, domain users are refused with a message saying so. */
    private volatile DirectoryAuthenticator directory;

    /** For Declarative Services: the opened installation's store and the declared rights. */
    @Activate
    public AccountServiceImpl(@Reference CastellanStore store, @Reference RightsCatalog catalog) {
        this(store, catalog, PasswordHashing.DEFAULT, Clock.systemUTC(), LoginThrottling.DEFAULT);
    }

    /** For headless programs and tests that have a store at hand, with the default throttling. */
    public AccountServiceImpl(CastellanStore store, RightsCatalog catalog, PasswordHashing hashing, Clock clock) {
        this(store, catalog, hashing, clock, LoginThrottling.DEFAULT);
    }

    /** For headless programs and tests that have a store at hand. */
    public AccountServiceImpl(CastellanStore store, RightsCatalog catalog, PasswordHashing hashing, Clock clock,
            LoginThrottling throttling) {
        this.store = Objects.requireNonNull(store);
        this.catalog = Objects.requireNonNull(catalog);
        this.hashing = Objects.requireNonNull(hashing);
        this.clock = Objects.requireNonNull(clock);
        this.throttling = Objects.requireNonNull(throttling);
    }

    /** The directory that checks domain users' passwords (Declarative Services, or a test or headless program). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void setDirectory(DirectoryAuthenticator authenticator) {
        this.directory = authenticator;
    }

    public void unsetDirectory(DirectoryAuthenticator authenticator) {
        if (this.directory == authenticator) {
            this.directory = null;
        }
    }

    @Override
    public PasswordPolicy passwordPolicy() {
        try {
            return inStore(PasswordPolicies::installation);
        } catch (AccountException e) {
            // The policy cannot be read: the strict default still protects what is typed now.
            ILog.of(getClass()).warn(e.getMessage(), e);
            return PasswordPolicy.DEFAULT;
        }
    }

    @Override
    public boolean needsFirstAdministrator() throws AccountException {
        try {
            return store.inTransaction(tx -> {
                try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM users")) { //$NON-NLS-1$
                    rs.next();
                    return rs.getInt(1) == 0;
                }
            });
        } catch (StoreException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    @Override
    public AuthenticatedUser createFirstAdministrator(String login, String displayName, char[] password) throws AccountException {
        checkLogin(login);
        if (LoginRules.skeleton(login).equals(GUEST_LOGIN)) {
            throw new AccountException(NLS.bind(Messages.loginTaken, login));
        }
        PasswordPolicies.check(passwordPolicy(), password);
        String hash = hashing.hash(password);
        try {
            User user = store.inTransaction(tx -> {
                try (Statement st = tx.connection().createStatement()) {
                    // Serialises two first starts racing on a shared installation.
                    st.execute("LOCK TABLE users IN EXCLUSIVE MODE"); //$NON-NLS-1$
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM users")) { //$NON-NLS-1$
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            return null;
                        }
                    }
                }
                Date now = Date.from(clock.instant());
                new RightsSynchronizer(store, catalog).synchronize(tx, now);
                // No user yet: the whole model is the rights and roles just stored, and what the guard compares.
                Installation installation = store.model().load(tx);
                Role role = installation.getRoles().stream()
                        .filter(r -> RightsCatalog.ADMINISTRATOR_ROLE.equals(r.getContributionId())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no bundle declares " + RightsCatalog.ADMINISTRATOR_ROLE)); //$NON-NLS-1$
                User admin = administrator(login, displayName, hash, role, now);
                installation.getUsers().add(admin);
                store.model().insert(tx, admin);
                User guest = guest(installation, now);
                installation.getUsers().add(guest);
                store.model().insert(tx, guest);
                EventPublisher.publish(store, tx, events, TOPIC_ADMINISTRATOR_CREATED, "login", login, "timestamp", clock.millis()); //$NON-NLS-1$ //$NON-NLS-2$
                // The first rights anyone holds are archived like every later change.
                ChangeGuard.archiveRights(store, tx, installation, EffectiveRights.compile(CastellanFactory.eINSTANCE.createInstallation()),
                        EffectiveRights.compile(installation));
                return admin;
            });
            if (user == null) {
                throw new AccountException(Messages.administratorExists);
            }
            return new AuthenticatedUser(user.getId(), user.getLogin(), user.getDisplayName(), user.getAuthorizationLevel());
        } catch (StoreException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    private static User administrator(String login, String displayName, String hash, Role role, Date now) {
        User admin = CastellanFactory.eINSTANCE.createUser();
        admin.setLogin(login);
        admin.setDisplayName(displayName == null || displayName.isBlank() ? login : displayName.strip());
        admin.setAuthorizationLevel(MAXIMUM_LEVEL);
        admin.setPasswordHash(hash);
        admin.setPasswordChangedAt(now);
        admin.setEnabled(true);
        RoleAssignment assignment = CastellanFactory.eINSTANCE.createRoleAssignment();
        assignment.setRole(role);
        assignment.setGrantedAt(now);
        admin.getRoleAssignments().add(assignment);
        return admin;
    }

    /** The guest, with the guest role when a bundle declares it, and guest access off. */
    private static User guest(Installation installation, Date now) {
        User guest = CastellanFactory.eINSTANCE.createUser();
        guest.setLogin(GUEST_LOGIN);
        guest.setDisplayName(Messages.guestDisplayName);
        guest.setGuest(true);
        guest.setAuthorizationLevel(0);
        guest.setEnabled(false);
        installation.getRoles().stream().filter(r -> RightsCatalog.GUEST_ROLE.equals(r.getContributionId())).findFirst()
                .ifPresent(role -> {
                    RoleAssignment assignment = CastellanFactory.eINSTANCE.createRoleAssignment();
                    assignment.setRole(role);
                    assignment.setGrantedAt(now);
                    guest.getRoleAssignments().add(assignment);
                });
        return guest;
    }

    @Override
    public AuthenticatedUser loginAsGuest() throws AccountException {
        try {
            Instant now = clock.instant();
            AuthenticatedUser guest = store.inTransaction(tx -> {
                try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT id, login, display_name, authorization_level FROM users WHERE is_guest = TRUE AND enabled = TRUE")) { //$NON-NLS-1$
                    return rs.next() ? new AuthenticatedUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)) : null;
                }
            });
            if (guest == null) {
                publish(TOPIC_LOGIN_FAILED, GUEST_LOGIN, "guest access off"); //$NON-NLS-1$
                throw new AccountException(Messages.guestAccessOff);
            }
            refuseUnsealed(guest.id(), guest.login());
            store.inTransaction(tx -> {
                // As for any user: the Users view and the home show when the guest last came in.
                LoginAttempts.recordSuccess(tx.connection(), guest.id(), now);
                EventPublisher.publish(store, tx, events, TOPIC_LOGIN_SUCCEEDED, "login", guest.login(), "timestamp", now.toEpochMilli()); //$NON-NLS-1$ //$NON-NLS-2$
                return null;
            });
            return guest;
        } catch (StoreException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    @Override
    public boolean guestAccess() throws AccountException {
        return inStore(tx -> {
            try (Statement st = tx.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT enabled FROM users WHERE is_guest = TRUE")) { //$NON-NLS-1$
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    @Override
    public AuthenticatedUser authenticate(String login, char[] password) throws AccountException {
        StoredAccount account = verify(login, password);
        Instant now = clock.instant();
        PasswordStatus status = account.status();
        if (status.expiresAt().isPresent() && !now.isBefore(status.expiresAt().get())) {
            publish(TOPIC_LOGIN_FAILED, login, "password expired"); //$NON-NLS-1$
            throw new PasswordExpiredException(NLS.bind(Messages.passwordExpired, account.login, formatDate(status.expiresAt().get())));
        }
        // A hash made with older, weaker parameters is raised to the current ones.
        String stronger = !account.domain && hashing.isWeakerThanThis(account.passwordHash) ? hashing.hash(password) : null;
        inStore(tx -> {
            if (stronger != null) {
                rehash(tx, account.id, stronger);
            }
            LoginAttempts.recordSuccess(tx.connection(), account.id, now);
            EventPublisher.publish(store, tx, events, TOPIC_LOGIN_SUCCEEDED, "login", login, "timestamp", now.toEpochMilli()); //$NON-NLS-1$ //$NON-NLS-2$
            // a domain user's mapped groups follow the directory at each login
            DomainMemberships.applyAtLogin(store, tx, events, clock, account.id, account.login, account.directoryGroups);
            return null;
        });
        return new AuthenticatedUser(account.id, account.login, account.displayName, account.level);
    }

    @Override
    public void changePassword(String login, char[] currentPassword, char[] newPassword) throws AccountException {
        StoredAccount known = login == null ? null : inStore(tx -> read(tx, "login", login)); //$NON-NLS-1$
        if (known != null && known.domain) {
            throw new AccountException(NLS.bind(Messages.domainPasswordInDirectory, known.login));
        }
        StoredAccount account = verify(login, currentPassword);
        PasswordPolicies.check(account.policy, newPassword);
        if (PasswordHashing.verify(newPassword, account.passwordHash)) {
            throw new AccountException(Messages.passwordUnchanged);
        }
        String hash = hashing.hash(newPassword);
        Instant now = clock.instant();
        inStore(tx -> {
            writePassword(tx, account.id, hash, now);
            LoginAttempts.clear(tx.connection(), account.id);
            EventPublisher.publish(store, tx, events, TOPIC_PASSWORD_CHANGED, "login", account.login, "timestamp", now.toEpochMilli()); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        });
    }

    @Override
    public Optional<String> loginNotice(AuthenticatedUser user) {
        return Optional.ofNullable(loginNotices.get(user.id()));
    }

    @Override
    public boolean passwordChangeable(AuthenticatedUser user) throws AccountException {
        if (GUEST_LOGIN.equals(user.login())) {
            return false;
        }
        StoredAccount account = inStore(tx -> read(tx, "id", user.id())); //$NON-NLS-1$
        return account != null && !account.domain;
    }

    @Override
    public PasswordStatus passwordStatus(AuthenticatedUser user) throws AccountException {
        return inStore(tx -> read(tx, "id", user.id())).status(); //$NON-NLS-1$
    }

    @Override
    public boolean transactionClosed(AuthenticatedUser user) throws AccountException {
        String policy = inStore(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT session_policy FROM users WHERE id = ?")) { //$NON-NLS-1$
                ps.setString(1, user.id());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (!SessionPolicy.ONE_TRANSACTION.getName().equals(policy)) {
            return false;
        }
        inStore(tx -> {
            EventPublisher.publish(store, tx, events, TOPIC_SESSION_END_REQUESTED, "login", user.login(), "userId", user.id(), //$NON-NLS-1$ //$NON-NLS-2$
                    "reason", "one transaction", "timestamp", clock.millis()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
        });
        return true;
    }

    /**
     * Checks a login and password as a login does: throttling first, then the password (a wrong
     * one is counted), then whether the account is enabled.
     */
    private StoredAccount verify(String login, char[] password) throws AccountException {
        if (login == null || login.isEmpty()) {
            throw new AccountException(Messages.loginEmpty);
        }
        StoredAccount account = inStore(tx -> read(tx, "login", login)); //$NON-NLS-1$
        Instant now = clock.instant();
        if (account != null) {
            refuseWhileThrottled(account, now);
            if (account.domain) {
                return verifyInDirectory(account, password, now);
            }
        }
        // An unknown login costs the same hashing time, so timing does not tell which logins exist.
        String hash = account == null || account.passwordHash == null ? hashing.hash(new char[] { '-' }) : account.passwordHash;
        boolean matches = PasswordHashing.verify(password == null ? new char[0] : password, hash) && account != null
                && account.passwordHash != null;
        if (!matches) {
            if (account != null) {
                recordFailure(account, now);
            } else {
                publish(TOPIC_LOGIN_FAILED, login, "unknown login"); //$NON-NLS-1$
            }
            throw new AccountException(Messages.loginRefused);
        }
        refuseUnsealed(account.id, account.login);
        if (!account.enabled) {
            publish(TOPIC_LOGIN_FAILED, login, "disabled"); //$NON-NLS-1$
            throw new AccountException(NLS.bind(Messages.userDisabled, account.login));
        }
        return account;
    }

    /**
     * Refuses a user whose own rows (his account, memberships, role assignments, company lists)
     * no longer match their seals: changed outside Castellan, they must not let him in. Journaled
     * with what was found; the message sends him to his administrator.
     */
    private void refuseUnsealed(String userId, String login) throws AccountException {
        List<SealFinding> findings = inStore(tx -> SealedRows.checkUser(tx, userId));
        if (!findings.isEmpty()) {
            publish(TOPIC_LOGIN_FAILED, login, "rows changed outside Castellan: " //$NON-NLS-1$
                    + findings.stream().map(SealFinding::message).collect(Collectors.joining(" "))); //$NON-NLS-1$
            throw new AccountException(NLS.bind(Messages.loginRowsTampered, login));
        }
    }

    /**
     * A domain user's password, checked by the directory and never kept: an empty one is refused
     * before the directory is asked (never an anonymous bind), a wrong one counts as a failure.
     */
    private StoredAccount verifyInDirectory(StoredAccount account, char[] password, Instant now) throws AccountException {
        if (password == null || password.length == 0) {
            publish(TOPIC_LOGIN_FAILED, account.login, "empty password"); //$NON-NLS-1$
            throw new AccountException(Messages.domainPasswordEmpty);
        }
        DirectoryAuthenticator authenticator = directory;
        if (authenticator == null) {
            publish(TOPIC_LOGIN_FAILED, account.login, "no directory"); //$NON-NLS-1$
            throw new AccountException(NLS.bind(Messages.directoryNotConfigured, account.login));
        }
        DirectoryAuthenticator.Outcome outcome = authenticator.authenticate(account.login, password);
        switch (outcome.result()) {
        case ACCEPTED -> {
            // checked below like a local account
        }
        case REFUSED -> {
            recordFailure(account, now);
            throw new AccountException(Messages.loginRefused);
        }
        default -> {
            publish(TOPIC_LOGIN_FAILED, account.login, "directory: " + outcome.result().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
            throw new AccountException(outcome.message());
        }
        }
        refuseUnsealed(account.id, account.login);
        if (!account.enabled) {
            publish(TOPIC_LOGIN_FAILED, account.login, "disabled"); //$NON-NLS-1$
            throw new AccountException(NLS.bind(Messages.userDisabled, account.login));
        }
        if (outcome.message().isEmpty()) {
            loginNotices.remove(account.id);
        } else {
            loginNotices.put(account.id, outcome.message());
        }
        return account.withDirectoryGroups(outcome.groups());
    }

    /** The account whose {@code column} (id or login) is {@code value}, with its policy; null if none. */
    private StoredAccount read(Transaction tx, String column, String value) throws SQLException, AccountException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT id, login, display_name, authorization_level, password_hash, enabled, password_changed_at, is_domain FROM users WHERE " //$NON-NLS-1$
                        + column + " = ?")) { //$NON-NLS-1$
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String id = rs.getString(1);
                Timestamp changed = rs.getTimestamp(7);
                return new StoredAccount(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getBoolean(6),
                        changed == null ? null : changed.toInstant(), rs.getBoolean(8), LoginAttempts.read(tx.connection(), id),
                        PasswordPolicies.forUser(tx, id), clock.instant(), DomainGroups.NONE);
            }
        }
    }

    private String formatDate(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(clock.getZone()).format(instant);
    }

    /** Runs plain JDBC work in one transaction: a log-in reads his own rows, never the whole model. */
    private <T> T inStore(Work<T> work) throws AccountException {
        return AdministrativeChange.withoutModel(store, work::run);
    }

    /** A locked or throttled account is refused before its password is even checked. */
    private void refuseWhileThrottled(StoredAccount account, Instant now) throws AccountException {
        Optional<Instant> lockedUntil = account.attempts.lockedAt(now);
        if (lockedUntil.isPresent()) {
            publish(TOPIC_LOGIN_FAILED, account.login, "locked"); //$NON-NLS-1$
            throw new AccountException(NLS.bind(Messages.accountLocked, account.login,
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withZone(clock.getZone()).format(lockedUntil.get())));
        }
        Duration wait = account.attempts.waitAt(now, throttling);
        if (!wait.isZero()) {
            publish(TOPIC_LOGIN_FAILED, account.login, "throttled"); //$NON-NLS-1$
            throw new AccountException(NLS.bind(Messages.loginThrottled, Math.max(1, (wait.toMillis() + 999) / 1000)));
        }
    }

    private void recordFailure(StoredAccount account, Instant now) throws AccountException {
        inStore(tx -> {
            Optional<Instant> lock = account.attempts.recordFailure(tx.connection(), account.id, now, throttling);
            EventPublisher.publish(store, tx, events, TOPIC_LOGIN_FAILED, "login", account.login, "timestamp", now.toEpochMilli(), //$NON-NLS-1$ //$NON-NLS-2$
                    "reason", "wrong password"); //$NON-NLS-1$ //$NON-NLS-2$
            if (lock.isPresent()) {
                EventPublisher.publish(store, tx, events, TOPIC_ACCOUNT_LOCKED, "login", account.login, "timestamp", now.toEpochMilli(), //$NON-NLS-1$ //$NON-NLS-2$
                        "lockedUntil", lock.get().toEpochMilli(), "failures", throttling.lockAfter()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return null;
        });
    }

    private record StoredAccount(String id, String login, String displayName, int level, String passwordHash, boolean enabled,
            Instant passwordChangedAt, boolean domain, LoginAttempts attempts, PasswordPolicy policy, Instant readAt, DomainGroups directoryGroups) {

        /** This account with the groups the directory gave at his login. */
        StoredAccount withDirectoryGroups(DomainGroups groups) {
            return new StoredAccount(id, login, displayName, level, passwordHash, enabled, passwordChangedAt, domain, attempts, policy, readAt, groups);
        }

        /** A domain user's password is the directory's: Castellan neither expires nor warns about it. */
        PasswordStatus status() {
            return domain ? PasswordStatus.NEVER_EXPIRES : PasswordPolicies.status(policy, passwordChangedAt, readAt);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Transaction tx) throws SQLException, StoreException, AccountException;
    }

    /** Sets a user's password hash and starts its expiry period. */
    static void writePassword(Transaction tx, String userId, String hash, Instant now) throws SQLException {
        SealedRows.written(tx, "users", userId); //$NON-NLS-1$
        try (PreparedStatement ps = tx.connection()
                .prepareStatement("UPDATE users SET password_hash = ?, password_changed_at = ?, version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
            ps.setString(1, hash);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setString(3, userId);
            ps.executeUpdate();
        }
    }

    private static void rehash(Transaction tx, String userId, String stronger) throws SQLException {
        SealedRows.written(tx, "users", userId); //$NON-NLS-1$
        try (PreparedStatement ps = tx.connection()
                .prepareStatement("UPDATE users SET password_hash = ?, version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
            ps.setString(1, stronger);
            ps.setString(2, userId);
            ps.executeUpdate();
        }
    }

    static void checkLogin(String login) throws AccountException {
        SecurityRules.checkLogin(login);
    }

    /** A login event that changes nothing: journaled in a transaction of its own. */
    private void publish(String topic, String login, String reason) throws AccountException {
        try {
            EventPublisher.publishAlone(store, events, topic, "login", login, "timestamp", clock.millis(), "reason", reason); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (StoreException e) {
            throw new AccountException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }
}
