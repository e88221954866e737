package org.castellan.sessions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.LoginRefusedException;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.test.support.SettableClock;
import org.junit.jupiter.api.Test;

/** Bans on new logins: their period, their companies, the refusal, and what security administrators may do. */
class BanTest extends RegistryFixture {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    BanTest() {
        super(9, 30);
    }

    @Test
    void theProposedPeriodRunsFromNowTo19hTodayOrTomorrowOnceItIsPast() throws Exception {
        BanRequest proposed = registry.defaultBan("ACME", PARIS);
        assertEquals(database.instant(), proposed.startsAt());
        assertEquals(at(23, 19, 0), proposed.endsAt());
        assertEquals("ACME", proposed.company());

        database.set(at(23, 19, 30));
        assertEquals(at(24, 19, 0), registry.defaultBan("ACME", PARIS).endsAt(), "after 19:00 the end of tomorrow's day");
    }

    @Test
    void aBanOnOneCompanyRefusesItsLoginsWithThePeriodTheAuthorAndTheMessage() throws Exception {
        Ban ban = registry.block(installation.admin, new BanRequest("ACME", database.instant(), at(23, 13, 0), "year-end closing, back at 13:00"));
        assertEquals(List.of(ban), registry.bans());

        LoginRefusedException refused = assertThrows(LoginRefusedException.class,
                () -> registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false));
        String message = refused.getMessage();
        assertTrue(message.contains("company ACME"), message);
        assertTrue(message.contains(format(ban.startsAt())) && message.contains(format(ban.endsAt())), message);
        assertTrue(message.contains("Anne Admin"), message);
        assertTrue(message.contains("year-end closing, back at 13:00"), message);
        assertFalse(refused.mayOverride(), "a clerk may not force it");
        assertEquals(ban, refused.ban());
        assertEquals("clerk", installation.last(SessionRegistry.TOPIC_LOGIN_REFUSED).getProperty("login"));

        registry.open(installation.clerk, "BETA", SessionRegistryTest.COUNTER, false);
        registry.open(installation.clerk, null, SessionRegistryTest.COUNTER, false);
        assertEquals(2, installation.count("sessions"), "other companies and installation-wide sessions are not concerned");
    }

    @Test
    void aBanOnAllCompaniesRefusesEveryLoginAndABanSetInAdvanceWaitsForItsStart() throws Exception {
        Ban tomorrow = registry.block(installation.officer, new BanRequest(Ban.ALL_COMPANIES, at(24, 7, 0), at(24, 13, 0), ""));
        registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false);

        database.set(at(24, 7, 0));
        for (String company : new String[] { "ACME", "BETA", null }) {
            LoginRefusedException e = assertThrows(LoginRefusedException.class,
                    () -> registry.open(installation.clerk, company, SessionRegistryTest.COUNTER, false));
            assertTrue(e.getMessage().contains("all companies") && e.getMessage().contains("Oscar Officer"), e.getMessage());
            assertEquals(tomorrow.id(), e.ban().id());
        }
        database.set(at(24, 13, 0));
        registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false);
        assertEquals(2, installation.count("sessions"), "the ban ends at 13:00 sharp");
    }

    @Test
    void aSecurityAdministratorMayForceTheBanForHisOwnSessionOrLiftIt() throws Exception {
        Ban ban = registry.block(installation.admin, new BanRequest("ACME", database.instant(), at(23, 19, 0), "closing"));

        LoginRefusedException refused = assertThrows(LoginRefusedException.class,
                () -> registry.open(installation.officer, "ACME", SessionRegistryTest.OFFICE, false));
        assertTrue(refused.mayOverride(), "he holds Block openings");

        SessionInfo forced = registry.open(installation.officer, "ACME", SessionRegistryTest.OFFICE, true);
        assertTrue(forced.forcedBan());
        assertEquals(ban.id(), installation.last(SessionRegistry.TOPIC_BAN_FORCED).getProperty("banId"));
        assertEquals("officer", installation.last(SessionRegistry.TOPIC_BAN_FORCED).getProperty("login"));
        assertThrows(LoginRefusedException.class, () -> registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, true),
                "forcing is for security administrators only");

        registry.lift(installation.officer, ban.id());
        assertTrue(registry.bans().isEmpty());
        assertTrue(((String) installation.last(SessionRegistry.TOPIC_BAN_LIFTED).getProperty("before")).contains("closing"));
        registry.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false);

        SessionException gone = assertThrows(SessionException.class, () -> registry.lift(installation.admin, ban.id()));
        assertTrue(gone.getMessage().contains("Refresh"), gone.getMessage());
    }

    @Test
    void onlySecurityAdministratorsMaySetOrLiftBansTheServiceChecksIt() throws Exception {
        BanRequest request = new BanRequest("ACME", database.instant(), at(23, 19, 0), "");
        SessionException e = assertThrows(SessionException.class, () -> registry.block(installation.clerk, request));
        assertTrue(e.getMessage().contains("security administrator"), e.getMessage());
        Ban ban = registry.block(installation.admin, request);
        assertThrows(SessionException.class, () -> registry.lift(installation.clerk, ban.id()));
        assertThrows(SessionException.class, () -> registry.requestLogout(installation.clerk, null, "ACME", "out"));
        assertEquals(1, installation.count("bans"));
        assertFalse(registry.maySetBans(installation.clerk));
        assertTrue(registry.maySetBans(installation.officer));
        assertTrue(registry.maySetBans(installation.admin));
    }

    @Test
    void endedBansArePurged() throws Exception {
        registry.block(installation.admin, new BanRequest("ACME", database.instant(), at(23, 11, 0), ""));
        Ban later = registry.block(installation.admin, new BanRequest("BETA", database.instant(), at(23, 19, 0), ""));
        database.set(at(23, 12, 0));
        assertEquals(List.of(later), registry.bans(), "an ended ban no longer shows");
        assertEquals(1, registry.purgeExpired());
        assertEquals(1, installation.count("bans"));
    }

    @Test
    void badPeriodsAndCompaniesAreRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
        SessionException before = assertThrows(SessionException.class,
                () -> registry.block(installation.admin, new BanRequest("ACME", at(23, 13, 0), at(23, 7, 0), "")));
        assertTrue(before.getMessage().contains("before it starts"), before.getMessage());

        SessionException past = assertThrows(SessionException.class,
                () -> registry.block(installation.admin, new BanRequest("ACME", at(22, 7, 0), at(22, 13, 0), "")));
        assertTrue(past.getMessage().contains("already past") && past.getMessage().contains(format(database.instant())), past.getMessage());

        SessionException unknown = assertThrows(SessionException.class,
                () -> registry.block(installation.admin, new BanRequest("GAMMA", database.instant(), at(23, 19, 0), "")));
        assertTrue(unknown.getMessage().contains("\"GAMMA\""), unknown.getMessage());

        SessionException noCompany = assertThrows(SessionException.class,
                () -> registry.block(installation.admin, new BanRequest(" ", database.instant(), at(23, 19, 0), "")));
        assertTrue(noCompany.getMessage().contains("***"), noCompany.getMessage());

        SessionException tooLong = assertThrows(SessionException.class,
                () -> registry.block(installation.admin, new BanRequest("ACME", database.instant(), at(23, 19, 0), "x".repeat(501))));
        assertTrue(tooLong.getMessage().contains("501"), tooLong.getMessage());

        assertEquals(0, installation.count("bans"));
        assertFalse(installation.topics().contains(SessionRegistry.TOPIC_BAN_SET));
    }

    @Test
    void aWorkstationClockFarOffTheServersIsNamedWhenItsPeriodIsAlreadyPast() throws Exception {
        SettableClock slow = new SettableClock(database.instant().minus(Duration.ofHours(5)), PARIS);
        SessionRegistryImpl behind = installation.registry(slow, DatabaseTime.of(database));
        // Typed on the slow workstation as "from now for two hours": already over on the server.
        SessionException e = assertThrows(SessionException.class,
                () -> behind.block(installation.admin, new BanRequest("ACME", slow.instant(), slow.instant().plus(Duration.ofHours(2)), "")));
        assertTrue(e.getMessage().contains("clock is 300 minutes off"), e.getMessage());
        assertEquals(0, installation.count("bans"));

        BanRequest proposed = behind.defaultBan("ACME", PARIS);
        assertEquals(database.instant(), proposed.startsAt(), "the proposed period starts at the server's now");
        behind.block(installation.admin, proposed);
        assertEquals(1, installation.count("bans"));
        assertTrue(registry.bans().get(0).refuses("ACME", database.instant()));
    }

    private static java.time.Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).atZone(PARIS).toInstant();
    }

    private static String format(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(PARIS).format(instant);
    }
}
