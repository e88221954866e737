package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.test.support.Slapd;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A domain user of the command line against a slapd with OpenLDAP's password policy overlay: a
 * locked account is refused as locked (exit code of a failed login), an expired password's grace
 * login runs the command and says on standard error how many logins are left.
 */
class DirectoryPasswordPolicyCommandsTest extends InstallationWithAClerk {

    @RegisterExtension
    static final Slapd SLAPD = Slapd.withPasswordPolicy();

    @BeforeEach
    void directoryAndDomainUsers() {
        installation.setUp(List.of("settings", "set", "directory.urls=" + SLAPD.ldapUrl(), "directory.base.dn=" + Slapd.BASE_DN,
                "directory.service.dn=" + Slapd.SERVICE_DN));
        CliInstallation.done(installation.run(ScriptedTerminal.stdin(CliInstallation.PASSWORD, Slapd.SERVICE_PASSWORD), "directory", "password",
                "--as", CliInstallation.ADMIN, "--password-stdin"), "password is set");
        for (String login : List.of(Slapd.LOCKED, Slapd.GRACED)) {
            CliInstallation.done(admin("user", "add", login, "--domain"), login);
        }
    }

    @Test
    void aLockedAccountIsRefusedAsLockedAndAGraceLoginRunsWithItsWarning() {
        Run locked = installation.as(Slapd.LOCKED, Slapd.USER_PASSWORD, "user", "list");
        assertEquals(ExitCode.AUTHENTICATION_FAILED, locked.exitCode(), locked.toString());
        assertTrue(locked.err().contains("Your directory account is locked"), locked.toString());

        Run graced = installation.as(Slapd.GRACED, Slapd.USER_PASSWORD, "user", "list");
        assertTrue(graced.err().contains("Your directory password has expired. The directory still allows " + (Slapd.GRACE_LOGINS - 1)
                + " more logins"), graced.toString());
        assertNotEquals(ExitCode.AUTHENTICATION_FAILED, graced.exitCode(), "logged in (the command itself may refuse a clerk): " + graced);
    }
}
