package org.castellan.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;

import org.castellan.directory.internal.DirectoryAuthenticatorImpl;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountsOverviewImpl;
import org.castellan.security.DirectoryAuthenticator;
import org.castellan.security.DirectoryAuthenticator.Result;
import org.castellan.security.PasswordStatus;
import org.castellan.test.support.Slapd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Domain users log in with their directory password, checked by a real slapd; local users never depend on it. */
class DomainLoginTest {

    @RegisterExtension
    static final Slapd SLAPD = new Slapd();

    @RegisterExtension
    final DirectoryInstallation installation = new DirectoryInstallation();

    private static final char[] DOMAIN_PASSWORD = Slapd.USER_PASSWORD.toCharArray();
    private static final char[] WRONG = "Wrong-2026x".toCharArray();

    private AccountException refused(String login, char[] password) {
        return assertThrows(AccountException.class, () -> installation.accounts.authenticate(login, password));
    }

    @Test
    void aDomainUserLogsInWithHisDirectoryPasswordOverStartTls() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of("directory.starttls", "true", "directory.ca.certificate", SLAPD.caCertificate()));
        installation.domainUser("paul");
        assertEquals("paul", installation.accounts.authenticate("paul", DOMAIN_PASSWORD).login());
        assertEquals(PasswordStatus.NEVER_EXPIRES, installation.users.passwordStatus(installation.admin, "paul"), "the directory decides");
        AccountException unused = refused("paul", "Unused-2026x".toCharArray());
        assertTrue(unused.getMessage().startsWith("Unknown login or wrong password"), "the password given at creation is not his: " + unused.getMessage());
    }

    @Test
    void aDomainUserLogsInOverLdaps() throws Exception {
        installation.pointAt(SLAPD.ldapsUrl(), Map.of("directory.ca.certificate", SLAPD.caCertificate()));
        installation.domainUser("paul");
        assertEquals("paul", installation.accounts.authenticate("paul", DOMAIN_PASSWORD).login());
    }

    @Test
    void aWrongPasswordCountsAndTenLockTheAccount() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        installation.domainUser("paul");
        for (int i = 0; i < 10; i++) {
            assertTrue(refused("paul", WRONG).getMessage().startsWith("Unknown login or wrong password"));
            installation.clock.advance(Duration.ofMinutes(2)); // past any delay
        }
        AccountException locked = refused("paul", DOMAIN_PASSWORD);
        assertTrue(locked.getMessage().contains("locked"), locked.getMessage());
    }

    @Test
    void filterCharactersInALoginAreMatchedAsText() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        DirectoryAuthenticator directory = new DirectoryAuthenticatorImpl(installation.store);
        for (String login : new String[] { "*", "p*", "paul)(uid=*", "*)(|(uid=*", "paul\\", "paul\0" }) {
            assertEquals(Result.REFUSED, directory.authenticate(login, DOMAIN_PASSWORD).result(), login);
        }
        assertEquals(Result.ACCEPTED, directory.authenticate("paul", DOMAIN_PASSWORD).result(), "the same directory accepts paul");
        assertEquals("\\2a\\28\\29\\5c\\00", org.castellan.directory.internal.FilterValue.escape("*()\\\0"));
    }

    @Test
    void aLoginTwoEntriesShareLogsNobodyIn() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        installation.domainUser("twin");
        assertTrue(refused("twin", DOMAIN_PASSWORD).getMessage().startsWith("Unknown login or wrong password"));
    }

    @Test
    void theSettingsFilterKeepsOutWhomItDoesNotMatch() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of("directory.filter", "(!(employeeType=contractor))"));
        installation.domainUser("paul");
        installation.domainUser("anna");
        assertEquals("paul", installation.accounts.authenticate("paul", DOMAIN_PASSWORD).login());
        refused("anna", DOMAIN_PASSWORD);
    }

    @Test
    void anEmptyPasswordIsRefusedBeforeTheDirectoryIsAsked() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            installation.pointAt("ldap://127.0.0.1:" + listening.getLocalPort(), Map.of());
            installation.domainUser("paul");
            AccountException e = refused("paul", new char[0]);
            assertTrue(e.getMessage().contains("empty password is never sent"), e.getMessage());
            assertEquals(Result.REFUSED, new DirectoryAuthenticatorImpl(installation.store).authenticate("paul", new char[0]).result());
            listening.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, () -> {
                try (Socket asked = listening.accept()) {
                    // a connection would mean the directory was asked
                }
            });
        }
    }

    @Test
    void anUnreachableDirectoryRefusesDomainUsersButTheLocalAdministratorLogsIn() throws Exception {
        installation.pointAt("ldap://127.0.0.1:" + Slapd.freePort(), Map.of());
        installation.domainUser("paul");
        AccountException e = refused("paul", DOMAIN_PASSWORD);
        assertTrue(e.getMessage().startsWith("Domain users cannot log in now: the directory cannot be used (No directory server answers"), e.getMessage());
        assertTrue(e.getMessage().contains("local accounts can still log in"), e.getMessage());
        assertEquals("admin", installation.accounts.authenticate("admin", DirectoryInstallation.ADMIN_PASSWORD).login());
    }

    @Test
    void theDirectoryStoppedInTheMiddleRefusesDomainUsersUntilItIsBack() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        installation.domainUser("paul");
        assertEquals("paul", installation.accounts.authenticate("paul", DOMAIN_PASSWORD).login());
        SLAPD.stop();
        try {
            assertTrue(refused("paul", DOMAIN_PASSWORD).getMessage().startsWith("Domain users cannot log in now"));
            assertEquals("admin", installation.accounts.authenticate("admin", DirectoryInstallation.ADMIN_PASSWORD).login());
        } finally {
            SLAPD.start();
        }
        assertEquals("paul", installation.accounts.authenticate("paul", DOMAIN_PASSWORD).login());
    }

    @Test
    void withoutADirectoryDomainUsersAreToldSo() throws Exception {
        installation.domainUser("paul");
        assertTrue(refused("paul", DOMAIN_PASSWORD).getMessage().startsWith("No directory is configured for this installation"));
        installation.accounts.setDirectory(null); // no directory bundle at all
        assertTrue(refused("paul", DOMAIN_PASSWORD).getMessage().contains("is a domain user, and no directory is configured"));
    }

    @Test
    void aDomainUsersPasswordIsChangedOnlyInTheDirectory() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        installation.domainUser("paul");
        AccountException byAdmin = assertThrows(AccountException.class,
                () -> installation.users.setPassword(installation.admin, "paul", "Other-2026xx".toCharArray()));
        assertTrue(byAdmin.getMessage().contains("is a domain user: his password is the directory's"), byAdmin.getMessage());
        AccountException byHimself = assertThrows(AccountException.class,
                () -> installation.accounts.changePassword("paul", DOMAIN_PASSWORD, "Other-2026xx".toCharArray()));
        assertTrue(byHimself.getMessage().contains("Change it in the directory"), byHimself.getMessage());
        AuthenticatedUser paul = installation.accounts.authenticate("paul", DOMAIN_PASSWORD);
        assertEquals("paul", paul.login());
        assertFalse(installation.accounts.passwordChangeable(paul), "screens disable Change Password for him");
        assertTrue(installation.accounts.passwordChangeable(installation.admin), "a local user changes his own");
        assertTrue(new AccountsOverviewImpl(installation.store, new AccessControlImpl(installation.store, installation.clock), installation.clock).own(paul).domain(), "his home says the directory keeps his password");
    }

    @Test
    void aLocalUserNeverAsksTheDirectory() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        assertFalse(installation.accounts.authenticate("admin", DirectoryInstallation.ADMIN_PASSWORD).login().isEmpty());
        assertTrue(refused("admin", DOMAIN_PASSWORD).getMessage().startsWith("Unknown login or wrong password"), "the directory's password is not his");
    }
}
