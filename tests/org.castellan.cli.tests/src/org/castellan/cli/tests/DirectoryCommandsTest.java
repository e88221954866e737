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
}
