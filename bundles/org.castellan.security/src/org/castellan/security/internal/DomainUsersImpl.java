package org.castellan.security.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.castellan.model.Group;
import org.castellan.model.SessionPolicy;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.DomainUsers;
import org.castellan.security.NewUser;
import org.castellan.security.SecurityRules;
import org.castellan.security.UserAdministration;
import org.castellan.store.CastellanStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * {@link DomainUsers}: what the directory says, written as an administrator's change (his right
 * checked, the rules of every change kept, rights archived, each user's change journaled).
 */
@Component(service = DomainUsers.class)
public final class DomainUsersImpl implements DomainUsers {

    private final CastellanStore store;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public DomainUsersImpl(@Reference CastellanStore store) {
        this(store, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand. */
    public DomainUsersImpl(CastellanStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public List<String> domainLogins(AuthenticatedUser actor) throws AccountException {
        return AdministrativeChange.read(store, actor,
                (tx, model) -> model.getUsers().stream().filter(User::isDomain).map(User::getLogin).sorted().toList());
    }

    @Override
    public SyncResult synchronize(AuthenticatedUser actor, Map<String, DirectoryState> states, List<String> errors) throws AccountException {
        return AdministrativeChange.runLocking(store, actor, "users", (tx, model) -> { //$NON-NLS-1$
            Map<String, Group> groups = DomainMemberships.byName(model);
            Date now = Date.from(clock.instant());
            int checked = 0;
            int updated = 0;
            int disabled = 0;
            for (User user : model.getUsers()) {
                if (!user.isDomain()) {
                    continue;
                }
                checked++;
                DirectoryState state = states.getOrDefault(user.getLogin(), DirectoryState.GONE);
                String wasEnabled = "enabled: " + user.isEnabled(); //$NON-NLS-1$
                String wasGroups = DomainMemberships.describe(user);
                boolean disabling = user.isEnabled() && !(state.found() && state.enabled());
                if (disabling) {
                    user.setEnabled(false); // never deleted: his history and rights stay for later
                }
                boolean regrouped = state.found() && DomainMemberships.apply(groups, user, state.groups(), now);
                if (!disabling && !regrouped) {
                    continue;
                }
                updated++;
                disabled += disabling ? 1 : 0;
                store.model().update(tx, user);
                List<String> before = new ArrayList<>();
                List<String> after = new ArrayList<>();
                if (disabling) {
                    before.add(wasEnabled);
                    after.add("enabled: false"); //$NON-NLS-1$
                }
                if (regrouped) {
                    before.add(wasGroups);
                    after.add(DomainMemberships.describe(user));
                }
                EventPublisher.publish(store, tx, events, UserAdministration.TOPIC_USER_CHANGED, "login", user.getLogin(), "actor", actor.login(), //$NON-NLS-1$ //$NON-NLS-2$
                        "source", DomainMemberships.SOURCE, "timestamp", clock.millis(), "before", before.toArray(String[]::new), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "after", after.toArray(String[]::new)); //$NON-NLS-1$
            }
            return new SyncResult(checked, updated, disabled, errors);
        });
    }

    @Override
    public List<AuthenticatedUser> createFromDirectory(AuthenticatedUser actor, List<DirectoryEntry> entries, int authorizationLevel)
            throws AccountException {
        return AdministrativeChange.runLocking(store, actor, "users", (tx, model) -> { //$NON-NLS-1$
            List<AuthenticatedUser> created = new ArrayList<>();
            SecurityRules.Logins logins = UserAdministrationImpl.takenLogins(model); // read once, not once per user
            for (DirectoryEntry entry : entries) {
                AccountServiceImpl.checkLogin(entry.login());
                SecurityRules.checkProfile(entry.displayName(), entry.email(), false, authorizationLevel, false);
                List<String> unknown = DomainMemberships.unknown(model, entry.groups().held());
                NewUser request = new NewUser(entry.login(), entry.displayName(), entry.email(), false, true, authorizationLevel, null,
                        SessionPolicy.NORMAL, java.util.Set.of(),
                        entry.groups().held().stream().filter(g -> !unknown.contains(g)).collect(java.util.stream.Collectors.toSet()));
                User user = UserAdministrationImpl.insert(store, events, clock, tx, model, actor, request, null, logins);
                created.add(new AuthenticatedUser(user.getId(), user.getLogin(), user.getDisplayName(), user.getAuthorizationLevel()));
            }
            return created;
        });
    }

    @Override
    public Optional<String> unknownGroup(Collection<String> groupNames) throws AccountException {
        return AdministrativeChange.inTransaction(store, (tx, model) -> DomainMemberships.unknown(model, groupNames).stream().findFirst());
    }
}
