package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.security.NewUser;
import org.castellan.security.internal.CompanyAdministrationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Companies: created with a code unique without letter case, renamed, archived and made active again, by administrators only. */
class CompanyAdministrationTest {

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("companies", Clock.systemUTC());

    private CompanyAdministrationImpl companies;
    private AuthenticatedUser clerk;

    @BeforeEach
    void companiesAndAClerk() throws Exception {
        companies = new CompanyAdministrationImpl(installation.store, Clock.systemUTC());
        clerk = installation.users.createUser(installation.admin, new NewUser("clerk", null, null, false, false, 2, AdministeredInstallation.PASSWORD));
    }

    private List<CompanyView> shown() throws AccountException {
        return companies.companies().stream().map(c -> new CompanyView(c.code(), c.name(), c.archived(), 0)).toList();
    }

    @Test
    void aCompanyIsCreatedRenamedArchivedAndMadeActiveAgainUnderItsCode() throws Exception {
        companies.createCompany(installation.admin, " ACME ", " Acme Pharmacy ");
        companies.createCompany(installation.admin, "north-2", "North branch");
        assertEquals(List.of(new CompanyView("ACME", "Acme Pharmacy", false, 0), new CompanyView("north-2", "North branch", false, 0)), shown(),
                "in the order they were made, code and name stripped");

        assertTrue(companies.renameCompany(installation.admin, "acme", "Acme SA"), "a code is found without letter case");
        assertFalse(companies.renameCompany(installation.admin, "ACME", "Acme SA"), "the same name changes nothing");
        assertTrue(companies.setArchived(installation.admin, "ACME", true));
        assertFalse(companies.setArchived(installation.admin, "ACME", true), "archived twice changes nothing");
        assertEquals(new CompanyView("ACME", "Acme SA", true, 0), shown().get(0));
        assertTrue(companies.setArchived(installation.admin, "ACME", false));
        assertFalse(shown().get(0).archived());
    }

    @Test
    void aCodeTakenWithOtherLetterCaseOrWithForbiddenCharactersIsRefused() throws Exception {
        companies.createCompany(installation.admin, "ACME", "Acme");
        AccountException taken = assertThrows(AccountException.class, () -> companies.createCompany(installation.admin, "acme", "Other"));
        assertTrue(taken.getMessage().contains("already exists") && taken.getMessage().contains("Choose another code"), taken.getMessage());
        for (String bad : List.of("", "  ", "A B", "a/b", "x".repeat(21), "*")) {
            AccountException refused = assertThrows(AccountException.class, () -> companies.createCompany(installation.admin, bad, "Name"), bad);
            assertFalse(refused.getMessage().isBlank(), bad);
        }
        assertThrows(AccountException.class, () -> companies.createCompany(installation.admin, "BETA", " "), "a name is needed");
        assertThrows(AccountException.class, () -> companies.createCompany(installation.admin, "BETA", "n".repeat(121)), "at most 120 characters");
        assertThrows(AccountException.class, () -> companies.renameCompany(installation.admin, "ACME", ""), "a rename needs a name");
        AccountException unknown = assertThrows(AccountException.class, () -> companies.setArchived(installation.admin, "NOPE", true));
        assertTrue(unknown.getMessage().contains("NOPE"), unknown.getMessage());
        assertEquals(List.of(new CompanyView("ACME", "Acme", false, 0)), shown(), "no refusal saved anything");
    }

    @Test
    void onlyAdministratorsChangeCompaniesWhoeverCallsTheService() throws Exception {
        companies.createCompany(installation.admin, "ACME", "Acme");
        assertThrows(AccountException.class, () -> companies.createCompany(clerk, "MINE", "Mine"));
        assertThrows(AccountException.class, () -> companies.renameCompany(clerk, "ACME", "Taken over"));
        assertThrows(AccountException.class, () -> companies.setArchived(clerk, "ACME", true));
        assertThrows(AccountException.class, () -> companies.createCompany(null, "NOBODY", "Nobody"));
        assertEquals(List.of(new CompanyView("ACME", "Acme", false, 0)), shown(), "everyone may read them");
    }
}
