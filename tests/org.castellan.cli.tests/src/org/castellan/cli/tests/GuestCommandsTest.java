package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Installation;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.UserAdministration;
import org.castellan.sessions.SessionRegistry;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code castellan guest show|enable|disable} on a real installation: guest access through the user
 * service, journaled once a change; the guest rule and the administrators' right checked by the
 * services, refusals changing nothing.
 */
class GuestCommandsTest extends InstallationWithAClerk {

    @Test
    void anAdministratorTurnsGuestAccessOnAndOffEachChangeJournaledOnce() throws Exception {
        assertTrue(admin("guest", "show").out().contains("Guest access on:"), "people read what enabled means for the guest");
        Map<String, String> guest = shownToAdmin("guest", "show");
        assertEquals(List.of("guest", "true", "false"), List.of(guest.get("login"), guest.get("guest"), guest.get("enabled")),
                "the first start creates the guest with guest access off");

        done(admin("guest", "enable"), "Guest access is on: anyone may now log in as guest, without a password");
        assertEquals("true", shownToAdmin("guest", "show").get("enabled"));
        assertTrue(installation.with(services -> services.get(AccountService.class).guestAccess()), "the login dialog offers the guest");
        done(admin("guest", "enable"), "Guest access was already on: nothing changed.");

        JsonObject shown = JsonOutput.object(admin("guest", "show", "--format", "json"));
        JsonOutput.isTrue(shown, "enabled", true);
        JsonOutput.isTrue(shown, "guest", true);

        done(admin("guest", "disable"), "Guest access is off: nobody may log in as guest any more.");
        done(admin("guest", "disable"), "Guest access was already off: nothing changed.");
        assertFalse(installation.with(services -> services.get(AccountService.class).guestAccess()));
        List<String> journaled = installation.journaled(UserAdministration.TOPIC_GUEST_ACCESS);
        assertEquals(2, journaled.size(), "on, then off; nothing for what changed nothing: " + journaled);
        assertTrue(journaled.get(0).contains("enabled=true") && journaled.get(1).contains("enabled=false"), journaled.toString());
    }

    @Test
    void guestAccessStaysOffWhileTheGuestWouldHoldAnAdministrativeRight() throws Exception {
        // An installation made before the rule: its Guest role was given "Block openings".
        installation.with(services -> {
            CastellanStore store = services.get(CastellanStore.class);
            try {
                Installation model = store.model().load();
                Role guestRole = model.getRoles().stream().filter(r -> r.getName().equals("Guest")).findFirst().orElseThrow();
                RightGrant grant = CastellanFactory.eINSTANCE.createRightGrant();
                grant.setRight(model.getRights().stream().filter(r -> r.getRightId().equals(SessionRegistry.BLOCK_RIGHT)).findFirst().orElseThrow());
                guestRole.getGrants().add(grant);
                store.model().update(guestRole);
                return null;
            } catch (StoreException e) {
                throw new AccountException(e.getMessage(), e);
            }
        });
        Run refused = admin("guest", "enable");
        assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("Guest access stays off, since the guest would then hold an administrative right.")
                && refused.err().contains("the role \u201cGuest\u201d gives it. Remove the right from the role or the role from the guest."), refused.toString());
        assertEquals("false", shownToAdmin("guest", "show").get("enabled"));
        assertEquals(List.of(), installation.journaled(UserAdministration.TOPIC_GUEST_ACCESS));

        done(admin("role", "revoke", "Guest", SessionRegistry.BLOCK_RIGHT), "no longer holds");
        done(admin("guest", "enable"), "Guest access is on");
    }

    @Test
    void refusalsAndMistakesSayWhatIsWrongExitNonZeroAndChangeNothing() throws Exception {
        record Case(Run run, int exitCode, String says) {
        }
        List<Case> cases = List.of(new Case(installation.asClerk("guest", "enable"), ExitCode.REFUSED, "Administer security"),
                new Case(installation.asClerk("guest", "show"), ExitCode.REFUSED, "Administer security"),
                new Case(admin("guest", "enable", "guest"), ExitCode.USAGE, "Unexpected argument \u201cguest\u201d."),
                new Case(admin("guest", "show", "--format", "xml"), ExitCode.USAGE, "text, tsv, json"),
                new Case(admin("guest", "open"), ExitCode.USAGE, "Unknown command \u201cguest open\u201d."));
        for (Case c : cases) {
            assertEquals(c.exitCode(), c.run().exitCode(), c.run().toString());
            assertTrue(c.run().err().contains(c.says()), c.run().toString());
        }
        assertEquals("false", shownToAdmin("guest", "show").get("enabled"));
        assertEquals(List.of(), installation.journaled(UserAdministration.TOPIC_GUEST_ACCESS));
    }
}
