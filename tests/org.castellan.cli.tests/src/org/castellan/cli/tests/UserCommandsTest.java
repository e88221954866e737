package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.ADMIN;
import static org.castellan.cli.tests.CliInstallation.CASH;
import static org.castellan.cli.tests.CliInstallation.PASSWORD;
import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.security.AccountService;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordPolicyAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code castellan user show|update|level|unlock|roles|groups|disable|enable} on a real
 * installation: what the User editor shows and changes, through the user service; each change
 * journaled, what changes nothing said and not journaled, refusals saving nothing.
 */
class UserCommandsTest {

    @TempDir
    Path dir;

    private CliInstallation installation;

    /** A clerk given the Cashier role, and the Tills role through the group Counter. */
    @BeforeEach
    void installationWithAClerkInAGroup() throws Exception {
        installation = CliInstallation.withClerk(dir);
        String[][] setUp = { { "role", "create", "Tills" }, { "group", "create", "Counter" }, { "group", "assign", "Counter", "Tills" },
                { "group", "add", "Counter", "clerk" }, { "role", "assign", "Cashier", "clerk" } };
        for (String[] args : setUp) {
            done(installation.asAdmin(args), args[2]);
        }
    }

    private UserView clerk() throws Exception {
        return installation.with(services -> services.get(UserAdministration.class)
                .user(services.get(AccountService.class).authenticate(ADMIN, PASSWORD.toCharArray()), "clerk"));
    }

    private List<String> userChanges() throws Exception {
        return installation.journaled(UserAdministration.TOPIC_USER_CHANGED).stream().filter(d -> d.contains("login=clerk")).toList();
    }

    @Test
    void showPrintsWhatTheUserEditorShows() throws Exception {
        Map<String, String> shown = fields(installation.asAdmin("user", "show", "clerk", "--format", "tsv"));
        assertEquals(List.of("login", "display_name", "email", "level", "enabled", "guest", "external", "domain", "session_policy", "locked_until",
                "password_expires", "last_login", "last_failure", "groups", "roles", "roles_through_groups", "rights", "works_in", "administers",
                "security_administrator"),
                List.copyOf(shown.keySet()));
        assertEquals("clerk", shown.get("login"));
        assertEquals("0", shown.get("level"));
        assertEquals("true", shown.get("enabled"));
        assertEquals("false", shown.get("external"));
        assertEquals("normal", shown.get("session_policy"));
        assertEquals("", shown.get("locked_until"));
        assertEquals("", shown.get("password_expires"), "the default policy never expires passwords");
        assertEquals("", shown.get("last_login"), "the clerk never logged in");
        assertEquals("Counter", shown.get("groups"));
        assertEquals("Cashier", shown.get("roles"));
        assertEquals("Tills (Counter)", shown.get("roles_through_groups"));
        assertEquals(CASH, shown.get("rights"), "Cashier's right, held now");
        assertEquals("all", shown.get("works_in"), "no company of his own: every company");
        assertEquals("false", shown.get("security_administrator"), "the clerk administers nothing, whatever his scope says");

        String text = installation.asAdmin("user", "show", "clerk").out();
        assertTrue(text.contains("Login:") && text.contains("clerk"), text);
        assertTrue(text.contains("Sales: Cash register (" + CASH + ")"), text);
        assertTrue(text.contains("Tills (through the group Counter)"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("Password expires:") && l.endsWith("never")), text);

        installation.with(services -> {
            services.get(PasswordPolicyAdministration.class).setInstallationPolicy(
                    services.get(AccountService.class).authenticate(ADMIN, PASSWORD.toCharArray()), new PasswordPolicy(10, true, true, true, true, 90, 14));
            return null;
        });
        Instant expires = Instant.parse(fields(installation.asAdmin("user", "show", "clerk", "--format", "tsv")).get("password_expires"));
        assertTrue(expires.isAfter(Instant.now().plus(Duration.ofDays(89))) && expires.isBefore(Instant.now().plus(Duration.ofDays(91))),
                "90 days after his password was set: " + expires);
        Map<String, String> guest = fields(installation.asAdmin("user", "show", "guest", "--format", "tsv"));
        assertEquals("true", guest.get("guest"));
        assertEquals("", guest.get("password_expires"), "the guest has no password");
    }

    @Test
    void rolesAndGroupsSayHowEachRoleComes() {
        assertEquals(List.of("role\tgroup", "Cashier\t", "Tills\tCounter"), installation.asAdmin("user", "roles", "clerk", "--format", "tsv").out().lines().toList());
        assertEquals(List.of("ROLE     GIVEN", "Cashier  directly", "Tills    through the group Counter"),
                installation.asAdmin("user", "roles", "clerk").out().lines().toList());
        assertEquals(List.of("group\troles", "Counter\tTills"), installation.asAdmin("user", "groups", "clerk", "--format", "tsv").out().lines().toList());
        assertEquals(List.of("GROUP    ROLES", "Counter  Tills"), installation.asAdmin("user", "groups", "clerk").out().lines().toList());
        assertEquals(List.of("(none)"), installation.asAdmin("user", "groups", ADMIN).out().lines().toList());
    }

    @Test
    void updateChangesOnlyWhatIsGivenAndSaysWhenNothingChanges() throws Exception {
        int journaled = userChanges().size();
        done(installation.asAdmin("user", "update", "clerk", "--name", "Clara Clerk"), "User clerk saved: name Clara Clerk, e-mail address (none).");
        done(installation.asAdmin("user", "update", "clerk", "--email", "clara@pharmacy.example"), "name Clara Clerk, e-mail address clara@pharmacy.example");
        assertEquals("Clara Clerk", clerk().displayName());
        assertEquals("clara@pharmacy.example", clerk().email());
        assertEquals(List.of("Cashier"), clerk().roles(), "the rest stays as it was");
        done(installation.asAdmin("user", "update", "clerk", "--name", " Clara Clerk ", "--email", "clara@pharmacy.example"), "nothing changed");
        assertEquals(journaled + 2, userChanges().size(), "two changes journaled, nothing for the one that changed nothing: " + userChanges());
        assertTrue(userChanges().get(userChanges().size() - 1).contains("clara@pharmacy.example"), userChanges().toString());

        done(installation.asAdmin("user", "update", "clerk", "--name", ""), "name (none)");
        assertNull(clerk().displayName());
        Run invalid = installation.asAdmin("user", "update", "clerk", "--email", "not-an-address");
        assertEquals(ExitCode.REFUSED, invalid.exitCode(), invalid.toString());
        assertEquals("clara@pharmacy.example", clerk().email(), "the service refused it: nothing saved");
    }

    @Test
    void levelTakesZeroToNine() throws Exception {
        int journaled = userChanges().size();
        done(installation.asAdmin("user", "level", "clerk", "4"), "User clerk now has the authorization level 4.");
        assertEquals(4, clerk().authorizationLevel());
        done(installation.asAdmin("user", "level", "clerk", "4"), "had the authorization level 4 already; nothing changed");
        assertEquals(journaled + 1, userChanges().size(), userChanges().toString());
        assertTrue(userChanges().get(userChanges().size() - 1).contains("level: 4"), userChanges().toString());
        for (String level : new String[] { "10", "-1", "high", "4.5" }) {
            Run run = installation.asAdmin("user", "level", "clerk", level);
            assertEquals(ExitCode.USAGE, run.exitCode(), level + "\n" + run);
            assertTrue(run.err().contains("a number from 0 to 9, not “" + level + "”"), run.toString());
        }
        assertEquals(4, clerk().authorizationLevel());
    }

    @Test
    void unlockLiftsALockOnlyWhenThereIsOne() throws Exception {
        done(installation.asAdmin("user", "unlock", "clerk"), "User clerk is not locked; nothing changed.");
        assertEquals(List.of(), installation.journaled(UserAdministration.TOPIC_USER_UNLOCKED));

        installation.lock("clerk", Instant.now().plus(Duration.ofMinutes(15)));
        assertEquals(ExitCode.AUTHENTICATION_FAILED, installation.asClerk("user", "list").exitCode());
        assertFalse(fields(installation.asAdmin("user", "show", "clerk", "--format", "tsv")).get("locked_until").isEmpty());
        assertTrue(installation.asAdmin("user", "show", "clerk").out().contains("castellan user unlock"));

        done(installation.asAdmin("user", "unlock", "clerk"), "User clerk is unlocked");
        assertEquals("", fields(installation.asAdmin("user", "show", "clerk", "--format", "tsv")).get("locked_until"));
        assertEquals(1, installation.journaled(UserAdministration.TOPIC_USER_UNLOCKED).size());
        Run clerkLogsIn = installation.asClerk("user", "list");
        assertEquals(ExitCode.REFUSED, clerkLogsIn.exitCode(), "logged in, then refused as no administrator: " + clerkLogsIn);
    }

    @Test
    void disableAndEnableSayWhenNothingChanges() throws Exception {
        int journaled = userChanges().size();
        done(installation.asAdmin("user", "enable", "clerk"), "User clerk was enabled already; nothing changed.");
        done(installation.asAdmin("user", "disable", "clerk"), "User clerk is disabled");
        done(installation.asAdmin("user", "disable", "clerk"), "User clerk was disabled already; nothing changed.");
        assertFalse(clerk().enabled());
        assertEquals(journaled + 1, userChanges().size(), userChanges().toString());
    }

    @Test
    void nonAdministratorsUnknownLoginsAndBadInputAreRefusedAndNothingIsSaved() throws Exception {
        int journaled = userChanges().size();
        String[][] verbs = { { "show" }, { "update", "--name", "Mallory" }, { "level", "9" }, { "unlock" }, { "roles" }, { "groups" }, { "disable" } };
        for (String[] verb : verbs) {
            Run asClerk = installation.asClerk(args(verb, ADMIN));
            assertEquals(ExitCode.REFUSED, asClerk.exitCode(), asClerk.toString());
            assertTrue(asClerk.err().contains("Only a user with the right “Administer security”"), asClerk.toString());
            assertEquals("", asClerk.out());

            Run ghost = installation.asAdmin(args(verb, "ghost"));
            assertEquals(ExitCode.REFUSED, ghost.exitCode(), ghost.toString());
            assertTrue(ghost.err().contains("There is no user with the login “ghost”") && ghost.err().contains("castellan user list"), ghost.toString());
            assertEquals("", ghost.out());
        }
        String[][] usage = { { "user", "show" }, { "user", "update", "clerk" }, { "user", "level", "clerk" }, { "user", "unlock" },
                { "user", "roles", "clerk", "--format", "xml" }, { "user", "groups", "clerk", "extra" }, { "user", "show", "clerk", "--colour" },
                { "user", "unlock", "clerk", "--name", "x" } };
        for (String[] args : usage) {
            Run run = installation.asAdmin(args);
            assertEquals(ExitCode.USAGE, run.exitCode(), String.join(" ", args) + "\n" + run);
            assertTrue(run.err().startsWith("castellan: ") && run.err().contains("Commands of castellan user (castellan help shows them all)")
                    && !run.err().contains("Usage: castellan"), run.toString());
        }
        assertTrue(installation.asAdmin("user", "update", "clerk").err().contains("--name TEXT, --email ADDRESS"));
        assertTrue(installation.asAdmin("user", "level", "clerk").err().contains("the user's login and his authorization level (0 to 9)"));
        assertEquals(0, clerk().authorizationLevel());
        assertTrue(clerk().enabled());
        assertEquals(journaled, userChanges().size(), "a refusal was journaled: " + userChanges());
    }

    @Test
    void helpListsTheUserVerbs() {
        String help = installation.run(ScriptedTerminal.stdin(), "help").out();
        for (String verb : new String[] { "user show <login>", "user update <login>", "user level <login> <0-9>", "user unlock <login>", "user roles <login>",
                "user groups <login>" }) {
            assertTrue(help.contains(verb), verb + " not in\n" + help);
        }
    }

    /** {@code user VERB login [options]}. */
    private static String[] args(String[] verb, String login) {
        String[] all = new String[verb.length + 2];
        all[0] = "user";
        all[1] = verb[0];
        all[2] = login;
        System.arraycopy(verb, 1, all, 3, verb.length - 1);
        return all;
    }
}
