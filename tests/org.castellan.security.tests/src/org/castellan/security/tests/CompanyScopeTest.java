package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration.CompanyScope;
import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.CompanyAdministrationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where users work and what security administrators administer: empty for every company, set only
 * by an administrator of every company, never leaving the installation without one.
 */
class CompanyScopeTest {

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("scopes", Clock.systemUTC());

    private CompanyAdministrationImpl companies;
    private AuthenticatedUser clerk;
    private AuthenticatedUser officer;

    @BeforeEach
    void companiesAClerkAndASecondAdministrator() throws Exception {
        companies = new CompanyAdministrationImpl(installation.store, Clock.systemUTC());
        for (String code : List.of("ACME", "NORTH", "SOUTH")) {
            companies.createCompany(installation.admin, code, code + " SA");
        }
        companies.setArchived(installation.admin, "SOUTH", true);
        clerk = installation.users.createUser(installation.admin, new NewUser("clerk", null, null, false, false, 2, AdministeredInstallation.PASSWORD));
        officer = installation.users.createUser(installation.admin, new NewUser("officer", null, null, false, false, 9, AdministeredInstallation.PASSWORD));
        installation.roles.assign(installation.admin, "officer", "Administrator");
    }

    @Test
    void aUserLimitedToSomeCompaniesWorksOnlyThereAndChoosesAmongTheActiveOnesAtLogin() throws Exception {
        assertEquals(List.of("ACME", "NORTH"), codes(companies.companiesFor(clerk)), "every active company while he is not limited");
        assertTrue(companies.setScope(installation.admin, "clerk", new CompanyScope(Set.of("acme", "south"), Set.of())));
        assertFalse(companies.setScope(installation.admin, "clerk", new CompanyScope(Set.of("ACME", "SOUTH"), Set.of())), "the same scope changes nothing");
        assertEquals(new CompanyScope(Set.of("ACME", "SOUTH"), Set.of()), companies.scopeOf(installation.admin, "clerk"));
        assertEquals(List.of("ACME"), codes(companies.companiesFor(clerk)), "an archived company is not offered");

        AccessControlImpl access = new AccessControlImpl(installation.store, Clock.systemUTC());
        assertTrue(access.mayWorkIn(clerk.id(), "acme"));
        assertFalse(access.mayWorkIn(clerk.id(), "NORTH"));
        assertTrue(access.mayWorkIn(installation.admin.id(), "NORTH"));
        assertFalse(access.mayWorkIn("nobody", "ACME"));
    }

    @Test
    void anAdministratorOfSomeCompaniesReachesOnlyThemAndMayNotWidenAnyonesScope() throws Exception {
        assertTrue(companies.setScope(installation.admin, "officer", new CompanyScope(Set.of(), Set.of("NORTH"))));
        AccessControlImpl access = new AccessControlImpl(installation.store, Clock.systemUTC());
        assertTrue(access.administersCompany(officer.id(), "north"));
        assertFalse(access.administersCompany(officer.id(), "ACME"));
        assertFalse(access.administersCompany(officer.id(), null), "all companies at once: global administrators only");
        assertTrue(access.administersCompany(installation.admin.id(), null));

        AccountException widen = assertThrows(AccountException.class, () -> companies.setScope(officer, "officer", CompanyScope.EVERYWHERE));
        assertTrue(widen.getMessage().contains("Only an administrator of every company"), widen.getMessage());
        assertThrows(AccountException.class, () -> companies.setScope(officer, "clerk", new CompanyScope(Set.of("NORTH"), Set.of())));

        AccountException last = assertThrows(AccountException.class,
                () -> companies.setScope(installation.admin, "admin", new CompanyScope(Set.of(), Set.of("ACME"))));
        assertTrue(last.getMessage().contains("Keep one global administrator"), last.getMessage());
        AccountException unknown = assertThrows(AccountException.class,
                () -> companies.setScope(installation.admin, "clerk", new CompanyScope(Set.of("NOPE"), Set.of())));
        assertTrue(unknown.getMessage().contains("NOPE"), unknown.getMessage());
        assertEquals(CompanyScope.EVERYWHERE, companies.scopeOf(installation.admin, "clerk"), "a refused change saves nothing");
        assertThrows(AccountException.class, () -> companies.scopeOf(clerk, "officer"), "administrators only");
    }

    @Test
    void anAdministratorOfSomeCompaniesChangesOnlyTheirUsersAndNothingEveryCompanyShares() throws Exception {
        companies.setScope(installation.admin, "officer", new CompanyScope(Set.of("NORTH"), Set.of("NORTH")));
        companies.setScope(installation.admin, "clerk", new CompanyScope(Set.of("NORTH"), Set.of()));
        installation.users.createUser(installation.admin, new NewUser("acmeclerk", null, null, false, false, 2, AdministeredInstallation.PASSWORD));
        companies.setScope(installation.admin, "acmeclerk", new CompanyScope(Set.of("ACME"), Set.of()));
        installation.roles.createRole(installation.admin, "Cashier", null, Set.of(Contributions.CASH));
        installation.roles.createRole(installation.admin, "Door keeper", null, Set.of(Contributions.BLOCK));

        installation.users.setEnabled(officer, "clerk", false);
        installation.users.setEnabled(officer, "clerk", true);
        installation.users.unlock(officer, "clerk");
        installation.roles.assign(officer, "clerk", "Cashier");

        AccountException elsewhere = assertThrows(AccountException.class, () -> installation.users.setEnabled(officer, "acmeclerk", false));
        assertTrue(elsewhere.getMessage().contains("acmeclerk works in companies you do not administer"), elsewhere.getMessage());
        assertTrue(elsewhere.getMessage().contains("only for NORTH"), elsewhere.getMessage());
        assertThrows(AccountException.class, () -> installation.users.setEnabled(officer, "admin", false), "one who works everywhere is everyone's");
        assertThrows(AccountException.class, () -> installation.users.unlock(officer, "acmeclerk"), "the lock is checked apart from the model");
        assertThrows(AccountException.class, () -> installation.roles.assign(officer, "acmeclerk", "Cashier"));

        AccountException escalation = assertThrows(AccountException.class, () -> installation.roles.assign(officer, "clerk", "Door keeper"));
        assertTrue(escalation.getMessage().contains("clerk would hold an administrative right"), escalation.getMessage());

        AccountException shared = assertThrows(AccountException.class, () -> installation.roles.createRole(officer, "Night shift", null, Set.of()));
        assertTrue(shared.getMessage().contains("concerns every company"), shared.getMessage());
        assertThrows(AccountException.class, () -> companies.createCompany(officer, "WEST", "West SA"));
        assertThrows(AccountException.class, () -> companies.renameCompany(officer, "NORTH", "Nord SA"), "his own company's name is every company's list");

        AuthenticatedUser created = installation.users.createUser(officer, new NewUser("northnew", null, null, false, false, 2, AdministeredInstallation.PASSWORD));
        assertEquals(new CompanyScope(Set.of("NORTH"), Set.of("NORTH")), companies.scopeOf(installation.admin, created.login()),
                "a user he creates stays his to administer");
        installation.roles.assign(officer, "northnew", "Door keeper"); // administers NORTH only: no escalation
        assertFalse(new AccessControlImpl(installation.store, Clock.systemUTC()).administersCompany(created.id(), "ACME"));

        assertFalse(installation.users.user(installation.admin, "acmeclerk").roles().contains("Cashier"), "a refused change saves nothing");
        assertTrue(installation.users.user(installation.admin, "acmeclerk").enabled());
    }

    @Test
    void aUserCreatedWithAScopeWorksThereFromTheStartButOnlyAGlobalAdministratorGivesOne() throws Exception {
        CompanyScope north = new CompanyScope(Set.of("NORTH"), Set.of());
        installation.users.createUser(installation.admin,
                new NewUser("copy", null, null, false, false, 2, AdministeredInstallation.PASSWORD, null, Set.of(), Set.of(), north));
        assertEquals(north, companies.scopeOf(installation.admin, "copy"), "set in the same transaction as the user");

        companies.setScope(installation.admin, "officer", new CompanyScope(Set.of("NORTH"), Set.of("NORTH")));
        AccountException wider = assertThrows(AccountException.class, () -> installation.users.createUser(officer,
                new NewUser("copy2", null, null, false, false, 2, AdministeredInstallation.PASSWORD, null, Set.of(), Set.of(), CompanyScope.EVERYWHERE)));
        assertTrue(wider.getMessage().contains("Only an administrator of every company"), wider.getMessage());
        assertThrows(AccountException.class, () -> installation.users.user(installation.admin, "copy2"), "a refused creation saves nothing");
    }

    private static List<String> codes(List<CompanyView> companies) {
        return companies.stream().map(CompanyView::code).toList();
    }
}
