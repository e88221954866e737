package org.castellan.benchmarks;

import java.util.OptionalInt;
import java.util.Set;

import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;

/** The benchmarks' acting user is an administrator: the right checks are not what is measured. */
final class AllowAll implements AccessControl {

    @Override
    public boolean hasRight(String userId, String rightId) {
        return true;
    }

    @Override
    public Set<String> rightsOf(String userId) {
        return Set.of(AccountService.ADMINISTER_RIGHT);
    }

    @Override
    public boolean mayWorkIn(String userId, String companyCode) {
        return true;
    }

    @Override
    public boolean administersCompany(String userId, String companyCode) {
        return true;
    }

    @Override
    public OptionalInt authorizationLevel(String userId) {
        return OptionalInt.of(9);
    }
}
