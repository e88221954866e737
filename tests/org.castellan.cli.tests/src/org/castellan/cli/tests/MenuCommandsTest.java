package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.menu.MenuLevels;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code castellan menu show|level|rights|export} on a real installation: what the Main Menu
 * Definition editor and Export Menu Package do, refused to non-administrators and for bad input,
 * each change journaled by the menu service.
 */
class MenuCommandsTest extends InstallationWithAClerk {

    private static final String DEFINITION = MenuLevels.DEFINITION_OPTION;

    private JsonObject definition() {
        return JsonOutput.find(JsonOutput.array(admin("menu", "show", "--format", "json")), "id", DEFINITION);
    }

    private static void refused(Run run, String says) {
        assertEquals(ExitCode.REFUSED, run.exitCode(), run.toString());
        assertTrue(run.err().contains(says), run.toString());
        assertEquals("", run.out(), "nothing printed for a refusal");
    }

    @Test
    void showListsEveryOptionWithItsLevelRightsAndWhetherChanged() {
        Run text = admin("menu", "show");
        assertEquals(ExitCode.DONE, text.exitCode(), text.toString());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith(DEFINITION) && l.contains(" 9 ") && l.endsWith("no")), text.out());
        JsonObject definition = definition();
        JsonOutput.fields(definition, "id", "menu", "label", "level", "askPassword", "rights", "overridden", "order", "versions", "scope");
        JsonOutput.isNumber(definition, "level", 9);
        JsonOutput.isTrue(definition, "overridden", false);
        assertEquals(List.of(), JsonOutput.strings(definition.get("rights")));
        assertTrue(admin("menu", "show", "--format", "tsv").out().startsWith("id\tmenu\tlabel\tlevel\task_password\trights\toverridden\torder\tversions\tscope\n"));

        refused(installation.asClerk("menu", "show"), "may not see the main menu definition");
    }

    @Test
    void levelsChangeJournaledAndWhatChangesNothingIsSaid() throws Exception {
        done(admin("menu", "level", DEFINITION, "8"), "Option " + DEFINITION + ": level 9 \u2192 8.");
        JsonObject changed = definition();
        JsonOutput.isNumber(changed, "level", 8);
        JsonOutput.isTrue(changed, "overridden", true);
        List<String> journaled = installation.journaled(MenuLevels.TOPIC_CHANGED);
        assertEquals(1, journaled.size(), journaled.toString());
        assertTrue(journaled.get(0).contains("actor=admin"), journaled.toString());

        done(admin("menu", "level", DEFINITION, "8"), "already needs level 8: nothing changed");
        assertEquals(1, installation.journaled(MenuLevels.TOPIC_CHANGED).size(), "what changes nothing is not journaled");

        refused(admin("menu", "level", "org.castellan.menu.exit", "3"), "");
        refused(admin("menu", "level", "org.castellan.menu.nothing", "3"), "There is no menu option \u201corg.castellan.menu.nothing\u201d");
        refused(installation.asClerk("menu", "level", DEFINITION, "2"), "");
        for (String bad : List.of("10", "-1", "high")) {
            Run usage = admin("menu", "level", DEFINITION, bad);
            assertEquals(ExitCode.USAGE, usage.exitCode(), usage.toString());
            assertTrue(usage.err().contains("The level is a number from 0 to 9, not \u201c" + bad + "\u201d"), usage.toString());
        }
        assertEquals(1, installation.journaled(MenuLevels.TOPIC_CHANGED).size(), "refusals change nothing");
        JsonOutput.isNumber(definition(), "level", 8);
    }

    @Test
    void requiredRightsAreSetAndRemovedAndUnknownRightsRefused() throws Exception {
        done(admin("role", "assign", "Cashier", CliInstallation.ADMIN), "");
        done(admin("menu", "rights", DEFINITION, CliInstallation.CASH), "now requires: " + CliInstallation.CASH + " (before: no right)");
        assertEquals(List.of(CliInstallation.CASH), JsonOutput.strings(definition().get("rights")));
        JsonOutput.isTrue(definition(), "overridden", true);
        done(admin("menu", "rights", DEFINITION, CliInstallation.CASH), "already requires");
        assertEquals(1, installation.journaled(MenuLevels.TOPIC_CHANGED).size());

        refused(admin("menu", "rights", DEFINITION, "org.castellan.nobody.declares"), "org.castellan.nobody.declares");
        refused(admin("menu", "rights", "org.castellan.menu.exit", CliInstallation.CASH), "");
        for (String[] args : List.of(new String[] { "menu", "rights", DEFINITION }, new String[] { "menu", "rights", DEFINITION, CliInstallation.CASH, "--none" })) {
            Run usage = admin(args);
            assertEquals(ExitCode.USAGE, usage.exitCode(), usage.toString());
            assertTrue(usage.err().contains("either the right ids separated by commas or --none"), usage.toString());
        }

        done(admin("menu", "rights", DEFINITION, "--none"), "now requires: no right (before: " + CliInstallation.CASH + ")");
        JsonObject restored = definition();
        assertEquals(List.of(), JsonOutput.strings(restored.get("rights")));
        JsonOutput.isTrue(restored, "overridden", false);
        assertEquals(2, installation.journaled(MenuLevels.TOPIC_CHANGED).size());
    }

    @Test
    void theCentralExportsItsPackageACentreIsRefused() throws Exception {
        Path file = dir.resolve("menu.package");
        done(admin("menu", "export", file.toString()), "Menu package version 1 written to " + file);
        assertTrue(Files.size(file) > 0);
        done(admin("menu", "export", file.toString(), "--with-roles"), "Menu package version 2 written to " + file);

        refused(installation.asClerk("menu", "export", dir.resolve("clerk.package").toString()), "");
        assertFalse(Files.exists(dir.resolve("clerk.package")));
        refused(admin("menu", "export", dir.resolve("missing/menu.package").toString()), "does not exist or cannot be written: nothing was exported");

        done(admin("settings", "set", "installation.site=centre"), "");
        refused(admin("menu", "export", dir.resolve("centre.package").toString()), "");
        assertFalse(Files.exists(dir.resolve("centre.package")));
    }
}
