package org.castellan.security.internal;

import org.castellan.model.Company;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.eclipse.osgi.util.NLS;

/** Finding the users, roles, groups and companies administrators name, with a clear refusal when there is none. */
final class Lookups {

    private Lookups() {
    }

    static User user(Installation model, String login) throws AccountException {
        return model.getUsers().stream().filter(u -> u.getLogin().equals(login)).findFirst()
                .orElseThrow(() -> new AccountException(NLS.bind(Messages.unknownUser, login)));
    }

    static Role role(Installation model, String name) throws AccountException {
        return model.getRoles().stream().filter(r -> r.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AccountException(NLS.bind(Messages.unknownRole, name)));
    }

    static Group group(Installation model, String name) throws AccountException {
        return model.getGroups().stream().filter(g -> g.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AccountException(NLS.bind(Messages.unknownGroup, name)));
    }

    /** A company by its code, letter case ignored (codes are unique that way). */
    static Company company(Installation model, String code) throws AccountException {
        String wanted = code == null ? "" : code.strip(); //$NON-NLS-1$
        return model.getCompanies().stream().filter(c -> c.getCode().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new AccountException(NLS.bind(Messages.unknownCompany, wanted)));
    }
}
