package org.castellan.security.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.castellan.model.CastellanFactory;
import org.castellan.model.CastellanPackage;
import org.castellan.model.Installation;
import org.castellan.model.Right;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.GuestRights;
import org.castellan.security.NaturalOrder;
import org.castellan.security.RightsCatalog;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleContribution;
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

/** {@link RoleAdministration} on the installation's model, one transaction per change. */
@Component(service = RoleAdministration.class)
public final class RoleAdministrationImpl implements RoleAdministration {

    private final CastellanStore store;
    private final RightsCatalog catalog;
    private final Clock clock;

    /** Optional: events are posted while an EventAdmin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For Declarative Services: the opened installation's store and the rights bundles declare. */
    @Activate
    public RoleAdministrationImpl(@Reference CastellanStore store, @Reference RightsCatalog catalog) {
        this(store, catalog, Clock.systemUTC());
    }

    /** For headless programs and tests that have a store at hand. */
    public RoleAdministrationImpl(CastellanStore store, RightsCatalog catalog, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.catalog = Objects.requireNonNull(catalog);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public List<RightView> rights() throws AccountException {
        return AdministrativeChange.inTransaction(store, (tx, model) -> model.getRights().stream()
                .map(r -> new RightView(r.getRightId(), r.getLabel(), r.getCategory(), r.getDescription(), catalog.isDeclared(r.getRightId()),
                        r.isAdministrative()))
                .sorted(Comparator.comparing((RightView r) -> r.category() == null ? "" : r.category()) //$NON-NLS-1$
                        .thenComparing(r -> r.label() == null ? r.id() : r.label()))
                .toList());
    }

    @Override
    public void updateRole(AuthenticatedUser actor, String name, long version, String newName, String description, Set<String> rightIds)
            throws AccountException {
        SecurityRules.checkRole(newName, description);
        AdministrativeChange.run(store, actor, (tx, model) -> {
            Role role = Lookups.role(model, name);
            if (role.getVersion() != version) {
                throw new AccountException(NLS.bind(Messages.roleChangedMeanwhile, name));
            }
            String wanted = newName.strip();
            if (!wanted.equals(role.getName())) {
                SecurityRules.checkRenamable(role, wanted);
                SecurityRules.checkRoleNameFree(model.getRoles().stream().filter(r -> r != role).map(Role::getName).toList(), wanted);
            }
            List<String> before = rightIds(role);
            reshape(model, role, wanted, description, rightIds);
            store.model().update(tx, role);
            String what = name.equals(wanted) ? "saved" : "saved, renamed to " + wanted; //$NON-NLS-1$ //$NON-NLS-2$
            publish(tx, actor, name, what, new AdministrativeChange.BeforeAfter(before, rightIds(role)));
            return null;
        });
    }

    @Override
    public List<GuestRights.Way> wouldGiveGuest(AuthenticatedUser actor, String name, String newName, Set<String> rightIds) throws AccountException {
        return AdministrativeChange.guestWaysAfter(store, actor, model -> {
            Role role = Lookups.role(model, name);
            reshape(model, role, newName.strip(), role.getDescription(), rightIds);
        });
    }

    /** The role as {@link #updateRole} saves it: renamed, with its description and exactly these rights. */
    private void reshape(Installation model, Role role, String newName, String description, Collection<String> rightIds) throws AccountException {
        role.setName(newName);
        replaceRights(model, role, description, rightIds);
    }

    /** Sets the role's description and exactly these rights, keeping the grant dates of rights it already had. */
    private void replaceRights(Installation model, Role role, String description, Collection<String> rightIds) throws AccountException {
        role.setDescription(FieldRules.blankToNull(description));
        Assignments.setRights(model, role, rightIds, Date.from(clock.instant()));
    }

    @Override
    public void applyRoles(AuthenticatedUser actor, List<RoleView> roles) throws AccountException {
        for (RoleView view : roles) {
            SecurityRules.checkRole(view.name(), view.description());
        }
        AdministrativeChange.run(store, actor, (tx, model) -> {
            for (RoleView view : roles) {
                String name = view.name().strip();
                Role role = model.getRoles().stream().filter(r -> r.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
                List<String> before = role == null ? List.of() : rightIds(role);
                if (role == null) {
                    role = CastellanFactory.eINSTANCE.createRole();
                    role.setName(name);
                    replaceRights(model, role, view.description(), view.rights());
                    model.getRoles().add(role);
                    store.model().insert(tx, role);
                } else {
                    replaceRights(model, role, view.description(), view.rights());
                    store.model().update(tx, role);
                }
                publish(tx, actor, name, "applied from a package", new AdministrativeChange.BeforeAfter(before, rightIds(role))); //$NON-NLS-1$
            }
            return null;
        });
    }

    @Override
    public Map<String, RoleLabel> predefinedLabels() throws AccountException {
        Map<String, RoleContribution> declared = new HashMap<>();
        catalog.roles().forEach(c -> declared.put(c.id(), c));
        return AdministrativeChange.withoutModel(store, tx -> {
            Map<String, RoleLabel> labels = new HashMap<>();
            List<Role> predefined = TableParts.of(store, tx, "SELECT id FROM roles WHERE contribution_id IS NOT NULL", Set.of()) //$NON-NLS-1$
                    .map(part -> List.copyOf(part.getRoles())).orElse(List.of());
            for (Role role : predefined) {
                RoleContribution contribution = role.getContributionId() == null ? null : declared.get(role.getContributionId());
                if (contribution != null) {
                    labels.put(role.getName(), new RoleLabel(contribution.name(),
                            contribution.description() == null ? role.getDescription() : contribution.description()));
                }
            }
            return Map.copyOf(labels);
        });
    }

    @Override
    public List<RoleView> roles() throws AccountException {
        return AdministrativeChange.withoutModel(store, tx -> TableParts
                .of(store, tx, "SELECT id FROM roles", Set.of(CastellanPackage.Literals.RIGHT_GRANT__RIGHT)).stream() //$NON-NLS-1$
                .flatMap(part -> part.getRoles().stream()).sorted(Comparator.comparing(Role::getName, NaturalOrder.INSTANCE))
                .map(r -> new RoleView(r.getName(), r.getDescription(), r.isPredefined(), rightIds(r), r.getVersion())).toList());
    }

    @Override
    public void createRole(AuthenticatedUser actor, String name, String description, Set<String> rightIds) throws AccountException {
        SecurityRules.checkRole(name, description);
        change(actor, name, "created", (tx, model) -> { //$NON-NLS-1$
            refuseTakenName(model, name);
            Role role = CastellanFactory.eINSTANCE.createRole();
            role.setName(name.strip());
            role.setDescription(FieldRules.blankToNull(description));
            for (String rightId : rightIds) {
                role.getGrants().add(grantOf(right(model, rightId)));
            }
            model.getRoles().add(role);
            store.model().insert(tx, role);
            return List.of();
        });
    }

    @Override
    public void copyRole(AuthenticatedUser actor, String name, String copyName) throws AccountException {
        SecurityRules.checkRole(copyName, null);
        change(actor, copyName, "copied from " + name, (tx, model) -> { //$NON-NLS-1$
            Role original = Lookups.role(model, name);
            refuseTakenName(model, copyName);
            Role copy = CastellanFactory.eINSTANCE.createRole();
            copy.setName(copyName.strip());
            copy.setDescription(original.getDescription());
            for (RightGrant grant : original.getGrants()) {
                copy.getGrants().add(grantOf(grant.getRight()));
            }
            model.getRoles().add(copy);
            store.model().insert(tx, copy);
            return List.of();
        });
    }

    @Override
    public void deleteRole(AuthenticatedUser actor, String name) throws AccountException {
        change(actor, name, "deleted", (tx, model) -> { //$NON-NLS-1$
            Role role = Lookups.role(model, name);
            SecurityRules.checkDeletable(role);
            List<String> before = rightIds(role);
            store.model().delete(tx, role);
            return before;
        });
    }

    @Override
    public void grant(AuthenticatedUser actor, String roleName, String rightId) throws AccountException {
        changeGrants(actor, roleName, rightId, "grant " + rightId, //$NON-NLS-1$
                (role, model) -> !rightIds(role).contains(rightId) && role.getGrants().add(grantOf(right(model, rightId))));
    }

    @Override
    public void revoke(AuthenticatedUser actor, String roleName, String rightId) throws AccountException {
        changeGrants(actor, roleName, rightId, "revoke " + rightId, (role, model) -> { //$NON-NLS-1$
            right(model, rightId); // a mistyped id is refused, not silently ignored
            return role.getGrants().removeIf(g -> g.getRight().getRightId().equals(rightId));
        });
    }

    /** How a grant or revoke edits a role's grants in memory; whether it changed them. */
    @FunctionalInterface
    private interface GrantsEdit {
        boolean apply(Role role, Installation model) throws AccountException;
    }

    /**
     * A grant or revoke of one right: the role is stored only when the edit changed its grants.
     * Made on the part of the model it touches: the role, the right, and the users the role is
     * given to, directly or through a group (the only ones whose rights it moves).
     */
    private void changeGrants(AuthenticatedUser actor, String roleName, String rightId, String what, GrantsEdit edit) throws AccountException {
        AdministrativeChange.runOnPart(store, actor, tx -> {
            Set<String> ids = new HashSet<>(store.model().idsWhere(tx, CastellanPackage.Literals.ROLE__NAME, roleName));
            ids.addAll(store.model().holders(tx, CastellanPackage.Literals.ROLE_ASSIGNMENT__ROLE, Set.copyOf(ids)));
            ids.addAll(store.model().holders(tx, CastellanPackage.Literals.MEMBERSHIP__GROUP, Set.copyOf(ids)));
            ids.addAll(store.model().idsWhere(tx, CastellanPackage.Literals.RIGHT__RIGHT_ID, rightId));
            return ids;
        }, (tx, part, self) -> {
            if (!roleName.equals(roleName.strip()) || part.getRoles().stream().noneMatch(r -> r.getName().equals(roleName))
                    || part.getRights().stream().noneMatch(r -> r.getRightId().equals(rightId))) {
                return null; // the whole model's refusal says what is unknown
            }
            return editGrants(tx, part, actor, roleName, what, edit);
        }, (tx, model) -> {
            editGrants(tx, model, actor, roleName, what, edit).run();
            return null;
        });
    }

    /** The grant or revoke, made in memory now; the role written and the change journaled when run. */
    private PartChange.Writes editGrants(Transaction tx, Installation model, AuthenticatedUser actor, String roleName, String what, GrantsEdit edit)
            throws AccountException {
        Role role = Lookups.role(model, roleName);
        List<String> before = rightIds(role);
        boolean changed = edit.apply(role, model);
        return () -> {
            if (changed) {
                store.model().update(tx, role);
            }
            publish(tx, actor, roleName, what, new AdministrativeChange.BeforeAfter(before, rightsAfter(model, roleName)));
        };
    }

    /**
     * Made on the part of the model it touches (see {@link PartChange}): the role and the user,
     * whose rights alone it moves.
     */
    @Override
    public void assign(AuthenticatedUser actor, String login, String roleName) throws AccountException {
        AdministrativeChange.runOnPart(store, actor, tx -> {
            Set<String> ids = new HashSet<>(store.model().idsWhere(tx, CastellanPackage.Literals.ROLE__NAME, roleName));
            ids.addAll(store.model().idsWhere(tx, CastellanPackage.Literals.USER__LOGIN, login));
            return ids;
        }, (tx, part, self) -> {
            if (part.getRoles().stream().noneMatch(r -> r.getName().equals(roleName))
                    || part.getUsers().stream().noneMatch(u -> u.getLogin().equals(login))) {
                return null; // the whole model's refusal says which is unknown
            }
            return editAssignment(tx, part, actor, login, roleName);
        }, (tx, model) -> {
            editAssignment(tx, model, actor, login, roleName).run();
            return null;
        });
    }

    /** The role given to the user in memory now; the user written and the change journaled when run. */
    private PartChange.Writes editAssignment(Transaction tx, Installation model, AuthenticatedUser actor, String login, String roleName)
            throws AccountException {
        Role role = Lookups.role(model, roleName);
        User user = Lookups.user(model, login);
        boolean changed = user.getRoleAssignments().stream().noneMatch(a -> a.getRole() == role)
                && user.getRoleAssignments().add(Assignments.assignment(role, Date.from(clock.instant())));
        return () -> {
            if (changed) {
                store.model().update(tx, user);
            }
            EventPublisher.publish(store, tx, events, TOPIC_ROLE_CHANGED, "role", roleName, "actor", actor.login(), //$NON-NLS-1$ //$NON-NLS-2$
                    "timestamp", clock.millis(), "change", "assigned to " + login); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        };
    }

    /** A change of one role, published with the role's rights before and after it. */
    private void change(AuthenticatedUser actor, String roleName, String what, AdministrativeChange.Work<List<String>> work)
            throws AccountException {
        AdministrativeChange.run(store, actor, (tx, model) -> {
            List<String> before = work.run(tx, model);
            publish(tx, actor, roleName, what, new AdministrativeChange.BeforeAfter(before, rightsAfter(model, roleName)));
            return null;
        });
    }

    /** The rights of the role of that name (without surrounding spaces) once changed; none when it is gone. */
    private static List<String> rightsAfter(Installation model, String roleName) {
        return model.getRoles().stream().filter(r -> r.getName().equals(roleName.strip())).findFirst().map(RoleAdministrationImpl::rightIds)
                .orElse(List.of());
    }

    private void publish(Transaction tx, AuthenticatedUser actor, String roleName, String what, AdministrativeChange.BeforeAfter change)
            throws StoreException {
        EventPublisher.publish(store, tx, events, TOPIC_ROLE_CHANGED, "role", roleName, "actor", actor.login(), "timestamp", clock.millis(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "change", what, "before", change.sortedBefore(), "after", change.sortedAfter()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private RightGrant grantOf(Right right) {
        return Assignments.grant(right, Date.from(clock.instant()));
    }

    private static List<String> rightIds(Role role) {
        return role.getGrants().stream().map(g -> g.getRight().getRightId()).toList();
    }

    /** A right the installation knows: declared by a bundle now or before (and then stored). */
    private static Right right(Installation model, String rightId) throws AccountException {
        return SecurityRules.right(model, rightId);
    }

    private static void refuseTakenName(Installation model, String name) throws AccountException {
        SecurityRules.checkRoleNameFree(model.getRoles().stream().map(Role::getName).toList(), name.strip());
    }
}
