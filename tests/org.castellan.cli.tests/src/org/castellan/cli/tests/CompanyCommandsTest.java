package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.UserAdministration;
import org.junit.jupiter.api.Test;

/** {@code castellan company ...} on a real installation: each change journaled once, refusals saving nothing. */
class CompanyCommandsTest extends InstallationWithAClerk {

    @Test
    void anAdministratorCreatesRenamesArchivesAndReactivatesCompaniesEachChangeJournaledOnce() throws Exception {
        done(installation.asAdmin("company", "add", "ACME", "--name", "Acme Pharmacy"), "Company ACME created.");
        done(installation.asAdmin("company", "add", "north", "--name", "North branch"), "Company north created.");
        done(installation.asAdmin("company", "rename", "acme", "--name", "Acme SA"), "renamed “Acme SA”");
        done(installation.asAdmin("company", "rename", "ACME", "--name", "Acme SA"), "nothing changed");
        done(installation.asAdmin("company", "archive", "north"), "archived");
        done(installation.asAdmin("company", "archive", "north"), "was already archived: nothing changed");

        Run text = installation.asClerk("company", "list");
        assertEquals(ExitCode.DONE, text.exitCode(), text.toString());
        assertEquals(List.of("CODE   NAME          STATE", "ACME   Acme SA       active", "north  North branch  archived"), text.out().lines().toList(),
                "anyone logged in may list them");
        Run tsv = installation.asAdmin("company", "list", "--format", "tsv");
        assertEquals(List.of("code\tname\tarchived", "ACME\tAcme SA\tfalse", "north\tNorth branch\ttrue"), tsv.out().lines().toList());

        done(installation.asAdmin("company", "reactivate", "north"), "active again");
        List<String> changes = installation.journaled(CompanyAdministration.TOPIC_COMPANY_CHANGED);
        assertEquals(5, changes.size(), "two creations, a rename, an archive and a reactivation; no row for what changed nothing: " + changes);
        assertTrue(changes.get(2).contains("change=renamed") && changes.get(2).contains("name: Acme Pharmacy") && changes.get(2).contains("name: Acme SA"),
                "before and after: " + changes.get(2));
    }

    @Test
    void refusalsAndMistakesSayWhatIsWrongExitNonZeroAndSaveNothing() throws Exception {
        done(installation.asAdmin("company", "add", "ACME", "--name", "Acme"), "created");
        record Case(Run run, int exitCode, String says) {
        }
        List<Case> cases = List.of(new Case(installation.asAdmin("company", "add", "acme", "--name", "Other"), ExitCode.REFUSED, "already exists"),
                new Case(installation.asAdmin("company", "add", "A B", "--name", "Spaces"), ExitCode.REFUSED, "only letters, digits, - and _"),
                new Case(installation.asAdmin("company", "add", "BETA", "--name", "Tab\tinside"), ExitCode.REFUSED, "control characters"),
                new Case(installation.asAdmin("company", "add", "BETA"), ExitCode.USAGE, "company add needs --name TEXT"),
                new Case(installation.asAdmin("company", "rename", "NOPE", "--name", "X"), ExitCode.REFUSED, "no company with the code “NOPE”"),
                new Case(installation.asAdmin("company", "archive"), ExitCode.USAGE, "the company's code"),
                new Case(installation.asClerk("company", "add", "MINE", "--name", "Mine"), ExitCode.REFUSED, "Administer security"),
                new Case(installation.asClerk("company", "archive", "ACME"), ExitCode.REFUSED, "Administer security"));
        for (Case c : cases) {
            assertEquals(c.exitCode(), c.run().exitCode(), c.run().toString());
            assertTrue(c.run().err().contains(c.says()), c.run().toString());
        }
        assertEquals(List.of("code\tname\tarchived", "ACME\tAcme\tfalse"), installation.asAdmin("company", "list", "--format", "tsv").out().lines().toList());
        assertEquals(1, installation.journaled(CompanyAdministration.TOPIC_COMPANY_CHANGED).size(), "only the creation");
    }

    @Test
    void userCompaniesShowsAndLimitsWhereAUserWorksAndWhatHeAdministersInOneJournaledChange() throws Exception {
        done(admin("company", "add", "ACME", "--name", "Acme"), "created");
        done(admin("company", "add", "NORTH", "--name", "North"), "created");
        Run everywhere = admin("user", "companies", "clerk");
        assertEquals(ExitCode.DONE, everywhere.exitCode(), everywhere.toString());
        assertTrue(everywhere.out().contains("Works in") && everywhere.out().contains("every company"), everywhere.out());
        assertTrue(everywhere.out().contains("none: he does not hold the right to administer security"),
                "a clerk without the right administers no company, though his scope is every company: " + everywhere.out());

        done(admin("user", "companies", "clerk", "--works-in", "acme, north", "--administers", "Acme"),
                "clerk now works in: ACME, NORTH; administers: ACME.");
        done(admin("user", "companies", "clerk", "--works-in", "NORTH"), "clerk now works in: NORTH; administers: ACME.");
        done(admin("user", "companies", "clerk", "--works-in", "north"), "Nothing changed.");
        Run json = admin("user", "companies", "clerk", "--format", "json");
        assertEquals("{\"worksIn\":[\"NORTH\"],\"administers\":[\"ACME\"],\"securityAdministrator\":false}", json.out().replaceAll("\\s", ""), json.toString());
        assertTrue(admin("user", "show", "clerk").out().contains("Administers"), "user show shows the editor's Companies tab too");
        done(admin("user", "companies", "clerk", "--works-in", "all", "--administers", "ALL"), "clerk now works in: every company; administers: every company.");

        List<String> changes = installation.journaled(UserAdministration.TOPIC_USER_CHANGED);
        assertEquals(3, changes.size(), "three changes, none for the one that changed nothing: " + changes);
        assertTrue(changes.get(1).contains("companies: ACME, NORTH") && changes.get(1).contains("companies: NORTH"), "before and after: " + changes.get(1));
    }

    @Test
    void userCompaniesRefusesUnknownCompaniesEmptyCodesAndAnyoneButAGlobalAdministrator() throws Exception {
        done(admin("company", "add", "ACME", "--name", "Acme"), "created");
        done(admin("role", "assign", "Administrator", "clerk"), "");
        done(admin("user", "companies", "clerk", "--administers", "ACME"), "administers: ACME");
        Run shown = admin("user", "companies", "clerk");
        assertTrue(shown.out().contains("ACME") && !shown.out().contains("none:"), "an administrator administers his scope: " + shown.out());
        record Case(Run run, int exitCode, String says) {
        }
        List<Case> cases = List.of(new Case(admin("user", "companies", "clerk", "--works-in", "NOPE"), ExitCode.REFUSED, "“NOPE”"),
                new Case(admin("user", "companies", "clerk", "--works-in", "ACME,"), ExitCode.USAGE, "no empty one"),
                new Case(admin("user", "companies", "nobody"), ExitCode.REFUSED, "nobody"),
                new Case(installation.asClerk("user", "companies", "clerk", "--administers", "all"), ExitCode.REFUSED, "Ask a global administrator"),
                new Case(installation.asClerk("user", "companies", "admin", "--works-in", "ACME"), ExitCode.REFUSED, "Ask a global administrator"));
        for (Case c : cases) {
            assertEquals(c.exitCode(), c.run().exitCode(), c.run().toString());
            assertTrue(c.run().err().contains(c.says()), c.run().toString());
        }
        assertTrue(admin("user", "companies", "clerk").out().contains("ACME"), "still limited to ACME");
        assertTrue(admin("user", "companies", "admin").out().contains("every company"), "the admin's scope untouched");
    }
}
