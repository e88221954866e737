package org.castellan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.castellan.security.AccountService;
import org.castellan.security.RightContribution;
import org.castellan.security.RightsCatalog;
import org.castellan.security.RoleContribution;

/**
 * What the bundles of a real installation would declare, for benchmarks that run without them:
 * always the security bundle's right to administer and its Administrator role, plus the
 * benchmark's own rights and roles.
 */
final class DeclaredRights {

    private DeclaredRights() {
    }

    static RightsCatalog with(List<RightContribution> rights, List<RoleContribution> roles) {
        List<RightContribution> allRights = new ArrayList<>();
        allRights.add(new RightContribution(AccountService.ADMINISTER_RIGHT, "Administer security", null, null, "org.castellan.security", true));
        allRights.addAll(rights);
        List<RoleContribution> allRoles = new ArrayList<>();
        allRoles.add(new RoleContribution(RightsCatalog.ADMINISTRATOR_ROLE, "Administrator", null, false, Set.of(AccountService.ADMINISTER_RIGHT),
                Set.of(), "org.castellan.security"));
        allRoles.addAll(roles);
        return new RightsCatalog() {
            @Override
            public List<RightContribution> rights() {
                return allRights;
            }

            @Override
            public List<RoleContribution> roles() {
                return allRoles;
            }
        };
    }
}
