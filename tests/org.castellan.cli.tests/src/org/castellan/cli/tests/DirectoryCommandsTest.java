package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.directory.DirectoryService;
import org.castellan.test.support.Slapd;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code castellan directory test|password} and the {@code directory.*} settings against a real
 * slapd, and a domain user logging in to the command line with his directory password (the
 * services wired by Declarative Services, as in the product).
 */
class DirectoryCommandsTest extends InstallationWithAClerk {

    @RegisterExtension
    static final Slapd SLAPD = new Slapd();

    @BeforeEach
    void directorySettings() {
        installation.setUp(List.of("settings", "set", "directory.urls=" + SLAPD.ldapUrl(), "directory.starttls=true",
                "directory.ca.certificate=" + SLAPD.caCertificate(), "directory.base.dn=" + Slapd.BASE_DN, "directory.service.dn=" + Slapd.SERVICE_DN));
    }

    private Run setServicePassword(String password) {
        return installation.run(ScriptedTerminal.stdin(CliInstallation.PASSWORD, password), "directory", "password", "--as", CliInstallation.ADMIN,
                "--password-stdin");
    }

    @Test
    void theServicePasswordComesFromStandardInputAndTheTestSaysWhatWorks() throws Exception {
        Run before = admin("directory", "test", "--user", "paul");
        CliInstallation.refused(before, ExitCode.REFUSED, "The directory does not work as set");
        assertTrue(before.out().contains("The service account's password is not set"), before.toString());

        CliInstallation.done(setServicePassword(Slapd.SERVICE_PASSWORD), "password is set");
        Run works = admin("directory", "test", "--user", "paul");
        CliInstallation.done(works, "The directory works");
        assertTrue(works.out().contains("uid=paul,ou=people,dc=example,dc=com"), works.toString());
        assertFalse(works.out().contains(Slapd.SERVICE_PASSWORD) || works.err().contains(Slapd.SERVICE_PASSWORD));

        Run nobody = admin("directory", "test", "--user", "nobody", "--format", "json");
        assertEquals(ExitCode.REFUSED, nobody.exitCode(), nobody.toString());
        com.google.gson.JsonArray checks = com.google.gson.JsonParser.parseString(nobody.out()).getAsJsonArray();
        com.google.gson.JsonObject search = checks.get(checks.size() - 1).getAsJsonObject();
        assertEquals("user_search", search.get("step").getAsString(), nobody.out());
        assertFalse(search.get("passed").getAsBoolean(), nobody.out());
        assertEquals(1, installation.journaled(DirectoryService.TOPIC_SERVICE_PASSWORD_CHANGED).size());
        assertFalse(installation.journaled(DirectoryService.TOPIC_SERVICE_PASSWORD_CHANGED).get(0).contains(Slapd.SERVICE_PASSWORD));
    }

    @Test
    void aWrongServicePasswordFailsTheTest() {
        setServicePassword("Wrong-2026x");
        Run run = admin("directory", "test");
        CliInstallation.refused(run, ExitCode.REFUSED, "The directory does not work as set");
        assertTrue(run.out().contains("refused the service account"), run.toString());
    }

    @Test
    void theClerkMayNeitherTestNorSetTheDirectory() {
        assertEquals(ExitCode.REFUSED, installation.asClerk("directory", "test").exitCode());
        Run set = installation.run(ScriptedTerminal.stdin(CliInstallation.CLERK_PASSWORD, "Stolen-2026x"), "directory", "password", "--as", "clerk",
                "--password-stdin");
        CliInstallation.refused(set, ExitCode.REFUSED, "Only an administrator");
    }

    @Test
    void aDomainUserLogsInWithHisDirectoryPassword() {
        setServicePassword(Slapd.SERVICE_PASSWORD);
        installation.setUp(List.of("settings", "set", "directory.login.attribute=uid"));
        Run added = installation.run(ScriptedTerminal.stdin(CliInstallation.PASSWORD, "Unused-2026x"), "user", "add", "paul", "--domain", "--as",
                CliInstallation.ADMIN, "--password-stdin");
        assertEquals(ExitCode.DONE, added.exitCode(), added.toString());
        Run paul = installation.as("paul", Slapd.USER_PASSWORD, "user", "list");
        assertEquals(ExitCode.REFUSED, paul.exitCode(), "logged in, then refused as no administrator: " + paul);
        Run wrong = installation.as("paul", "Unused-2026x", "user", "list");
        CliInstallation.refused(wrong, ExitCode.AUTHENTICATION_FAILED, "Unknown login or wrong password");
        Run passwd = installation.run(ScriptedTerminal.stdin(CliInstallation.PASSWORD, "Other-2026xx"), "user", "passwd", "paul", "--as",
                CliInstallation.ADMIN, "--password-stdin");
        CliInstallation.refused(passwd, ExitCode.REFUSED, "is a domain user");
    }

    @Test
    void helpDescribesTheDirectoryCommandsAndHowThePasswordIsGiven() {
        Run help = installation.run(ScriptedTerminal.stdin(), "help", "directory");
        assertEquals(ExitCode.DONE, help.exitCode(), help.toString());
        assertTrue(help.out().contains("directory test [--user LOGIN]") && help.out().contains("directory password"), help.out());
        assertTrue(help.out().contains("Passwords are never accepted as arguments"), help.out());
    }

    @Test
    void aMappingIsAddedListedAndRemovedAndAnUnknownGroupIsRefused() throws Exception {
        CliInstallation.done(admin("group", "create", "Pharmacists"), "");
        CliInstallation.done(admin("directory", "map", Slapd.PHARMACISTS_DN, "Pharmacists"), "members of the Castellan group Pharmacists");
        Run listed = admin("directory", "mappings", "--format", "tsv");
        assertEquals("directoryGroup\tcastellanGroup\n" + Slapd.PHARMACISTS_DN + "\tPharmacists\n", listed.out().replace("\r", ""), listed.toString());
        CliInstallation.refused(admin("directory", "map", Slapd.MANAGERS_DN, "Nurses"), ExitCode.REFUSED, "no Castellan group \u201cNurses\u201d");
        CliInstallation.refused(admin("directory", "map", "managers", "Pharmacists"), ExitCode.REFUSED, "not a distinguished name");
        assertEquals(ExitCode.USAGE, admin("directory", "map", Slapd.MANAGERS_DN).exitCode(), "a DN without its group");
        CliInstallation.refused(installation.asClerk("directory", "map", Slapd.MANAGERS_DN, "Pharmacists"), ExitCode.REFUSED, "Only an administrator");
        CliInstallation.done(admin("directory", "unmap", Slapd.PHARMACISTS_DN, "Pharmacists"), "is removed");
        assertTrue(admin("directory", "mappings").out().contains("(none)"));
        List<String> journaled = installation.journaled(DirectoryService.TOPIC_MAPPING_CHANGED);
        assertEquals(2, journaled.size(), "the line added, then removed: " + journaled);
        assertTrue(journaled.get(1).contains(Slapd.PHARMACISTS_DN + " -> Pharmacists"), journaled.get(1));
    }

    @Test
    void syncDisablesAUserGoneFromTheDirectoryAndPrintsASummary() throws Exception {
        setServicePassword(Slapd.SERVICE_PASSWORD);
        CliInstallation.done(admin("group", "create", "Pharmacists"), "");
        admin("directory", "map", Slapd.PHARMACISTS_DN, "Pharmacists");
        for (String login : List.of("paul", "ghost")) {
            // no password asked for a domain user: standard input holds the acting administrator's alone
            CliInstallation.done(admin("user", "add", login, "--domain"), login);
        }
        Run sync = admin("directory", "sync");
        CliInstallation.done(sync, "");
        assertTrue(sync.out().contains("Directory sync: 2 domain users checked, 2 updated, 1 disabled, 0 errors."), sync.toString());
        assertTrue(admin("user", "show", "ghost", "--format", "json").out().contains("\"enabled\": false"), "disabled, not deleted");
        assertTrue(admin("user", "groups", "paul").out().contains("Pharmacists"));
        CliInstallation.refused(installation.asClerk("directory", "sync"), ExitCode.REFUSED, "Only an administrator");

        installation.setUp(List.of("settings", "set", "directory.urls=ldap://127.0.0.1:" + Slapd.freePort()));
        CliInstallation.refused(admin("directory", "sync"), ExitCode.REFUSED, "The directory cannot be used, nothing was changed");
    }

    @Test
    void searchAndImportCreateDomainUsersWithoutAPassword() throws Exception {
        setServicePassword(Slapd.SERVICE_PASSWORD);
        Run found = admin("directory", "search", "nowak", "--format", "tsv");
        assertEquals("login\tname\tmail\texisting\npaul\tPaul Nowak\tpaul.nowak@example.com\tfalse\n", found.out().replace("\r", ""), found.toString());
        CliInstallation.refused(admin("directory", "search", " "), ExitCode.REFUSED, "Type part of a login");
        assertTrue(admin("directory", "search", "*").out().contains("(none)"), "a star is text, not a wildcard");
        CliInstallation.refused(admin("directory", "import", "paul", "nobody"), ExitCode.REFUSED, "Not found (or found more than once)");
        CliInstallation.refused(installation.asClerk("directory", "import", "paul"), ExitCode.REFUSED, "Only an administrator");
        CliInstallation.done(admin("directory", "import", "paul", "anna", "--level", "2"), "2 domain users created: paul, anna");
        Run paul = admin("user", "show", "paul", "--format", "json");
        assertTrue(paul.out().contains("\"domain\": true") && paul.out().contains("paul.nowak@example.com"), paul.toString());
        // logged in with the directory's password, then refused as no administrator
        Run refusedAsNoAdministrator = installation.as("anna", Slapd.USER_PASSWORD, "user", "list");
        CliInstallation.refused(refusedAsNoAdministrator, ExitCode.REFUSED, "Only a user with the right");
    }
}
