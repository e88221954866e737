package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.ADMIN;
import static org.castellan.cli.tests.CliInstallation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.castellan.audit.AuditJournal;
import org.castellan.audit.ChainHead;
import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.store.SettingsTable;
import org.castellan.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code castellan audit report}, {@code purge} and {@code verify} on a real installation. */
class AuditCommandsTest {

    private static final String PAUL_PASSWORD = "Counter-2026y";

    private Path dir;
    private CliInstallation installation;

    /** An installation with its administrator and paul, who holds no right. */
    @BeforeEach
    void installationWithPaul(@TempDir Path folder) throws Exception {
        dir = folder;
        installation = new CliInstallation(folder.resolve("installation"));
        Run paul = installation.run(ScriptedTerminal.stdin(PASSWORD, PAUL_PASSWORD), "user", "add", "paul", "--as", ADMIN, "--password-stdin");
        assertEquals(ExitCode.DONE, paul.exitCode(), paul.toString());
    }

    private Run asAdmin(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 3);
        all[args.length] = "--as";
        all[args.length + 1] = ADMIN;
        all[args.length + 2] = "--password-stdin";
        return installation.run(ScriptedTerminal.stdin(PASSWORD), all);
    }

    @Test
    void aReportIsWrittenAsCsvOrPdfAndEachExportIsJournaled() throws Exception {
        Path csv = dir.resolve("logins.csv");
        Run logins = asAdmin("audit", "report", "logins", "--out", csv.toString());
        assertEquals(ExitCode.DONE, logins.exitCode(), logins.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("Time,User,Result,Reason,Workstation,IP address,System user,Program version", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",admin,Succeeded,")), lines::toString);
        assertTrue(logins.err().contains("rows written to " + csv.toAbsolutePath()), logins.toString());

        Path pdf = dir.resolve("rights.pdf");
        Run rights = asAdmin("audit", "report", "current-rights", "--bundle", "org.castellan.security", "--format", "pdf", "--out", pdf.toString());
        assertEquals(ExitCode.DONE, rights.exitCode(), rights.toString());
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII));

        Path card = dir.resolve("card.csv");
        Run paulsCard = asAdmin("audit", "report", "rights-card", "--user", "admin", "--from", "2000-01-01", "--out", card.toString());
        assertEquals(ExitCode.DONE, paulsCard.exitCode(), paulsCard.toString());
        assertTrue(Files.readAllLines(card).get(1).contains(",admin,Grant,org.castellan.security.administer"), Files.readString(card));

        Path exports = dir.resolve("exports.csv");
        assertEquals(ExitCode.DONE, asAdmin("audit", "report", "data-left", "--out", exports.toString()).exitCode());
        String shown = Files.readString(exports);
        assertTrue(shown.contains("audit report logins") && shown.contains("audit report current-rights") && shown.contains("audit report rights-card"),
                shown);
        assertTrue(shown.contains(pdf.toAbsolutePath().toString()), shown);
        assertEquals(ExitCode.DONE, asAdmin("audit", "verify").exitCode());
    }

    @Test
    void theMenuOptionsAUserWasRefusedAreAReportOfTheirOwnNeverListedAsEntries() throws Exception {
        // paul (level 0) tries the Main Menu Definition (level 9): the menu service refuses and journals it, as in the workbench.
        String shown = installation.with(services -> {
            AuthenticatedUser paul = services.get(AccountService.class).authenticate("paul", PAUL_PASSWORD.toCharArray());
            MenuLevels menu = services.get(MenuLevels.class);
            return assertThrows(MenuException.class, () -> menu.require(paul, "org.castellan.menu.ui.definition")).getMessage();
        });
        Path csv = dir.resolve("refusals.csv");
        Run refusals = asAdmin("audit", "report", "menu-refusals", "--user", "paul", "--out", csv.toString());
        assertEquals(ExitCode.DONE, refusals.exitCode(), refusals.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("Time,User,Option,Reason,Message shown", lines.get(0));
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(1).contains(",paul,org.castellan.menu.definition,Authorization level too low,"), lines.get(1));
        assertTrue(lines.get(1).contains(shown.replace("\"", "\"\"")), "the message he was shown\n" + lines.get(1));

        Path pdf = dir.resolve("refusals.pdf");
        Run asPdf = asAdmin("audit", "report", "menu-refusals", "--format", "pdf", "--out", pdf.toString());
        assertEquals(ExitCode.DONE, asPdf.exitCode(), asPdf.toString());
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII));

        Path entries = dir.resolve("entries.csv");
        assertEquals(ExitCode.DONE, asAdmin("audit", "report", "menu-entries", "--out", entries.toString()).exitCode());
        assertFalse(Files.readString(entries).contains("org.castellan.menu"), "a refusal is no entry: " + Files.readString(entries));
        Run help = installation.run(ScriptedTerminal.stdin(), "help");
        assertTrue(help.out().contains("menu-refusals (options a user"), help.out());
    }

    @Test
    void badInputIsAUsageErrorOrARefusalWithAMessageAndWritesNothing() throws Exception {
        Path out = dir.resolve("never.csv");
        Run kind = asAdmin("audit", "report", "everything", "--out", out.toString());
        assertEquals(ExitCode.USAGE, kind.exitCode(), kind.toString());
        assertTrue(kind.err().contains("Unknown report \u201ceverything\u201d") && kind.err().contains("rights-on-day")
                && kind.err().contains("menu-refusals"), kind.toString());
        Run day = asAdmin("audit", "report", "logins", "--from", "2026-13-01", "--out", out.toString());
        assertEquals(ExitCode.USAGE, day.exitCode(), day.toString());
        assertTrue(day.err().contains("--from takes a day as YYYY-MM-DD"), day.toString());
        Run noOut = asAdmin("audit", "report", "logins");
        assertEquals(ExitCode.USAGE, noOut.exitCode(), noOut.toString());
        assertTrue(noOut.err().contains("--out FILE"), noOut.toString());
        Run format = asAdmin("audit", "report", "logins", "--format", "xlsx", "--out", out.toString());
        assertEquals(ExitCode.USAGE, format.exitCode(), format.toString());

        Run reversed = asAdmin("audit", "report", "logins", "--from", "2026-03-06", "--to", "2026-03-05", "--out", out.toString());
        assertEquals(ExitCode.REFUSED, reversed.exitCode(), reversed.toString());
        assertTrue(reversed.err().contains("starts on 2026-03-06, after its last day 2026-03-05"), reversed.toString());
        Run future = asAdmin("audit", "report", "rights-on-day", "--to", "9999-12-31", "--out", out.toString());
        assertEquals(ExitCode.REFUSED, future.exitCode(), future.toString());
        assertTrue(future.err().contains("9999-12-31"), future.toString());
        Run unknown = asAdmin("audit", "report", "rights-card", "--user", "nemo", "--out", out.toString());
        assertEquals(ExitCode.REFUSED, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("\"nemo\""), unknown.toString());
        Run paul = installation.run(ScriptedTerminal.stdin(PAUL_PASSWORD), "audit", "report", "logins", "--out", out.toString(), "--as", "paul",
                "--password-stdin");
        assertEquals(ExitCode.REFUSED, paul.exitCode(), paul.toString());
        assertTrue(paul.err().contains("Administer security"), paul.toString());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aPurgeNeedsTheRetentionSettingRemovesOldRowsAndIsJournaled() throws Exception {
        Run unset = asAdmin("audit", "purge");
        assertEquals(ExitCode.REFUSED, unset.exitCode(), unset.toString());
        assertTrue(unset.err().contains(AuditJournal.SETTING_RETENTION_DAYS), unset.toString());
        Run paul = installation.run(ScriptedTerminal.stdin(PAUL_PASSWORD), "audit", "purge", "--as", "paul", "--password-stdin");
        assertEquals(ExitCode.REFUSED, paul.exitCode(), paul.toString());

        long old = store(store -> store.inTransaction(tx -> {
            SettingsTable.write(tx, AuditJournal.SETTING_RETENTION_DAYS, "365");
            try (var st = tx.connection().createStatement()) {
                // Everything so far becomes two years old, as in a journal kept for years.
                return (long) st.executeUpdate("UPDATE audit_journal SET recorded_at = {fn TIMESTAMPADD(SQL_TSI_YEAR, -2, recorded_at)}");
            }
        }));
        assertTrue(old > 3, "rows back-dated: " + old);
        Run purge = asAdmin("audit", "purge");
        assertEquals(ExitCode.DONE, purge.exitCode(), purge.toString());
        assertTrue(purge.err().contains("rows older than the retention period removed"), purge.toString());
        long purgedRows = Long.parseLong(purge.err().replaceAll("(?s).*purged: (\\d+) rows.*", "$1"));
        assertTrue(purgedRows >= old, purge.toString());
        String checkpoint = store(store -> store.inTransaction(tx -> {
            try (var st = tx.connection().createStatement();
                    var rs = st.executeQuery("SELECT actor, details FROM audit_journal WHERE topic = '" + AuditJournal.TOPIC_PURGED + "'")) {
                return rs.next() ? rs.getString(1) + "|" + rs.getString(2) : "";
            }
        }));
        assertTrue(checkpoint.startsWith("admin|") && checkpoint.contains("rows=" + purgedRows), checkpoint);
        Run verify = asAdmin("audit", "verify");
        assertEquals(ExitCode.DONE, verify.exitCode(), verify.toString());
        assertTrue(verify.out().contains("intact"), verify.toString());
    }

    @Test
    void verifyWithTheHeadKeptOutsideTheDatabaseFindsATailCutOff() throws Exception {
        Path head = installation.folder.resolve(ChainHead.FILE);
        Path kept = Files.copy(head, dir.resolve("journal-head-of-the-backup"));
        Run intact = asAdmin("audit", "verify", "--head", kept.toString());
        assertEquals(ExitCode.DONE, intact.exitCode(), intact.toString());
        long last = ChainHead.read(kept).orElseThrow().seq();
        store(store -> store.inTransaction(tx -> {
            try (var st = tx.connection().createStatement()) {
                return st.executeUpdate("DELETE FROM audit_journal WHERE seq >= " + (last - 1));
            }
        }));
        Run cut = asAdmin("audit", "verify", "--head", kept.toString());
        assertEquals(ExitCode.JOURNAL_BROKEN, cut.exitCode(), cut.toString());
        // Compared before this command's own login is journaled (it takes row last-1's number): the first row cut is named.
        assertTrue(cut.err().contains("row " + (last - 1) + " is the first one missing"), cut.toString());
        Run missing = asAdmin("audit", "verify", "--head", dir.resolve("nothing").toString());
        assertEquals(ExitCode.REFUSED, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("holds no journal head"), missing.toString());
    }

    /** The journal's last row as the database has it, by SQL. */
    private ChainHead lastRow() throws Exception {
        return store(store -> store.inTransaction(tx -> {
            try (var st = tx.connection().createStatement();
                    var rs = st.executeQuery("SELECT seq, row_hash FROM audit_journal WHERE seq = (SELECT MAX(seq) FROM audit_journal)")) {
                rs.next();
                return new ChainHead(rs.getLong(1), rs.getString(2));
            }
        }));
    }

    private void cutFrom(long seq) throws Exception {
        store(store -> store.inTransaction(tx -> {
            try (var st = tx.connection().createStatement()) {
                return st.executeUpdate("DELETE FROM audit_journal WHERE seq >= " + seq);
            }
        }));
    }

    @Test
    void theLastRowsDeletedBySqlAreFoundByTheAdministratorsVerifyWhoseOwnLoginCoversNothing() throws Exception {
        Path head = installation.folder.resolve(ChainHead.FILE);
        Run intact = asAdmin("audit", "verify");
        assertEquals(ExitCode.DONE, intact.exitCode(), intact.toString());
        assertTrue(intact.out().contains("reaches the head kept in " + head), intact.toString());
        ChainHead before = lastRow();
        long firstCut = before.seq() - 2;
        cutFrom(firstCut);

        // As the administrator runs it, with the default audit.logins=all: no --head needed.
        Run cut = asAdmin("audit", "verify");
        assertEquals(ExitCode.JOURNAL_BROKEN, cut.exitCode(), cut.toString());
        assertTrue(cut.err().contains("row " + firstCut + " is the first one missing"), cut.toString());
        assertTrue(cut.err().contains(head.toString()), cut.toString());
        assertEquals(Optional.of(before), ChainHead.read(head), "the head file is kept as the evidence, not moved on by the logins since");
        AuditJournal.RecordedVerification found = installation.with(services -> services.get(AuditJournal.class).lastVerification()).orElseThrow();
        assertEquals(Optional.of(firstCut), found.result().firstBrokenRow(), "what the check found is journaled, for the home");
        assertEquals(ADMIN, found.login());
        // The run before journaled its login and what it found (for the home) as rows firstCut and firstCut + 1 again;
        // the head still shows the rows after them missing.
        Run again = asAdmin("audit", "verify");
        assertEquals(ExitCode.JOURNAL_BROKEN, again.exitCode(), again.toString());
        assertTrue(again.err().contains("row " + (firstCut + 2) + " is the first one missing") && again.err().contains(head.toString()), again.toString());
    }

    @Test
    void aMirrorFindsTheCutWhenTheInstallationsHeadFileWasRewrittenToo() throws Exception {
        Path mirror = dir.resolve("other-disk");
        store(store -> store.inTransaction(tx -> {
            SettingsTable.write(tx, AuditJournal.SETTING_HEAD_MIRROR, mirror.toString());
            return null;
        }));
        Run written = asAdmin("user", "list"); // any journaled command keeps the head in the mirror from now on
        assertEquals(ExitCode.DONE, written.exitCode(), written.toString());
        Path mirrored = mirror.resolve("journal-head");
        assertEquals(Optional.of(lastRow()), ChainHead.read(mirrored));
        Run intact = asAdmin("audit", "verify");
        assertEquals(ExitCode.DONE, intact.exitCode(), intact.toString());
        assertTrue(intact.out().contains("reaches the head kept in " + mirrored), intact.toString());

        long firstCut = lastRow().seq() - 1;
        cutFrom(firstCut);
        // Whoever cut the rows also made the installation's head file agree with what is left.
        lastRow().write(installation.folder.resolve(ChainHead.FILE));

        Run cut = asAdmin("audit", "verify");
        assertEquals(ExitCode.JOURNAL_BROKEN, cut.exitCode(), cut.toString());
        assertTrue(cut.err().contains("row " + firstCut + " is the first one missing") && cut.err().contains(mirrored.toString()), cut.toString());
        Run later = asAdmin("audit", "verify");
        assertEquals(ExitCode.JOURNAL_BROKEN, later.exitCode(), "the mirror was not moved on by the logins since\n" + later);
        assertTrue(later.err().contains(mirrored.toString()), later.toString());
    }

    @Test
    void aLevelRaisedBySqlFailsVerifyAndPaulsLoginUntilAnAdministratorReseals() throws Exception {
        Run intact = asAdmin("audit", "verify");
        assertEquals(ExitCode.DONE, intact.exitCode(), intact.toString());
        assertTrue(intact.out().contains("Every row of the security tables matches its seal."), intact.toString());
        store(store -> store.inTransaction(tx -> {
            try (var st = tx.connection().createStatement()) {
                return st.executeUpdate("UPDATE users SET authorization_level = 9 WHERE login = 'paul'");
            }
        }));

        Run tampered = asAdmin("audit", "verify");
        assertEquals(ExitCode.JOURNAL_BROKEN, tampered.exitCode(), tampered.toString());
        assertTrue(tampered.out().contains("users: row of login 'paul' changed outside Castellan (authorization_level)."), tampered.toString());
        assertTrue(tampered.err().contains("1 rows of the security tables do not match their seals"), tampered.toString());
        Run paul = installation.run(ScriptedTerminal.stdin(PAUL_PASSWORD), "user", "list", "--as", "paul", "--password-stdin");
        assertEquals(ExitCode.AUTHENTICATION_FAILED, paul.exitCode(), paul.toString());
        assertTrue(paul.err().contains("Ask your administrator"), paul.toString());

        Run unconfirmed = asAdmin("audit", "reseal");
        assertEquals(ExitCode.REFUSED, unconfirmed.exitCode(), unconfirmed.toString());
        assertTrue(unconfirmed.err().contains("castellan audit reseal --confirm"), unconfirmed.toString());
        assertEquals(ExitCode.JOURNAL_BROKEN, asAdmin("audit", "verify").exitCode(), "nothing resealed without --confirm");

        Run resealed = asAdmin("audit", "reseal", "--confirm");
        assertEquals(ExitCode.DONE, resealed.exitCode(), resealed.toString());
        assertTrue(resealed.err().contains("accepted: users: row of login 'paul' changed outside Castellan"), resealed.toString());
        assertEquals(ExitCode.DONE, asAdmin("audit", "verify").exitCode());
        long journaled = store(store -> store.inTransaction(tx -> {
            try (var st = tx.connection().createStatement();
                    var rs = st.executeQuery("SELECT COUNT(*) FROM audit_journal WHERE topic = '" + AuditJournal.TOPIC_RESEALED + "' AND actor = 'admin'")) {
                rs.next();
                return rs.getLong(1);
            }
        }));
        assertEquals(1, journaled);
    }

    @FunctionalInterface
    private interface StoreWork<T> {
        T run(CastellanStore store) throws StoreException;
    }

    private <T> T store(StoreWork<T> work) throws Exception {
        return installation.with(services -> {
            try {
                return work.run(services.get(CastellanStore.class));
            } catch (StoreException e) {
                throw new AssertionError(e);
            }
        });
    }
}
