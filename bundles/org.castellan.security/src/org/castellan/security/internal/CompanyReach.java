package org.castellan.security.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.castellan.model.Company;
import org.castellan.model.Entity;
import org.castellan.model.Installation;
import org.castellan.model.Right;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * What a security administrator limited to some companies may change: the users who work only in
 * companies he administers (their profile, password, roles, groups, lock), and nothing that is the
 * whole installation's (roles, groups, companies, settings, password policies), which would reach
 * the users of the other companies too. A global administrator has no reach to check.
 * <p>
 * Checked on the model as a change leaves it, whatever service made the change: a change to a role
 * that gives rights to a user of another company is refused like a change to that user.
 */
final class CompanyReach {

    private final Set<String> administered;
    private final String shown;

    private CompanyReach(List<Company> administered) {
        this.administered = codes(administered);
        this.shown = administered.stream().map(Company::getCode).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    /** The actor's reach; empty for a global administrator, whose reach is the installation. */
    static Optional<CompanyReach> of(Installation model, AuthenticatedUser actor) throws AccountException {
        List<Company> companies = Lookups.user(model, actor.login()).getAdministeredCompanies();
        return companies.isEmpty() ? Optional.empty() : Optional.of(new CompanyReach(companies));
    }

    /** Refuses a limited administrator a change that concerns the whole installation. */
    static void requireGlobal(Installation model, AuthenticatedUser actor) throws AccountException {
        Optional<CompanyReach> reach = of(model, actor);
        if (reach.isPresent()) {
            throw reach.get().installationWide();
        }
    }

    /** Refuses a limited administrator a change to a user outside his companies. */
    static void requireReaches(Installation model, AuthenticatedUser actor, User user) throws AccountException {
        Optional<CompanyReach> reach = of(model, actor);
        if (reach.isPresent() && !reach.get().reaches(user, EffectiveRights.compile(model), administrativeRights(model))) {
            throw reach.get().outside(user);
        }
    }

    /**
     * Limits a user this administrator creates to his companies, where he works and what he would
     * administer if given an administrative right, so that the new user stays in his reach.
     */
    void limit(Installation model, User created) {
        List<Company> companies = model.getCompanies().stream().filter(c -> administered.contains(code(c))).toList();
        created.getCompanies().addAll(companies);
        created.getAdministeredCompanies().addAll(companies);
    }

    /** The model as a change found it, with the rights it gave, to compare with what the change leaves. */
    Before before(Installation model, EffectiveRights rights) {
        Map<String, String> users = new HashMap<>();
        Map<String, Boolean> reached = new HashMap<>();
        Set<String> administrative = administrativeRights(model);
        for (User user : model.getUsers()) {
            users.put(user.getId(), fingerprint(user));
            reached.put(user.getId(), reaches(user, rights, administrative));
        }
        return new Before(users, reached, installationWide(model));
    }

    /**
     * Refuses the change if it touched a user outside the administrator's companies (his fields,
     * roles, groups, companies, or rights through a role or a group) or anything of the whole
     * installation.
     */
    void check(Before before, Installation after, EffectiveRights rightsBefore, EffectiveRights rightsAfter) throws AccountException {
        if (!before.installation().equals(installationWide(after))) {
            throw installationWide();
        }
        Set<String> remaining = new TreeSet<>();
        Set<String> administrative = administrativeRights(after);
        for (User user : after.getUsers()) {
            remaining.add(user.getId());
            boolean changed = !fingerprint(user).equals(before.users().get(user.getId()))
                    || !rightsBefore.rightsOf(user.getId()).equals(rightsAfter.rightsOf(user.getId()));
            boolean wasOutside = !before.reached().getOrDefault(user.getId(), true);
            if (changed && (wasOutside || !reaches(user, rightsAfter, administrative))) {
                throw outside(user);
            }
        }
        boolean removedOutside = before.reached().entrySet().stream().anyMatch(e -> !remaining.contains(e.getKey()) && !e.getValue());
        if (removedOutside) {
            throw installationWide();
        }
    }

    /**
     * A user works only in companies this administrator administers (one allowed everywhere is
     * everyone's) and, if he holds an administrative right, administers only some of them: else
     * giving him the Administrator role would make him a global administrator.
     */
    private boolean reaches(User user, EffectiveRights rights, Set<String> administrative) {
        return worksInReach(user) && (administersInReach(user) || rights.rightsOf(user.getId()).stream().noneMatch(administrative::contains));
    }

    private boolean worksInReach(User user) {
        return !user.getCompanies().isEmpty() && administered.containsAll(codes(user.getCompanies()));
    }

    private boolean administersInReach(User user) {
        return !user.getAdministeredCompanies().isEmpty() && administered.containsAll(codes(user.getAdministeredCompanies()));
    }

    /** The rights a guest may never hold: those that administer, and with them act on companies. */
    private static Set<String> administrativeRights(Installation model) {
        return model.getRights().stream().filter(Right::isAdministrative).map(Right::getRightId).collect(Collectors.toSet());
    }

    private AccountException outside(User user) {
        if (worksInReach(user) && !administersInReach(user)) {
            return new AccountException(NLS.bind(Messages.wouldAdministerOutside, user.getLogin(), shown));
        }
        return new AccountException(NLS.bind(Messages.outsideAdministeredCompanies, user.getLogin(), shown));
    }

    private AccountException installationWide() {
        return new AccountException(NLS.bind(Messages.installationWideChange, shown));
    }

    /** Roles, groups and companies: what every company's users share. */
    private static String installationWide(Installation model) {
        StringBuilder text = new StringBuilder();
        model.getRoles().forEach(role -> append(text, role));
        model.getGroups().forEach(group -> append(text, group));
        model.getCompanies().forEach(company -> append(text, company));
        return text.toString();
    }

    private static String fingerprint(EObject object) {
        StringBuilder text = new StringBuilder();
        append(text, object);
        return text.toString();
    }

    /**
     * Every attribute (the stored version aside, which any write moves on), the ids of what it
     * refers to, and what it contains: equal text, unchanged object.
     */
    private static void append(StringBuilder text, EObject object) {
        text.append(object.eClass().getName()).append('{');
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || "version".equals(feature.getName())) { //$NON-NLS-1$
                continue;
            }
            text.append(feature.getName()).append('=');
            Object value = object.eGet(feature);
            if (feature instanceof EAttribute) {
                text.append(value);
            } else if (((EReference) feature).isContainment()) {
                for (EObject contained : values(feature, value)) {
                    append(text, contained);
                }
            } else {
                values(feature, value).forEach(target -> text.append(((Entity) target).getId()).append(','));
            }
            text.append(';');
        }
        text.append('}');
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> values(EStructuralFeature feature, Object value) {
        if (feature.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    private static Set<String> codes(List<Company> companies) {
        return companies.stream().map(CompanyReach::code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Codes compare without letter case. */
    private static String code(Company company) {
        return company.getCode().toUpperCase(Locale.ROOT);
    }

    /** Each user's fingerprint and whether he was in reach, and the installation-wide part, before a change. */
    record Before(Map<String, String> users, Map<String, Boolean> reached, String installation) {
    }
}
