package org.castellan.security.internal;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.Role;
import org.castellan.model.RoleAssignment;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.GroupAdministration;
import org.castellan.store.CastellanStore;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** {@link GroupAdministration} on the installation's model, one transaction per change. */
@Component(service = GroupAdministration.class)
public final class GroupAdministrationImpl implements GroupAdministration {

    private final CastellanStore store;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For Declarative Services: the opened installation's store. */
    @Activate
    public GroupAdministrationImpl(@Reference CastellanStore store) {
        this(store, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand. */
    public GroupAdministrationImpl(CastellanStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public List<GroupView> groups() throws AccountException {
        return AdministrativeChange.inTransaction(store, (tx, model) -> model.getGroups().stream()
                .map(g -> new GroupView(g.getName(), g.getDescription(), roleNames(g), members(model, g))).toList());
    }

    @Override
    public void createGroup(AuthenticatedUser actor, String name, String description) throws AccountException {
        FieldRules.checkNameAndDescription(name, description, Messages.groupNameEmpty, Messages.fieldGroupName);
        change(actor, name, "created", (tx, model) -> { //$NON-NLS-1$
            String wanted = name.strip();
            if (model.getGroups().stream().anyMatch(g -> g.getName().equalsIgnoreCase(wanted))) {
                throw new AccountException(NLS.bind(Messages.groupNameTaken, wanted));
            }
            Group group = CastellanFactory.eINSTANCE.createGroup();
            group.setName(wanted);
            group.setDescription(FieldRules.blankToNull(description));
            model.getGroups().add(group);
            store.model().insert(tx, group);
            return new AdministrativeChange.BeforeAfter(List.of(), List.of());
        });
    }

    @Override
    public void deleteGroup(AuthenticatedUser actor, String name) throws AccountException {
        change(actor, name, "deleted", (tx, model) -> { //$NON-NLS-1$
            Group group = Lookups.group(model, name);
            List<String> before = members(model, group);
            store.model().delete(tx, group);
            return new AdministrativeChange.BeforeAfter(before, List.of());
        });
    }

    @Override
    public void addMember(AuthenticatedUser actor, String groupName, String login) throws AccountException {
        change(actor, groupName, "member added: " + login, (tx, model) -> { //$NON-NLS-1$
            Group group = Lookups.group(model, groupName);
            User user = Lookups.user(model, login);
            List<String> before = members(model, group);
            if (!before.contains(login)) {
                Membership membership = CastellanFactory.eINSTANCE.createMembership();
                membership.setGroup(group);
                membership.setGrantedAt(Date.from(clock.instant()));
                user.getMemberships().add(membership);
                store.model().update(tx, user);
            }
            return new AdministrativeChange.BeforeAfter(before, members(model, group));
        });
    }

    @Override
    public void removeMember(AuthenticatedUser actor, String groupName, String login) throws AccountException {
        change(actor, groupName, "member removed: " + login, (tx, model) -> { //$NON-NLS-1$
            Group group = Lookups.group(model, groupName);
            User user = Lookups.user(model, login);
            List<String> before = members(model, group);
            if (user.getMemberships().removeIf(m -> m.getGroup() == group)) {
                store.model().update(tx, user);
            }
            return new AdministrativeChange.BeforeAfter(before, members(model, group));
        });
    }

    @Override
    public void assignRole(AuthenticatedUser actor, String groupName, String roleName) throws AccountException {
        change(actor, groupName, "role assigned: " + roleName, (tx, model) -> { //$NON-NLS-1$
            Group group = Lookups.group(model, groupName);
            Role role = Lookups.role(model, roleName);
            List<String> before = roleNames(group);
            if (group.getRoleAssignments().stream().noneMatch(a -> a.getRole() == role)) {
                RoleAssignment assignment = CastellanFactory.eINSTANCE.createRoleAssignment();
                assignment.setRole(role);
                assignment.setGrantedAt(Date.from(clock.instant()));
                group.getRoleAssignments().add(assignment);
                store.model().update(tx, group);
            }
            return new AdministrativeChange.BeforeAfter(before, roleNames(group));
        });
    }

    private void change(AuthenticatedUser actor, String groupName, String what,
            AdministrativeChange.Work<AdministrativeChange.BeforeAfter> work) throws AccountException {
        AdministrativeChange.BeforeAfter change = AdministrativeChange.run(store, actor, work);
        EventPublisher.post(events, TOPIC_GROUP_CHANGED, "group", groupName, "actor", actor.login(), "timestamp", clock.millis(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "change", what, "before", change.sortedBefore(), "after", change.sortedAfter()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static List<String> members(Installation model, Group group) {
        return model.getUsers().stream().filter(u -> u.getMemberships().stream().anyMatch(m -> m.getGroup() == group))
                .map(User::getLogin).toList();
    }

    private static List<String> roleNames(Group group) {
        return group.getRoleAssignments().stream().map(a -> a.getRole().getName()).toList();
    }
}
