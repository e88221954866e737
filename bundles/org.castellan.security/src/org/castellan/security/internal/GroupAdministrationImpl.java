package org.castellan.security.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

import org.castellan.model.CastellanFactory;
import org.castellan.model.CastellanPackage;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.GroupAdministration;
import org.castellan.security.GuestRights;
import org.castellan.security.NaturalOrder;
import org.castellan.security.SecurityRules;
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
        return AdministrativeChange.inTransaction(store, (tx, model) -> {
            Map<Group, List<String>> members = membersByGroup(model);
            return model.getGroups().stream().sorted(Comparator.comparing(Group::getName, NaturalOrder.INSTANCE))
                    .map(g -> view(g, sorted(members.getOrDefault(g, List.of())))).toList();
        });
    }

    @Override
    public GroupPage groups(AuthenticatedUser actor, String filter, int limit) throws AccountException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit); //$NON-NLS-1$
        }
        if (actor == null) {
            throw new AccountException(Messages.notAdministrator);
        }
        GroupPage page = Boolean.getBoolean(PartChange.WHOLE_MODEL_PROPERTY) ? null
                : AdministrativeChange.withoutModel(store, tx -> GroupPages.read(store, tx, actor, filter, limit));
        if (page != null) {
            return page;
        }
        List<GroupView> all = AdministrativeChange.read(store, actor, (tx, model) -> {
            Map<Group, List<String>> members = membersByGroup(model);
            return model.getGroups().stream().sorted(Comparator.comparing(Group::getName, NaturalOrder.INSTANCE))
                    .map(g -> view(g, sorted(members.getOrDefault(g, List.of())))).toList();
        });
        return GroupPages.of(all, filter, limit);
    }

    /** A group as administrators see it, with the logins of its members in natural order. */
    static GroupView view(Group group, List<String> members) {
        return new GroupView(group.getName(), group.getDescription(), sorted(roleNames(group)), members, group.getVersion());
    }

    @Override
    public void createGroup(AuthenticatedUser actor, String name, String description) throws AccountException {
        createGroup(actor, name, description, Set.of(), Set.of());
    }

    @Override
    public void createGroup(AuthenticatedUser actor, String name, String description, Set<String> roles, Set<String> members)
            throws AccountException {
        SecurityRules.checkGroup(name, description);
        change(actor, name, "created", (tx, model) -> { //$NON-NLS-1$
            String wanted = name.strip();
            SecurityRules.checkGroupNameFree(model.getGroups().stream().map(Group::getName).toList(), wanted);
            Group group = CastellanFactory.eINSTANCE.createGroup();
            group.setName(wanted);
            group.setDescription(FieldRules.blankToNull(description));
            Date now = Date.from(clock.instant());
            Assignments.setRoles(model, group, roles, now);
            model.getGroups().add(group);
            store.model().insert(tx, group);
            writeMembers(tx, setMembers(model, group, members, now));
            return new AdministrativeChange.BeforeAfter(List.of(), describe(model, group));
        });
    }

    @Override
    public void deleteGroup(AuthenticatedUser actor, String name) throws AccountException {
        change(actor, name, "deleted", (tx, model) -> { //$NON-NLS-1$
            Group group = Lookups.group(model, name);
            List<String> before = members(model, group);
            SecurityRules.deleteGroup(store, tx, group);
            return new AdministrativeChange.BeforeAfter(before, List.of());
        });
    }

    @Override
    public void addMember(AuthenticatedUser actor, String groupName, String login) throws AccountException {
        membership(actor, groupName, login, "member added: " + login, //$NON-NLS-1$
                (group, user) -> user.getMemberships().stream().noneMatch(m -> m.getGroup() == group)
                        && user.getMemberships().add(Assignments.membership(group, Date.from(clock.instant()))));
    }

    @Override
    public void removeMember(AuthenticatedUser actor, String groupName, String login) throws AccountException {
        membership(actor, groupName, login, "member removed: " + login, //$NON-NLS-1$
                (group, user) -> user.getMemberships().removeIf(m -> m.getGroup() == group));
    }

    /**
     * Changes one user's membership of the group; {@code edit} says whether it changed anything,
     * which is then stored. Made on the part of the model it touches (see {@link PartChange}): the
     * group, its members (the event lists them all) and the user, whose rights alone it moves.
     */
    private void membership(AuthenticatedUser actor, String groupName, String login, String what, BiPredicate<Group, User> edit)
            throws AccountException {
        AdministrativeChange.runOnPart(store, actor, tx -> {
            Set<String> ids = new HashSet<>(store.model().idsWhere(tx, CastellanPackage.Literals.GROUP__NAME, groupName));
            ids.addAll(store.model().holders(tx, CastellanPackage.Literals.MEMBERSHIP__GROUP, Set.copyOf(ids)));
            ids.addAll(store.model().idsWhere(tx, CastellanPackage.Literals.USER__LOGIN, login));
            return ids;
        }, (tx, part, self) -> {
            if (part.getGroups().stream().noneMatch(g -> g.getName().equals(groupName))
                    || part.getUsers().stream().noneMatch(u -> u.getLogin().equals(login))) {
                return null; // the whole model's refusal says which is unknown
            }
            return editMembership(tx, part, actor, groupName, login, what, edit);
        }, (tx, model) -> {
            editMembership(tx, model, actor, groupName, login, what, edit).run();
            return null;
        });
    }

    /** The membership changed in memory now; the user written and the change journaled when run. */
    private PartChange.Writes editMembership(Transaction tx, Installation model, AuthenticatedUser actor, String groupName, String login, String what,
            BiPredicate<Group, User> edit) throws AccountException {
        Group group = Lookups.group(model, groupName);
        User user = Lookups.user(model, login);
        List<String> before = members(model, group);
        boolean changed = edit.test(group, user);
        AdministrativeChange.BeforeAfter change = new AdministrativeChange.BeforeAfter(before, members(model, group));
        return () -> {
            if (changed) {
                store.model().update(tx, user);
            }
            publish(tx, actor, groupName, what, change);
        };
    }

    @Override
    public void assignRole(AuthenticatedUser actor, String groupName, String roleName) throws AccountException {
        change(actor, groupName, "role assigned: " + roleName, (tx, model) -> { //$NON-NLS-1$
            Group group = Lookups.group(model, groupName);
            Role role = Lookups.role(model, roleName);
            List<String> before = roleNames(group);
            if (group.getRoleAssignments().stream().noneMatch(a -> a.getRole() == role)) {
                group.getRoleAssignments().add(Assignments.assignment(role, Date.from(clock.instant())));
                store.model().update(tx, group);
            }
            return new AdministrativeChange.BeforeAfter(before, roleNames(group));
        });
    }

    @Override
    public void updateGroup(AuthenticatedUser actor, String name, long version, String newName, String description, Set<String> roles,
            Set<String> members) throws AccountException {
        SecurityRules.checkGroup(newName, description);
        change(actor, name, "saved", (tx, model) -> { //$NON-NLS-1$
            Group group = Lookups.group(model, name);
            if (group.getVersion() != version) {
                throw new AccountException(NLS.bind(Messages.groupChangedMeanwhile, name));
            }
            String wanted = newName.strip();
            SecurityRules.checkGroupNameFree(model.getGroups().stream().filter(g -> g != group).map(Group::getName).toList(), wanted);
            List<String> before = describe(model, group);
            List<User> joinedOrLeft = reshape(model, group, wanted, description, roles, members, Date.from(clock.instant()));
            store.model().update(tx, group);
            writeMembers(tx, joinedOrLeft);
            return new AdministrativeChange.BeforeAfter(before, describe(model, group));
        });
    }

    @Override
    public List<GuestRights.Way> wouldGiveGuest(AuthenticatedUser actor, String name, String newName, Set<String> roles, Set<String> members)
            throws AccountException {
        return AdministrativeChange.guestWaysAfter(store, actor, model -> {
            Group group = Lookups.group(model, name);
            reshape(model, group, newName.strip(), group.getDescription(), roles, members, Date.from(clock.instant()));
        });
    }

    /**
     * The group as {@link #updateGroup} saves it, in the model: renamed, with its description, roles
     * and members.
     *
     * @return the users who joined or left it
     */
    private static List<User> reshape(Installation model, Group group, String newName, String description, Set<String> roles, Set<String> members,
            Date now) throws AccountException {
        group.setName(newName);
        group.setDescription(FieldRules.blankToNull(description));
        Assignments.setRoles(model, group, roles, now);
        return setMembers(model, group, members, now);
    }

    /**
     * Makes exactly {@code members} (logins) members of the group in the model; unknown logins are
     * refused first.
     *
     * @return the users who joined or left it, to write
     */
    private static List<User> setMembers(Installation model, Group group, Set<String> members, Date now) throws AccountException {
        for (String login : members) {
            Lookups.user(model, login);
        }
        List<User> changed = new ArrayList<>();
        for (User user : model.getUsers()) {
            boolean member = user.getMemberships().stream().anyMatch(m -> m.getGroup() == group);
            if (member != members.contains(user.getLogin())) {
                if (member) {
                    user.getMemberships().removeIf(m -> m.getGroup() == group);
                } else {
                    user.getMemberships().add(Assignments.membership(group, now));
                }
                changed.add(user);
            }
        }
        return changed;
    }

    private void writeMembers(Transaction tx, List<User> users) throws StoreException {
        for (User user : users) {
            store.model().update(tx, user);
        }
    }

    /** Roles and members of a group, as the lines its change events carry. */
    private static List<String> describe(Installation model, Group group) {
        List<String> lines = new ArrayList<>();
        lines.add("name: " + group.getName()); //$NON-NLS-1$
        lines.add("description: " + group.getDescription()); //$NON-NLS-1$
        roleNames(group).forEach(r -> lines.add("role: " + r)); //$NON-NLS-1$
        members(model, group).forEach(m -> lines.add("member: " + m)); //$NON-NLS-1$
        return lines;
    }

    private void change(AuthenticatedUser actor, String groupName, String what,
            AdministrativeChange.Work<AdministrativeChange.BeforeAfter> work) throws AccountException {
        AdministrativeChange.run(store, actor, (tx, model) -> {
            publish(tx, actor, groupName, what, work.run(tx, model));
            return null;
        });
    }

    private void publish(Transaction tx, AuthenticatedUser actor, String groupName, String what, AdministrativeChange.BeforeAfter change)
            throws StoreException {
        EventPublisher.publish(store, tx, events, TOPIC_GROUP_CHANGED, "group", groupName, "actor", actor.login(), //$NON-NLS-1$ //$NON-NLS-2$
                "timestamp", clock.millis(), "change", what, "before", change.sortedBefore(), "after", change.sortedAfter()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** Every group's members in one pass over the users (a pass per group took minutes with 100,000 users and 1,000 groups). */
    private static Map<Group, List<String>> membersByGroup(Installation model) {
        Map<Group, List<String>> members = new HashMap<>();
        for (User user : model.getUsers()) {
            user.getMemberships().stream().map(Membership::getGroup).distinct()
                    .forEach(group -> members.computeIfAbsent(group, g -> new ArrayList<>()).add(user.getLogin()));
        }
        return members;
    }

    private static List<String> members(Installation model, Group group) {
        return model.getUsers().stream().filter(u -> u.getMemberships().stream().anyMatch(m -> m.getGroup() == group))
                .map(User::getLogin).toList();
    }

    /** In the order a person looks for them: C2 before C10. */
    private static List<String> sorted(List<String> names) {
        return names.stream().sorted(NaturalOrder.INSTANCE).toList();
    }

    private static List<String> roleNames(Group group) {
        return group.getRoleAssignments().stream().map(a -> a.getRole().getName()).toList();
    }
}
