package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.security.PasswordPolicyAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code castellan group policy} on a real installation: a group's own password policy shown as
 * the Password Policy dialog shows it, set from a preset or field by field (what is not given is
 * kept), removed with {@code --none}; each change journaled by the policy service, which refuses a
 * non-administrator and an administrator limited to some companies; mistakes in what is typed are
 * usage errors, values out of range the policy's refusal, and nothing is saved then.
 */
class GroupPolicyCommandsTest extends InstallationWithAClerk {

    private static final String OFFICER_PASSWORD = "Officer-2026z";

    /** The group Counter, with the clerk in it. */
    @BeforeEach
    void aGroupWithTheClerk() {
        installation.setUp(List.of("group", "create", "Counter"), List.of("group", "add", "Counter", "clerk"));
    }

    private Map<String, String> policy() {
        return shownToAdmin("group", "policy", "Counter");
    }

    private List<String> journaled() throws Exception {
        return installation.journaled(PasswordPolicyAdministration.TOPIC_POLICY_CHANGED);
    }

    private int clerksMinimumLength() throws Exception {
        return installation.with(services -> services.get(PasswordPolicyAdministration.class).policyFor("clerk").minimumLength());
    }

    @Test
    void aGroupGetsItsOwnPolicyChangesItFieldByFieldAndLosesIt() throws Exception {
        Map<String, String> none = policy();
        assertEquals("false", none.get("own_policy"), none.toString());
        assertEquals(List.of("10", "true", "true", "true", "true", "0", "0"), List.of(none.get("minimum_length"), none.get("digit"), none.get("lower_case"),
                none.get("upper_case"), none.get("special"), none.get("maximum_age_days"), none.get("warning_days")),
                "without a policy of its own, the installation's that applies, as the dialog shows it");
        assertTrue(admin("group", "policy", "Counter").out().contains("no: the installation's policy applies, shown below"));

        done(admin("group", "policy", "Counter", "--preset", "pharmacy", "--min-length", "14", "--expiry-days", "90", "--warning-days", "10"),
                "Group Counter has its own password policy: Use at least 14 characters. Add at least one digit.");
        Map<String, String> own = policy();
        assertEquals(List.of("true", "14", "90", "10"), List.of(own.get("own_policy"), own.get("minimum_length"), own.get("maximum_age_days"),
                own.get("warning_days")), own.toString());
        assertEquals(14, clerksMinimumLength(), "the strictest of the installation's (10) and his group's");

        done(admin("group", "policy", "Counter", "--special", "no", "--min-length", "8"), "Passwords expire after 90 days (a warning 10 days before).");
        JsonObject json = JsonOutput.object(admin("group", "policy", "Counter", "--format", "json"));
        JsonOutput.fields(json, "group", "ownPolicy", "minimumLength", "digit", "lowerCase", "upperCase", "special", "maximumAgeDays", "warningDays");
        JsonOutput.isNumber(json, "minimumLength", 8);
        JsonOutput.isTrue(json, "special", false);
        JsonOutput.isNumber(json, "maximumAgeDays", 90);
        assertEquals(10, clerksMinimumLength(), "the installation's is stricter now");

        done(admin("group", "policy", "Counter", "--min-length", "8"), "already has this password policy: nothing changed");
        assertEquals(2, journaled().size(), "what changes nothing is not journaled: " + journaled());
        assertTrue(journaled().get(0).contains("scope=Counter") && journaled().get(0).contains("before=none"), journaled().toString());

        done(admin("group", "policy", "Counter", "--none"), "Group Counter no longer has a password policy of its own");
        assertEquals("false", policy().get("own_policy"));
        done(admin("group", "policy", "Counter", "--none"), "has no password policy of its own: nothing changed");
        assertEquals(3, journaled().size(), journaled().toString());
    }

    @Test
    void nonAdministratorsAndMistakesAreRefusedAndNothingIsSaved() throws Exception {
        installation.addUser("officer", OFFICER_PASSWORD);
        installation.setUp(List.of("company", "add", "ACME", "--name", "Acme"), List.of("role", "assign", "Administrator", "officer"),
                List.of("user", "companies", "officer", "--administers", "ACME"));
        record Case(Run run, int exitCode, String says) {
        }
        List<Case> cases = List.of(
                new Case(installation.asClerk("group", "policy", "Counter", "--min-length", "12"), ExitCode.REFUSED, "Administer security"),
                new Case(installation.as("officer", OFFICER_PASSWORD, "group", "policy", "Counter", "--min-length", "12"), ExitCode.REFUSED,
                        "every company"),
                new Case(admin("group", "policy", "Nobody", "--min-length", "12"), ExitCode.REFUSED, "no group named \u201cNobody\u201d"),
                new Case(admin("group", "policy", "Counter", "--min-length", "200"), ExitCode.REFUSED, "A password policy asks for 0 to 128 characters"),
                new Case(admin("group", "policy", "Counter", "--expiry-days", "-5"), ExitCode.REFUSED, "A password policy asks for 0 to 128 characters"),
                new Case(admin("group", "policy", "Counter", "--min-length", "ten"), ExitCode.USAGE, "--min-length takes a whole number, not \u201cten\u201d."),
                new Case(admin("group", "policy", "Counter", "--digit", "maybe"), ExitCode.USAGE, "--digit takes yes or no, not \u201cmaybe\u201d."),
                new Case(admin("group", "policy", "Counter", "--preset", "strong"), ExitCode.USAGE, "--preset takes pharmacy"),
                new Case(admin("group", "policy", "Counter", "--none", "--digit", "yes"), ExitCode.USAGE, "--none takes the group's own password policy away"),
                new Case(admin("group", "policy", "Counter", "--digit", "yes", "--format", "json"), ExitCode.USAGE, "--format is for showing the policy"),
                new Case(admin("group", "policy"), ExitCode.USAGE, "group policy needs the group's name"));
        for (Case c : cases) {
            refused(c.run(), c.exitCode(), c.says());
            assertEquals("", c.run().out(), "nothing printed for a refusal: " + c.run());
        }
        assertEquals("false", policy().get("own_policy"));
        assertEquals(List.of(), journaled());
    }
}
