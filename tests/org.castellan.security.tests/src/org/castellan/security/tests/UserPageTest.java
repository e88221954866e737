package org.castellan.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.UserPage;
import org.castellan.security.UserView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The users list by pages: the page read from the rows holds exactly the users the whole list
 * holds under the same filter, in the same order, with the same counts, whatever the filter and
 * the page's size (a random installation, seeded; the seed is in every failure's message).
 */
class UserPageTest {

    private static final String[] NAMES = { "Marie Curie", "Pierre Curie", "Ada Lovelace", null, "Émile Zola" };
    private static final String[] FILTERS = { "", "user1", "CURIE", "cash", "night", "example.org", "émile", "  ada ", "zzz" };

    @RegisterExtension
    final AdministeredInstallation installation = new AdministeredInstallation("pages", Clock.systemUTC()).withPaul();

    @Test
    void aPageHoldsWhatTheWholeListHoldsUnderTheSameFilter() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        installation.roles.createRole(installation.admin, "Cashier", null, Set.of());
        installation.roles.createRole(installation.admin, "Auditor", null, Set.of());
        installation.groups.createGroup(installation.admin, "Night shift", null);
        installation.groups.createGroup(installation.admin, "Front desk", null);
        for (int i = 0; i < 24; i++) {
            String login = "user" + i;
            boolean external = random.nextInt(4) == 0;
            installation.users.createUser(installation.admin, new NewUser(login, NAMES[random.nextInt(NAMES.length)],
                    external || random.nextBoolean() ? login + "@example.org" : null, external, false, random.nextInt(10), AdministeredInstallation.PASSWORD));
            if (random.nextBoolean()) {
                installation.roles.assign(installation.admin, login, random.nextBoolean() ? "Cashier" : "Auditor");
            }
            if (random.nextBoolean()) {
                installation.groups.addMember(installation.admin, random.nextBoolean() ? "Night shift" : "Front desk", login);
            }
        }
        List<UserView> all = installation.users.users(installation.admin);
        for (String filter : FILTERS) {
            for (int limit : new int[] { 1, 3, 100 }) {
                String what = "seed " + seed + ", filter \"" + filter + "\", limit " + limit;
                UserPage expected = expected(all, filter, limit);
                assertEquals(expected, installation.users.users(installation.admin, filter, limit), what);
                assertEquals(expected, wholeModel(() -> installation.users.users(installation.admin, filter, limit)), what + ", whole model");
            }
        }
        UserPage everyone = installation.users.users(installation.admin, "", 100);
        assertTrue(everyone.complete());
        List<String> logins = everyone.users().stream().filter(u -> !u.external()).map(UserView::login).toList();
        assertTrue(logins.indexOf("user2") < logins.indexOf("user10") || !logins.contains("user2") || !logins.contains("user10"),
                "natural order of logins: " + logins);
        assertFalse(installation.users.users(installation.admin, "", 1).complete());
    }

    @Test
    void onlyAnAdministratorReadsAPage() throws Exception {
        AccountException refused = assertThrows(AccountException.class, () -> installation.users.users(installation.paul, "", 10));
        assertTrue(refused.getMessage().contains("Administer security"), refused.getMessage());
        AuthenticatedUser forged = new AuthenticatedUser("not-a-user", "admin", null, 9);
        assertThrows(AccountException.class, () -> installation.users.users(forged, "", 10), "a level alone is not a right");
        assertThrows(AccountException.class, () -> installation.users.users(null, "", 10));
    }

    /** The rule as documented, applied to the whole list: login, name, e-mail, role or group containing the text, any case. */
    private static UserPage expected(List<UserView> all, String filter, int limit) {
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        List<UserView> matching = all.stream().filter(u -> Stream.concat(Stream.of(u.login(), u.displayName(), u.email()),
                Stream.concat(u.roles().stream(), u.groups().stream())).anyMatch(t -> t != null && t.toLowerCase(Locale.ROOT).contains(wanted))).toList();
        List<UserView> internal = matching.stream().filter(u -> !u.external()).toList();
        List<UserView> external = matching.stream().filter(UserView::external).toList();
        return new UserPage(Stream.concat(internal.stream().limit(limit), external.stream().limit(limit)).toList(), internal.size(), external.size(),
                (int) all.stream().filter(UserView::external).count());
    }

    @FunctionalInterface
    private interface Read {
        UserPage run() throws AccountException;
    }

    private static UserPage wholeModel(Read read) throws AccountException {
        System.setProperty("castellan.security.wholeModelChanges", "true");
        try {
            return read.run();
        } finally {
            System.clearProperty("castellan.security.wholeModelChanges");
        }
    }
}
