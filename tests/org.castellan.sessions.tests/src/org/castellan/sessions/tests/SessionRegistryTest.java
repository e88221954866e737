package org.castellan.sessions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.Heartbeat;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.castellan.sessions.SessionSettings;
import org.castellan.sessions.Workstation;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.test.support.SettableClock;
import org.junit.jupiter.api.Test;

/** Sessions opened, listed, heartbeated, turned stale and closed, with the database's time moved by the test. */
class SessionRegistryTest extends RegistryFixture {

    static final Workstation COUNTER = new Workstation("counter-1", "10.0.0.11", "claire", "Pharmacy", "4.2");
    static final Workstation OFFICE = new Workstation("office", "10.0.0.2", "anne", "Castellan", "0.1.0");

    SessionRegistryTest() {
        super(9, 0);
    }

    @Test
    void aLoginOpensASessionThatEveryoneSeesUntilItCloses() throws Exception {
        SessionInfo clerk = registry.open(installation.clerk, "ACME", COUNTER, false);
        database.advance(Duration.ofSeconds(1));
        SessionInfo admin = registry.open(installation.admin, null, OFFICE, false);

        List<SessionInfo> all = registry.sessions(Optional.empty());
        assertEquals(List.of(clerk.id(), admin.id()), all.stream().map(SessionInfo::id).toList());
        SessionInfo seen = all.get(0);
        assertEquals("clerk", seen.login());
        assertEquals("Claire Clerk", seen.userName());
        assertEquals(Optional.of("ACME"), seen.company());
        assertEquals(COUNTER, seen.workstation(), "workstation, address, OS user, program and version are kept");
        assertEquals(database.instant().minusSeconds(1), seen.startedAt());
        assertFalse(seen.stale());
        assertEquals(List.of(clerk.id()), registry.sessions(Optional.of("ACME")).stream().map(SessionInfo::id).toList(),
                "filtered by company");

        registry.close(clerk.id(), "log-out");
        assertEquals(List.of(admin.id()), registry.sessions(Optional.empty()).stream().map(SessionInfo::id).toList());
        registry.close(clerk.id(), "log-out"); // twice: nothing happens
        assertEquals(List.of(SessionRegistry.TOPIC_OPENED, SessionRegistry.TOPIC_OPENED, SessionRegistry.TOPIC_CLOSED), installation.topics(),
                "a second close publishes nothing");
        assertEquals("log-out", installation.last(SessionRegistry.TOPIC_CLOSED).getProperty("reason"));
        assertTrue(((String) installation.last(SessionRegistry.TOPIC_CLOSED).getProperty("before")).startsWith("clerk @ counter-1"),
                "the journal reads who closed what");
    }

    @Test
    void aSessionThatMissesItsHeartbeatsTurnsStaleOnceAndComesBackWhenItBeatsAgain() throws Exception {
        installation.setting(SessionSettings.HEARTBEAT_SECONDS, "10");
        installation.setting(SessionSettings.MISSED_HEARTBEATS, "3");
        SessionInfo quiet = registry.open(installation.clerk, "ACME", COUNTER, false);
        SessionInfo alive = registry.open(installation.admin, null, OFFICE, false);

        database.advance(Duration.ofSeconds(20));
        registry.heartbeat(alive.id(), true);
        database.advance(Duration.ofSeconds(10));
        assertFalse(stale(quiet.id()), "30 s without heartbeat is exactly three missed: not yet stale");

        database.advance(Duration.ofSeconds(1));
        assertTrue(stale(quiet.id()), "past three missed heartbeats");
        assertFalse(stale(alive.id()), "its last heartbeat is 11 s old");
        registry.sessions(Optional.empty());
        assertEquals(1, installation.topics().stream().filter(SessionRegistry.TOPIC_STALE::equals).count(), "the journal hears it once");
        assertEquals(quiet.id(), installation.last(SessionRegistry.TOPIC_STALE).getProperty("sessionId"));

        Heartbeat back = registry.heartbeat(quiet.id(), false);
        assertTrue(back.open(), "a workstation back on the network goes on");
        assertFalse(stale(quiet.id()));
    }

    @Test
    void aWorkstationWhoseClockIsFarOffIsMeasuredAgainstTheDatabase() throws Exception {
        SettableClock wrong = new SettableClock(database.instant().minus(Duration.ofHours(3)), database.getZone());
        SessionRegistryImpl late = installation.registry(wrong, DatabaseTime.of(database));

        SessionInfo session = late.open(installation.clerk, "ACME", COUNTER, false);

        assertEquals(database.instant(), session.startedAt(), "the database's time, not the workstation's");
        assertEquals(Duration.ofHours(-3), registry.sessions(Optional.empty()).get(0).clockOffset(), "the offset is kept for the list");
        database.advance(Duration.ofSeconds(30));
        late.heartbeat(session.id(), false);
        assertFalse(stale(session.id()), "three hours behind, yet never stale");
    }

    @Test
    void aSessionOnACompanyThatDoesNotExistIsRefusedAndNothingIsSaved() throws Exception {
        SessionException e = assertThrows(SessionException.class, () -> registry.open(installation.clerk, "NOPE", COUNTER, false));
        assertTrue(e.getMessage().contains("\"NOPE\"") && e.getMessage().contains("***"), e.getMessage());
        assertEquals(0, installation.count("sessions"));
        assertTrue(installation.topics().isEmpty());
    }

    @Test
    void anArchivedCompanyKeepsItsSessionsButOpensNoNewOne() throws Exception {
        SessionInfo before = registry.open(installation.clerk, "BETA", COUNTER, false);
        installation.sql("UPDATE companies SET archived = TRUE WHERE code = 'BETA'");

        SessionException refused = assertThrows(SessionException.class, () -> registry.open(installation.admin, "BETA", OFFICE, false));
        assertTrue(refused.getMessage().contains("\"BETA\" is archived"), refused.getMessage());
        assertEquals(List.of("ACME"), registry.companies(), "only active companies are offered at login");
        assertEquals(List.of(before.id()), registry.sessions(Optional.of("BETA")).stream().map(SessionInfo::id).toList(),
                "the session opened before stays listed");
        assertEquals(1, registry.requestLogout(installation.admin, null, "BETA", "The company is archived: please log out."),
                "and may still be asked to end");
        assertEquals(1, installation.count("sessions"), "the refused login saved no session");
    }

    @Test
    void aHeartbeatOfAClosedSessionSaysItIsGone() throws Exception {
        SessionInfo session = registry.open(installation.clerk, "ACME", COUNTER, false);
        registry.close(session.id(), "closed from elsewhere");
        Heartbeat gone = registry.heartbeat(session.id(), true);
        assertFalse(gone.open());
        assertTrue(gone.endReason().orElseThrow().contains("Log in again"), gone.endReason().toString());
    }

    private boolean stale(String id) throws SessionException {
        return registry.sessions(Optional.empty()).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().stale();
    }
}
