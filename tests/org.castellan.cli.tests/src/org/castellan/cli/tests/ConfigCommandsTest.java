package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.config.ConfigurationAsCode;
import org.castellan.datarights.DataRightsAdministration;
import org.castellan.directory.DirectoryService;
import org.castellan.security.AccountService;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyScope;
import org.castellan.security.UserAdministration;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code castellan config export|apply} on real installations: an export applied to an empty
 * installation rebuilds an equivalent one, a dry run lists the changes and makes none, the same
 * file applied twice changes nothing the second time, every problem of a bad file is listed with
 * its line and nothing is applied, and only a global administrator may apply.
 */
class ConfigCommandsTest extends InstallationWithAClerk {

    private static final String DEFINITION = "org.castellan.menu.definition";
    private static final String COUNTER_DN = "cn=counter,ou=groups,dc=example,dc=com";
    private static final String NIGHT_SHIFT_DN = "cn=night-shift,ou=groups,dc=example,dc=com";
    /** The directory's group mapping {@link #furnished} sets, as the export writes it. */
    private static final String DIRECTORY_GROUPS = "directory-groups:\n  \"" + COUNTER_DN + "\":\n    groups:\n      - Counter\n  \"" + NIGHT_SHIFT_DN
            + "\":\n    groups:\n      - Counter\n";

    /** What host applications register, which a configuration names but does not hold: the folder/report tree and the data models. */
    private static void hosted(CliInstallation on) throws Exception {
        HostObjects.tree(on, HostObjects.folder("Sales", HostObjects.report("Monthly"), HostObjects.report("Yearly")), HostObjects.report("Stock"));
        HostObjects.models(on, HostObjects.sales(), HostObjects.model("Stock", "Units"));
    }

    /** The installation of the tests with something of everything a configuration holds. */
    private void furnished() throws Exception {
        hosted(installation);
        installation.addUser("bob", "Counter-2026b");
        installation.addUser("former", "Former-2026f");
        installation.setUp(List.of("company", "add", "ACME", "--name", "Acme Pharmacy"), List.of("company", "add", "north", "--name", "North: the old shop"),
                List.of("company", "archive", "north"), List.of("role", "create", "Stock keeper", "--rights", CliInstallation.CASH + ",org.castellan.datarights.administer",
                        "--description", "Receives the deliveries"),
                List.of("group", "create", "Counter", "--description", "Everyone at the counter"), List.of("group", "create", "Night"),
                List.of("group", "add", "Counter", "clerk"), List.of("group", "add", "Counter", "bob"), List.of("group", "assign", "Counter", "Cashier"),
                List.of("directory", "map", COUNTER_DN, "Counter"), List.of("directory", "map", NIGHT_SHIFT_DN, "Counter"),
                List.of("role", "assign", "Stock keeper", "bob"), List.of("user", "update", "bob", "--name", "Bob Lévêque", "--email", "bob@example.org"),
                List.of("user", "level", "bob", "3"), List.of("user", "disable", "former"),
                List.of("settings", "set", "audit.retention.days=365", "sessions.heartbeat.seconds=45"), List.of("menu", "level", DEFINITION, "8"),
                List.of("menu", "rights", DEFINITION, AccountService.ADMINISTER_RIGHT),
                List.of("permission", "grant", "Sales", "group:Counter", "Preview"), List.of("permission", "grant", "Sales/Monthly", "clerk", "Edit"),
                List.of("permission", "grant", "Sales/Yearly", "clerk", "No access"),
                List.of("datarights", "create", "Years", "--holder", "group:Counter", "--holder", "clerk", "--model", "Sales", "--measure", "[Measures].[Amount]",
                        "--deny-measure", "[Measures].[Margin]", "--member", "[Date]=[Date].[2006]", "--below", "[Date]", "--deny-dimension", "[Customer]"),
                List.of("datarights", "update", "Years", "--model", "Stock", "--measure", "[Measures].[Units]"),
                List.of("datarights", "create", "Customers", "--holder", "clerk", "--model", "Sales", "--member", "[Customer]=[Customer].[ACME]",
                        "--dimension", "[Date]"));
    }

    /** The permissions and data rights {@link #furnished} gives, as the export writes them. */
    private static final String PERMISSIONS = """
            permissions:
              Sales:
                preview:
                  - "group:Counter"
              Sales/Monthly:
                edit:
                  - clerk
              Sales/Yearly:
                no-access:
                  - clerk
            """;
    private static final String DATA_RIGHTS = """
            data-rights:
              Customers:
                holders:
                  - clerk
                models:
                  - Sales
                dimensions:
                  - "Sales | [Date]"
                members:
                  - "Sales | [Customer] | [Customer].[ACME]"
              Years:
                holders:
                  - clerk
                  - "group:Counter"
                models:
                  - Sales
                  - Stock
                measures:
                  - "Sales | [Measures].[Amount]"
                  - "Stock | [Measures].[Units]"
                refused-measures:
                  - "Sales | [Measures].[Margin]"
                refused-dimensions:
                  - "Sales | [Customer]"
                members-below:
                  - "Sales | [Date] | [Date].[2006]"
            """;

    private String export(CliInstallation of) {
        Run export = of.asAdmin("config", "export");
        assertEquals(ExitCode.DONE, export.exitCode(), export.toString());
        assertEquals("", export.err(), export.toString());
        return export.out();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private Run apply(CliInstallation on, Path file, String... options) {
        String[] args = new String[3 + options.length];
        args[0] = "config";
        args[1] = "apply";
        args[2] = file.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return on.asAdmin(args);
    }

    /** The 1-based number of the first line of {@code text} that holds {@code fragment}, after the first line that holds {@code after}. */
    private static int lineOf(String text, String after, String fragment) {
        List<String> lines = text.lines().toList();
        int start = 0;
        while (!lines.get(start).contains(after)) {
            start++;
        }
        for (int i = start; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " is not in\n" + text);
    }

    @Test
    void anExportAppliedToAnEmptyInstallationRebuildsAnEquivalentOne() throws Exception {
        furnished();
        String exported = export(installation);
        for (String says : List.of("castellan-configuration: 1", "  ACME:\n    name: Acme Pharmacy\n", "  north:\n    name: \"North: the old shop\"\n    archived: true\n",
                "  Stock keeper:\n    description: Receives the deliveries\n    rights:\n      - org.castellan.cli.tests.cash\n      - org.castellan.datarights.administer\n",
                "  Counter:\n    description: Everyone at the counter\n    roles:\n      - Cashier\n    members:\n      - bob\n      - clerk\n",
                "  bob:\n    name: Bob Lévêque\n    email: bob@example.org\n    level: 3\n    roles:\n      - Stock keeper\n",
                "  former:\n    level: 0\n    enabled: false\n", "  " + DEFINITION + ":\n    level: 8\n    rights:\n      - " + AccountService.ADMINISTER_RIGHT + "\n",
                "  audit.retention.days: \"365\"\n", "  # backup.retention.daily: \"7\"\n", PERMISSIONS, DATA_RIGHTS, DIRECTORY_GROUPS)) {
            assertTrue(exported.contains(says), says + " in\n" + exported);
        }
        assertFalse(exported.contains("$argon2"), "no password hash is ever exported");

        CliInstallation empty = new CliInstallation(dir.resolve("empty"));
        hosted(empty);
        Path file = file("installation.yaml", exported);
        Run applied = apply(empty, file);
        assertEquals(ExitCode.DONE, applied.exitCode(), applied.toString());
        assertTrue(applied.err().contains("Configuration applied in one transaction"), applied.toString());
        assertTrue(applied.err().contains("3 user(s) created have no password") && applied.err().contains("bob, clerk, former"), applied.toString());
        assertEquals(exported, export(empty), "the rebuilt installation exports the same text");

        // journaled: each change on its concern's topic, then the whole
        List<String> appliedRows = empty.journaled(ConfigurationAsCode.TOPIC_APPLIED);
        assertEquals(1, appliedRows.size(), appliedRows.toString());
        assertTrue(appliedRows.get(0).contains("actor=admin") && appliedRows.get(0).contains("digest="), appliedRows.toString());
        assertTrue(empty.journaled(UserAdministration.TOPIC_USER_CREATED).stream().anyMatch(d -> d.contains("login=bob") && d.contains("level: 3")),
                empty.journaled(UserAdministration.TOPIC_USER_CREATED).toString());
        assertEquals(2, empty.journaled(DataRightsAdministration.CHANGED_TOPIC).size(), "each data right created, by the data-rights service");
        assertEquals(2, empty.journaled(DirectoryService.TOPIC_MAPPING_CHANGED).size(), "each mapping line added, by the directory's service");
        assertEquals("directoryGroup\tcastellanGroup\n" + COUNTER_DN + "\tCounter\n" + NIGHT_SHIFT_DN + "\tCounter\n",
                empty.asAdmin("directory", "mappings", "--format", "tsv").out().replace("\r", ""), "the rebuilt mapping");
        assertEquals(1, empty.journaled(DataRightsAdministration.PERMISSIONS_TOPIC).size(), "the levels, saved at once");

        // a user created without a password cannot log in until an administrator gives him one
        assertEquals(ExitCode.AUTHENTICATION_FAILED, empty.as("bob", "Counter-2026b", "user", "list").exitCode());
        assertEquals(ExitCode.DONE, empty.run(ScriptedTerminal.stdin(PASSWORD, "Counter-2026b"), "user", "passwd", "bob", "--as", "admin", "--password-stdin").exitCode());
        Run asBob = empty.as("bob", "Counter-2026b", "user", "list");
        assertEquals(ExitCode.REFUSED, asBob.exitCode(), "bob logs in, and is refused what he may not do: " + asBob);
    }

    @Test
    void aDryRunListsEveryChangeWithBeforeAndAfterAndChangesNothing() throws Exception {
        furnished();
        String exported = export(installation);
        String changed = exported.replace("  clerk:\n    level: 0\n", "  clerk:\n    level: 4\n    works-in:\n      - ACME\n")
                .replace("  Night: {}\n", "  Day: {}\n")
                .replace("  audit.retention.days: \"365\"\n", "  audit.retention.days: \"400\"\n")
                .replace("users:\n", "users:\n  dora:\n    name: Dora\n    level: 2\n    roles:\n      - Cashier\n")
                .replace("      - bob\n      - clerk\n", "      - bob\n      - clerk\n      - dora\n");
        Path file = file("changed.yaml", changed);
        Run dry = apply(installation, file, "--dry-run");
        assertEquals(ExitCode.DONE, dry.exitCode(), dry.toString());
        for (String says : List.of("+ groups Day\n", "~ groups Counter\n    members: + dora\n", "- groups Night\n", "~ users clerk\n    level: 0 \u2192 4\n    works-in: + ACME\n",
                "+ users dora\n    name: Dora\n    level: 2\n    roles: Cashier\n", "~ settings audit.retention.days\n    value: 365 \u2192 400\n")) {
            assertTrue(dry.out().contains(says), says + " in\n" + dry);
        }
        assertTrue(dry.err().contains("Dry run: applying the configuration would make 6 change(s) (2 added, 3 changed, 1 removed). Nothing was changed"), dry.toString());
        assertTrue(dry.err().contains("1 user(s) it would create would have no password") && dry.err().contains(": dora."), dry.toString());
        assertEquals(exported, export(installation), "a dry run changes nothing");
        assertEquals(List.of(), installation.journaled(ConfigurationAsCode.TOPIC_APPLIED));

        Run json = apply(installation, file, "--dry-run", "--format", "json");
        JsonArray changes = JsonOutput.array(json);
        JsonObject clerk = JsonOutput.find(changes, "key", "clerk");
        assertEquals("change", clerk.get("kind").getAsString());
        assertEquals("users", clerk.get("section").getAsString());
        JsonObject level = clerk.getAsJsonArray("fields").get(0).getAsJsonObject();
        assertEquals("level", level.get("name").getAsString());
        assertEquals(List.of("0"), JsonOutput.strings(level.get("before")));
        assertEquals(List.of("4"), JsonOutput.strings(level.get("after")));
    }

    @Test
    void theSameFileAppliedTwiceChangesNothingTheSecondTime() throws Exception {
        furnished();
        String exported = export(installation);
        Path same = file("same.yaml", exported);
        Run unchanged = apply(installation, same);
        assertEquals(ExitCode.DONE, unchanged.exitCode(), unchanged.toString());
        assertEquals("", unchanged.out());
        assertTrue(unchanged.err().contains("already matches the configuration: nothing was changed"), unchanged.toString());

        // a preset's name, and an option set back to what it declares, are no change the second time either
        Path changed = file("changed.yaml", exported.replace("    name: Acme Pharmacy\n", "    name: Acme Pharmacy and Drugstore\n")
                .replace("  bob:\n    name: Bob Lévêque\n", "  bob:\n    name: Bob L.\n").replace("      - bob\n      - clerk\n", "      - clerk\n")
                .replace("settings:\n", "settings:\n  security.password.policy: bi-point\n")
                .replace("    level: 8\n    rights:\n      - " + AccountService.ADMINISTER_RIGHT + "\n", "    level: 9\n"));
        Run first = apply(installation, changed);
        assertEquals(ExitCode.DONE, first.exitCode(), first.toString());
        assertTrue(first.out().contains("~ companies ACME\n    name: Acme Pharmacy \u2192 Acme Pharmacy and Drugstore\n"), first.toString());
        Run second = apply(installation, changed);
        assertEquals(ExitCode.DONE, second.exitCode(), second.toString());
        assertEquals("", second.out(), second.toString());
        assertTrue(second.err().contains("nothing was changed"), second.toString());
        assertEquals(1, installation.journaled(ConfigurationAsCode.TOPIC_APPLIED).size(), "what changes nothing is not journaled");
        String after = export(installation);
        assertTrue(after.contains("  security.password.policy: \"length=6 digit=true lower=true upper=true special=true expiry=0 warning=0\"\n")
                && after.contains("menu: {}\n") && after.contains("    name: Acme Pharmacy and Drugstore\n"), after);
    }

    @Test
    void whatAFileLeavesOutIsRemovedButUsersAreDisabledAndCompaniesArchived() throws Exception {
        furnished();
        String exported = export(installation);
        String without = exported.replace("  ACME:\n    name: Acme Pharmacy\n", "").replace("  Night: {}\n", "")
                .replace("  Stock keeper:\n    description: Receives the deliveries\n    rights:\n      - org.castellan.cli.tests.cash\n      - org.castellan.datarights.administer\n", "")
                .replace("  bob:\n    name: Bob Lévêque\n    email: bob@example.org\n    level: 3\n    roles:\n      - Stock keeper\n", "")
                .replace("      - bob\n      - clerk\n", "      - clerk\n");
        assertFalse(without.contains("Stock keeper"), without);
        Run applied = apply(installation, file("without.yaml", without));
        assertEquals(ExitCode.DONE, applied.exitCode(), applied.toString());
        for (String says : List.of("- companies ACME\n    archived: false \u2192 true\n", "- users bob\n    enabled: true \u2192 false\n", "- groups Night\n",
                "- roles Stock keeper\n")) {
            assertTrue(applied.out().contains(says), says + " in\n" + applied);
        }
        assertFalse(applied.out().contains("groups Counter"), "a user left out stays in his groups, disabled: " + applied);
        String after = export(installation);
        assertTrue(after.contains("  ACME:\n    name: Acme Pharmacy\n    archived: true\n"), after);
        assertTrue(after.contains("  bob:\n    name: Bob Lévêque\n    email: bob@example.org\n    level: 3\n    enabled: false\n"), after);
        assertFalse(after.contains("Night") || after.contains("Stock keeper"), after);
        assertEquals(ExitCode.AUTHENTICATION_FAILED, installation.as("bob", "Counter-2026b", "user", "list").exitCode(), "bob is disabled");
        Run again = apply(installation, file("without.yaml", without));
        assertTrue(again.err().contains("nothing was changed"), "left out twice changes nothing the second time: " + again);
    }

    @Test
    void everyProblemOfAPartlyInvalidFileIsListedOnItsLineAndNothingIsApplied() throws Exception {
        installation.setUp(List.of("company", "add", "ACME", "--name", "Acme Pharmacy"));
        String before = export(installation);
        String text = """
                castellan-configuration: 1
                companies:
                  ACME:
                    name: Acme Pharmacy
                  acme:
                    name: The same, in lower case
                  NORTH:
                    name: North
                  north:
                    name: North again
                  "bad code!":
                    name: Bad
                roles:
                  Stock keeper:
                    rights:
                      - org.castellan.no.such.right
                groups:
                  Counter:
                    colour: blue
                    members:
                      - nobody
                users:
                  admin:
                    name: Administrator
                    level: 9
                    roles:
                      - Administrator
                  clerk:
                    level: 12
                  dora:
                    email: not-an-address
                    level: 1
                    works-in:
                      - SOUTH
                  Clerk:
                    level: 0
                settings:
                  audit.retention.days: "-5"
                  backup.shutdown.command: /no/such/halt now
                  sessions.heartbeats: "3"
                """;
        Run refused = apply(installation, file("bad.yaml", text));
        assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());
        assertEquals("", refused.out());
        record Expected(String after, String fragment, String says) {
        }
        for (Expected expected : List.of(new Expected("companies:", "  acme:", "A company with the code \u201cacme\u201d already exists (codes are compared without letter case)"),
                new Expected("NORTH:", "  north:", "A company with the code \u201cnorth\u201d already exists"),
                new Expected("companies:", "bad code!", "may hold only letters, digits, - and _"),
                new Expected("roles:", "org.castellan.no.such.right", "No installed bundle declares the right \u201corg.castellan.no.such.right\u201d"),
                new Expected("groups:", "colour", "There is no field \u201ccolour\u201d in groups: Counter"),
                new Expected("groups:", "- nobody", "groups: Counter names the member nobody, who is not among the users of the text"),
                new Expected("  clerk:", "  clerk:", "The authorization level 12 is outside 0 to 9"),
                new Expected("  dora:", "  dora:", "\u201cnot-an-address\u201d is not an e-mail address"),
                new Expected("  dora:", "- SOUTH", "users: dora names the company SOUTH, which is not among the companies of the text"),
                new Expected("users:", "  Clerk:", "differs from the existing login \u201cclerk\u201d only by letter case or accents"),
                new Expected("settings:", "audit.retention.days", "-5 is out of range: give a whole number from 1 to 36500"),
                new Expected("settings:", "backup.shutdown.command", "There is no program \u201c/no/such/halt\u201d"),
                new Expected("settings:", "sessions.heartbeats", "No setting is called \u201csessions.heartbeats\u201d"))) {
            String line = "line " + lineOf(text, expected.after(), expected.fragment()) + ": ";
            assertTrue(refused.err().lines().anyMatch(l -> l.startsWith(line) && l.contains(expected.says())), line + expected.says() + " in\n" + refused.err());
        }
        assertTrue(refused.err().contains("The configuration was refused, and nothing was changed: 13 problem(s)"), refused.err());
        assertEquals(before, export(installation), "nothing of a refused file is applied, not even its good entries");
        assertEquals(List.of(), installation.journaled(ConfigurationAsCode.TOPIC_APPLIED));
    }

    @Test
    void aDirectoryGroupLeadingToAGroupTheTextLacksIsRefusedOnItsLineAndNothingIsSaved() throws Exception {
        furnished();
        String exported = export(installation);
        String text = exported.replace("directory-groups:\n", "directory-groups:\n  \"cn=ghosts,ou=groups,dc=example,dc=com\":\n    groups:\n      - Ghosts\n")
                .replace("  Night: {}\n", "  Night:\n    description: Nights\n");
        Run refused = apply(installation, file("ghosts.yaml", text));
        assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());
        String line = "line " + lineOf(text, "directory-groups:", "      - Ghosts") + ": ";
        assertTrue(refused.err().lines().anyMatch(l -> l.startsWith(line) && l.contains("cn=ghosts,ou=groups,dc=example,dc=com")
                && l.contains("Castellan group Ghosts, which is not among the groups of the text")), line + " in\n" + refused.err());
        assertTrue(refused.err().contains("nothing was changed: 1 problem(s)"), refused.err());
        assertEquals(exported, export(installation), "nothing saved, not even the group's new description");
        assertEquals(2, installation.journaled(DirectoryService.TOPIC_MAPPING_CHANGED).size(), "only furnished()'s two lines");

        // a DN that is not one: the directory's service refuses it, and the whole change is rolled back
        Run notADn = apply(installation, file("not-a-dn.yaml", exported.replace("directory-groups:\n", "directory-groups:\n  night:\n    groups:\n      - Night\n")));
        assertEquals(ExitCode.REFUSED, notADn.exitCode(), notADn.toString());
        assertTrue(notADn.err().contains("not a distinguished name"), notADn.toString());
        assertEquals(exported, export(installation));
    }

    @Test
    void aDirectoryGroupLeftOutLosesItsLinesAndOneAddedGainsThem() throws Exception {
        furnished();
        String exported = export(installation);
        String text = exported.replace("  \"" + NIGHT_SHIFT_DN + "\":\n    groups:\n      - Counter\n", "")
                .replace("  \"" + COUNTER_DN + "\":\n    groups:\n      - Counter\n", "  \"" + COUNTER_DN + "\":\n    groups:\n      - Counter\n      - Night\n");
        Run applied = apply(installation, file("fewer.yaml", text));
        assertEquals(ExitCode.DONE, applied.exitCode(), applied.toString());
        assertTrue(applied.out().contains("- directory-groups " + NIGHT_SHIFT_DN + "\n    groups: - Counter\n") || applied.out().contains("- directory-groups " + NIGHT_SHIFT_DN),
                applied.toString());
        assertTrue(applied.out().contains("~ directory-groups " + COUNTER_DN + "\n    groups: + Night\n"), applied.toString());
        assertEquals("directoryGroup\tcastellanGroup\n" + COUNTER_DN + "\tCounter\n" + COUNTER_DN + "\tNight\n",
                installation.asAdmin("directory", "mappings", "--format", "tsv").out().replace("\r", ""));
        List<String> journaled = installation.journaled(DirectoryService.TOPIC_MAPPING_CHANGED);
        assertEquals(4, journaled.size(), journaled.toString());
        assertTrue(journaled.stream().anyMatch(d -> d.contains("before=" + NIGHT_SHIFT_DN + " -> Counter")), journaled.toString());
        assertTrue(journaled.stream().anyMatch(d -> d.contains("after=" + COUNTER_DN + " -> Night")), journaled.toString());
        assertEquals(text, export(installation), "the installation now says what the text says");
    }

    @Test
    void aMalformedFileIsRefusedWithItsLine() throws Exception {
        Run malformed = apply(installation, file("malformed.yaml", "castellan-configuration: 1\nusers:\n  bob:\n    level: [1\n  dora:\n"));
        assertEquals(ExitCode.REFUSED, malformed.exitCode(), malformed.toString());
        assertTrue(malformed.err().lines().anyMatch(l -> l.matches("line [56]: The text is not YAML: .*")), malformed.toString());

        Run notOne = apply(installation, file("list.yaml", "- users\n- roles\n"));
        assertEquals(ExitCode.REFUSED, notOne.exitCode(), notOne.toString());
        assertTrue(notOne.err().contains("line 1: The text is not a Castellan configuration: it must be a mapping that starts with castellan-configuration: 1"),
                notOne.toString());

        Run future = apply(installation, file("future.yaml", "castellan-configuration: 2\nmenus: {}\n"));
        assertTrue(future.err().contains("line 1: castellan-configuration: 2 is not a format this version of Castellan reads"), future.toString());
        assertTrue(future.err().contains("line 2: There is no section \u201cmenus\u201d"), future.toString());

        Run twice = apply(installation, file("twice.yaml", "castellan-configuration: 1\nusers:\n  admin:\n    level: 9\n    level: 8\n"));
        assertTrue(twice.err().contains("line 5: \u201clevel\u201d is given twice in users: admin: first on line 4"), twice.toString());

        Run missing = installation.asAdmin("config", "apply", dir.resolve("nowhere.yaml").toString());
        assertEquals(ExitCode.REFUSED, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("cannot be read"), missing.toString());
        Run binary = installation.asAdmin("config", "apply", Files.write(dir.resolve("latin1.yaml"), new byte[] { 'a', ':', ' ', (byte) 0xE9, '\n' }).toString());
        assertTrue(binary.err().contains("is not UTF-8 text"), binary.toString());
        assertEquals(ExitCode.USAGE, installation.asAdmin("config", "apply").exitCode(), "the file is needed");
    }

    @Test
    void aFileThatBreaksARuleOfTheWholeInstallationIsRefusedWhole() throws Exception {
        String exported = export(installation);
        String noAdministrator = exported.replace("users:\n", "users:\n  carol:\n    level: 1\n").replace("  admin:\n    name: Administrator\n    level: 9\n",
                "  admin:\n    name: Administrator\n    level: 9\n    enabled: false\n");
        Run refused = apply(installation, file("locked-out.yaml", noAdministrator));
        assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("The configuration was refused, and nothing was changed") && refused.err().contains("nobody could administer it"),
                refused.toString());
        assertEquals(exported, export(installation), "carol was not created either");

        String guestAdministrator = exported.replace("    guest: true\n    roles:\n      - Guest\n", "    guest: true\n    roles:\n      - Administrator\n      - Guest\n");
        Run guest = apply(installation, file("guest.yaml", guestAdministrator));
        assertEquals(ExitCode.REFUSED, guest.exitCode(), guest.toString());
        assertTrue(guest.err().contains("Administer security"), guest.toString());

        String seats = exported.replace("users:\n", "users:\n  carol:\n    level: 1\n").replace("  # security.licence.seats: \"\"\n", "  security.licence.seats: \"2\"\n");
        Run full = apply(installation, file("seats.yaml", seats));
        assertEquals(ExitCode.REFUSED, full.exitCode(), full.toString());
        assertTrue(full.err().contains("All 2 licence seats are taken"), full.toString());
        assertEquals(exported, export(installation));
    }

    @Test
    void onlyAGlobalAdministratorMayApplyAndAnAdministratorExport() throws Exception {
        installation.addUser("officer", "Officer-2026o");
        installation.setUp(List.of("company", "add", "ACME", "--name", "Acme Pharmacy"), List.of("role", "assign", "Administrator", "officer"));
        installation.with(services -> services.get(CompanyAdministration.class).setScope(
                services.get(AccountService.class).authenticate(CliInstallation.ADMIN, PASSWORD.toCharArray()), "officer",
                new CompanyScope(Set.of("ACME"), Set.of("ACME"))));
        String exported = export(installation);
        Path file = file("installation.yaml", exported.replace("  ACME:\n    name: Acme Pharmacy\n", "  ACME:\n    name: Acme\n"));

        for (Run clerk : List.of(installation.asClerk("config", "export"), installation.asClerk("config", "apply", file.toString()),
                installation.asClerk("config", "apply", file.toString(), "--dry-run"))) {
            assertEquals(ExitCode.REFUSED, clerk.exitCode(), clerk.toString());
            assertTrue(clerk.err().contains("Administer security"), clerk.toString());
            assertEquals("", clerk.out());
        }

        Run officerExport = installation.as("officer", "Officer-2026o", "config", "export");
        assertEquals(ExitCode.DONE, officerExport.exitCode(), officerExport.toString());
        assertEquals(exported, officerExport.out(), "an administrator limited to some companies may read the whole configuration");
        for (Run officer : List.of(installation.as("officer", "Officer-2026o", "config", "apply", file.toString()),
                installation.as("officer", "Officer-2026o", "config", "apply", file.toString(), "--dry-run"))) {
            assertEquals(ExitCode.REFUSED, officer.exitCode(), officer.toString());
            assertTrue(officer.err().contains("you administer security only for ACME"), officer.toString());
        }
        assertEquals(exported, export(installation));
    }

    @Test
    void permissionsAndDataRightsChangeAsTheTextSaysAndOnlyOnce() throws Exception {
        furnished();
        String exported = export(installation);
        String changed = exported.replace("  Sales:\n    preview:\n", "  Sales:\n    limited:\n").replace("  Sales/Yearly:\n    no-access:\n      - clerk\n", "  Stock:\n    preview:\n      - bob\n")
                .replace("  Customers:\n    holders:\n      - clerk\n    models:\n      - Sales\n    dimensions:\n      - \"Sales | [Date]\"\n"
                        + "    members:\n      - \"Sales | [Customer] | [Customer].[ACME]\"\n", "")
                .replace("      - Sales\n      - Stock\n", "      - Sales\n").replace("      - \"Stock | [Measures].[Units]\"\n", "")
                .replace("data-rights:\n", "data-rights:\n  Stock keepers:\n    holders:\n      - bob\n    models:\n      - Stock\n    measures:\n"
                        + "      - \"Stock | [Measures].[Units]\"\n");
        Path file = file("grants.yaml", changed);
        int permissionsJournaled = installation.journaled(DataRightsAdministration.PERMISSIONS_TOPIC).size();
        Run dry = apply(installation, file, "--dry-run");
        assertEquals(ExitCode.DONE, dry.exitCode(), dry.toString());
        for (String says : List.of("+ permissions Stock\n    preview: bob\n", "~ permissions Sales\n    preview: - group:Counter\n    limited: + group:Counter\n",
                "- permissions Sales/Yearly\n    no-access: clerk \u2192 ", "- data-rights Customers\n    holders: clerk \u2192 ",
                "~ data-rights Years\n    models: - Stock\n    measures: - Stock | [Measures].[Units]\n",
                "+ data-rights Stock keepers\n    holders: bob\n    models: Stock\n    measures: Stock | [Measures].[Units]\n")) {
            assertTrue(dry.out().contains(says), says + " in\n" + dry);
        }
        assertEquals(exported, export(installation), "a dry run changes nothing");
        assertEquals(permissionsJournaled, installation.journaled(DataRightsAdministration.PERMISSIONS_TOPIC).size(), "nor journals anything");

        int rightsJournaled = installation.journaled(DataRightsAdministration.CHANGED_TOPIC).size();
        Run applied = apply(installation, file);
        assertEquals(ExitCode.DONE, applied.exitCode(), applied.toString());
        assertEquals(changed, export(installation), "the installation now matches the text");
        List<String> rights = installation.journaled(DataRightsAdministration.CHANGED_TOPIC);
        assertEquals(rightsJournaled + 3, rights.size(), "one created, one saved, one deleted: " + rights);
        assertTrue(rights.stream().anyMatch(d -> d.contains("change=deleted") && d.contains("name=Customers")), rights.toString());
        assertEquals(permissionsJournaled + 1, installation.journaled(DataRightsAdministration.PERMISSIONS_TOPIC).size(), "the levels saved at once");
        permissionsJournaled++;

        Run again = apply(installation, file);
        assertEquals("", again.out(), again.toString());
        assertTrue(again.err().contains("nothing was changed"), again.toString());
        assertEquals(rights.size(), installation.journaled(DataRightsAdministration.CHANGED_TOPIC).size());
        assertEquals(permissionsJournaled, installation.journaled(DataRightsAdministration.PERMISSIONS_TOPIC).size());

        // left out: every permission revoked and every data right deleted, the groups that held them deleted with them
        String none = changed.substring(0, changed.indexOf("permissions:\n")) + "permissions: {}\n\ndata-rights: {}\n" + changed.substring(changed.indexOf("\nmenu:"));
        // the directory groups leading to Counter go with it: a mapping may not name a group the text removes
        Run emptied = apply(installation, file("none.yaml", none.replace("  Counter:\n    description: Everyone at the counter\n    roles:\n      - Cashier\n"
                + "    members:\n      - bob\n      - clerk\n", "").replace(DIRECTORY_GROUPS, "directory-groups: {}\n")));
        assertEquals(ExitCode.DONE, emptied.exitCode(), emptied.toString());
        String after = export(installation);
        assertTrue(after.contains("permissions: {}\n") && after.contains("data-rights: {}\n") && !after.contains("Counter"), after);
    }

    @Test
    void grantsNamingWhatTheInstallationLacksAreListedOnTheirLines() throws Exception {
        furnished();
        String exported = export(installation);
        String grants = """
                permissions:
                  Sales/Weekly:
                    edit:
                      - clerk
                  Sales:
                    preview:
                      - nobody
                      - "group:Nobodies"
                    edit:
                      - nobody
                data-rights:
                  Years:
                    holders:
                      - clerk
                    models:
                      - Sales
                      - Purchases
                    measures:
                      - "Sales | [Measures].[Cost]"
                      - "Purchases | [Measures].[Cost]"
                      - "Stock | [Measures].[Units]"
                      - "[Measures].[Amount]"
                    dimensions:
                      - "Sales | [Region]"
                      - "Sales | [Date]"
                    members:
                      - "Sales | [Date] | [Date].[2099]"
                      - "Sales | [Customer] | [Customer].[ACME]"
                    refused-dimensions:
                      - "Sales | [Customer]"
                  years:
                    models:
                      - Sales
                """;
        String text = exported.substring(0, exported.indexOf("permissions:\n")) + grants + exported.substring(exported.indexOf("\nmenu:"));
        Run refused = apply(installation, file("bad-grants.yaml", text));
        assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());
        record Expected(String fragment, String says) {
        }
        for (Expected expected : List.of(new Expected("  Sales/Weekly:", "the installation has no folder or report at this path"),
                new Expected("      - nobody", "permissions: Sales names nobody, who is neither among the users of the text"),
                new Expected("group:Nobodies", "names group:Nobodies, who is neither"),
                new Expected("      - Purchases", "names the data model Purchases, which the installation does not have"),
                new Expected("Sales | [Measures].[Cost]", "the data model Sales has no measure [Measures].[Cost]"),
                new Expected("Stock | [Measures].[Units]", "is of the data model Stock, which is not among the models of the data right"),
                new Expected("\"[Measures].[Amount]\"", "is not written as MODEL | NAME"),
                new Expected("Sales | [Region]", "the data model Sales has no dimension [Region]"),
                new Expected("[Date].[2099]", "the dimension [Date] of the data model Sales has no member [Date].[2099]"),
                new Expected("[Customer].[ACME]", "gives Sales | [Customer] | [Customer].[ACME] more than once"),
                new Expected("  years:", "the text has the data right Years too"))) {
            String line = "line " + lineOf(text, "permissions:", expected.fragment()) + ": ";
            assertTrue(refused.err().lines().anyMatch(l -> l.startsWith(line) && l.contains(expected.says())), line + expected.says() + " in\n" + refused.err());
        }
        assertTrue(refused.err().contains("line " + lineOf(text, "group:Nobodies", "      - nobody") + ": permissions: Sales gives nobody more than once"),
                refused.err());
        assertEquals(exported, export(installation), "nothing of a refused file is applied");
    }

    @Test
    void helpDescribesTheConfigCommands() {
        Run help = CliInstallation.run(dir, ScriptedTerminal.stdin(), java.util.Map.of(), "help", "config");
        assertEquals(ExitCode.DONE, help.exitCode(), help.toString());
        assertTrue(help.out().contains("config export") && help.out().contains("config apply <file> [--dry-run] [--format text|json]"), help.out());
    }
}
