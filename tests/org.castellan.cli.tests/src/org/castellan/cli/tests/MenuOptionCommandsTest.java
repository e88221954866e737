package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.menu.MenuLevels;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * {@code castellan menu option} on a real installation: what the Main Menu Definition editor
 * changes in expert mode (order, description, versions, scope) and its Ask password column, on the
 * option this test fragment declares (Till, order 10, level 2); {@code menu show} lists them. The
 * menu service checks every value, refuses essential options and non-administrators, and journals
 * each change; what changes nothing is said and not saved.
 */
class MenuOptionCommandsTest extends InstallationWithAClerk {

    private static final String TILL = "org.castellan.cli.tests.till";

    private JsonObject till() {
        return JsonOutput.find(JsonOutput.array(admin("menu", "show", "--format", "json")), "id", TILL);
    }

    private List<String> journaled() throws Exception {
        return installation.journaled(MenuLevels.TOPIC_CHANGED);
    }

    @Test
    void showListsTheExpertFieldsAndOptionChangesThemKeepingTheRest() throws Exception {
        JsonObject declared = till();
        JsonOutput.fields(declared, "id", "menu", "label", "level", "askPassword", "rights", "overridden", "order", "versions", "scope");
        JsonOutput.isNumber(declared, "order", 10);
        JsonOutput.isNull(declared, "versions");
        assertEquals("both", declared.get("scope").getAsString());
        JsonOutput.isTrue(declared, "askPassword", false);
        Run text = admin("menu", "show");
        assertTrue(text.out().lines().findFirst().orElseThrow().matches("OPTION +Name +LEVEL +ASK PASSWORD +RIGHTS +CHANGED"), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.matches(TILL.replace(".", "\\.") + " +Till +2 +no +- +no")), text.out());

        done(admin("menu", "option", TILL, "--label", "Till and drawer", "--order", "15", "--versions", "[0.1,2.0)", "--scope", "Central",
                "--ask-password", "yes"),
                "Option " + TILL + ": order 15, description \u201cTill and drawer\u201d, versions [0.1,2.0), scope central, supervisor's password asked: yes.");
        JsonObject changed = till();
        assertEquals("Till and drawer", changed.get("label").getAsString());
        JsonOutput.isNumber(changed, "order", 15);
        assertEquals("[0.1,2.0)", changed.get("versions").getAsString());
        assertEquals("central", changed.get("scope").getAsString());
        JsonOutput.isTrue(changed, "askPassword", true);
        JsonOutput.isTrue(changed, "overridden", true);
        JsonOutput.isNumber(changed, "level", 2);

        done(admin("menu", "level", TILL, "4"), "level 2 \u2192 4");
        done(admin("menu", "option", TILL, "--versions", "all", "--ask-password", "no"), "versions all, scope central, supervisor's password asked: no.");
        JsonObject kept = till();
        JsonOutput.isNull(kept, "versions");
        JsonOutput.isNumber(kept, "level", 4);
        assertEquals("Till and drawer", kept.get("label").getAsString(), "what is not given is kept");
        assertTrue(admin("menu", "show", "--format", "tsv").out().startsWith("id\tmenu\tlabel\tlevel\task_password\trights\toverridden\torder\tversions\tscope\n"));

        done(admin("menu", "option", TILL, "--order", "15"), "Option " + TILL + " already is so: nothing changed.");
        assertEquals(3, journaled().size(), "two options changes and a level; nothing for what changed nothing: " + journaled());
        assertTrue(journaled().get(0).contains("order 15, \"Till and drawer\", versions [0.1,2.0), scope CENTRAL"), journaled().toString());

        done(admin("menu", "option", TILL, "--label", "Till", "--order", "10", "--scope", "both"), "order 10, description \u201cTill\u201d");
        done(admin("menu", "level", TILL, "2"), "level 4 \u2192 2");
        JsonOutput.isTrue(till(), "overridden", false);
    }

    @Test
    void badValuesEssentialOptionsAndNonAdministratorsAreRefusedAndNothingIsSaved() throws Exception {
        record Case(Run run, int exitCode, String says) {
        }
        List<Case> cases = List.of(
                new Case(installation.asClerk("menu", "option", TILL, "--label", "Mine"), ExitCode.REFUSED, "clerk may not change the main menu"),
                new Case(admin("menu", "option", "org.castellan.menu.exit", "--ask-password", "yes"), ExitCode.REFUSED, "must stay reachable by everyone"),
                new Case(admin("menu", "option", "org.castellan.menu.exit", "--order", "1"), ExitCode.REFUSED, "must stay reachable by everyone"),
                new Case(admin("menu", "option", "org.castellan.menu.nothing", "--order", "1"), ExitCode.REFUSED,
                        "There is no menu option \u201corg.castellan.menu.nothing\u201d"),
                new Case(admin("menu", "option", TILL, "--order", "10000"), ExitCode.REFUSED, "The order 10000 of " + TILL + " is outside 0-9999"),
                new Case(admin("menu", "option", TILL, "--label", " "), ExitCode.REFUSED, "The description of " + TILL + " must be one line"),
                new Case(admin("menu", "option", TILL, "--versions", "one-ish"), ExitCode.REFUSED, "The versions \"one-ish\" of " + TILL + " are not a version range"),
                new Case(admin("menu", "option", TILL, "--order", "first"), ExitCode.USAGE, "--order takes a whole number, not \u201cfirst\u201d."),
                new Case(admin("menu", "option", TILL, "--scope", "everywhere"), ExitCode.USAGE, "--scope takes central, centres or both"),
                new Case(admin("menu", "option", TILL, "--ask-password", "sometimes"), ExitCode.USAGE, "--ask-password takes yes or no"),
                new Case(admin("menu", "option", TILL), ExitCode.USAGE, "castellan menu option changes what is given: --label, --order"),
                new Case(admin("menu", "option"), ExitCode.USAGE, "menu option needs the option's id"));
        for (Case c : cases) {
            refused(c.run(), c.exitCode(), c.says());
            assertEquals("", c.run().out(), "nothing printed for a refusal: " + c.run());
        }
        JsonOutput.isTrue(till(), "overridden", false);
        assertEquals(List.of(), journaled());
    }
}
