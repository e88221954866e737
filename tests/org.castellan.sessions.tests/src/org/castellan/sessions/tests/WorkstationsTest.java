package org.castellan.sessions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.castellan.security.internal.AccessControlImpl;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.LoginRefusedException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionSettings;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.DatabaseServer;
import org.castellan.store.tests.support.SeparateJvm;
import org.junit.jupiter.api.AfterEach;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workstations sharing one installation through a real Derby Network Server on a loopback port:
 * clients in this JVM, and other workstations in their own JVMs, one of which crashes.
 */
class WorkstationsTest {

    /** What a workstation program needs on its class path, as bundles of this test runtime. */
    private static final List<String> WORKSTATION_CLASS_PATH = List.of("org.castellan.sessions", "org.castellan.sessions.tests",
            "org.castellan.security", "org.castellan.store", "org.castellan.model", "org.eclipse.emf.ecore", "org.eclipse.emf.common",
            "derbyclient", "org.apache.derbyshared", "org.eclipse.osgi", "org.eclipse.equinox.common", "org.osgi.service.event");

    @TempDir
    Path dir;

    private SharedInstallation installation;
    private DatabaseServer server;

    @BeforeEach
    void serverWorkstation() throws Exception {
        installation = new SharedInstallation(dir.resolve("shared"));
        installation.setting(SessionSettings.HEARTBEAT_SECONDS, "1");
        installation.setting(SessionSettings.MISSED_HEARTBEATS, "2");
        server = installation.store.startServer("localhost", 0);
    }

    @AfterEach
    void stop() {
        installation.close();
    }

    @Test
    void twoClientWorkstationsSeeEachOthersSessionsAndBans() throws Exception {
        // Client workstations hold a copy of the seal key, as they hold the database credentials.
        try (CastellanStore first = CastellanStore.connect(server.address(), installation.store.credentials(), sealKey());
                CastellanStore second = CastellanStore.connect(server.address(), installation.store.credentials(), sealKey())) {
            SessionRegistryImpl counter = registry(first);
            SessionRegistryImpl office = registry(second);
            SessionInfo clerk = counter.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false);
            SessionInfo admin = office.open(installation.admin, null, SessionRegistryTest.OFFICE, false);

            Set<String> both = Set.of(clerk.id(), admin.id());
            assertEquals(both, office.sessions(Optional.empty()).stream().map(SessionInfo::id).collect(Collectors.toSet()));
            assertEquals(both, counter.sessions(Optional.empty()).stream().map(SessionInfo::id).collect(Collectors.toSet()));

            Instant now = office.databaseTime();
            Ban ban = office.block(installation.admin, new BanRequest("ACME", now, now.plus(Duration.ofHours(1)), "inventory"));
            LoginRefusedException e = assertThrows(LoginRefusedException.class,
                    () -> counter.open(installation.clerk, "ACME", SessionRegistryTest.COUNTER, false));
            assertTrue(e.getMessage().contains("inventory"), e.getMessage());
            counter.lift(installation.officer, ban.id());
            assertTrue(office.bans().isEmpty());
        }
    }

    @Test
    void workstationsInTheirOwnJvmsShareSessionsAndBansAndACrashedOneTurnsStale() throws Exception {
        try (SeparateJvm counter = workstation("counter-1"); SeparateJvm office = workstation("office")) {
            ask(counter, "open clerk ACME", "OPENED", 120);
            ask(office, "open admin -", "OPENED", 120);

            ask(counter, "list", "SESSIONS admin@office,clerk@counter-1", 60);
            ask(office, "list", "SESSIONS admin@office,clerk@counter-1", 60);

            ask(office, "ban admin ACME 60 year-end closing", "BANNED", 60);
            ask(counter, "open clerk ACME", "REFUSED BY admin", 60);

            // The counter crashes: no log-out, its heartbeats stop.
            counter.process().destroyForcibly();
            assertTrue(counter.process().waitFor(30, TimeUnit.SECONDS));
            SessionRegistryImpl here = registry(installation.store);
            Instant lastSign = find(here, "clerk").lastHeartbeat();
            SessionSettings settings = here.settings();
            // Wait for the office's heartbeats to go on past the counter's last one (an event, not a fixed sleep).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!find(here, "admin").lastHeartbeat().isAfter(lastSign.plus(settings.heartbeatInterval().multipliedBy(3).dividedBy(2)))) {
                assertTrue(System.nanoTime() < deadline, "the office workstation stopped heartbeating");
                Thread.onSpinWait();
                Thread.sleep(50);
            }
            assertEquals(lastSign, find(here, "clerk").lastHeartbeat(), "a killed process gives no sign of life");

            // Seen at the moment its missed heartbeats run out: the crashed session is stale, the living one is not.
            Instant judged = lastSign.plus(settings.staleAfter()).plusMillis(500);
            SessionRegistryImpl then = installation.registry(Clock.fixed(judged, ZoneId.systemDefault()),
                    DatabaseTime.of(Clock.fixed(judged, ZoneId.systemDefault())));
            assertTrue(find(then, "clerk").stale(), "never active forever");
            assertFalse(find(then, "admin").stale());

            ask(office, "quit", "BYE", 60);
            assertTrue(here.sessions(Optional.empty()).stream().noneMatch(s -> s.login().equals("admin")), "a clean exit closes its session");
        }
    }

    private SessionRegistryImpl registry(CastellanStore store) {
        return new SessionRegistryImpl(store, new AccessControlImpl(store, Clock.systemUTC()), Clock.systemDefaultZone(),
                DatabaseTime.CURRENT_TIMESTAMP, null);
    }

    private Path sealKey() {
        return installation.store.folder().orElseThrow().resolve("seal.key");
    }

    private static SessionInfo find(SessionRegistryImpl registry, String login) throws Exception {
        return registry.sessions(Optional.empty()).stream().filter(s -> s.login().equals(login)).findFirst().orElseThrow();
    }

    private SeparateJvm workstation(String name) throws Exception {
        // SeparateJvm finds the bundles through its host bundle (the store), which must be started for that.
        FrameworkUtil.getBundle(SeparateJvm.class).start(Bundle.START_TRANSIENT);
        SeparateJvm jvm = SeparateJvm.start(WORKSTATION_CLASS_PATH, WorkstationProcess.class.getName(), server.address().host(),
                Integer.toString(server.address().port()), server.address().databasePath(), name, sealKey().toString());
        command(jvm, installation.store.credentials().user() + "\n" + installation.store.credentials().password());
        return jvm;
    }

    /** Sends {@code line} to the workstation and waits up to {@code seconds} for {@code answer}. */
    private static void ask(SeparateJvm jvm, String line, String answer, int seconds) throws Exception {
        command(jvm, line);
        jvm.awaitLine(answer, seconds);
    }

    private static void command(SeparateJvm jvm, String line) throws IOException {
        Writer in = new OutputStreamWriter(jvm.process().getOutputStream(), StandardCharsets.UTF_8);
        in.write(line + "\n");
        in.flush();
    }
}
