package org.castellan.sessions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.castellan.security.AccountService;
import org.castellan.sessions.ExclusiveProcessingRefusedException;
import org.castellan.sessions.Heartbeat;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.castellan.sessions.SessionSettings;
import org.castellan.sessions.Workstation;
import org.junit.jupiter.api.Test;

/** Before a year-end closing: who else works on the company, "please log out", and the session timeouts. */
class ExclusiveProcessingTest extends RegistryFixture {

    ExclusiveProcessingTest() {
        super(17, 0);
    }

    @Test
    void exclusiveProcessingWaitsUntilEveryOtherActiveSessionOnTheCompanyIsGone() throws Exception {
        SessionInfo mine = registry.open(installation.admin, "ACME", SessionRegistryTest.OFFICE, false);
        SessionInfo clerk = registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false);
        registry.open(installation.officer, "BETA", new Workstation("back-office", null, "oscar", "Castellan", "0.1.0"), false);

        ExclusiveProcessingRefusedException e = assertThrows(ExclusiveProcessingRefusedException.class,
                () -> registry.checkExclusive(mine.id(), "ACME"));
        assertEquals(List.of(clerk.id()), e.others().stream().map(SessionInfo::id).toList(), "his own session and BETA's do not count");
        assertTrue(e.getMessage().contains("clerk (counter-1)") && e.getMessage().contains("ACME"), e.getMessage());

        assertEquals(1, registry.requestLogout(installation.admin, mine.id(), "ACME", "Year-end closing: please log out now."));
        Heartbeat asked = registry.heartbeat(clerk.id(), false);
        assertEquals("Year-end closing: please log out now.", asked.logoutRequest().orElseThrow().message());
        assertEquals("admin", asked.logoutRequest().get().requestedBy());
        assertTrue(asked.open(), "the request never closes the session: its user closes his work himself");
        assertTrue(registry.heartbeat(clerk.id(), false).logoutRequest().isEmpty(), "shown once");
        assertTrue(registry.heartbeat(mine.id(), false).logoutRequest().isEmpty(), "not to the one who asked");
        assertEquals(1, installation.topics().stream().filter(SessionRegistry.TOPIC_LOGOUT_REQUESTED::equals).count());

        registry.close(clerk.id(), "log-out");
        registry.checkExclusive(mine.id(), "ACME");
    }

    @Test
    void aStaleSessionDoesNotHoldExclusiveProcessing() throws Exception {
        SessionInfo mine = registry.open(installation.admin, "ACME", SessionRegistryTest.OFFICE, false);
        registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false);
        database.advance(SessionSettings.DEFAULT.staleAfter().plusSeconds(1));
        registry.heartbeat(mine.id(), true);
        registry.checkExclusive(mine.id(), "ACME");
        assertTrue(registry.sessions(Optional.of("ACME")).stream().anyMatch(SessionInfo::stale), "it still shows, as stale");
    }

    @Test
    void idleAndAbsoluteTimeoutsEndTheSessionAndAskTheWorkbenchToLogOut() throws Exception {
        installation.setting(SessionSettings.IDLE_TIMEOUT_MINUTES, "15");
        installation.setting(SessionSettings.ABSOLUTE_TIMEOUT_MINUTES, "60");
        SessionInfo idle = registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false);
        SessionInfo busy = registry.open(installation.admin, null, SessionRegistryTest.OFFICE, false);

        database.advance(Duration.ofMinutes(14));
        assertTrue(registry.heartbeat(idle.id(), false).open());
        assertTrue(registry.heartbeat(busy.id(), true).open());
        database.advance(Duration.ofMinutes(1));
        Heartbeat ended = registry.heartbeat(idle.id(), false);
        assertFalse(ended.open());
        assertTrue(ended.endReason().orElseThrow().contains("15 minutes without activity"), ended.endReason().get());
        assertEquals(idle.userId(), installation.last(AccountService.TOPIC_SESSION_END_REQUESTED).getProperty("userId"));

        for (int minute = 15; minute < 55; minute += 10) {
            database.advance(Duration.ofMinutes(10));
            registry.heartbeat(busy.id(), true);
        }
        database.advance(Duration.ofMinutes(5));
        Heartbeat over = registry.heartbeat(busy.id(), true);
        assertFalse(over.open(), "an hour, active or not");
        assertTrue(over.endReason().orElseThrow().contains("at most 60 minutes"), over.endReason().get());
        assertEquals(0, installation.count("sessions"));
    }

    @Test
    void aOneTransactionSessionEndsWithItsTransaction() throws Exception {
        installation.sql("UPDATE users SET session_policy = 'oneTransaction' WHERE login = 'clerk'");
        SessionInfo clerk = registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false);
        SessionInfo admin = registry.open(installation.admin, null, SessionRegistryTest.OFFICE, false);

        assertFalse(registry.transactionClosed(admin.id()), "a normal session goes on");
        assertTrue(registry.transactionClosed(clerk.id()));
        assertEquals(List.of(admin.id()), registry.sessions(Optional.empty()).stream().map(SessionInfo::id).toList());
        assertEquals("clerk", installation.last(AccountService.TOPIC_SESSION_END_REQUESTED).getProperty("login"));
    }

    @Test
    void aLogoutRequestNeedsAMessageAndAKnownCompany() throws Exception {
        SessionException empty = assertThrows(SessionException.class, () -> registry.requestLogout(installation.admin, null, "ACME", " "));
        assertTrue(empty.getMessage().contains("Write the message"), empty.getMessage());
        assertThrows(SessionException.class, () -> registry.requestLogout(installation.admin, null, "NOPE", "out"));
    }
}
