package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.ADMIN;
import static org.castellan.cli.tests.CliInstallation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.security.AccountException;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RoleView;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a real installation (Derby, the DS security services): every change goes
 * through the services, which refuse what the user who acts may not do.
 */
class CommandLineTest {

    private static final String PAUL_PASSWORD = "Counter-2026y";
    private static final String CASH = "org.castellan.cli.tests.cash";

    @TempDir
    Path dir;

    private CliInstallation installation;

    @BeforeEach
    void installation() throws Exception {
        installation = new CliInstallation(dir.resolve("installation"));
    }

    private Run asAdmin(String... args) {
        return installation.asAdmin(args);
    }

    private Run addPaul(String... options) {
        return installation.run(ScriptedTerminal.stdin(PASSWORD, PAUL_PASSWORD),
                concat(concat(new String[] { "user", "add", "paul" }, options), "--as", ADMIN, "--password-stdin"));
    }

    private static String[] concat(String[] first, String... second) {
        String[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private UserView user(String login) throws Exception {
        return installation.with(services -> services.get(UserAdministration.class)
                .user(services.get(AccountService.class).authenticate(ADMIN, PASSWORD.toCharArray()), login));
    }

    private boolean authenticates(String login, String password) throws Exception {
        return installation.with(services -> {
            try {
                services.get(AccountService.class).authenticate(login, password.toCharArray());
                return true;
            } catch (AccountException e) {
                return false;
            }
        });
    }

    private List<String> rightsOf(String role) throws Exception {
        return installation.with(services -> services.get(RoleAdministration.class).roles().stream().filter(r -> r.name().equals(role)).findFirst().map(RoleView::rights).orElseThrow());
    }

    /** Whether the user holds the right now, as a host application would ask. */
    private boolean holds(String login, String right) throws Exception {
        String id = user(login).id();
        return installation.with(services -> services.get(AccessControl.class).hasRight(id, right));
    }

    @Test
    void auditVerifyFindsAnAlteredJournalRow() throws Exception {
        assertEquals(ExitCode.DONE, addPaul().exitCode());
        Run intact = asAdmin("audit", "verify");
        assertEquals(ExitCode.DONE, intact.exitCode(), intact.toString());
        assertTrue(intact.out().contains("intact"), intact.toString());
        Run refused = installation.run(ScriptedTerminal.stdin(PAUL_PASSWORD), "audit", "verify", "--as", "paul", "--password-stdin");
        assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());
        installation.with(services -> {
            try {
                return services.get(org.castellan.store.CastellanStore.class).inTransaction(tx -> {
                    try (var st = tx.connection().createStatement()) {
                        return st.executeUpdate("UPDATE audit_journal SET actor = 'nobody' WHERE seq = (SELECT MIN(seq) FROM audit_journal)");
                    }
                });
            } catch (org.castellan.store.StoreException e) {
                throw new AssertionError(e);
            }
        });
        Run broken = asAdmin("audit", "verify");
        assertEquals(ExitCode.JOURNAL_BROKEN, broken.exitCode(), broken.toString());
        assertTrue(broken.err().contains("row 1 does not match"), broken.toString());
    }

    @Test
    void backupRefusesAMediumNotInitialisedThenBacksUpToAnInitialisedOne(@TempDir Path medium) throws Exception {
        Run refused = asAdmin("backup", "run");
        assertTrue(refused.exitCode() == 5 || refused.exitCode() == 6, refused.toString());
        assertFalse(refused.err().isBlank(), refused.toString());
        assertEquals("", asAdmin("backup", "list", "--medium", medium.toString()).out(), "no backup yet");
        installation.with(services -> {
            try {
                AuthenticatedUser admin = services.get(AccountService.class).authenticate(ADMIN, PASSWORD.toCharArray());
                return services.get(org.castellan.backup.BackupService.class).initialise(admin, medium);
            } catch (org.castellan.backup.BackupException e) {
                throw new AssertionError(e);
            }
        });
        Run backup = asAdmin("backup", "run");
        assertEquals(ExitCode.DONE, backup.exitCode(), backup.toString());
        Run list = asAdmin("backup", "list", "--medium", medium.toString());
        assertEquals(ExitCode.DONE, list.exitCode(), list.toString());
        assertEquals(1, list.out().lines().count(), list.toString());
        Run usage = asAdmin("backup", "restore", "nowhere", "--sideways");
        assertEquals(ExitCode.USAGE, usage.exitCode(), usage.toString());
    }

    @Test
    void anAddedUserIsListed() throws Exception {
        Run add = addPaul("--name", "Paul Éluard", "--email", "paul@example.org", "--level", "3");
        assertEquals(ExitCode.DONE, add.exitCode(), add.toString());
        assertTrue(add.err().contains("paul"), add.toString());

        Run list = asAdmin("user", "list");
        assertEquals(ExitCode.DONE, list.exitCode(), list.toString());
        String[] lines = list.out().split("\n");
        assertEquals("Users", lines[0]);
        assertTrue(lines[1].startsWith("LOGIN") && lines[1].contains("LAST FAILURE"), lines[1]);
        String paul = List.of(lines).stream().filter(l -> l.startsWith("paul ")).findFirst().orElseThrow(() -> new AssertionError(list));
        assertTrue(paul.matches("paul\\s+Paul Éluard\\s+3\\s+yes\\s+-\\s+-\\s+-\\s+-"), paul);
        assertTrue(list.out().contains("\nExternal users\n(none)\n"), list.out());
        assertTrue(list.out().matches("(?s).*\n\nSeats: \\d+ used \\(no limit\\)\n"), list.out());

        Run tsv = asAdmin("user", "list", "--format", "tsv");
        assertEquals(ExitCode.DONE, tsv.exitCode(), tsv.toString());
        List<String> rows = List.of(tsv.out().split("\n"));
        assertEquals("login\tdisplay_name\tlevel\tenabled\texternal\troles\tgroups\tlast_login\tlast_failure", rows.get(0));
        assertTrue(rows.contains("paul\tPaul Éluard\t3\ttrue\tfalse\t\t\t\t"), tsv.out());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("admin\tAdministrator\t9\ttrue\tfalse\tAdministrator\t\t20")), tsv.out());
    }

    @Test
    void externalUsersAreListedInTheirOwnSection() throws Exception {
        Run add = installation.run(ScriptedTerminal.stdin(PASSWORD, PAUL_PASSWORD), "user", "add", "eva", "--external", "--email",
                "eva@partner.example", "--as", ADMIN, "--password-stdin");
        assertEquals(ExitCode.DONE, add.exitCode(), add.toString());
        String out = asAdmin("user", "list").out();
        String external = out.substring(out.indexOf("External users"));
        assertTrue(external.contains("\neva "), out);
        assertFalse(out.substring(0, out.indexOf("External users")).contains("\neva "), out);
    }

    @Test
    void aUserWithoutTheRightIsRefusedByTheService() throws Exception {
        assertEquals(ExitCode.DONE, addPaul().exitCode());
        Run add = installation.run(ScriptedTerminal.stdin(PAUL_PASSWORD, "Another-2026z"), "user", "add", "mallory", "--as", "paul",
                "--password-stdin");
        assertEquals(ExitCode.REFUSED, add.exitCode(), add.toString());
        assertTrue(add.err().contains("Only a user with the right “Administer security”"), add.toString());
        assertEquals("", add.out());
        assertThrows(AccountException.class, () -> user("mallory"));
    }

    @Test
    void passwdGivesANewPasswordTheUserLogsInWith() throws Exception {
        assertEquals(ExitCode.DONE, addPaul().exitCode());
        Run passwd = installation.run(ScriptedTerminal.stdin(PASSWORD, "Renewed-2026w"), "user", "passwd", "paul", "--as", ADMIN,
                "--password-stdin");
        assertEquals(ExitCode.DONE, passwd.exitCode(), passwd.toString());
        assertFalse(passwd.out().contains("Renewed") || passwd.err().contains("Renewed"), "the password is never shown");
        assertTrue(authenticates("paul", "Renewed-2026w"));
        assertFalse(authenticates("paul", PAUL_PASSWORD));
    }

    @Test
    void atAConsoleTheNewPasswordIsAskedTwiceAndMustMatch() throws Exception {
        assertEquals(ExitCode.DONE, addPaul().exitCode());
        ScriptedTerminal differ = ScriptedTerminal.console(PASSWORD, "Renewed-2026w", "Renewed-2026v");
        Run refused = installation.run(differ, Map.of("CASTELLAN_USER", ADMIN), "user", "passwd", "paul");
        assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());
        assertEquals(List.of("Password of admin: ", "New password of paul: ", "New password of paul again: "), differ.prompts);
        assertTrue(authenticates("paul", PAUL_PASSWORD), "nothing changed");

        Run done = installation.run(ScriptedTerminal.console(PASSWORD, "Renewed-2026w", "Renewed-2026w"), Map.of("CASTELLAN_USER", ADMIN),
                "user", "passwd", "paul");
        assertEquals(ExitCode.DONE, done.exitCode(), done.toString());
        assertTrue(authenticates("paul", "Renewed-2026w"));
    }

    @Test
    void aWrongActingPasswordExitsWithFour() {
        Run run = installation.run(ScriptedTerminal.stdin("Wrong-password-1"), "user", "list", "--as", ADMIN, "--password-stdin");
        assertEquals(ExitCode.AUTHENTICATION_FAILED, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertFalse(run.err().isBlank(), run.toString());
    }

    @Test
    void aDisabledUserCannotLogInUntilEnabled() throws Exception {
        assertEquals(ExitCode.DONE, addPaul().exitCode());
        Run disable = asAdmin("user", "disable", "paul");
        assertEquals(ExitCode.DONE, disable.exitCode(), disable.toString());
        assertFalse(authenticates("paul", PAUL_PASSWORD));
        assertFalse(user("paul").enabled());

        Run refused = installation.run(ScriptedTerminal.stdin(PAUL_PASSWORD), "user", "list", "--as", "paul", "--password-stdin");
        assertEquals(ExitCode.AUTHENTICATION_FAILED, refused.exitCode(), refused.toString());

        assertEquals(ExitCode.DONE, asAdmin("user", "enable", "paul").exitCode());
        assertTrue(authenticates("paul", PAUL_PASSWORD));
    }

    @Test
    void grantAndRevokeChangeTheRightsOfTheRole() throws Exception {
        Run grant = asAdmin("role", "grant", "Cashier", AccountService.ADMINISTER_RIGHT);
        assertEquals(ExitCode.DONE, grant.exitCode(), grant.toString());
        assertEquals(List.of(CASH, AccountService.ADMINISTER_RIGHT), rightsOf("Cashier"));

        Run revoke = asAdmin("role", "revoke", "Cashier", CASH);
        assertEquals(ExitCode.DONE, revoke.exitCode(), revoke.toString());
        assertEquals(List.of(AccountService.ADMINISTER_RIGHT), rightsOf("Cashier"));

        Run again = asAdmin("role", "revoke", "Cashier", CASH);
        assertEquals(ExitCode.DONE, again.exitCode(), again.toString());
        assertTrue(again.err().contains("did not hold"), again.toString());
    }

    @Test
    void anUnknownRightIsRefusedAndNothingIsSaved() throws Exception {
        for (String command : new String[] { "grant", "revoke" }) {
            Run run = asAdmin("role", command, "Cashier", "org.castellan.nothing");
            assertEquals(ExitCode.REFUSED, run.exitCode(), run.toString());
            assertTrue(run.err().contains("org.castellan.nothing"), run.toString());
            assertEquals(List.of(CASH), rightsOf("Cashier"));
        }
        Run role = asAdmin("role", "grant", "Nobody", CASH);
        assertEquals(ExitCode.REFUSED, role.exitCode(), role.toString());
        assertTrue(role.err().contains("Nobody"), role.toString());
    }

    @Test
    void aCreatedRoleIsAssignedAndUnassignedAndEachChangeIsJournaled() throws Exception {
        Run create = asAdmin("role", "create", "Counter", "--rights", CASH, "--description", "Works at the counter");
        assertEquals(ExitCode.DONE, create.exitCode(), create.toString());
        assertTrue(create.err().contains("Role Counter created, holding the rights " + CASH), create.toString());
        assertEquals(List.of(CASH), rightsOf("Counter"));
        Run empty = asAdmin("role", "create", "Trainee");
        assertEquals(ExitCode.DONE, empty.exitCode(), empty.toString());
        assertTrue(empty.err().contains("holding no right yet"), empty.toString());
        assertEquals(List.of(), rightsOf("Trainee"));

        assertEquals(ExitCode.DONE, addPaul().exitCode());
        Run assign = asAdmin("role", "assign", "Counter", "paul");
        assertEquals(ExitCode.DONE, assign.exitCode(), assign.toString());
        assertEquals(List.of("Counter"), user("paul").roles());
        assertTrue(holds("paul", CASH), "the role's right does not reach its holder");
        Run again = asAdmin("role", "assign", "Counter", "paul");
        assertEquals(ExitCode.DONE, again.exitCode(), again.toString());
        assertTrue(again.err().contains("held the role Counter already"), again.toString());

        Run unassign = asAdmin("role", "unassign", "Counter", "paul");
        assertEquals(ExitCode.DONE, unassign.exitCode(), unassign.toString());
        assertEquals(List.of(), user("paul").roles());
        assertFalse(holds("paul", CASH));
        Run notHeld = asAdmin("role", "unassign", "Counter", "paul");
        assertEquals(ExitCode.DONE, notHeld.exitCode(), notHeld.toString());
        assertTrue(notHeld.err().contains("was not given the role Counter"), notHeld.toString());

        List<String> roleChanges = installation.journaled(RoleAdministration.TOPIC_ROLE_CHANGED);
        assertEquals(1, roleChanges.stream().filter(d -> d.contains("change=created") && d.contains("role=Counter")).count(), roleChanges.toString());
        assertEquals(1, roleChanges.stream().filter(d -> d.contains("assigned to paul")).count(), "assigned once, journaled once: " + roleChanges);
        List<String> userChanges = installation.journaled(UserAdministration.TOPIC_USER_CHANGED);
        assertEquals(1, userChanges.stream().filter(d -> d.contains("login=paul") && d.contains("Counter")).count(), userChanges.toString());
    }

    @Test
    void roleCommandsRefuseUnknownNamesTakenNamesAndNonAdministrators() throws Exception {
        assertEquals(ExitCode.DONE, addPaul().exitCode());
        int journaledBefore = installation.journaled(RoleAdministration.TOPIC_ROLE_CHANGED).size();
        record Refusal(String[] args, String message) {
        }
        List<Refusal> refusals = List.of(new Refusal(new String[] { "role", "create", "cashier" }, "already exists"),
                new Refusal(new String[] { "role", "create", "Counter", "--rights", CASH + ",org.castellan.nothing" }, "org.castellan.nothing"),
                new Refusal(new String[] { "role", "assign", "Nobody", "paul" }, "no role named “Nobody”"),
                new Refusal(new String[] { "role", "assign", "Cashier", "ghost" }, "no user with the login “ghost”"),
                new Refusal(new String[] { "role", "unassign", "Nobody", "paul" }, "no role named “Nobody”; nothing was changed. The roles: "),
                new Refusal(new String[] { "role", "unassign", "Cashier", "ghost" }, "no user with the login “ghost”"));
        for (Refusal refusal : refusals) {
            Run run = asAdmin(refusal.args());
            assertEquals(ExitCode.REFUSED, run.exitCode(), String.join(" ", refusal.args()) + "\n" + run);
            assertTrue(run.err().contains(refusal.message()), String.join(" ", refusal.args()) + "\n" + run);
            assertEquals("", run.out());
        }
        assertFalse(installation.with(services -> services.get(RoleAdministration.class).roles()).stream().anyMatch(r -> r.name().equals("Counter")),
                "a role with an unknown right was created");

        for (String[] args : new String[][] { { "role", "create", "Mine", "--rights", CASH }, { "role", "assign", "Cashier", "paul" },
                { "role", "unassign", "Cashier", "admin" } }) {
            Run run = installation.run(ScriptedTerminal.stdin(PAUL_PASSWORD), concat(args, "--as", "paul", "--password-stdin"));
            assertEquals(ExitCode.REFUSED, run.exitCode(), run.toString());
            assertTrue(run.err().contains("Only a user with the right “Administer security”"), run.toString());
        }
        assertEquals(List.of(), user("paul").roles());
        assertEquals(journaledBefore, installation.journaled(RoleAdministration.TOPIC_ROLE_CHANGED).size(), "a refused change was journaled");
    }

    @Test
    void usageErrorsExitWithTwoAndShowTheUsage() {
        String[][] wrong = { {}, { "user" }, { "user", "delete", "paul" }, { "user", "add" }, { "user", "add", "paul", "extra" },
                { "user", "add", "paul", "--level", "high" }, { "user", "list", "--format", "xml" }, { "user", "list", "--colour" },
                { "user", "list", "--as" }, { "role", "grant", "Cashier" }, { "role", "create" }, { "role", "assign", "Cashier" },
                { "role", "unassign" }, { "role", "create", "Counter", "--rights", CASH + ",," },
                { "role", "create", "Counter", "--rights", "" }, { "role", "assign", "Cashier", "paul", "--rights", CASH } };
        for (String[] args : wrong) {
            Run run = installation.run(ScriptedTerminal.stdin(PASSWORD), concat(args, "--password-stdin", "--as", ADMIN));
            assertEquals(ExitCode.USAGE, run.exitCode(), String.join(" ", args) + "\n" + run);
            // A group's mistakes are answered with that group's help alone, where the whole usage would bury it.
            String help = args.length == 0 ? "Usage: castellan" : "Commands of castellan " + args[0] + " (castellan help shows them all)";
            assertTrue(run.err().startsWith("castellan: ") && run.err().contains(help), run.toString());
            assertEquals(args.length == 0, run.err().contains("Usage: castellan"), run.toString());
            assertEquals("", run.out());
        }
        Run unknownGroup = installation.run(ScriptedTerminal.stdin(PASSWORD), "users", "list", "--password-stdin", "--as", ADMIN);
        assertEquals(ExitCode.USAGE, unknownGroup.exitCode(), unknownGroup.toString());
        assertTrue(unknownGroup.err().contains("Unknown command \u201cusers list\u201d.") && unknownGroup.err().contains("Usage: castellan"),
                unknownGroup.toString());
        Run nobody = installation.run(ScriptedTerminal.stdin(PASSWORD), "user", "list", "--password-stdin");
        assertEquals(ExitCode.USAGE, nobody.exitCode(), nobody.toString());
        assertTrue(nobody.err().contains("--as LOGIN"), nobody.toString());

        Run help = installation.run(ScriptedTerminal.stdin(), "help");
        assertEquals(ExitCode.DONE, help.exitCode());
        assertTrue(help.out().contains("Exit codes:") && help.out().contains("never accepted as arguments"), help.out());
    }

    @Test
    void passwordsAreNeverTakenFromTheArguments() throws Exception {
        String[][] attempts = { { "user", "list", "--as", ADMIN, "--password", PASSWORD }, { "user", "list", "--as", ADMIN, "--password=" + PASSWORD },
                { "user", "add", "paul", "--as", ADMIN, "--password-stdin", "--new-password", PAUL_PASSWORD },
                { "user", "passwd", "admin", "-p", PASSWORD, "--as", ADMIN } };
        for (String[] args : attempts) {
            Run run = installation.run(ScriptedTerminal.stdin(PASSWORD, PAUL_PASSWORD), args);
            assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
            assertTrue(run.err().contains("never accepted as arguments"), run.toString());
        }
        Run extra = installation.run(ScriptedTerminal.stdin(PASSWORD), "user", "add", "paul", PAUL_PASSWORD, "--as", ADMIN, "--password-stdin");
        assertEquals(ExitCode.USAGE, extra.exitCode(), extra.toString());
        assertThrows(AccountException.class, () -> user("paul"));
    }

    @Test
    void withoutAConsoleOrStdinPasswordsTheCommandStops() {
        Run run = installation.run(ScriptedTerminal.stdin(), "user", "list", "--as", ADMIN);
        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--password-stdin"), run.toString());

        Run missing = installation.run(ScriptedTerminal.stdin(PASSWORD), "user", "add", "paul", "--as", ADMIN, "--password-stdin");
        assertEquals(ExitCode.USAGE, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("new password of paul"), missing.toString());
    }

    @Test
    void aFolderWithoutInstallationExitsWithThree() {
        Run run = CliInstallation.run(dir.resolve("nothing-here"), ScriptedTerminal.stdin(PASSWORD), Map.of(), "user", "list", "--as", ADMIN,
                "--password-stdin");
        assertEquals(ExitCode.INSTALLATION_UNUSABLE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("nothing-here"), run.toString());
    }
}
