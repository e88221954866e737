package org.castellan.security.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.castellan.model.Company;
import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration.CompanyScope;

/**
 * Where a user works and what he administers, read and changed in the model: shared by
 * {@link CompanyAdministrationImpl#setScope} and the user editor's save, so both refuse alike.
 */
final class UserScopes {

    private UserScopes() {
    }

    static CompanyScope of(User user) {
        return new CompanyScope(codes(user.getCompanies()), codes(user.getAdministeredCompanies()));
    }

    /**
     * Gives {@code user} the scope, when it differs from his: only a global administrator may
     * (one limited to some companies could otherwise widen a scope, his own included).
     *
     * @return whether the scope changed
     */
    static boolean apply(Installation model, AuthenticatedUser actor, User user, CompanyScope scope) throws AccountException {
        List<Company> worksIn = companies(model, scope.worksIn());
        List<Company> administers = companies(model, scope.administers());
        if (new CompanyScope(codes(worksIn), codes(administers)).equals(of(user))) {
            return false;
        }
        if (!Lookups.user(model, actor.login()).getAdministeredCompanies().isEmpty()) {
            throw new AccountException(Messages.scopeNeedsGlobalAdministrator);
        }
        user.getCompanies().clear();
        user.getCompanies().addAll(worksIn);
        user.getAdministeredCompanies().clear();
        user.getAdministeredCompanies().addAll(administers);
        return true;
    }

    /** A scope as the journal shows it, {@code *} for every company. */
    static List<String> describe(CompanyScope scope) {
        return List.of("companies: " + joined(scope.worksIn()), "administers: " + joined(scope.administers())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String joined(Set<String> codes) {
        return codes.isEmpty() ? "*" : String.join(", ", new TreeSet<>(codes)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Set<String> codes(List<Company> companies) {
        return companies.stream().map(Company::getCode).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The companies of the codes, each once, in the installation's order; an unknown code refuses the change. */
    private static List<Company> companies(Installation model, Set<String> codes) throws AccountException {
        Set<Company> wanted = new HashSet<>();
        for (String code : codes) {
            wanted.add(Lookups.company(model, code));
        }
        return model.getCompanies().stream().filter(wanted::contains).toList();
    }
}
