package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.done;
import static org.castellan.cli.tests.CliInstallation.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.datarights.DataRightsAdministration;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.ModelParameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code castellan model list|show|delete} on a real installation: the data models hosts register,
 * read and deleted through the data-rights service, which refuses to delete a model data rights or
 * multi-source models use.
 */
class ModelCommandsTest extends InstallationWithAClerk {

    /** Sales (2 measures, [Date] of 4 members, [Customer] of 2), Stock (1 measure), and Stock by year, made of Stock, with a parameter. */
    @BeforeEach
    void models() throws Exception {
        HostObjects.models(installation, HostObjects.sales(), HostObjects.model("Stock", "Units"));
        DataModel byYear = HostObjects.model("Stock by year");
        ModelParameter year = CastellanFactory.eINSTANCE.createModelParameter();
        year.setName("Year");
        year.setDefaultValue("2026");
        byYear.getParameters().add(year);
        byYear.getComponents().add(stored("Stock"));
        HostObjects.models(installation, byYear);
    }

    /** A registered model, to name as a source. */
    private DataModel stored(String name) throws Exception {
        return installation.with(services -> {
            try {
                return services.get(org.castellan.store.CastellanStore.class).model().load().getDataModels().stream()
                        .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
            } catch (org.castellan.store.StoreException e) {
                throw new AssertionError(e);
            }
        });
    }

    private List<String> journaled() throws Exception {
        return installation.journaled(DataRightsAdministration.MODEL_TOPIC);
    }

    @Test
    void listAndShowGiveMeasuresDimensionsAndMemberCounts() throws Exception {
        done(admin("datarights", "create", "Sales to clerks", "--holder", "clerk", "--model", "Sales", "--measure", "[Measures].[Amount]"),
                "Data right \u201cSales to clerks\u201d created");
        assertEquals("""
                NAME           MEASURES  DIMENSIONS  MEMBERS  DATA RIGHTS
                Sales          2         2           6        Sales to clerks
                Stock          1         0           0        -
                Stock by year  0         0           0        -
                """, admin("model", "list").out());
        assertEquals("""
                name\tmeasures\tdimensions\tmembers\tparameters\tsources\tdata_rights
                Sales\t2\t2\t6\t\t\tSales to clerks
                Stock\t1\t0\t0\t\t\t
                Stock by year\t0\t0\t0\tYear=2026\tStock\t
                """, admin("model", "list", "--format", "tsv").out());
        JsonArray models = JsonOutput.array(admin("model", "list", "--format", "json"));
        JsonObject sales = JsonOutput.find(models, "name", "Sales");
        JsonOutput.fields(sales, "name", "measures", "dimensions", "members", "parameters", "sources", "dataRights");
        JsonOutput.isNumber(sales, "members", 6);
        assertEquals(List.of("Stock"), JsonOutput.strings(JsonOutput.find(models, "name", "Stock by year").get("sources")));

        assertEquals("""
                Data model:                          Sales
                Description:                         -
                Parameters (default values):         -
                Made of the models:                  -
                Measures:                            [Measures].[Amount] (Amount)
                                                     [Measures].[Margin] (Margin)
                Dimensions:                          [Date] (Date): 4 members
                                                     [Customer]: 2 members
                Members in all:                      6
                Data rights on it:                   Sales to clerks
                Kept out of multi-source models by:  Sales to clerks
                """, admin("model", "show", "sales").out());
        Map<String, String> tsv = fields(admin("model", "show", "Sales", "--format", "tsv"));
        assertEquals("[Date]=4,[Customer]=2", tsv.get("dimensions"));
        assertEquals("[Measures].[Amount],[Measures].[Margin]", tsv.get("measures"));
        JsonObject show = JsonOutput.object(admin("model", "show", "Sales", "--format", "json"));
        JsonOutput.fields(show, "name", "description", "parameters", "sources", "measures", "dimensions", "members", "dataRights", "lockedBy");
        JsonObject date = show.getAsJsonArray("dimensions").get(0).getAsJsonObject();
        JsonOutput.fields(date, "dimension", "caption", "members");
        JsonOutput.isNumber(date, "members", 4);
        JsonOutput.isNull(show.getAsJsonArray("dimensions").get(1).getAsJsonObject(), "caption");
        assertEquals(List.of("Sales to clerks"), JsonOutput.strings(show.get("lockedBy")));
    }

    @Test
    void deleteIsRefusedWhileDataRightsOrMultiSourceModelsUseTheModel() throws Exception {
        done(admin("datarights", "create", "Sales to clerks", "--model", "Sales"), "created");
        Run inRights = admin("model", "delete", "Sales");
        assertEquals(ExitCode.REFUSED, inRights.exitCode(), inRights.toString());
        assertTrue(inRights.err().contains("The data model \"Sales\" has grants in the data rights \"Sales to clerks\": deleting it would lose them."),
                inRights.toString());
        Run source = admin("model", "delete", "stock");
        assertEquals(ExitCode.REFUSED, source.exitCode(), source.toString());
        assertTrue(source.err().contains("is a source of the multi-source model(s) \"Stock by year\""), source.toString());
        int registered = journaled().size();

        done(admin("model", "delete", "Stock by year"), "Data model \u201cStock by year\u201d deleted.");
        done(admin("model", "delete", "Stock"), "Data model \u201cStock\u201d deleted.");
        List<String> journal = journaled();
        assertEquals(registered + 2, journal.size(), "each deletion journaled, the refusals not: " + journal);
        assertTrue(journal.get(journal.size() - 1).contains("change=deleted") && journal.get(journal.size() - 1).contains("name=Stock"),
                journal.toString());
        assertEquals("Sales\n", admin("model", "list", "--format", "tsv").out().lines().skip(1).map(l -> l.split("\t")[0] + "\n")
                .reduce("", String::concat));
    }

    @Test
    void unknownModelsAndNonAdministratorsAreRefused() throws Exception {
        Run unknown = admin("model", "show", "Purchases");
        assertEquals(ExitCode.REFUSED, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("There is no data model called \"Purchases\". Data models: Sales, Stock, Stock by year."), unknown.toString());
        assertEquals(ExitCode.REFUSED, admin("model", "delete", "Purchases").exitCode());
        Run missing = admin("model", "show");
        assertEquals(ExitCode.USAGE, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("model show needs the data model's name."), missing.toString());
        for (String[] args : new String[][] { { "model", "list" }, { "model", "show", "Sales" }, { "model", "delete", "Stock" } }) {
            Run refused = installation.asClerk(args);
            assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("that needs the right \"Administer data rights\""), refused.toString());
        }
        assertEquals(3, admin("model", "list", "--format", "json").out().split("\"name\"").length - 1, "nothing deleted");
    }

    @Test
    void loadRegistersMembersWithAProgressLineAndARefusedFileRegistersNothing() throws Exception {
        java.nio.file.Path file = dir.resolve("customers.tsv");
        java.nio.file.Files.writeString(file, "# customers\n[Customer].[North]\t\tNorth\n[Customer].[ACME]\t[Customer].[North]\n[Customer].[Initech]\t[Customer].[North]\n");
        Run loaded = admin("model", "load", "Sales", "[Customer]", file.toString());
        done(loaded, "3 of 3 members written");
        assertTrue(loaded.err().contains("Members of [Customer] registered: 2 added, 1 changed, 1 flagged missing."), loaded.toString());
        assertTrue(admin("model", "show", "Sales").out().contains("[Customer]: 3 members"), "the reload's members, the missing ones left out");

        java.nio.file.Path bad = dir.resolve("bad.tsv");
        java.nio.file.Files.writeString(bad, "[Customer].[A]\n[Customer].[A]\n[Customer].[B]\t[Customer].[Nowhere]\n");
        Run refused = admin("model", "load", "Sales", "[Customer]", bad.toString(), "--add");
        CliInstallation.refused(refused, ExitCode.REFUSED, "The member file registers nothing: 2 problem(s)");
        assertTrue(refused.err().contains("Line 2: [Customer].[A] is already on line 1"), refused.toString());
        assertTrue(refused.err().contains("Line 3: the parent [Customer].[Nowhere] of [Customer].[B]"), refused.toString());
        assertTrue(admin("model", "show", "Sales").out().contains("[Customer]: 3 members"), "nothing registered");
        CliInstallation.refused(admin("model", "load", "Sales", "[Customer]", dir.resolve("none.tsv").toString()), ExitCode.REFUSED,
                "cannot be read");
        CliInstallation.refused(installation.asClerk("model", "load", "Sales", "[Customer]", file.toString()), ExitCode.REFUSED, "");
    }
}
