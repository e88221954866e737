package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.ADMIN;
import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.refused;
import static org.castellan.cli.tests.HostObjects.folder;
import static org.castellan.cli.tests.HostObjects.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.datarights.DataRightsAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code castellan permission tree|grant|revoke|effective} on a real installation: the Object
 * Permissions editor's tabs, through the data-rights service; each change journaled as the
 * editor's, what changes nothing said and not journaled, refusals saving nothing.
 */
class PermissionCommandsTest extends InstallationWithAClerk {

    /** Board/Minutes/Draft (a report), Board/Budget (a report), Finance; the clerk in the group Accounting. */
    @BeforeEach
    void tree() throws Exception {
        HostObjects.tree(installation, folder("Board", folder("Minutes", report("Draft")), report("Budget")), folder("Finance"));
        installation.setUp(List.of("group", "create", "Accounting"), List.of("group", "add", "Accounting", "clerk"));
    }

    private List<String> journaled() throws Exception {
        return installation.journaled(DataRightsAdministration.PERMISSIONS_TOPIC);
    }

    @Test
    void grantAndRevokeSetTheLevelsTheEffectiveLevelFollowsAndTheTreeShows() throws Exception {
        assertEquals("""
                FOLDER OR REPORT  LEVELS GIVEN
                Board/            -
                  Minutes/        -
                    Draft         -
                  Budget          -
                Finance/          -
                """, admin("permission", "tree").out());
        Run nothing = admin("permission", "effective", "clerk", "Board/Minutes/Draft");
        assertEquals(ExitCode.DONE, nothing.exitCode(), nothing.toString());
        assertTrue(nothing.out().startsWith("No access to \"Draft\": neither it nor any folder above it has rights"), nothing.toString());

        done(admin("permission", "grant", "Board", "clerk", "No access"), "clerk has No access on \u201cBoard\u201d.");
        done(admin("permission", "grant", "Board/Minutes", "Accounting", "2"), "Accounting (group) has Limited on \u201cBoard/Minutes\u201d.");
        done(admin("permission", "grant", "/Board/Minutes/", "group:accounting", "edit"),
                "Accounting (group) has Edit on \u201cBoard/Minutes\u201d (before: Limited).");
        done(admin("permission", "grant", "Board/Minutes", "Accounting", "EDIT"), "Accounting (group) already has Edit on \u201cBoard/Minutes\u201d: nothing changed.");
        List<String> journal = journaled();
        assertEquals(3, journal.size(), "the level that was there already is not journaled: " + journal);
        assertTrue(journal.get(2).contains("\"Minutes\": Accounting (group) Limited") && journal.get(2).contains("\"Minutes\": Accounting (group) Edit"),
                journal.get(2));

        Run draft = admin("permission", "effective", "clerk", "Board/Minutes/Draft");
        assertEquals(ExitCode.DONE, draft.exitCode(), draft.toString());
        assertEquals("""
                Edit on "Draft": it has no rights of its own for this user or his groups, so they come from the nearest folder above that has some, "Minutes".
                - Edit on "Minutes" given to his group Accounting
                - does not apply: No access on "Board" given to the user clerk; the nearer rights on "Minutes" decide
                """, draft.out());
        JsonObject json = JsonOutput.object(admin("permission", "effective", "clerk", "Board/Minutes/Draft", "--format", "json"));
        assertEquals("Minutes", json.get("decidedBy").getAsString());
        JsonOutput.isTrue(json.getAsJsonArray("deciding").get(0).getAsJsonObject(), "throughGroup", true);
        assertEquals("No access", admin("permission", "effective", "clerk", "Board/Budget", "--format", "json").out().lines()
                .filter(l -> l.contains("\"level\"")).findFirst().orElseThrow().replaceAll(".*: \"(.*)\",?", "$1"));

        assertEquals("""
                FOLDER OR REPORT  LEVELS GIVEN
                Board/            clerk: No access
                  Minutes/        Accounting (group): Edit
                    Draft         -
                  Budget          -
                Finance/          -
                """, admin("permission", "tree").out());
        assertEquals("""
                path\tkind\tgrants
                Board\tfolder\tclerk=No access
                Board/Minutes\tfolder\tgroup:Accounting=Edit
                Board/Minutes/Draft\treport\t
                Board/Budget\treport\t
                Finance\tfolder\t
                """, admin("permission", "tree", "--format", "tsv").out());
        JsonArray tree = JsonOutput.array(admin("permission", "tree", "--format", "json"));
        JsonObject minutes = JsonOutput.find(tree, "path", "Board/Minutes");
        JsonOutput.fields(minutes, "path", "kind", "grants");
        JsonObject grant = minutes.getAsJsonArray("grants").get(0).getAsJsonObject();
        JsonOutput.fields(grant, "principal", "group", "level");
        assertEquals("Accounting", grant.get("principal").getAsString());
        JsonOutput.isTrue(grant, "group", true);
        assertEquals("report", JsonOutput.find(tree, "path", "Board/Budget").get("kind").getAsString());

        done(admin("permission", "revoke", "Board/Minutes", "Accounting"), "Accounting (group) no longer has the level Edit given on \u201cBoard/Minutes\u201d");
        done(admin("permission", "revoke", "Board/Minutes", "Accounting"),
                "Accounting (group) has no level given on \u201cBoard/Minutes\u201d: nothing changed. Levels given there: none.");
        assertEquals(4, journaled().size(), "a revoke that changed nothing is not journaled");
        assertTrue(admin("permission", "effective", "clerk", "Board/Minutes/Draft").out().startsWith("No access on \"Draft\""),
                "the No access on Board decides again");
    }

    @Test
    void whoIsAUserOrAGroupNeverARoleAndSaidUnambiguously() throws Exception {
        installation.setUp(List.of("group", "create", "clerk"));
        refused(admin("permission", "grant", "Finance", "clerk", "1"), ExitCode.REFUSED,
                "\u201cclerk\u201d is both a user's login and a group's name: write user:clerk or group:clerk.");
        done(admin("permission", "grant", "Finance", "user:clerk", "1"), "clerk has Preview on \u201cFinance\u201d.");
        done(admin("permission", "grant", "Finance", "group:clerk", "Preview"), "clerk (group) has Preview on \u201cFinance\u201d.");
        refused(admin("permission", "grant", "Finance", "Cashier", "1"), ExitCode.REFUSED,
                "\u201cCashier\u201d is a role: levels and data rights are given to users and groups, not to roles.");
        refused(admin("permission", "grant", "Finance", "zoe", "1"), ExitCode.REFUSED, "There is no user or group called \u201czoe\u201d.");
        refused(admin("permission", "grant", "Finance", "group:Sales", "1"), ExitCode.REFUSED, "There is no group called \u201cSales\u201d.");
        refused(admin("permission", "revoke", "Finance", "user:zoe"), ExitCode.REFUSED, "There is no user with the login zoe.");
        assertEquals(2, journaled().size(), "only the two grants: " + journaled());
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() throws Exception {
        refused(admin("permission", "grant", "Board", "clerk", "7"), ExitCode.USAGE,
                "\u201c7\u201d is not a permission level: give one of 0 No access, 1 Preview, 2 Limited, 3 Edit (its number or its name).");
        refused(admin("permission", "grant", "Board", "clerk", "Owner"), ExitCode.USAGE, "\u201cOwner\u201d is not a permission level");
        refused(admin("permission", "grant", "Board", "clerk", "-1"), ExitCode.USAGE, "\u201c-1\u201d is not a permission level");
        refused(admin("permission", "grant", "Board/Drafts", "clerk", "1"), ExitCode.REFUSED,
                "There is no folder or report \"Drafts\" in Board. Names there: Budget, Minutes.");
        refused(admin("permission", "grant", "Budget", "clerk", "1"), ExitCode.REFUSED,
                "There is no folder or report \"Budget\" in the top of the tree. Names there: Board, Finance.");
        refused(admin("permission", "grant", "/", "clerk", "1"), ExitCode.USAGE, "permission grant needs the path of the folder or report");
        refused(admin("permission", "grant", "Board", "clerk"), ExitCode.USAGE, "permission grant needs");
        refused(admin("permission", "revoke", "Board"), ExitCode.USAGE, "permission revoke needs");
        refused(admin("permission", "effective", "zoe", "Board"), ExitCode.REFUSED, "There is no user with the login zoe.");
        refused(admin("permission", "tree", "--format", "csv"), ExitCode.USAGE, "--format takes text, tsv, json, not \u201ccsv\u201d.");
        refused(admin("permission", "effective", "clerk", "Board", "--format", "tsv"), ExitCode.USAGE, "--format takes text, json");
        assertEquals(List.of(), journaled());
    }

    @Test
    void onlyAdministratorsOfDataRightsOrSecuritySeeOrChangeLevels() throws Exception {
        done(admin("permission", "grant", "Finance", "clerk", "Edit"), "clerk has Edit on");
        for (String[] args : new String[][] { { "permission", "tree" }, { "permission", "grant", "Finance", "clerk", "1" },
                { "permission", "revoke", "Finance", "clerk" }, { "permission", "effective", ADMIN, "Finance" } }) {
            refused(installation.asClerk(args), ExitCode.REFUSED,
                    "You may not see data rights: that needs the right \"Administer data rights\". Ask an administrator to give you a role with it.");
        }
        assertTrue(admin("permission", "tree").out().contains("Finance/          clerk: Edit"), "the clerk changed nothing");
        assertEquals(1, journaled().size());

        // The right "Administer data rights" alone is enough, without "Administer security".
        installation.setUp(List.of("role", "create", "Data rights", "--rights", DataRightsAdministration.ADMINISTER_RIGHT),
                List.of("role", "assign", "Data rights", "clerk"));
        done(installation.asClerk("permission", "grant", "Finance", "clerk", "Preview"), "clerk has Preview on \u201cFinance\u201d (before: Edit).");
        assertTrue(journaled().get(1).contains("actor=clerk"), journaled().get(1));
    }
}
