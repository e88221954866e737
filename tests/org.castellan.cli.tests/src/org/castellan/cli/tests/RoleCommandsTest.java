package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.CASH;
import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.security.RoleAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code castellan role list|show|copy|delete} on a real installation: the roles with their rights
 * and holders, copies and deletions through the role service, each journaled, refusals saving
 * nothing (the other role verbs are in {@link CommandLineTest}).
 */
class RoleCommandsTest {

    @TempDir
    Path dir;

    private CliInstallation installation;

    /** The role Tills, given to the clerk and to the group Counter. */
    @BeforeEach
    void installationWithARoleHeldByAUserAndAGroup() throws Exception {
        installation = CliInstallation.withClerk(dir);
        done(installation.asAdmin("role", "create", "Tills", "--rights", CASH, "--description", "Works the tills"), "Tills");
        done(installation.asAdmin("group", "create", "Counter"), "Counter");
        done(installation.asAdmin("group", "assign", "Counter", "Tills"), "Tills");
        done(installation.asAdmin("role", "assign", "Tills", "clerk"), "Tills");
    }

    private List<String> tsv() {
        return installation.asAdmin("role", "list", "--format", "tsv").out().lines().toList();
    }

    private List<String> roleChanges() throws Exception {
        return installation.journaled(RoleAdministration.TOPIC_ROLE_CHANGED);
    }

    @Test
    void listCountsTheRightsAndHoldersOfEachRole() {
        List<String> lines = tsv();
        assertEquals("name\tdescription\trights\tholders\tpredefined", lines.get(0));
        assertTrue(lines.contains("Tills\tWorks the tills\t1\t2\tfalse"), lines.toString());
        assertTrue(lines.contains("Cashier\tWorks at the counter.\t1\t0\ttrue"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Administrator\t") && l.endsWith("\t1\ttrue")), "held by admin: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Guest\t") && l.endsWith("\t1\ttrue")), "held by the guest: " + lines);

        List<String> text = installation.asAdmin("role", "list").out().lines().toList();
        assertTrue(text.get(0).matches("NAME +PREDEFINED +RIGHTS +HOLDERS +DESCRIPTION"), text.toString());
        assertTrue(text.stream().anyMatch(l -> l.matches("Tills +no +1 +2 +Works the tills")), text.toString());
    }

    @Test
    void showGivesTheRightsWithTheirLabelsAndWhoHoldsTheRole() {
        assertEquals(Map.of("name", "Tills", "description", "Works the tills", "predefined", "false", "rights", CASH, "users", "clerk", "groups", "Counter"),
                fields(installation.asAdmin("role", "show", "Tills", "--format", "tsv")));
        String text = installation.asAdmin("role", "show", "Tills").out();
        assertTrue(text.contains("Sales: Cash register (" + CASH + ")"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("Users given it:") && l.endsWith("clerk")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("Groups giving it:") && l.endsWith("Counter")), text);
    }

    @Test
    void copyKeepsTheDescriptionAndRightsButNoHolder() throws Exception {
        done(installation.asAdmin("role", "copy", "Tills", "Night tills"), "Role Night tills created as a copy of Tills, with its description and its 1 rights");
        assertEquals(Map.of("name", "Night tills", "description", "Works the tills", "predefined", "false", "rights", CASH, "users", "", "groups", ""),
                fields(installation.asAdmin("role", "show", "Night tills", "--format", "tsv")));
        done(installation.asAdmin("role", "copy", "Cashier", "My cashier"), "My cashier");
        assertEquals("false", fields(installation.asAdmin("role", "show", "My cashier", "--format", "tsv")).get("predefined"),
                "a copy of a predefined role is the administrators' own");
        assertEquals(1, roleChanges().stream().filter(d -> d.contains("role=Night tills") && d.contains("copied from Tills")).count(), roleChanges().toString());
    }

    @Test
    void deleteTakesTheRoleFromItsHoldersAndIsJournaled() throws Exception {
        done(installation.asAdmin("role", "delete", "Tills"), "Role Tills deleted; the users (1) and groups (1) given it lost its rights.");
        assertFalse(tsv().stream().anyMatch(l -> l.startsWith("Tills\t")), tsv().toString());
        assertEquals(List.of("(none)"), installation.asAdmin("user", "roles", "clerk").out().lines().toList());
        assertEquals(1, roleChanges().stream().filter(d -> d.contains("role=Tills") && d.contains("change=deleted")).count(), roleChanges().toString());
    }

    @Test
    void predefinedRolesUnknownNamesAndNonAdministratorsAreRefusedAndNothingIsSaved() throws Exception {
        int journaled = roleChanges().size();
        List<String> before = tsv();
        record Case(String[] args, String says) {
        }
        List<Case> refused = List.of(new Case(new String[] { "delete", "Administrator" }, "The role “Administrator” is predefined: it cannot be deleted. Copy it"),
                new Case(new String[] { "delete", "Guest" }, "The role “Guest” is predefined"),
                new Case(new String[] { "delete", "Cashier" }, "predefined"),
                new Case(new String[] { "copy", "Tills", "cashier" }, "already exists"),
                new Case(new String[] { "copy", "Tills", " " }, "Type a name for the role."),
                new Case(new String[] { "show", "Nobody" }, "There is no role named “Nobody”; nothing was changed. The roles: "),
                new Case(new String[] { "copy", "Nobody", "Somebody" }, "There is no role named “Nobody”"),
                new Case(new String[] { "delete", "Nobody" }, "There is no role named “Nobody”"));
        for (Case c : refused) {
            Run run = installation.asAdmin(role(c.args()));
            assertEquals(ExitCode.REFUSED, run.exitCode(), String.join(" ", c.args()) + "\n" + run);
            assertTrue(run.err().contains(c.says()), String.join(" ", c.args()) + "\n" + run);
            assertEquals("", run.out());
        }
        for (String[] args : new String[][] { { "list" }, { "show", "Tills" }, { "copy", "Tills", "Mine" }, { "delete", "Tills" } }) {
            Run run = installation.asClerk(role(args));
            assertEquals(ExitCode.REFUSED, run.exitCode(), run.toString());
            assertTrue(run.err().contains("Only a user with the right “Administer security”"), run.toString());
            assertEquals("", run.out());
        }
        String[][] usage = { { "copy", "Tills" }, { "show" }, { "delete" }, { "list", "extra" }, { "delete", "Tills", "--format", "tsv" },
                { "show", "Tills", "--format", "csv" } };
        for (String[] args : usage) {
            Run run = installation.asAdmin(role(args));
            assertEquals(ExitCode.USAGE, run.exitCode(), String.join(" ", args) + "\n" + run);
            assertTrue(run.err().startsWith("castellan: ") && run.err().contains("Commands of castellan role (castellan help shows them all)")
                    && !run.err().contains("Usage: castellan"), run.toString());
        }
        assertTrue(installation.asAdmin("role", "copy", "Tills").err().contains("the role's name and the copy's name"));
        assertEquals(before, tsv());
        assertEquals(journaled, roleChanges().size(), "a refusal was journaled: " + roleChanges());
    }

    @Test
    void helpListsTheRoleVerbs() {
        String help = installation.run(ScriptedTerminal.stdin(), "help").out();
        for (String verb : new String[] { "role list", "role show <role>", "role copy <role> <new-name>", "role delete <role>" }) {
            assertTrue(help.contains(verb), verb + " not in\n" + help);
        }
    }

    private static String[] role(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "role";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
