package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.ADMIN;
import static org.castellan.cli.tests.CliInstallation.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Folder;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.MeasureGrant;
import org.castellan.model.ObjectPermission;
import org.castellan.model.PermissionLevel;
import org.castellan.model.RepositoryObject;
import org.castellan.model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** {@code castellan datarights effective|filter} on a real installation, answered by the data-rights service. */
class DataRightsCommandTest {

    private static final CastellanFactory F = CastellanFactory.eINSTANCE;

    @TempDir
    Path dir;

    private CliInstallation installation;

    @BeforeEach
    void installation() throws Exception {
        installation = new CliInstallation(dir.resolve("installation"));
    }

    private void store(java.util.function.BiFunction<Installation, User, List<? extends org.castellan.model.Entity>> work) throws Exception {
        HostObjects.store(installation, work);
    }

    private static void grant(RepositoryObject object, User user, PermissionLevel level) {
        ObjectPermission permission = F.createObjectPermission();
        permission.setPrincipal(user);
        permission.setLevel(level);
        object.getPermissions().add(permission);
    }

    @Test
    void effectiveGivesTheLevelAndWhyForAPathOfNames() throws Exception {
        store((model, admin) -> {
            Folder board = HostObjects.folder("Board");
            grant(board, admin, PermissionLevel.NO_ACCESS);
            Folder minutes = HostObjects.folder("Minutes");
            grant(minutes, admin, PermissionLevel.LIMITED);
            minutes.getChildren().add(HostObjects.folder("Draft"));
            board.getChildren().add(minutes);
            model.getObjects().add(board);
            return List.of(board);
        });
        Run draft = installation.asAdmin("datarights", "effective", ADMIN, "Board/Minutes/Draft");
        assertEquals(ExitCode.DONE, draft.exitCode(), draft.toString());
        assertTrue(draft.out().startsWith("Limited on \"Draft\": it has no rights of its own for this user or his groups, so they come from the nearest folder above that has some, \"Minutes\"."),
                draft.toString());
        Run board = installation.asAdmin("datarights", "effective", ADMIN, "Board");
        assertTrue(board.out().startsWith("No access on \"Board\""), board.toString());
        JsonObject json = JsonOutput.object(installation.asAdmin("datarights", "effective", ADMIN, "Board/Minutes/Draft", "--format", "json"));
        JsonOutput.fields(json, "user", "object", "path", "level", "decidedBy", "deciding", "noAccessWinner", "overridden");
        assertEquals(List.of("Board", "Minutes", "Draft"), JsonOutput.strings(json.get("path")));
        assertEquals("Minutes", json.get("decidedBy").getAsString());
        JsonObject deciding = json.getAsJsonArray("deciding").get(0).getAsJsonObject();
        JsonOutput.fields(deciding, "level", "object", "principal", "throughGroup");
        JsonOutput.isTrue(deciding, "throughGroup", false);
        assertEquals(json.get("level").getAsString(), deciding.get("level").getAsString());
        JsonOutput.isNull(json, "noAccessWinner");
        assertEquals("Board", json.getAsJsonArray("overridden").get(0).getAsJsonObject().get("object").getAsString(),
                "the No access on Board is overridden by the grant on Minutes");

        Run unknown = installation.asAdmin("datarights", "effective", ADMIN, "Board/Drafts");
        assertEquals(ExitCode.REFUSED, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("There is no folder or report \"Drafts\" in Board. Names there: Minutes."), unknown.toString());
        Run nobody = installation.asAdmin("datarights", "effective", "zoe", "Board");
        assertEquals(ExitCode.REFUSED, nobody.exitCode(), nobody.toString());
        assertTrue(nobody.err().contains("There is no user with the login zoe"), nobody.toString());
        Run missing = installation.asAdmin("datarights", "effective", ADMIN);
        assertEquals(ExitCode.USAGE, missing.exitCode(), missing.toString());

        // Someone who may not administer data rights is refused: the answers show what everyone may see.
        Run paul = installation.run(ScriptedTerminal.stdin(PASSWORD, "Counter-2026y"), "user", "add", "paul", "--as", ADMIN, "--password-stdin");
        assertEquals(ExitCode.DONE, paul.exitCode(), paul.toString());
        Run refused = installation.run(ScriptedTerminal.stdin("Counter-2026y"), "datarights", "effective", "paul", "Board", "--as", "paul",
                "--password-stdin");
        assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("Administer data rights"), refused.toString());
    }

    @Test
    void filterPrintsLeastPrivilegeAcrossRolesAndItsSqlPredicate() throws Exception {
        store((model, admin) -> {
            DataModel sales = HostObjects.sales();
            Dimension date = sales.getDimensions().get(0);
            Dimension customer = sales.getDimensions().get(1);
            model.getDataModels().add(sales);
            // 2006 and everything below, every customer, Amount; and: every date, ACME and Initech (typed), Amount and Margin.
            DataRight first = right("Years", admin, sales, List.of("[Measures].[Amount]"));
            dimension(first, date, true, "[Date].[2006]");
            dimension(first, customer, false);
            DataRight second = right("Customers", admin, sales, List.of("[Measures].[Amount]", "[Measures].[Margin]"));
            dimension(second, date, false);
            dimension(second, customer, false, "[Customer].[ACME]", "[Customer].[Initech]");
            model.getDataRights().addAll(List.of(first, second));
            return List.of(sales, first, second);
        });
        Run filter = installation.asAdmin("datarights", "filter", ADMIN, "Sales");
        assertEquals(ExitCode.DONE, filter.exitCode(), filter.toString());
        assertEquals(String.join("\n", "measures\t[Measures].[Amount]",
                "[Customer]\tonly [Customer].[ACME], [Customer].[Initech]; not in the loaded model (typed before a reload): [Customer].[Initech]",
                "[Date]\t[Date].[2006] and everything below", ""), filter.out());

        Path schema = dir.resolve("star.properties");
        Files.writeString(schema, "[Date] = d.year_name, d.month_name\n[Customer] = c.customer_name\n");
        Run sql = installation.asAdmin("datarights", "filter", ADMIN, "Sales", "--sql", schema.toString());
        assertEquals(ExitCode.DONE, sql.exitCode(), sql.toString());
        assertTrue(sql.out().endsWith("WHERE\tc.customer_name IN (?) AND d.year_name IN (?)\n1\t[Customer].[ACME]\n2\t[Date].[2006]\n"), sql.toString());
        JsonObject json = JsonOutput.object(installation.asAdmin("datarights", "filter", ADMIN, "Sales", "--sql", schema.toString(), "--format", "json"));
        JsonOutput.fields(json, "user", "model", "granted", "measures", "dimensions", "where", "parameters");
        JsonOutput.isTrue(json, "granted", true);
        assertEquals(List.of("[Measures].[Amount]"), JsonOutput.strings(json.get("measures")));
        JsonObject customer = json.getAsJsonObject("dimensions").getAsJsonObject("[Customer]");
        JsonOutput.fields(customer, "everything", "nothing", "subtrees", "members", "unknown");
        assertEquals(List.of("[Customer].[ACME]", "[Customer].[Initech]"), JsonOutput.strings(customer.get("members")));
        assertEquals(List.of("[Customer].[Initech]"), JsonOutput.strings(customer.get("unknown")));
        assertEquals(List.of("[Date].[2006]"), JsonOutput.strings(json.getAsJsonObject("dimensions").getAsJsonObject("[Date]").get("subtrees")));
        assertEquals("c.customer_name IN (?) AND d.year_name IN (?)", json.get("where").getAsString());
        assertEquals(List.of("[Customer].[ACME]", "[Date].[2006]"), JsonOutput.strings(json.get("parameters")));
        JsonOutput.isNull(JsonOutput.object(installation.asAdmin("datarights", "filter", ADMIN, "Sales", "--format", "json")), "where");

        Files.writeString(schema, "[Date] = d.year name\n");
        Run bad = installation.asAdmin("datarights", "filter", ADMIN, "Sales", "--sql", schema.toString());
        assertEquals(ExitCode.REFUSED, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("cannot be used"), bad.toString());
        Run unknown = installation.asAdmin("datarights", "filter", ADMIN, "Stock");
        assertEquals(ExitCode.REFUSED, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("There is no data model called \"Stock\". Data models: Sales."), unknown.toString());
    }

    private static DataRight right(String name, User holder, DataModel model, List<String> measures) {
        DataRight right = F.createDataRight();
        right.setName(name);
        right.getHolders().add(holder);
        DataModelGrant grant = F.createDataModelGrant();
        grant.setModel(model);
        for (Measure measure : model.getMeasures()) {
            MeasureGrant measureGrant = F.createMeasureGrant();
            measureGrant.setMeasure(measure);
            measureGrant.setAllowed(measures.contains(measure.getUniqueName()));
            grant.getMeasureGrants().add(measureGrant);
        }
        right.getModelGrants().add(grant);
        return right;
    }

    private static void dimension(DataRight right, Dimension dimension, boolean eraser, String... members) {
        DimensionGrant grant = F.createDimensionGrant();
        grant.setDimension(dimension);
        grant.setAllowed(true);
        grant.setIncludeDescendants(eraser);
        grant.getMemberUniqueNames().addAll(List.of(members));
        right.getModelGrants().get(0).getDimensionGrants().add(grant);
    }
}
