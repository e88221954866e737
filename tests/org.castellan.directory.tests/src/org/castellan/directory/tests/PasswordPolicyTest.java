package org.castellan.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.castellan.directory.internal.DirectoryAuthenticatorImpl;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.AccountService;
import org.castellan.security.DirectoryAuthenticator;
import org.castellan.security.DirectoryAuthenticator.Result;
import org.castellan.test.support.Slapd;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OpenLDAP's password policy overlay (ppolicy) in a real slapd: a locked account and an expired
 * password, which slapd refuses with the "invalid credentials" of a wrong password, are told apart
 * through the password policy control; an expired password in its grace logins, or one about to
 * expire, logs in with the directory's warning; a password reset by an administrator must be
 * changed in the directory first.
 */
class PasswordPolicyTest {

    @RegisterExtension
    static final Slapd SLAPD = Slapd.withPasswordPolicy();

    @RegisterExtension
    final DirectoryInstallation installation = new DirectoryInstallation();

    private static final char[] PASSWORD = Slapd.USER_PASSWORD.toCharArray();

    @BeforeEach
    void domainUsers() throws Exception {
        installation.pointAt(SLAPD.ldapUrl(), Map.of());
        for (String login : new String[] { Slapd.LOCKED, Slapd.EXPIRED, Slapd.GRACED, Slapd.EXPIRING, Slapd.RESET, "paul" }) {
            installation.domainUser(login);
        }
    }

    private AccountException refused(String login) {
        return assertThrows(AccountException.class, () -> installation.accounts.authenticate(login, PASSWORD));
    }

    @Test
    void aLockedAccountIsRefusedAsLockedNotAsAWrongPassword() throws Exception {
        AccountException locked = refused(Slapd.LOCKED);
        assertTrue(locked.getMessage().startsWith("Your directory account is locked"), locked.getMessage());
        DirectoryAuthenticator directory = new DirectoryAuthenticatorImpl(installation.store);
        assertEquals(Result.LOCKED, directory.authenticate(Slapd.LOCKED, PASSWORD).result());
        assertEquals(Result.LOCKED, directory.authenticate(Slapd.LOCKED, "Wrong-2026x".toCharArray()).result(),
                "slapd says locked before it checks the password: so does Castellan");
        assertEquals(Result.ACCEPTED, directory.authenticate("paul", PASSWORD).result(), "the same directory accepts paul");
    }

    @Test
    void anExpiredPasswordWithoutGraceIsRefusedSayingToChangeItInTheDomain() throws Exception {
        AccountException expired = refused(Slapd.EXPIRED);
        assertTrue(expired.getMessage().startsWith("Your directory password expired or must be changed"), expired.getMessage());
        assertEquals(Result.PASSWORD_EXPIRED, new DirectoryAuthenticatorImpl(installation.store).authenticate(Slapd.EXPIRED, PASSWORD).result());
    }

    @Test
    void aResetPasswordMustBeChangedInTheDirectoryFirst() throws Exception {
        AccountException reset = refused(Slapd.RESET);
        assertTrue(reset.getMessage().startsWith("Your directory password was reset"), reset.getMessage());
    }

    @Test
    void graceLoginsLogInWithTheirCountThenTheLastOneSaysSoThenTheNextIsRefused() throws Exception {
        AccountService accounts = installation.accounts;
        for (int left = Slapd.GRACE_LOGINS - 1; left > 0; left--) {
            AuthenticatedUser graced = accounts.authenticate(Slapd.GRACED, PASSWORD);
            String notice = accounts.loginNotice(graced).orElseThrow();
            assertTrue(notice.startsWith("Your directory password has expired. The directory still allows " + left + " more logins"), notice);
        }
        AuthenticatedUser last = accounts.authenticate(Slapd.GRACED, PASSWORD);
        String notice = accounts.loginNotice(last).orElseThrow();
        assertTrue(notice.contains("this was the last login the directory allows"), notice);
        AccountException after = refused(Slapd.GRACED);
        assertTrue(after.getMessage().startsWith("Your directory password expired or must be changed"), after.getMessage());
    }

    @Test
    void aPasswordAboutToExpireLogsInWithTheDaysLeft() throws Exception {
        AuthenticatedUser expiring = installation.accounts.authenticate(Slapd.EXPIRING, PASSWORD);
        String notice = installation.accounts.loginNotice(expiring).orElseThrow();
        assertTrue(notice.startsWith("Your directory password expires soon (days left: 2)"), notice);
        AuthenticatedUser paul = installation.accounts.authenticate("paul", PASSWORD);
        assertEquals(Optional.empty(), installation.accounts.loginNotice(paul), "a password the policy has nothing to say of");
        assertEquals(Optional.empty(), installation.accounts.loginNotice(installation.admin), "a local user");
    }
}
