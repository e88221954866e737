package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.AuditReports;
import org.castellan.audit.Report;
import org.castellan.audit.ReportFilter;
import org.castellan.audit.ReportKind;
import org.castellan.backup.BackupException;
import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupResult;
import org.castellan.backup.BackupService;
import org.castellan.backup.MediumStatus;
import org.castellan.directory.DirectoryService;
import org.castellan.directory.DirectorySettings;
import org.castellan.directory.GroupMapping;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.GroupAdministration;
import org.castellan.security.SettingsAdministration;
import org.castellan.security.SettingsAdministration.Setting;
import org.castellan.server.client.Fingerprints;
import org.castellan.server.client.PinnedServer;
import org.castellan.server.client.RemoteServices;
import org.castellan.server.tests.Api.Answer;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.SessionRegistry;
import org.castellan.sessions.SessionSettings;
import org.castellan.sessions.Workstation;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services of the Security (settings, directory), Sessions, Audit and Backup perspectives called
 * through a client's proxies on a real server: the server's own service decides as the token's user;
 * a refusal arrives as the exception the local service throws, with its message; a change made is in
 * the server's database and journaled there; what cannot cross the network is refused, not run.
 */
class ServedServicesTest {

    @TempDir
    Path dir;
    ServerInstallation installation;
    PinnedServer server;
    String adminToken;
    String clerkToken;
    final List<String> topics = new CopyOnWriteArrayList<>();
    final AuthenticatedUser anyone = new AuthenticatedUser("x", "nobody", null, 0); // never sent: the token's user acts

    @BeforeEach
    void start() throws Exception {
        installation = new ServerInstallation(dir);
        server = new PinnedServer("127.0.0.1", installation.server.port(), Fingerprints.of(installation.server.certificate()));
        adminToken = installation.api.login("admin", ServerInstallation.PASSWORD);
        clerkToken = installation.api.login("clerk", ServerInstallation.PASSWORD);
    }

    @AfterEach
    void stop() {
        installation.close();
    }

    private <S> S admin(Class<S> type) {
        return RemoteServices.of(type, server, () -> adminToken, topics::add);
    }

    private <S> S clerk(Class<S> type) {
        return RemoteServices.of(type, server, () -> clerkToken, topics::add);
    }

    @Test
    void settingsAreChangedOnTheServerAndTheirChecksAskIt() throws Exception {
        SettingsAdministration local = installation.service(SettingsAdministration.class);
        SettingsAdministration remote = admin(SettingsAdministration.class);
        int journaled = installation.journaled(SettingsAdministration.TOPIC_SETTING_CHANGED).size();

        Setting heartbeat = remote.setting(anyone, SessionSettings.HEARTBEAT_SECONDS);
        assertEquals(local.setting(installation.admin, SessionSettings.HEARTBEAT_SECONDS).descriptor().label(), heartbeat.descriptor().label());
        assertEquals(local.settings(installation.admin).size(), remote.settings(anyone).size());
        assertEquals(local.descriptors().stream().map(d -> d.key()).toList(), remote.descriptors().stream().map(d -> d.key()).toList());
        // the descriptor's check is the server's: the same problem as the local one, and none for a good value
        Optional<String> tooLong = local.setting(installation.admin, SessionSettings.HEARTBEAT_SECONDS).descriptor().problem("100000");
        assertTrue(tooLong.isPresent());
        assertEquals(tooLong, heartbeat.descriptor().problem("100000"));
        assertEquals(Optional.empty(), heartbeat.descriptor().problem("45"));
        Optional<String> unknownKey = remote.checkProblem("sessions.heartbeat.second", "45");
        assertTrue(unknownKey.orElseThrow().contains(SessionSettings.HEARTBEAT_SECONDS), "names the closest key: " + unknownKey);
        assertEquals(403, installation.api.post("/api/v1/services/SettingsAdministration/checkProblem",
                "{\"arguments\":[\"" + SessionSettings.HEARTBEAT_SECONDS + "\",\"45\"]}", clerkToken).status(), "administrators only");

        assertEquals(List.of(SessionSettings.HEARTBEAT_SECONDS), remote.change(anyone, Map.of(SessionSettings.HEARTBEAT_SECONDS, "45")));
        assertEquals(Optional.of("45"), local.setting(installation.admin, SessionSettings.HEARTBEAT_SECONDS).stored(), "in the server's database");
        assertEquals(journaled + 1, installation.journaled(SettingsAdministration.TOPIC_SETTING_CHANGED).size(), "journaled on the server");
        assertEquals(List.of(SettingsAdministration.TOPIC_SETTING_CHANGED), topics);

        AccountException refused = assertThrows(AccountException.class,
                () -> clerk(SettingsAdministration.class).change(anyone, Map.of(SessionSettings.HEARTBEAT_SECONDS, "60")));
        AccountException localRefusal = assertThrows(AccountException.class,
                () -> local.change(installation.clerk, Map.of(SessionSettings.HEARTBEAT_SECONDS, "60")));
        assertEquals(localRefusal.getMessage(), refused.getMessage());
        AccountException bad = assertThrows(AccountException.class, () -> remote.change(anyone, Map.of(SessionSettings.HEARTBEAT_SECONDS, "100000")));
        assertTrue(bad.getMessage().contains("100000"), bad.getMessage());
        assertEquals(Optional.of("45"), local.setting(installation.admin, SessionSettings.HEARTBEAT_SECONDS).stored(), "nothing changed");
        assertEquals(journaled + 1, installation.journaled(SettingsAdministration.TOPIC_SETTING_CHANGED).size());
    }

    @Test
    void directoryMappingsAreChangedOnTheServer() throws Exception {
        installation.service(GroupAdministration.class).createGroup(installation.admin, "Counter", "The counter staff");
        DirectoryService local = installation.service(DirectoryService.class);
        DirectoryService remote = admin(DirectoryService.class);
        int journaled = installation.journaled(DirectoryService.TOPIC_MAPPING_CHANGED).size();

        DirectorySettings settings = remote.settings(anyone);
        assertEquals(local.settings(installation.admin), settings, "durations and lists come back whole");
        GroupMapping mapping = new GroupMapping("cn=counter,ou=groups,dc=example,dc=org", "Counter");
        remote.addMapping(anyone, mapping);
        assertEquals(List.of(mapping), local.mappings(installation.admin), "in the server's database");
        assertEquals(List.of(mapping), remote.mappings(anyone));
        assertEquals(journaled + 1, installation.journaled(DirectoryService.TOPIC_MAPPING_CHANGED).size(), "journaled on the server");
        assertEquals(List.of(DirectoryService.TOPIC_MAPPING_CHANGED), topics);
        remote.setServicePassword(anyone, "bind-secret".toCharArray());
        assertTrue(local.servicePasswordSet(installation.admin));

        GroupMapping unknown = new GroupMapping("cn=x,dc=example,dc=org", "Nobody");
        AccountException refused = assertThrows(AccountException.class, () -> remote.addMapping(anyone, unknown));
        assertEquals(assertThrows(AccountException.class, () -> local.addMapping(installation.admin, unknown)).getMessage(), refused.getMessage());
        AccountException clerks = assertThrows(AccountException.class, () -> clerk(DirectoryService.class).removeMapping(anyone, mapping));
        assertEquals(assertThrows(AccountException.class, () -> local.removeMapping(installation.clerk, mapping)).getMessage(), clerks.getMessage());
        assertEquals(List.of(mapping), local.mappings(installation.admin), "nothing changed");
    }

    @Test
    void bansAndSessionsAreAdministeredOnTheServer() throws Exception {
        SessionRegistry local = installation.service(SessionRegistry.class);
        SessionRegistry remote = admin(SessionRegistry.class);
        int journaled = installation.journaled(SessionRegistry.TOPIC_BAN_SET).size();

        List<SessionInfo> sessions = remote.sessions(anyone, Optional.empty());
        assertEquals(local.sessions(installation.admin, Optional.empty()), sessions, "instants, durations and workstations come back whole");
        assertTrue(sessions.stream().anyMatch(s -> s.login().equals("clerk")), sessions.toString());
        assertEquals(local.settings(), remote.settings());
        BanRequest proposed = remote.defaultBan(Ban.ALL_COMPANIES, ZoneId.of("Europe/Paris"));
        assertEquals(local.defaultBan(Ban.ALL_COMPANIES, ZoneId.of("Europe/Paris")).endsAt(), proposed.endsAt(), "until 19:00 in the zone sent");
        Instant now = Instant.now();
        Ban ban = remote.block(anyone, new BanRequest(Ban.ALL_COMPANIES, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), "Inventory"));
        assertEquals(List.of(ban), local.bans(installation.admin), "in the server's database");
        assertEquals(journaled + 1, installation.journaled(SessionRegistry.TOPIC_BAN_SET).size(), "journaled on the server");
        assertEquals(List.of(SessionRegistry.TOPIC_BAN_SET), topics);

        SessionException refused = assertThrows(SessionException.class, () -> clerk(SessionRegistry.class).lift(anyone, ban.id()));
        assertEquals(assertThrows(SessionException.class, () -> local.lift(installation.clerk, ban.id())).getMessage(), refused.getMessage());
        assertEquals(List.of(ban), local.bans(installation.admin), "nothing lifted");
        remote.lift(anyone, ban.id());
        assertEquals(List.of(), local.bans(installation.admin));

        // a session is opened, kept and closed with its token, never by id through the services
        SessionException notServed = assertThrows(SessionException.class,
                () -> remote.open(anyone, null, new Workstation("pc", "127.0.0.1", "anne", "castellan", "0.1"), false));
        assertTrue(notServed.getMessage().contains("open"), notServed.getMessage());
        String clerksSession = sessions.stream().filter(s -> s.login().equals("clerk")).findFirst().orElseThrow().id();
        Answer close = installation.api.post("/api/v1/services/SessionRegistry/close", "{\"arguments\":[\"" + clerksSession + "\",\"gone\"]}",
                adminToken);
        assertEquals(404, close.status(), close.toString());
        assertTrue(local.sessions(installation.admin, Optional.empty()).stream().anyMatch(s -> s.id().equals(clerksSession)), "still open");
    }

    @Test
    void auditReportsAndTheJournalsChecksRunOnTheServer() throws Exception {
        AuditReports local = installation.service(AuditReports.class);
        AuditReports remote = admin(AuditReports.class);
        Report logins = remote.run(anyone, ReportKind.LOGINS, ReportFilter.everything());
        Report here = local.run(installation.admin, ReportKind.LOGINS, ReportFilter.everything());
        assertEquals(here.rows().size(), logins.rows().size());
        assertFalse(logins.rows().isEmpty(), "the logins through the server");
        assertEquals(here.rows(), logins.rows(), "instants, text and numbers as the server has them");
        assertEquals(here.text(here.rows().get(0).cells().get(0)), logins.text(logins.rows().get(0).cells().get(0)));
        assertEquals(local.loginsPerDay(installation.admin, ReportFilter.everything()), remote.loginsPerDay(anyone, ReportFilter.everything()));
        AuditException refused = assertThrows(AuditException.class, () -> clerk(AuditReports.class).run(anyone, ReportKind.LOGINS, ReportFilter.everything()));
        assertEquals(assertThrows(AuditException.class, () -> local.run(installation.clerk, ReportKind.LOGINS, ReportFilter.everything())).getMessage(),
                refused.getMessage());

        AuditJournal journal = installation.service(AuditJournal.class);
        AuditJournal remoteJournal = admin(AuditJournal.class);
        AuditJournal.Verification verified = remoteJournal.verify();
        assertTrue(verified.intact());
        assertEquals(journal.head(), remoteJournal.head());
        assertEquals(List.of(), remoteJournal.verifySeals());
        int recorded = installation.journaled(AuditJournal.TOPIC_VERIFIED).size();
        remoteJournal.recordVerification(anyone, verified);
        assertEquals(recorded + 1, installation.journaled(AuditJournal.TOPIC_VERIFIED).size(), "journaled on the server");
        assertEquals("admin", journal.lastVerification().orElseThrow().login(), "as the token's user");
        // checked against the heads the server keeps outside its database, which a client has not
        List<AuditJournal.Verification> kept = remoteJournal.verifyKeptHeads();
        assertEquals(journal.verifyKeptHeads(), kept);
        assertTrue(kept.size() >= 2 && kept.stream().allMatch(AuditJournal.Verification::intact), "the chain and the installation's head: " + kept);
        org.castellan.audit.ChainHead head = journal.head().orElseThrow();
        new org.castellan.audit.ChainHead(head.seq() + 1000, head.hash()).write(installation.folder.resolve(org.castellan.audit.ChainHead.FILE));
        assertFalse(remoteJournal.verifyKeptHeads().stream().allMatch(AuditJournal.Verification::intact),
                "rows missing from the chain's end are found through the server");
        head.write(installation.folder.resolve(org.castellan.audit.ChainHead.FILE));
        // the journal's rows are written by the services that change something, never handed in
        Answer forged = installation.api.post("/api/v1/services/AuditJournal/recordAll", "{\"arguments\":[[]]}", adminToken);
        assertEquals(404, forged.status(), forged.toString());
        assertThrows(AuditException.class, () -> remoteJournal.recordAll(List.of()));
    }

    @Test
    void aReportIsExportedOnTheClientsDiskAndJournaledOnTheServer() throws Exception {
        AuditReports local = installation.service(AuditReports.class);
        AuditReports remote = admin(AuditReports.class);
        Report logins = remote.run(anyone, ReportKind.LOGINS, ReportFilter.everything());
        int journaled = installation.journaled(AuditJournal.TOPIC_EXPORTED).size();
        Path client = Files.createDirectories(dir.resolve("client"));

        remote.export(anyone, logins, AuditReports.Format.CSV, client.resolve("logins.csv"));

        Path here = Files.createDirectories(dir.resolve("server")).resolve("logins.csv");
        local.export(installation.admin, logins, AuditReports.Format.CSV, here);
        assertEquals(Files.readString(here), Files.readString(client.resolve("logins.csv")), "the server's file, on the client's disk");
        List<String> rows = installation.journaled(AuditJournal.TOPIC_EXPORTED);
        assertEquals(journaled + 2, rows.size(), "journaled on the server, the client's export and the local one");
        String row = rows.get(journaled);
        assertTrue(row.contains(client.resolve("logins.csv").toString()), "names the client's file: " + row);
        Report left = local.run(installation.admin, ReportKind.DATA_LEFT, ReportFilter.everything());
        Report.Row export = left.rows().stream().filter(r -> r.cells().contains(client.resolve("logins.csv").toString())).findFirst().orElseThrow();
        assertTrue(export.cells().contains("127.0.0.1"), "for the token's workstation (its log-in named none: its address): " + export);
        try (var files = Files.list(client)) {
            assertEquals(List.of(client.resolve("logins.csv")), files.toList(), "no temporary file left");
        }

        // a folder that does not exist here: refused before the server is asked, nothing journaled
        AuditException noFolder = assertThrows(AuditException.class,
                () -> remote.export(anyone, logins, AuditReports.Format.CSV, dir.resolve("missing").resolve("logins.csv")));
        assertTrue(noFolder.getMessage().contains("missing"), noFolder.getMessage());
        AuditException clerks = assertThrows(AuditException.class,
                () -> clerk(AuditReports.class).export(anyone, logins, AuditReports.Format.PDF, client.resolve("clerk.pdf")));
        assertEquals(assertThrows(AuditException.class, () -> local.export(installation.clerk, logins, AuditReports.Format.PDF, here)).getMessage(),
                clerks.getMessage());
        assertFalse(Files.exists(client.resolve("clerk.pdf")));
        assertEquals(journaled + 2, installation.journaled(AuditJournal.TOPIC_EXPORTED).size(), "nothing more journaled");
    }

    @Test
    void theBackupRunsOnTheServersMedium() throws Exception {
        BackupService local = installation.service(BackupService.class);
        BackupService remote = admin(BackupService.class);
        Path medium = Files.createDirectories(dir.resolve("medium"));

        MediumStatus initialised = remote.initialise(anyone, medium);
        assertTrue(initialised.ready(), initialised.message());
        assertEquals(medium, initialised.directory(), "a path of the server's");
        assertTrue(local.medium().ready(), "remembered on the server");
        assertEquals(local.options(), remote.options());
        int journaled = installation.journaled(BackupService.TOPIC_SUCCEEDED).size();
        BackupResult result = remote.backUp(anyone, BackupOptions.DEFAULT, Optional.empty(), new NullProgressMonitor());
        assertTrue(Files.isDirectory(result.backup().folder()), result.toString());
        assertEquals(local.backups(medium), remote.backups(medium));
        assertEquals(journaled + 1, installation.journaled(BackupService.TOPIC_SUCCEEDED).size(), "journaled on the server");
        assertEquals(local.lastGoodBackup(), remote.lastGoodBackup());
        assertEquals(result.backup(), remote.verify(anyone, result.backup().folder(), Optional.empty(), new NullProgressMonitor()),
                "checked on the server by booting its copy there");
        assertTrue(topics.contains(BackupService.TOPIC_SUCCEEDED), topics.toString());

        BackupException refused = assertThrows(BackupException.class, () -> clerk(BackupService.class).saveOptions(anyone, BackupOptions.DEFAULT));
        BackupException localRefusal = assertThrows(BackupException.class, () -> local.saveOptions(installation.clerk, BackupOptions.DEFAULT));
        assertEquals(localRefusal.getMessage(), refused.getMessage());
        assertEquals(localRefusal.problem(), refused.problem(), "the kind of refusal, as the server told it");
        assertThrows(BackupException.class, () -> remote.restoreOverCurrent(anyone, result.backup().folder(), Optional.empty(), new NullProgressMonitor()));
    }
}
