package org.castellan.security.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.Seats;
import org.castellan.security.UserAdministration;
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

    private static final int MAXIMUM_DISPLAY_NAME = 120;
    private static final int MAXIMUM_EMAIL = 254;

    private final CastellanStore store;
    private final PasswordHashing hashing;
    private final PasswordPolicy policy = PasswordPolicy.DEFAULT;
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
        AdministrativeChange.run(store, actor, (tx, model) -> {
            checkLogin(tx, model, login, domain);
            return null;
        });
    }

    @Override
    public AuthenticatedUser createUser(AuthenticatedUser actor, NewUser request) throws AccountException {
        checkFields(request);
        String hash = hashing.hash(request.password());
        // Two administrators creating the same login, or taking the last seat, one after the other.
        User created = AdministrativeChange.runLocking(store, actor, "users", (tx, model) -> { //$NON-NLS-1$
            checkLogin(tx, model, request.login(), request.domain());
            if (!request.external()) {
                Seats seats = seats(tx);
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
            user.setEnabled(true);
            model.getUsers().add(user);
            store.model().insert(tx, user);
            return user;
        });
        EventPublisher.post(events, TOPIC_USER_CREATED, "login", created.getLogin(), "actor", actor.login(), "timestamp", clock.millis(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "external", created.isExternal(), "level", created.getAuthorizationLevel()); //$NON-NLS-1$ //$NON-NLS-2$
        return new AuthenticatedUser(created.getId(), created.getLogin(), created.getDisplayName(), created.getAuthorizationLevel());
    }

    @Override
    public void setGuestAccess(AuthenticatedUser actor, boolean enabled) throws AccountException {
        AdministrativeChange.run(store, actor, (tx, model) -> {
            User guest = model.getUsers().stream().filter(User::isGuest).findFirst()
                    .orElseThrow(() -> new AccountException(NLS.bind(Messages.unknownUser, AccountService.GUEST_LOGIN)));
            guest.setEnabled(enabled);
            store.model().update(tx, guest);
            return null;
        });
        EventPublisher.post(events, TOPIC_GUEST_ACCESS, "enabled", enabled, "actor", actor.login(), "timestamp", clock.millis()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public void unlock(AuthenticatedUser actor, String login) throws AccountException {
        AdministrativeChange.run(store, actor, (tx, model) -> {
            User user = Lookups.user(model, login);
            return LoginAttempts.clear(tx.connection(), user.getId());
        });
        EventPublisher.post(events, TOPIC_USER_UNLOCKED, "login", login, "actor", actor.login(), "timestamp", clock.millis()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public Seats seats() throws AccountException {
        return AdministrativeChange.inTransaction(store, (tx, model) -> seats(tx));
    }

    private Seats seats(Transaction tx) throws SQLException, AccountException {
        int occupied;
        try (Statement st = tx.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM users WHERE is_external = FALSE AND is_guest = FALSE")) { //$NON-NLS-1$
            rs.next();
            occupied = rs.getInt(1);
        }
        Optional<String> total = setting(tx, SETTING_SEATS);
        try {
            return new Seats(total.map(s -> Integer.parseInt(s.strip())).orElse(Seats.UNLIMITED), occupied);
        } catch (NumberFormatException e) {
            throw new AccountException(NLS.bind(Messages.settingInvalid, SETTING_SEATS, total.orElse(""))); //$NON-NLS-1$
        }
    }

    private void checkLogin(Transaction tx, Installation model, String login, boolean domain) throws SQLException, AccountException {
        AccountServiceImpl.checkLogin(login);
        if (domain) {
            String allowed = setting(tx, SETTING_DOMAIN_CHARACTERS).orElse(DEFAULT_DOMAIN_CHARACTERS);
            try {
                if (!LoginRules.usesOnly(login, allowed)) {
                    throw new AccountException(NLS.bind(Messages.loginOutsideDomainCharacters, login, allowed));
                }
            } catch (PatternSyntaxException e) {
                throw new AccountException(NLS.bind(Messages.settingInvalid, SETTING_DOMAIN_CHARACTERS, allowed), e);
            }
        }
        String skeleton = LoginRules.skeleton(login);
        for (User existing : model.getUsers()) {
            if (existing.getLogin().equals(login)) {
                throw new AccountException(NLS.bind(Messages.loginTaken, login));
            }
            if (LoginRules.skeleton(existing.getLogin()).equals(skeleton)) {
                throw new AccountException(NLS.bind(Messages.loginConfusable, login, existing.getLogin()));
            }
        }
    }

    private void checkFields(NewUser request) throws AccountException {
        AccountServiceImpl.checkLogin(request.login());
        FieldRules.checkText(request.displayName(), MAXIMUM_DISPLAY_NAME, Messages.fieldDisplayName, false);
        FieldRules.checkText(request.email(), MAXIMUM_EMAIL, Messages.fieldEmail, false);
        String email = FieldRules.blankToNull(request.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) { //$NON-NLS-1$
            throw new AccountException(NLS.bind(Messages.emailInvalid, email));
        }
        if (request.external() && email == null) {
            throw new AccountException(Messages.externalNeedsEmail);
        }
        if (request.authorizationLevel() < 0 || request.authorizationLevel() > AccountService.MAXIMUM_LEVEL) {
            throw new AccountException(NLS.bind(Messages.levelOutOfRange, request.authorizationLevel()));
        }
        var broken = policy.check(request.password());
        if (!broken.isEmpty()) {
            throw new AccountException(NLS.bind(Messages.passwordRefused, "- " + String.join("\n- ", broken))); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }



    private static Optional<String> setting(Transaction tx, String name) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT setting_value FROM settings WHERE name = ?")) { //$NON-NLS-1$
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
