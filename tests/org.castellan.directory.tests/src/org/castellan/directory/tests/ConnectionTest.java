package org.castellan.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.castellan.directory.ConnectionReport;
import org.castellan.directory.ConnectionReport.Check;
import org.castellan.directory.ConnectionReport.Step;
import org.castellan.directory.DirectoryService;
import org.castellan.security.AccountException;
import org.castellan.security.NewUser;
import org.castellan.test.support.Slapd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Test Connection against a real slapd: what works and what does not, each said so. */
class ConnectionTest {

    @RegisterExtension
    static final Slapd SLAPD = new Slapd();

    @RegisterExtension
    final DirectoryInstallation installation = new DirectoryInstallation();

    private ConnectionReport test(String sample) throws AccountException {
        return installation.directory.testConnection(installation.admin, Optional.ofNullable(sample));
    }

    private static Check step(ConnectionReport report, Step step) {
        return report.checks().stream().filter(c -> c.step() == step).findFirst().orElseThrow(() -> new AssertionError(step + " in " + report));
    }

    private static void assertPassed(ConnectionReport report) {
        assertTrue(report.passed(), report.toString());
        assertEquals(List.of(Step.CONNECTION, Step.SERVICE_ACCOUNT, Step.USER_SEARCH), report.checks().stream().map(Check::step).toList());
        assertTrue(step(report, Step.USER_SEARCH).message().contains("uid=paul,ou=people,dc=example,dc=com"), report.toString());
    }

    @Test
    void plainLdapFindsTheSampleUser() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        assertPassed(test("paul"));
    }

    @Test
    void startTlsWithTheAuthorityFindsTheSampleUser() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of("directory.starttls", "true", "directory.ca.certificate", SLAPD.caCertificate()));
        assertPassed(test("paul"));
    }

    @Test
    void ldapsWithTheAuthorityFindsTheSampleUser() throws Exception {
        installation.pointAt(SLAPD.ldapsUrl(), Map.of("directory.ca.certificate", SLAPD.caCertificate()));
        assertPassed(test("paul"));
    }

    @Test
    void ldapsWithAnotherAuthorityIsATlsFailure() throws Exception {
        installation.pointAt(SLAPD.ldapsUrl(), Map.of("directory.ca.certificate", SLAPD.otherCaCertificate()));
        ConnectionReport report = test("paul");
        assertFalse(report.passed());
        Check connection = step(report, Step.CONNECTION);
        assertFalse(connection.passed());
        assertTrue(connection.message().contains("The secure connection to " + SLAPD.ldapsUrl() + " failed"), connection.message());
    }

    @Test
    void startTlsWithAnotherAuthorityIsATlsFailureAndNoPasswordIsSent() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of("directory.starttls", "true", "directory.ca.certificate", SLAPD.otherCaCertificate()));
        ConnectionReport report = test("paul");
        assertEquals(1, report.checks().size(), report.toString());
        assertTrue(step(report, Step.CONNECTION).message().contains("The secure connection"), report.toString());
    }

    @Test
    void aWrongServicePasswordIsSaid() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        installation.directory.setServicePassword(installation.admin, "Wrong-2026x".toCharArray());
        ConnectionReport report = test("paul");
        assertFalse(report.passed());
        assertTrue(step(report, Step.CONNECTION).passed());
        Check service = step(report, Step.SERVICE_ACCOUNT);
        assertFalse(service.passed());
        assertTrue(service.message().contains("refused the service account " + Slapd.SERVICE_DN), service.message());
    }

    @Test
    void anUnreachableUrlIsSaidAndTheNextOneIsTried() throws Exception {
        String dead = "ldap://127.0.0.1:" + Slapd.freePort();
        installation.pointAt(dead + " " + SLAPD.ldapUrl(), Map.of());
        ConnectionReport report = test("paul");
        assertFalse(report.passed(), "one URL fails");
        Check first = report.checks().get(0);
        assertEquals(dead, first.subject());
        assertFalse(first.passed());
        assertTrue(first.message().startsWith("No directory server answers at " + dead), first.message());
        assertTrue(step(report, Step.USER_SEARCH).passed(), report.toString());
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAfterTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            installation.pointAt("ldap://127.0.0.1:" + silent.getLocalPort(), Map.of("directory.timeout.read.seconds", "1"));
            ConnectionReport report = test("paul");
            assertFalse(report.passed());
            assertTrue(report.checks().get(0).message().startsWith("No directory server answers"), report.toString());
        }
    }

    @Test
    void aLoginTheDirectoryDoesNotHoldIsSaid() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        ConnectionReport report = test("nobody");
        Check search = step(report, Step.USER_SEARCH);
        assertFalse(search.passed());
        assertTrue(search.message().startsWith("No user \u201cnobody\u201d is found under dc=example,dc=com"), search.message());
        assertFalse(step(test("*"), Step.USER_SEARCH).passed(), "* is a login, not a wildcard");
    }

    @Test
    void withoutSettingsTheReportSaysWhatToSet() throws Exception {
        ConnectionReport report = test("paul");
        assertEquals(1, report.checks().size());
        assertEquals(Step.SETTINGS, report.checks().get(0).step());
        String message = report.checks().get(0).message();
        // the labels the settings editor shows, and the keys the command line sets
        assertTrue(message.contains("\u201cDirectory URLs\u201d and \u201cBase DN\u201d") && message.contains("directory.urls and directory.base.dn"), message);
    }

    @Test
    void badSettingsAreRefusedWithWhatIsExpected() {
        AccountException e = assertThrows(AccountException.class, () -> installation.settings.change(installation.admin,
                Map.of("directory.urls", "http://dc1.example.com", "directory.ca.certificate", "not a certificate", "directory.filter", "objectClass=person",
                        "directory.timeout.connect.seconds", "600")));
        assertTrue(e.getMessage().contains("\u201chttp://dc1.example.com\u201d is not a directory URL"), e.getMessage());
        assertTrue(e.getMessage().contains("The CA certificate cannot be read"), e.getMessage());
        assertTrue(e.getMessage().contains("is not an LDAP filter"), e.getMessage());
        assertTrue(e.getMessage().contains("directory.timeout.connect.seconds"), e.getMessage());
    }

    @Test
    void onlyAnAdministratorTestsOrSetsTheDirectory() throws Exception {
        installation.users.createUser(installation.admin, new NewUser("clerk", null, null, false, false, 2, "Clerk-2026x".toCharArray()));
        var clerk = installation.accounts.authenticate("clerk", "Clerk-2026x".toCharArray());
        assertThrows(AccountException.class, () -> installation.directory.testConnection(clerk, Optional.empty()));
        assertThrows(AccountException.class, () -> installation.directory.setServicePassword(clerk, "x".toCharArray()));
    }

    @Test
    void theServicePasswordIsKeptForTheOwnerOnlyAndNeverInTheDatabase() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        DirectoryService directory = installation.directory;
        assertTrue(directory.servicePasswordSet(installation.admin));
        Path file = installation.folder().resolve("directory-credentials.properties");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        installation.store.close();
        byte[] secret = Slapd.SERVICE_PASSWORD.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (Stream<Path> files = Files.walk(installation.folder().resolve("database"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(contains(Files.readAllBytes(f), secret), "the service password is in " + f);
            }
        }
        installation.store = org.castellan.store.CastellanStore.open(installation.folder(), Optional.empty());
    }

    private static boolean contains(byte[] haystack, byte[] needle) throws IOException {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
