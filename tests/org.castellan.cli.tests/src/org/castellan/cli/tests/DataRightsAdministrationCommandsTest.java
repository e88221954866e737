package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.refused;
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
 * {@code castellan datarights list|show|create|update|delete} on a real installation: what the Data
 * Rights editor sets, through the data-rights service; each change journaled, what changes nothing
 * said and not journaled, refusals saving nothing; and what a user then sees ({@code datarights filter}).
 */
class DataRightsAdministrationCommandsTest extends InstallationWithAClerk {

    /** The models Sales (see {@link HostObjects#sales()}) and Stock; the clerk in the group Counter. */
    @BeforeEach
    void modelsAndAGroup() throws Exception {
        HostObjects.models(installation, HostObjects.sales(), HostObjects.model("Stock", "Units"));
        installation.setUp(List.of("group", "create", "Counter"), List.of("group", "add", "Counter", "clerk"));
    }

    private List<String> journaled() throws Exception {
        return installation.journaled(DataRightsAdministration.CHANGED_TOPIC);
    }

    private Run createYears() {
        return admin("datarights", "create", "Years", "--holder", "group:Counter", "--holder", "admin", "--model", "Sales", "--measure",
                "[Measures].[Amount]", "--deny-measure", "[Measures].[Margin]", "--member", "[Date]=[Date].[2006]", "--below", "[Date]",
                "--dimension", "[Customer]");
    }

    @Test
    void createGivesWhatTheEditorSetsAndTheUserSeesIt() throws Exception {
        Run created = createYears();
        done(created, "Data right \u201cYears\u201d created (id ");
        String id = created.err().replaceAll("(?s).*\\(id ([^)]+)\\).*", "$1");
        assertEquals("""
                Data right:          Years
                Id:                  %s
                Held by the users:   admin
                Held by the groups:  Counter
                Model \u201cSales\u201d:       measures allowed: [Measures].[Amount]
                                     measures refused: [Measures].[Margin]
                                     [Date]: [Date].[2006] and everything below
                                     [Customer]: every member
                """.formatted(id), admin("datarights", "show", "years").out());
        assertEquals(admin("datarights", "show", "years").out(), admin("datarights", "show", id).out(), "by id or by name");
        List<String> journal = journaled();
        assertEquals(1, journal.size(), journal.toString());
        assertTrue(journal.get(0).contains("change=created") && journal.get(0).contains(
                "model \"Sales\": measures [Measures].[Amount], [Measures].[Margin] refused; dimensions [Date] limited to [Date].[2006] with everything below, [Customer]"),
                journal.get(0));

        Run filter = admin("datarights", "filter", "clerk", "Sales");
        assertEquals("measures\t[Measures].[Amount]\n[Customer]\tevery member\n[Date]\t[Date].[2006] and everything below\n", filter.out(),
                "the clerk holds it through his group: " + filter);

        JsonObject json = JsonOutput.object(admin("datarights", "show", "Years", "--format", "json"));
        JsonOutput.fields(json, "id", "name", "users", "groups", "models");
        assertEquals(List.of("admin"), JsonOutput.strings(json.get("users")));
        assertEquals(List.of("Counter"), JsonOutput.strings(json.get("groups")));
        JsonObject sales = json.getAsJsonArray("models").get(0).getAsJsonObject();
        JsonOutput.fields(sales, "model", "measures", "dimensions");
        JsonObject margin = sales.getAsJsonArray("measures").get(1).getAsJsonObject();
        assertEquals("[Measures].[Margin]", margin.get("measure").getAsString());
        JsonOutput.isTrue(margin, "allowed", false);
        JsonObject date = sales.getAsJsonArray("dimensions").get(0).getAsJsonObject();
        JsonOutput.fields(date, "dimension", "allowed", "members", "below", "unknown");
        JsonOutput.isTrue(date, "below", true);
        assertEquals(List.of("[Date].[2006]"), JsonOutput.strings(date.get("members")));

        assertEquals("""
                id\tname\tusers\tgroups\tmodels
                %s\tYears\tadmin\tCounter\tSales
                """.formatted(id), admin("datarights", "list", "--format", "tsv").out());
        assertEquals("NAME   HOLDERS" + " ".repeat(17) + "MODELS  ID\nYears  Counter (group), admin  Sales   " + id + "\n", admin("datarights", "list").out());
    }

    @Test
    void updateChangesWhatIsGivenKeepsTheRestAndSaysWhenNothingChanges() throws Exception {
        done(createYears(), "created");
        done(admin("datarights", "update", "Years", "--name", "Years and customers", "--remove-holder", "admin", "--model", "Sales", "--member",
                "[Customer]=[Customer].[ACME]", "--member", "[Customer]=[Customer].[Initech]", "--typed", "--deny-dimension", "[Date]"),
                "Data right \u201cYears and customers\u201d saved.");
        String shown = admin("datarights", "show", "Years and customers").out();
        assertTrue(shown.contains("Held by the users:   -") && shown.contains("[Date]: refused")
                && shown.contains("[Customer]: only [Customer].[ACME], [Customer].[Initech]; not in the loaded model (typed before a reload): [Customer].[Initech]")
                && shown.contains("measures allowed: [Measures].[Amount]"), shown);
        done(admin("datarights", "update", "Years and customers", "--model", "sales", "--below", "[Customer]", "--dimension", "[Date]"), "saved");
        assertTrue(admin("datarights", "show", "Years and customers").out().contains("[Customer]: [Customer].[ACME], [Customer].[Initech] and everything below"));

        done(admin("datarights", "update", "Years and customers", "--holder", "group:Counter", "--model", "Sales", "--measure", "[Measures].[Amount]"),
                "The data right \u201cYears and customers\u201d already gives that: nothing changed.");
        done(admin("datarights", "update", "Years and customers", "--model", "Stock", "--measure", "[Measures].[Units]"), "saved");
        assertEquals("Sales,Stock", admin("datarights", "list", "--format", "tsv").out().lines().skip(1).findFirst().orElseThrow().split("\t")[4]);
        assertEquals(1, JsonOutput.array(admin("datarights", "list", "--model", "Stock", "--format", "json")).size());
        done(admin("datarights", "update", "Years and customers", "--model", "Stock", "--remove-model"), "saved");
        assertEquals(0, JsonOutput.array(admin("datarights", "list", "--model", "Stock", "--format", "json")).size());
        assertEquals(5, journaled().size(), "created, four saves; the update that changed nothing is not journaled: " + journaled());

        done(admin("datarights", "delete", "Years and customers"), "Data right \u201cYears and customers\u201d deleted");
        assertEquals("(none)\n", admin("datarights", "list").out());
        assertTrue(journaled().get(5).contains("change=deleted"), journaled().toString());
    }

    @Test
    void badInputIsRefusedWithWhatToDoAndNothingIsSaved() throws Exception {
        done(createYears(), "created");
        refused(admin("datarights", "create", "Other", "--measure", "[Measures].[Amount]"), ExitCode.USAGE,
                "--measure, --deny-measure, --dimension, --deny-dimension, --member, --below and --remove-model need --model MODEL");
        refused(admin("datarights", "create", "Other", "--model", "Sales", "--measure", "[Measures].[Amount]", "--deny-measure", "[Measures].[Amount]"),
                ExitCode.USAGE, "The measure [Measures].[Amount] is both in --measure and in --deny-measure: give it once.");
        refused(admin("datarights", "create", "Other", "--model", "Sales", "--dimension", "[Date]", "--member", "[Date]=[Date].[2006]"), ExitCode.USAGE,
                "The dimension [Date] is named by more than one of --dimension");
        refused(admin("datarights", "create", "Other", "--model", "Sales", "--member", "[Date].[2006]"), ExitCode.USAGE,
                "--member takes DIMENSION=MEMBER, both unique names, such as [Date]=[Date].[2026]: not \u201c[Date].[2006]\u201d.");
        refused(admin("datarights", "update", "Years", "--model", "Sales", "--remove-model", "--measure", "[Measures].[Amount]"), ExitCode.USAGE,
                "--remove-model takes the whole model out of the data right");
        refused(admin("datarights", "update", "Years"), ExitCode.USAGE, "datarights update needs something to change");
        refused(admin("datarights", "create", "Other", "--holder", "clerk", "--remove-holder", "clerk"), ExitCode.USAGE, "Unknown option \u201c--remove-holder\u201d");
        refused(admin("datarights", "update", "Years", "--holder", "clerk", "--remove-holder", "Clerk"), ExitCode.USAGE,
                "clerk is given both to --holder and to --remove-holder");

        refused(admin("datarights", "create", "Other", "--model", "Purchases"), ExitCode.REFUSED,
                "There is no data model called \"Purchases\". Data models: Sales, Stock.");
        refused(admin("datarights", "create", "Other", "--model", "Sales", "--measure", "[Measures].[Cost]"), ExitCode.REFUSED,
                "The data model \u201cSales\u201d has no measure [Measures].[Cost]. Its measures: [Measures].[Amount], [Measures].[Margin].");
        refused(admin("datarights", "create", "Other", "--model", "Sales", "--deny-dimension", "[Region]"), ExitCode.REFUSED,
                "The data model \u201cSales\u201d has no dimension [Region]. Its dimensions: [Date], [Customer].");
        refused(admin("datarights", "create", "Other", "--model", "Sales", "--member", "[Date]=[Date].[2008]"), ExitCode.REFUSED,
                "[Date].[2008] is not a member of [Date] in the loaded model; nothing was changed. Check its unique name, or add --typed");
        refused(admin("datarights", "create", "Other", "--model", "Sales", "--below", "[Date]"), ExitCode.REFUSED,
                "--below [Date] needs members for the dimension: give them with --member [Date]=MEMBER");
        refused(admin("datarights", "create", "Other", "--holder", "Cashier"), ExitCode.REFUSED, "\u201cCashier\u201d is a role");
        refused(admin("datarights", "create", "Other", "--holder", "zoe"), ExitCode.REFUSED, "There is no user or group called \u201czoe\u201d.");
        refused(admin("datarights", "create", "years"), ExitCode.REFUSED, "Another data right is already called \"years\". Choose another name.");
        refused(admin("datarights", "update", "Years", "--remove-holder", "clerk"), ExitCode.REFUSED,
                "clerk does not hold the data right \u201cYears\u201d; nothing was changed. Its holders: Counter (group), admin.");
        refused(admin("datarights", "update", "Years", "--model", "Stock", "--remove-model"), ExitCode.REFUSED,
                "The data right \u201cYears\u201d gives nothing of the model \u201cStock\u201d");
        refused(admin("datarights", "show", "Months"), ExitCode.REFUSED, "There is no data right with the id or name \u201cMonths\u201d. Data rights: Years");
        refused(admin("datarights", "delete", "Months"), ExitCode.REFUSED, "There is no data right with the id or name \u201cMonths\u201d.");
        refused(admin("datarights", "list", "--model", "Purchases"), ExitCode.REFUSED, "There is no data model called \"Purchases\".");
        refused(admin("datarights", "show", "Years", "--format", "tsv"), ExitCode.USAGE, "--format takes text, json");
        assertEquals(1, journaled().size(), "only the creation: " + journaled());
        assertEquals(1, JsonOutput.array(admin("datarights", "list", "--format", "json")).size());
    }

    @Test
    void onlyAdministratorsOfDataRightsOrSecurityListOrChangeThem() throws Exception {
        done(createYears(), "created");
        for (String[] args : new String[][] { { "datarights", "list" }, { "datarights", "show", "Years" },
                { "datarights", "create", "Mine", "--holder", "clerk" }, { "datarights", "update", "Years", "--holder", "clerk" },
                { "datarights", "delete", "Years" } }) {
            Run refused = installation.asClerk(args);
            refused(refused, ExitCode.REFUSED, "You may not see data rights: that needs the right \"Administer data rights\".");
        }
        assertEquals(1, journaled().size());
        JsonArray rights = JsonOutput.array(admin("datarights", "list", "--format", "json"));
        assertEquals(List.of("Counter"), JsonOutput.strings(rights.get(0).getAsJsonObject().get("groups")), "the clerk changed nothing");
    }
}
