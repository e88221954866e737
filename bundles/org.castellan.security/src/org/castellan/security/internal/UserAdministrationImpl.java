package org.castellan.security.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.castellan.model.CastellanFactory;
import org.castellan.model.CastellanPackage;
import org.castellan.model.Installation;
import org.castellan.model.SessionPolicy;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration.CompanyScope;
import org.castellan.security.GuestRights;
import org.castellan.security.NaturalOrder;
import org.castellan.security.NewUser;
import org.castellan.security.PasswordStatus;
import org.castellan.security.Seats;
import org.castellan.security.SecurityRules;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserChange;
import org.castellan.security.UserPage;
import org.castellan.security.UserView;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** {@link UserAdministration} on the installation's {@code users} table, in one transaction per change. */
@Component(service = UserAdministration.class)
public final class UserAdministrationImpl implements UserAdministration {

    private final CastellanStore store;
    private final PasswordHashing hashing;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For Declarative Services: the opened installation's store. */
    @Activate
    public UserAdministrationImpl(@Reference CastellanStore store) {
        this(store, PasswordHashing.DEFAULT, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand. */
    public UserAdministrationImpl(CastellanStore store, PasswordHashing hashing, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.hashing = Objects.requireNonNull(hashing);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void checkLoginAvailable(AuthenticatedUser actor, String login, boolean domain) throws AccountException {
        AdministrativeChange.read(store, actor, (tx, model) -> {
            checkLogin(tx, model, login, domain);
            return null;
        });
    }

    @Override
    public AuthenticatedUser createUser(AuthenticatedUser actor, NewUser request) throws AccountException {
        AccountServiceImpl.checkLogin(request.login());
        SecurityRules.checkProfile(request.displayName(), request.email(), request.external(), request.authorizationLevel(), false);
        // A domain user's password is the directory's: none is asked, kept or checked against a policy.
        String hash = request.domain() ? null : hashing.hash(request.password() == null ? new char[0] : request.password());
        // Two administrators creating the same login, or taking the last seat, one after the other.
        User created = AdministrativeChange.runLocking(store, actor, "users", //$NON-NLS-1$
                (tx, model) -> insert(store, events, clock, tx, model, actor, request, hash, takenLogins(model)));
        return new AuthenticatedUser(created.getId(), created.getLogin(), created.getDisplayName(), created.getAuthorizationLevel());
    }

    /**
     * Adds a new user to the model and the store with every check of {@link #createUser}, journaled,
     * in the caller's transaction (which has the {@code users} table locked).
     *
     * @param hash   his password's hash; null for a domain user
     * @param logins the logins taken, his added once he is: several users created in one transaction share it
     */
    static User insert(CastellanStore store, EventAdmin events, Clock clock, Transaction tx, Installation model, AuthenticatedUser actor,
            NewUser request, String hash, SecurityRules.Logins logins) throws SQLException, StoreException, AccountException {
        SecurityRules.checkLogin(request.login());
        if (request.domain()) {
            SecurityRules.checkDomainLogin(tx, request.login());
        }
        logins.checkFree(request.login());
        if (!request.external()) {
            Seats seats = SeatCount.read(tx);
            if (seats.isFull()) {
                throw new AccountException(NLS.bind(Messages.seatsFull, seats.total()));
            }
        }
        User user = CastellanFactory.eINSTANCE.createUser();
        user.setLogin(request.login());
        user.setDisplayName(FieldRules.blankToNull(request.displayName()));
        user.setEmail(FieldRules.blankToNull(request.email()));
        user.setExternal(request.external());
        user.setDomain(request.domain());
        user.setAuthorizationLevel(request.authorizationLevel());
        user.setPasswordHash(hash);
        user.setPasswordChangedAt(hash == null ? null : Date.from(clock.instant()));
        user.setEnabled(true);
        user.setSessionPolicy(request.sessionPolicy());
        // One who administers some companies creates users of those companies, who stay his to administer.
        CompanyReach.of(model, actor).ifPresent(reach -> reach.limit(model, user));
        if (request.scope() != null) {
            UserScopes.apply(model, actor, user, request.scope());
        }
        Date now = Date.from(clock.instant());
        Assignments.setRoles(model, user, request.roles(), now);
        Assignments.setGroups(model, user, request.groups(), now);
        if (hash != null) {
            // His first password answers to the strictest policy of the installation and of the groups he joins.
            PasswordPolicies.check(PasswordPolicies.forGroups(tx, user.getMemberships().stream().map(m -> m.getGroup().getId()).toList()),
                    request.password() == null ? new char[0] : request.password());
        }
        model.getUsers().add(user);
        store.model().insert(tx, user);
        logins.take(user.getLogin());
        EventPublisher.publish(store, tx, events, TOPIC_USER_CREATED, "login", user.getLogin(), "actor", actor.login(), //$NON-NLS-1$ //$NON-NLS-2$
                "timestamp", clock.millis(), "external", user.isExternal(), "domain", user.isDomain(), "level", user.getAuthorizationLevel(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "roles", String.join(", ", roleNames(user)), "groups", String.join(", ", groupNames(user))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return user;
    }

    @Override
    public List<UserView> users(AuthenticatedUser actor) throws AccountException {
        return AdministrativeChange.read(store, actor, (tx, model) -> {
            Map<String, LoginRecord> records = LoginRecord.all(tx.connection());
            Instant now = clock.instant();
            return model.getUsers().stream().sorted(Comparator.comparing(User::getLogin, NaturalOrder.INSTANCE))
                    .map(u -> view(u, records.getOrDefault(u.getId(), LoginRecord.NONE), now)).toList();
        });
    }

    @Override
    public UserPage users(AuthenticatedUser actor, String filter, int limit) throws AccountException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit); //$NON-NLS-1$
        }
        if (actor == null) {
            throw new AccountException(Messages.notAdministrator);
        }
        UserPage page = Boolean.getBoolean(PartChange.WHOLE_MODEL_PROPERTY) ? null
                : AdministrativeChange.withoutModel(store, tx -> UserPages.read(store, tx, actor, filter, limit, (t, users) -> {
                    Instant now = clock.instant();
                    List<UserView> views = new ArrayList<>(users.size());
                    for (User u : users) {
                        views.add(view(u, LoginRecord.of(t.connection(), u.getId()), now));
                    }
                    return views;
                }));
        return page != null ? page : UserPages.of(users(actor), filter, limit);
    }

    @Override
    public UserView user(AuthenticatedUser actor, String login) throws AccountException {
        return AdministrativeChange.read(store, actor, (tx, model) -> {
            User user = Lookups.user(model, login);
            return view(user, LoginRecord.of(tx.connection(), user.getId()), clock.instant());
        });
    }

    private static UserView view(User u, LoginRecord record, Instant now) {
        return new UserView(u.getId(), u.getLogin(), u.getDisplayName(), u.getEmail(), u.isExternal(), u.isDomain(), u.isGuest(),
                u.getAuthorizationLevel(), u.isEnabled(), u.getSessionPolicy(), naturally(roleNames(u)), naturally(groupNames(u)),
                Optional.ofNullable(record.lastSuccess()), Optional.ofNullable(record.lastFailure()),
                Optional.ofNullable(record.lockedUntil()).filter(now::isBefore), u.getVersion());
    }

    @Override
    public void updateUser(AuthenticatedUser actor, UserChange change) throws AccountException {
        updateUser(actor, change, null);
    }

    @Override
    public void updateUser(AuthenticatedUser actor, UserChange change, CompanyScope scope) throws AccountException {
        AdministrativeChange.runLocking(store, actor, "users", (tx, model) -> { //$NON-NLS-1$
            User user = Lookups.user(model, change.login());
            if (user.getVersion() != change.version()) {
                throw new AccountException(NLS.bind(Messages.userChangedMeanwhile, change.login()));
            }
            SecurityRules.checkProfile(change.displayName(), change.email(), change.external(), change.authorizationLevel(), user.isGuest());
            List<String> before = describe(user);
            if (user.isExternal() && !change.external()) {
                Seats seats = SeatCount.read(tx);
                if (seats.isFull()) {
                    throw new AccountException(NLS.bind(Messages.seatsFull, seats.total()));
                }
            }
            apply(model, user, change, Date.from(clock.instant()));
            if (scope != null) {
                UserScopes.apply(model, actor, user, scope);
            }
            store.model().update(tx, user);
            publishChange(tx, actor, change.login(), before, describe(user));
            return null;
        });
    }

    @Override
    public List<GuestRights.Way> wouldGiveGuest(AuthenticatedUser actor, UserChange change) throws AccountException {
        return AdministrativeChange.guestWaysAfter(store, actor,
                model -> apply(model, Lookups.user(model, change.login()), change, Date.from(clock.instant())));
    }

    /** The change as {@link #updateUser} saves it, in the model. */
    private static void apply(Installation model, User user, UserChange change, Date now) throws AccountException {
        user.setDisplayName(FieldRules.blankToNull(change.displayName()));
        user.setEmail(FieldRules.blankToNull(change.email()));
        user.setExternal(change.external());
        user.setAuthorizationLevel(change.authorizationLevel());
        user.setEnabled(change.enabled());
        user.setSessionPolicy(change.sessionPolicy() == null ? SessionPolicy.NORMAL : change.sessionPolicy());
        Assignments.setRoles(model, user, change.roles(), now);
        Assignments.setGroups(model, user, change.groups(), now);
    }

    @Override
    public void setEnabled(AuthenticatedUser actor, String login, boolean enabled) throws AccountException {
        AdministrativeChange.runOnPart(store, actor, tx -> store.model().idsWhere(tx, CastellanPackage.Literals.USER__LOGIN, login),
                (tx, part, self) -> {
                    User user = part.getUsers().stream().filter(u -> u.getLogin().equals(login)).findFirst().orElse(null);
                    // the guest's account is guest access, a rule of the whole installation; one's own may be the last administrator's
                    if (user == null || user.isGuest() || user == self) {
                        return null;
                    }
                    return enable(tx, user, actor, enabled);
                }, (tx, model) -> {
                    enable(tx, Lookups.user(model, login), actor, enabled).run();
                    return null;
                });
    }

    /** The change {@link #setEnabled} makes to a user, in memory now; written, and journaled, when run. */
    private PartChange.Writes enable(Transaction tx, User user, AuthenticatedUser actor, boolean enabled) {
        List<String> before = describe(user);
        user.setEnabled(enabled);
        return () -> {
            store.model().update(tx, user);
            publishChange(tx, actor, user.getLogin(), before, describe(user));
        };
    }

    @Override
    public void setPassword(AuthenticatedUser actor, String login, char[] newPassword) throws AccountException {
        AdministrativeChange.run(store, actor, (tx, model) -> {
            User user = Lookups.user(model, login);
            if (user.isGuest()) {
                throw new AccountException(Messages.guestHasNoPassword);
            }
            if (user.isDomain()) {
                throw new AccountException(NLS.bind(Messages.domainPasswordInDirectory, user.getLogin()));
            }
            PasswordPolicies.check(PasswordPolicies.forUser(tx, user.getId()), newPassword);
            String hashed = hashing.hash(newPassword);
            AccountServiceImpl.writePassword(tx, user.getId(), hashed, clock.instant());
            LoginAttempts.clear(tx.connection(), user.getId());
            EventPublisher.publish(store, tx, events, TOPIC_PASSWORD_RESET, "login", login, "actor", actor.login(), "timestamp", clock.millis()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return hashed;
        });
    }

    private void publishChange(Transaction tx, AuthenticatedUser actor, String login, List<String> was, List<String> is) throws StoreException {
        List<String> before = new ArrayList<>(was);
        List<String> after = new ArrayList<>(is);
        // Only what changed goes to the journal.
        before.removeAll(is);
        after.removeAll(was);
        EventPublisher.publish(store, tx, events, TOPIC_USER_CHANGED, "login", login, "actor", actor.login(), "timestamp", clock.millis(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "before", before.toArray(String[]::new), "after", after.toArray(String[]::new)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A user's fields as "name: value" lines, the form events carry before and after a change. */
    private static List<String> describe(User u) {
        List<String> lines = new ArrayList<>(List.of("displayName: " + u.getDisplayName(), "email: " + u.getEmail(), "external: " + u.isExternal(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "level: " + u.getAuthorizationLevel(), "enabled: " + u.isEnabled(), "sessionPolicy: " + u.getSessionPolicy().getName(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "roles: " + String.join(", ", roleNames(u).stream().sorted().toList()), //$NON-NLS-1$ //$NON-NLS-2$
                "groups: " + String.join(", ", groupNames(u).stream().sorted().toList()))); //$NON-NLS-1$ //$NON-NLS-2$
        lines.addAll(UserScopes.describe(UserScopes.of(u)));
        return lines;
    }

    private static List<String> naturally(List<String> names) {
        return names.stream().sorted(NaturalOrder.INSTANCE).toList();
    }

    private static List<String> roleNames(User u) {
        return u.getRoleAssignments().stream().map(a -> a.getRole().getName()).toList();
    }

    private static List<String> groupNames(User u) {
        return u.getMemberships().stream().map(m -> m.getGroup().getName()).toList();
    }

    @Override
    public void setGuestAccess(AuthenticatedUser actor, boolean enabled) throws AccountException {
        AdministrativeChange.run(store, actor, (tx, model) -> {
            GuestAccess.set(store, tx, model, events, clock, actor, enabled);
            return null;
        });
    }

    @Override
    public void unlock(AuthenticatedUser actor, String login) throws AccountException {
        AdministrativeChange.run(store, actor, (tx, model) -> {
            User user = Lookups.user(model, login);
            CompanyReach.requireReaches(model, actor, user); // the lock is not in the model the change is compared on
            EventPublisher.publish(store, tx, events, TOPIC_USER_UNLOCKED, "login", login, "actor", actor.login(), "timestamp", clock.millis()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return LoginAttempts.clear(tx.connection(), user.getId());
        });
    }

    @Override
    public PasswordStatus passwordStatus(AuthenticatedUser actor, String login) throws AccountException {
        return AdministrativeChange.read(store, actor, (tx, model) -> {
            User user = Lookups.user(model, login);
            if (user.isDomain()) {
                return PasswordStatus.NEVER_EXPIRES; // the directory decides
            }
            Date changed = user.getPasswordChangedAt();
            return PasswordPolicies.status(PasswordPolicies.forUser(tx, user.getId()), changed == null ? null : changed.toInstant(), clock.instant());
        });
    }

    @Override
    public Seats seats() throws AccountException {
        return AdministrativeChange.withoutModel(store, SeatCount::read);
    }

    /** A new user's login: well formed, neither taken nor confusable with another, of the domain's characters for a domain user. */
    private static void checkLogin(Transaction tx, Installation model, String login, boolean domain) throws SQLException, AccountException {
        SecurityRules.checkLogin(login);
        if (domain) {
            SecurityRules.checkDomainLogin(tx, login);
        }
        takenLogins(model).checkFree(login);
    }

    /** The logins of {@code model}'s users, to check a new one against (taken, or confusable with one). */
    static SecurityRules.Logins takenLogins(Installation model) {
        return SecurityRules.logins(model.getUsers().stream().map(User::getLogin).toList());
    }

}
