package org.castellan.sessions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.castellan.security.CompanyAdministration.CompanyScope;
import org.castellan.security.internal.CompanyAdministrationImpl;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.LoginRefusedException;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Companies in the registry: a user opens sessions only in his companies, and a security
 * administrator limited to some companies sees, bans, lifts and asks to log out only there; codes
 * are found without letter case and named as the installation spells them.
 */
class CompanyScopeTest extends RegistryFixture {

    CompanyScopeTest() {
        super(9, 30);
    }

    /** Before the registry's first check: its rights snapshot is compiled with the scopes. */
    @BeforeEach
    void scopes() throws Exception {
        CompanyAdministrationImpl companies = new CompanyAdministrationImpl(installation.store, Clock.systemUTC());
        assertTrue(companies.setScope(installation.admin, "clerk", new CompanyScope(Set.of("acme"), Set.of())));
        assertTrue(companies.setScope(installation.admin, "officer", new CompanyScope(Set.of(), Set.of("BETA"))));
    }

    @Test
    void aUserOpensSessionsOnlyInHisCompanies() throws Exception {
        assertTrue(registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false).company().isPresent());
        SessionException refused = assertThrows(SessionException.class,
                () -> registry.open(installation.clerk, "BETA", SessionRegistryTest.COUNTER, false));
        assertTrue(refused.getMessage().contains("clerk may not work in company BETA"), refused.getMessage());
        assertTrue(registry.open(installation.officer, "ACME", SessionRegistryTest.OFFICE, false).company().isPresent(),
                "administering one company does not limit where he works");
    }

    @Test
    void anAdministratorOfOneCompanyBansLiftsAndAsksToLogOutOnlyThere() throws Exception {
        Ban beta = registry.block(installation.officer, new BanRequest("BETA", database.instant(), database.instant().plusSeconds(3600), "closing"));
        SessionException acme = assertThrows(SessionException.class,
                () -> registry.block(installation.officer, new BanRequest("ACME", database.instant(), database.instant().plusSeconds(3600), "")));
        assertTrue(acme.getMessage().contains("officer does not administer company ACME"), acme.getMessage());
        SessionException all = assertThrows(SessionException.class, () -> registry.block(installation.officer,
                new BanRequest(Ban.ALL_COMPANIES, database.instant(), database.instant().plusSeconds(3600), "")));
        assertTrue(all.getMessage().contains("Only an administrator of every company"), all.getMessage());
        assertThrows(SessionException.class, () -> registry.requestLogout(installation.officer, null, "ACME", "please log out"));
        assertEquals(0, registry.requestLogout(installation.officer, null, "BETA", "please log out"), "no session open in BETA");

        Ban byAdmin = registry.block(installation.admin, new BanRequest("ACME", database.instant(), database.instant().plusSeconds(3600), "audit"));
        assertThrows(SessionException.class, () -> registry.lift(installation.officer, byAdmin.id()));
        LoginRefusedException atAcme = assertThrows(LoginRefusedException.class,
                () -> registry.open(installation.officer, "ACME", SessionRegistryTest.OFFICE, true));
        assertFalse(atAcme.mayOverride(), "he may not force a ban of a company he does not administer");
        registry.lift(installation.officer, beta.id());
        assertEquals(1, registry.bans().size(), "only the ban he administers was lifted");
    }

    @Test
    void theCheckedReadsShowAnAdministratorOfOneCompanyOnlyItsSessionsAndBans() throws Exception {
        SessionInfo acme = registry.open(installation.clerk, "acme", SessionRegistryTest.COUNTER, false);
        assertEquals(Optional.of("ACME"), acme.company(), "the code as the installation spells it");
        database.advance(Duration.ofMinutes(1)); // listed oldest first
        SessionInfo beta = registry.open(installation.officer, "Beta", SessionRegistryTest.OFFICE, false);
        database.advance(Duration.ofMinutes(1));
        SessionInfo everywhere = registry.open(installation.admin, null, SessionRegistryTest.OFFICE, false);
        Ban acmeBan = registry.block(installation.admin, new BanRequest("acme", database.instant(), database.instant().plusSeconds(3600), ""));
        assertEquals("ACME", acmeBan.company());
        Ban betaBan = registry.block(installation.officer, new BanRequest("beta", database.instant(), database.instant().plusSeconds(3700), ""));
        Ban allBan = registry.block(installation.admin,
                new BanRequest(Ban.ALL_COMPANIES, database.instant().plusSeconds(60), database.instant().plusSeconds(7200), ""));

        assertEquals(List.of(acme.id(), beta.id(), everywhere.id()), ids(registry.sessions(installation.admin, Optional.empty())));
        assertEquals(List.of(acme.id()), ids(registry.sessions(installation.admin, Optional.of(" Acme "))));
        assertEquals(List.of(beta.id()), ids(registry.sessions(installation.officer, Optional.empty())),
                "neither ACME's sessions nor those opened without a company");
        assertEquals(List.of(beta.id()), ids(registry.sessions(installation.officer, Optional.of("beta"))));
        SessionException acmeRefused = assertThrows(SessionException.class, () -> registry.sessions(installation.officer, Optional.of("ACME")));
        assertTrue(acmeRefused.getMessage().contains("officer does not administer company ACME"), acmeRefused.getMessage());
        SessionException unknown = assertThrows(SessionException.class, () -> registry.sessions(installation.admin, Optional.of("GAMMA")));
        assertTrue(unknown.getMessage().contains("There is no company with the code \"GAMMA\""), unknown.getMessage());

        assertEquals(List.of(acmeBan, betaBan, allBan), registry.bans(installation.admin));
        assertEquals(List.of(betaBan, allBan), registry.bans(installation.officer), "a ban on every company refuses logins in BETA too");

        for (SessionException refused : List.of(assertThrows(SessionException.class, () -> registry.sessions(installation.clerk, Optional.empty())),
                assertThrows(SessionException.class, () -> registry.bans(installation.clerk)))) {
            assertTrue(refused.getMessage().startsWith("Only a security administrator"), refused.getMessage());
        }
    }

    @Test
    void oneSessionIsAskedToLogOutByAnAdministratorOfItsCompanyOnly() throws Exception {
        SessionInfo acme = registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false);
        SessionInfo beta = registry.open(installation.officer, "BETA", SessionRegistryTest.OFFICE, false);
        SessionInfo everywhere = registry.open(installation.admin, null, SessionRegistryTest.OFFICE, false);

        SessionException notHis = assertThrows(SessionException.class, () -> registry.requestSessionLogout(installation.officer, acme.id(), "please"));
        assertTrue(notHis.getMessage().contains("officer does not administer company ACME"), notHis.getMessage());
        SessionException noCompany = assertThrows(SessionException.class,
                () -> registry.requestSessionLogout(installation.officer, everywhere.id(), "please"));
        assertTrue(noCompany.getMessage().contains("the session of admin works in none"), noCompany.getMessage());
        SessionException clerk = assertThrows(SessionException.class, () -> registry.requestSessionLogout(installation.clerk, beta.id(), "please"));
        assertTrue(clerk.getMessage().startsWith("Only a security administrator"), clerk.getMessage());
        assertTrue(registry.heartbeat(acme.id(), true).logoutRequest().isEmpty(), "the refusals asked nothing");

        assertEquals(beta.id(), registry.requestSessionLogout(installation.officer, " " + beta.id() + " ", "Closing BETA").id());
        assertEquals("Closing BETA", registry.heartbeat(beta.id(), true).logoutRequest().orElseThrow().message());
        assertTrue(registry.heartbeat(everywhere.id(), true).logoutRequest().isEmpty(), "only the session named is asked");
        assertEquals(beta.id(), installation.last(SessionRegistry.TOPIC_LOGOUT_REQUESTED).getProperty("sessionId"));
        assertEquals("officer", installation.last(SessionRegistry.TOPIC_LOGOUT_REQUESTED).getProperty("user"));

        registry.close(beta.id(), "log-out");
        SessionException gone = assertThrows(SessionException.class, () -> registry.requestSessionLogout(installation.admin, beta.id(), "again"));
        assertTrue(gone.getMessage().startsWith("There is no open session \"" + beta.id() + "\""), gone.getMessage());
        SessionException blank = assertThrows(SessionException.class, () -> registry.requestSessionLogout(installation.admin, acme.id(), " "));
        assertTrue(blank.getMessage().startsWith("Write the message"), blank.getMessage());
        database.advance(Duration.ofHours(1));
        SessionException stale = assertThrows(SessionException.class, () -> registry.requestSessionLogout(installation.admin, acme.id(), "late"));
        assertTrue(stale.getMessage().startsWith("The session of clerk on counter-1 is stale"), stale.getMessage());
        assertEquals(1, installation.topics().stream().filter(SessionRegistry.TOPIC_LOGOUT_REQUESTED::equals).count(), "refusals journal nothing");
    }

    private static List<String> ids(List<SessionInfo> sessions) {
        return sessions.stream().map(SessionInfo::id).toList();
    }
}
