package org.castellan.config.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.castellan.config.ConfigurationChange;
import org.castellan.config.ConfigurationChange.Kind;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Company;
import org.castellan.model.Entity;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Role;
import org.castellan.model.SessionPolicy;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.SecurityRules;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;

/**
 * Makes the model of a change match a plan's target: companies, roles, groups and users created,
 * changed, removed, disabled or archived, as the plan's changes say, each written to the store in
 * the change's transaction (new ones in one batch per table, as an import writes them). The rules
 * were checked before ({@link Validation}); what the whole installation must still be after the
 * change is the change's to check ({@link SecurityRules.Change#finish}).
 */
final class Application {

    private final CastellanStore store;
    private final Transaction tx;
    private final Installation model;
    private final Configuration target;
    private final Date now;
    private final Map<String, Company> companies;
    private final Map<String, Role> roles;
    private final Map<String, Group> groups;
    private final Map<String, User> users;
    /** Existing objects changed, to write once each. */
    private final Set<Entity> changed = new LinkedHashSet<>();

    private Application(CastellanStore store, SecurityRules.Change change, Configuration target, Date now) {
        this.store = store;
        this.tx = change.transaction();
        this.model = change.model();
        this.target = target;
        this.now = now;
        this.companies = byKey(model.getCompanies(), Company::getCode);
        this.roles = byKey(model.getRoles(), Role::getName);
        this.groups = byKey(model.getGroups(), Group::getName);
        this.users = byKey(model.getUsers(), User::getLogin);
    }

    private static <T> Map<String, T> byKey(List<T> objects, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        objects.forEach(o -> map.put(key.apply(o), o));
        return map;
    }

    /** Writes the security model's changes but its removals, which wait for what names them to let go ({@link Written#removeLeftOut}). */
    static Written apply(CastellanStore store, SecurityRules.Change change, Configuration target, List<ConfigurationChange> changes, Date now)
            throws AccountException, StoreException {
        Application application = new Application(store, change, target, now);
        Map<Section, List<ConfigurationChange>> bySection = new HashMap<>();
        for (ConfigurationChange c : changes) {
            bySection.computeIfAbsent(Section.of(c.section()).orElseThrow(), s -> new ArrayList<>()).add(c);
        }
        application.companies(bySection.getOrDefault(Section.COMPANIES, List.of()));
        application.roles(bySection.getOrDefault(Section.ROLES, List.of()));
        application.groups(bySection.getOrDefault(Section.GROUPS, List.of()));
        List<String> created = application.users(bySection.getOrDefault(Section.USERS, List.of()),
                bySection.getOrDefault(Section.GROUPS, List.of()));
        for (Entity entity : application.changed) {
            store.model().update(application.tx, entity);
        }
        return new Written(application, created, bySection.getOrDefault(Section.GROUPS, List.of()), bySection.getOrDefault(Section.ROLES, List.of()));
    }

    /**
     * The security model's changes written but the removals of groups and roles: those come once
     * the permissions and data rights given to the groups are gone.
     *
     * @param created the logins of the users created
     */
    record Written(Application application, List<String> created, List<ConfigurationChange> groupChanges, List<ConfigurationChange> roleChanges) {

        void removeLeftOut() throws SQLException, StoreException, AccountException {
            application.removeGroupsAndRoles(groupChanges, roleChanges);
        }
    }

    private void companies(List<ConfigurationChange> changes) throws StoreException {
        List<Company> added = new ArrayList<>();
        for (ConfigurationChange change : changes) {
            Entry entry = target.entry(Section.COMPANIES, change.key());
            Company company = obtain(companies, change.key(), Application::company, added);
            // a company left out is archived, never deleted
            company.setName(entry == null ? company.getName() : entry.text("name")); //$NON-NLS-1$
            company.setArchived(entry == null || entry.flag("archived")); //$NON-NLS-1$
        }
        insert(model.getCompanies(), added);
    }

    /** The object of a key, or a new one (to insert), made by {@code create}; an existing one is then written as changed. */
    private <T extends Entity> T obtain(Map<String, T> known, String key, Function<String, T> create, List<T> added) {
        T object = known.get(key);
        if (object == null) {
            object = create.apply(key);
            known.put(key, object);
            added.add(object);
        } else {
            changed.add(object);
        }
        return object;
    }

    /** New objects into the model and, in one batch per table, the store. */
    private <T extends Entity> void insert(List<T> modelList, List<T> added) throws StoreException {
        modelList.addAll(added);
        store.model().insertAll(tx, added);
    }

    private static Company company(String code) {
        Company company = CastellanFactory.eINSTANCE.createCompany();
        company.setCode(code);
        return company;
    }

    private static Role role(String name) {
        Role role = CastellanFactory.eINSTANCE.createRole();
        role.setName(name);
        return role;
    }

    private static Group group(String name) {
        Group group = CastellanFactory.eINSTANCE.createGroup();
        group.setName(name);
        return group;
    }

    private void roles(List<ConfigurationChange> changes) throws AccountException, StoreException {
        List<Role> added = new ArrayList<>();
        for (ConfigurationChange change : changes) {
            Entry entry = target.entry(Section.ROLES, change.key());
            if (entry == null) {
                continue; // removed once nothing names it any more
            }
            Role role = obtain(roles, change.key(), Application::role, added);
            role.setDescription(entry.text("description")); //$NON-NLS-1$
            SecurityRules.setRights(model, role, entry.list("rights"), now); //$NON-NLS-1$
        }
        insert(model.getRoles(), added);
    }

    private void groups(List<ConfigurationChange> changes) throws AccountException, StoreException {
        List<Group> added = new ArrayList<>();
        for (ConfigurationChange change : changes) {
            Entry entry = target.entry(Section.GROUPS, change.key());
            if (entry == null) {
                continue; // removed once no user is in it any more
            }
            Group group = obtain(groups, change.key(), Application::group, added);
            group.setDescription(entry.text("description")); //$NON-NLS-1$
            SecurityRules.setRoles(model, group, new TreeSet<>(entry.list("roles")), now); //$NON-NLS-1$
        }
        insert(model.getGroups(), added);
    }

    /**
     * Creates, changes and disables users, and moves them into and out of groups: a user whose
     * entry changed or whose groups' members changed is made to match the target whole.
     */
    private List<String> users(List<ConfigurationChange> changes, List<ConfigurationChange> groupChanges) throws AccountException, StoreException {
        Set<String> touched = new TreeSet<>();
        changes.forEach(c -> touched.add(c.key()));
        for (ConfigurationChange change : groupChanges) {
            for (ConfigurationChange.Field field : change.fields()) {
                if (field.name().equals("members")) { //$NON-NLS-1$
                    // only users of the target: those it leaves out keep their groups (a removed group's go with it)
                    field.added().stream().filter(login -> target.entry(Section.USERS, login) != null).forEach(touched::add);
                    field.removed().stream().filter(login -> target.entry(Section.USERS, login) != null).forEach(touched::add);
                }
            }
        }
        Map<String, Set<String>> groupsOf = new HashMap<>();
        for (Entry group : target.entries(Section.GROUPS).values()) {
            for (String login : group.list("members")) { //$NON-NLS-1$
                groupsOf.computeIfAbsent(login, l -> new TreeSet<>()).add(group.key());
            }
        }
        List<User> added = new ArrayList<>();
        for (String login : touched) {
            Entry entry = target.entry(Section.USERS, login);
            User user = users.get(login);
            if (entry == null) {
                if (user != null) {
                    user.setEnabled(false); // a user left out is disabled, never deleted; his groups stay
                    changed.add(user);
                }
                continue;
            }
            if (user == null) {
                user = obtain(users, login, Application::user, added);
                user.setDomain(entry.flag("domain")); //$NON-NLS-1$
            } else {
                changed.add(user);
            }
            fill(user, entry, groupsOf.getOrDefault(login, Set.of()));
        }
        insert(model.getUsers(), added);
        return added.stream().map(User::getLogin).toList();
    }

    private static User user(String login) {
        User user = CastellanFactory.eINSTANCE.createUser();
        user.setLogin(login);
        return user;
    }

    /** A user as his entry says, a member of exactly {@code groupNames}. */
    private void fill(User user, Entry entry, Set<String> groupNames) throws AccountException {
        user.setDisplayName(entry.text("name")); //$NON-NLS-1$
        user.setEmail(entry.text("email")); //$NON-NLS-1$
        user.setAuthorizationLevel(Objects.requireNonNullElse(entry.number("level"), 0)); //$NON-NLS-1$
        user.setEnabled(entry.flag("enabled")); //$NON-NLS-1$
        user.setExternal(entry.flag("external")); //$NON-NLS-1$
        String policy = entry.text("session-policy"); //$NON-NLS-1$
        user.setSessionPolicy(policy == null ? SessionPolicy.NORMAL : SessionPolicy.getByName(policy));
        replace(user.getCompanies(), entry.list("works-in")); //$NON-NLS-1$
        replace(user.getAdministeredCompanies(), entry.list("administers")); //$NON-NLS-1$
        SecurityRules.setRoles(model, user, new TreeSet<>(entry.list("roles")), now); //$NON-NLS-1$
        SecurityRules.setGroups(model, user, groupNames, now);
    }

    /** The companies of the codes, in the installation's order. */
    private void replace(List<Company> list, List<String> codes) {
        Set<Company> wanted = codes.stream().map(companies::get).collect(Collectors.toSet());
        list.clear();
        model.getCompanies().stream().filter(wanted::contains).forEach(list::add);
    }

    /** Deletes the groups and the roles (never predefined ones) the target leaves out, once nothing the target keeps names them. */
    private void removeGroupsAndRoles(List<ConfigurationChange> groupChanges, List<ConfigurationChange> roleChanges)
            throws SQLException, StoreException, AccountException {
        for (ConfigurationChange change : groupChanges) {
            if (change.kind() == Kind.REMOVE) {
                Group group = groups.get(change.key());
                SecurityRules.deleteGroup(store, tx, group);
                model.getGroups().remove(group);
            }
        }
        for (ConfigurationChange change : roleChanges) {
            if (change.kind() == Kind.REMOVE) {
                Role role = roles.get(change.key());
                SecurityRules.checkDeletable(role);
                store.model().delete(tx, role);
                model.getRoles().remove(role);
            }
        }
    }
}
