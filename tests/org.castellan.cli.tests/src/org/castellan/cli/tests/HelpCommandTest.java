package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code castellan help GROUP}: one group's lines of the usage with what explains its options; no installation needed. */
class HelpCommandTest {

    @TempDir
    Path dir;

    private Run run(String... args) {
        return CliInstallation.run(dir, ScriptedTerminal.stdin(), Map.of(), args);
    }

    @Test
    void helpOfAGroupShowsOnlyItsCommandsAndTheirOptions() {
        Run user = run("help", "user");
        assertEquals(ExitCode.DONE, user.exitCode(), user.toString());
        String text = user.out();
        assertTrue(text.startsWith("Commands of castellan user (castellan help shows them all):\n  user add <login>"), text);
        for (String line : new String[] { "user passwd <login>", "user list [--format text|tsv|json]", "user groups <login>",
                "licence seats; tsv: a header line", // a command's explaining line
                "--password-stdin       read the passwords", "--as LOGIN", // options of every command
                "json  one JSON document", // the formats, since user list prints data
                "Passwords are never accepted as arguments" }) { // user add and passwd ask for new passwords
            assertTrue(text.contains(line), line + " in " + text);
        }
        for (String other : new String[] { "role create", "settings list", "Exit codes:", "backup run" }) {
            assertFalse(text.contains(other), other + " is not user's: " + text);
        }

        String settings = run("help", "settings").out();
        assertTrue(settings.contains("settings set <key>=<value>") && settings.contains("settings get <key> [--format text|json]"), settings);
        assertFalse(settings.contains("user add <login>") || settings.contains("Passwords:"), settings);
        String audit = run("help", "audit").out();
        assertTrue(audit.contains("audit report <kind>") && !audit.contains("Formats of --format"), "audit prints no records: " + audit);
        String menu = run("help", "menu").out();
        assertTrue(menu.contains("menu import <file>") && menu.contains("menu show [--format text|tsv|json]") && menu.contains("Formats of --format"), menu);
        assertTrue(menu.contains("  menu option <option-id> [--label TEXT] [--order N]") && menu.contains("              [--ask-password yes|no]")
                && menu.contains("what the Main Menu Definition editor changes in expert mode"), menu);
        String group = run("help", "group").out();
        assertTrue(group.contains("  group policy <group> [--format text|tsv|json]") && group.contains("               [--upper-case yes|no]")
                && group.contains("--none: none of its own") && group.contains("Formats of --format") && !group.contains("company list"), group);
        String session = run("help", "session").out();
        assertTrue(session.contains("  session logout <session-id> | --company CODE [--message TEXT]") && session.contains("as Request Log-Out does")
                && session.contains("the open sessions: id, login") && !session.contains("ban list"), session);
        String permission = run("help", "permission").out();
        assertTrue(permission.startsWith("Commands of castellan permission (castellan help shows them all):\n  permission tree [--format text|tsv|json]")
                && permission.contains("  permission grant <path> <who> <level>") && permission.contains("0 or \"No access\", 1 or Preview")
                && permission.contains("Formats of --format") && !permission.contains("datarights create"), permission);
        String datarights = run("help", "datarights").out();
        assertTrue(datarights.contains("  datarights create <name> [--holder WHO]...") && datarights.contains("               [--dimension D]...")
                && datarights.contains("may be given several times") && !datarights.contains("model list"), datarights);
        String init = run("help", "init").out();
        assertTrue(init.contains("init --name TEXT --admin LOGIN") && init.contains("Passwords:"), init);
    }

    /**
     * Help cuts the translated usage by its paragraphs: every language keeps them in the same order
     * (synopsis, commands, formats, common options, passwords, exit codes), each command on a line of its own.
     */
    @Test
    void everyTranslationOfTheUsageHasTheParagraphsHelpCuts() throws IOException {
        Path sources = Path.of(System.getProperty("user.dir")).resolve("../../bundles/org.castellan.cli/src/org/castellan/cli/internal").normalize();
        for (String language : List.of("", "_es", "_fr", "_pl", "_sl")) {
            Properties messages = new Properties();
            try (Reader reader = Files.newBufferedReader(sources.resolve("messages" + language + ".properties"), StandardCharsets.ISO_8859_1)) {
                messages.load(reader);
            }
            String[] paragraphs = messages.getProperty("usage").split("\n\n");
            assertEquals(6, paragraphs.length, "messages" + language);
            assertTrue(paragraphs[1].contains("\n  user add <login>") && paragraphs[1].contains("\n  help [<"), "commands, messages" + language);
            assertTrue(paragraphs[2].contains("\n  json  "), "formats, messages" + language);
            assertTrue(paragraphs[3].contains("\n  --as ") && paragraphs[3].contains("\n  --password-stdin "), "options, messages" + language);
            assertTrue(paragraphs[4].contains("CASTELLAN_PASSPHRASE"), "passwords, messages" + language);
            assertTrue(paragraphs[5].contains("\n  0  "), "exit codes, messages" + language);
        }
    }

    @Test
    void helpAloneStaysTheWholeUsageAndAnUnknownGroupIsRefused() {
        Run all = run("help");
        assertEquals(ExitCode.DONE, all.exitCode());
        assertTrue(all.out().contains("role create") && all.out().contains("Exit codes:") && all.out().contains("help [<group>]"), all.out());

        Run unknown = run("help", "users");
        assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("There is no group of commands \u201cusers\u201d: castellan help takes one of init, user, guest, role, group, company, session, ban, "
                + "settings, directory, audit, backup, media, menu, datarights, permission, model, config, server, enrol, help."), unknown.toString());
        Run two = run("help", "user", "add");
        assertEquals(ExitCode.USAGE, two.exitCode(), two.toString());
        assertTrue(two.err().contains("Unexpected argument \u201cadd\u201d."), two.toString());
    }
}
