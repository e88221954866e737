package org.castellan.cli.tests;

import static org.castellan.cli.tests.CliInstallation.ADMIN;
import static org.castellan.cli.tests.CliInstallation.PASSWORD;
import static org.castellan.cli.tests.CliInstallation.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.internal.ExpectedJson;
import org.castellan.cli.tests.CliInstallation.Run;
import org.castellan.datarights.DataRightsAccess;
import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsLookup;
import org.castellan.datarights.EffectiveDataRights;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.SqlPredicate;
import org.castellan.datarights.StarSchema;
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
import org.castellan.model.Principal;
import org.castellan.model.RepositoryObject;
import org.castellan.model.User;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code datarights filter} and {@code datarights effective}, which read only the part of the
 * model they name, against the whole model's answers on a random installation: users (one
 * disabled) in groups, two data models with members, data rights held by users and groups with
 * random grants (members typed before a reload among them), and a folder/report tree with levels
 * given to users and groups. For every user and model, the filter printed as JSON (with its SQL
 * predicate) is the one {@link EffectiveDataRights#compile(Installation)} gives on the whole model
 * with its members in memory; for every user and some paths, the explanation is the one the
 * data-rights service compiles from the whole model; and the text printed is the one printed when
 * the login is typed in another case (which the command looks up in the whole model, as before).
 * Seeded: the seed is printed on failure, {@code -Dcastellan.seed=N} replays it.
 */
class DataRightsQueriesPropertyTest {

    private static final CastellanFactory F = CastellanFactory.eINSTANCE;
    private static final String[] YEARS = { "2006", "2007", "2008" };
    private static final String[] CUSTOMERS = { "ACME", "Globex", "Initech" };
    private static final StarSchema SCHEMA = StarSchema.builder().dimension("[Date]", "d.year_name", "d.month_name")
            .dimension("[Customer]", "c.customer_name").build();

    @TempDir
    Path dir;

    @Test
    void answersFromThePartAreTheWholeModels() throws Exception {
        long seed = Long.getLong("castellan.seed", System.nanoTime());
        try {
            check(new Random(seed));
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("seed " + seed + " (-Dcastellan.seed=" + seed + " replays it): " + e.getMessage(), e);
        }
    }

    private void check(Random random) throws Exception {
        CliInstallation installation = new CliInstallation(dir.resolve("installation"));
        List<String> logins = new ArrayList<>(List.of(ADMIN));
        for (int u = 0; u < 3; u++) {
            installation.addUser("user" + u, "Counter-2026y");
            logins.add("user" + u);
        }
        for (int g = 0; g < 2; g++) {
            done(installation.asAdmin("group", "create", "Group" + g), "Group" + g);
            for (String login : logins) {
                if (random.nextInt(3) == 0) {
                    done(installation.asAdmin("group", "add", "Group" + g, login), login);
                }
            }
        }
        done(installation.asAdmin("user", "disable", logins.get(1 + random.nextInt(3))), "");
        HostObjects.models(installation, model("Sales"), model("Stock"));
        List<String> paths = new ArrayList<>();
        HostObjects.store(installation, (model, admin) -> {
            List<Principal> principals = new ArrayList<>(model.getUsers());
            principals.addAll(model.getGroups());
            List<org.castellan.model.Entity> added = new ArrayList<>();
            for (int r = 0; r < 6; r++) {
                DataRight right = right("Right " + r, model, principals, random);
                model.getDataRights().add(right);
                added.add(right);
            }
            for (String top : List.of("Board", "Sales")) {
                Folder folder = tree(top, 0, principals, random, top, paths);
                model.getObjects().add(folder);
                added.add(folder);
            }
            return added;
        });
        Path schemaFile = dir.resolve("star.properties");
        Files.writeString(schemaFile, "[Date] = d.year_name, d.month_name\n[Customer] = c.customer_name\n");

        Installation whole = installation.with(services -> services.get(DataRightsAdministration.class).read(admin(services)));
        EffectiveDataRights rights = EffectiveDataRights.compile(whole);
        for (User user : whole.getUsers()) {
            for (DataModel dataModel : whole.getDataModels()) {
                ModelFilter filter = rights.filter(user.getId(), dataModel.getId());
                String expected = ExpectedJson.filter(user.getLogin(), dataModel.getName(), filter, Optional.of(SqlPredicate.of(filter, SCHEMA)));
                Run json = installation.asAdmin("datarights", "filter", user.getLogin(), dataModel.getName(), "--sql", schemaFile.toString(), "--format",
                        "json");
                assertEquals(ExitCode.DONE, json.exitCode(), json.toString());
                assertEquals(expected, json.out(), user.getLogin() + " on " + dataModel.getName());
            }
            sameText(installation, "filter", user.getLogin(), whole.getDataModels().get(random.nextInt(2)).getName(), "--sql", schemaFile.toString());
            for (int p = 0; p < 2; p++) {
                String path = paths.get(random.nextInt(paths.size()));
                RepositoryObject object = object(whole, path);
                String expected = installation.with(services -> ExpectedJson.explanation(user.getLogin(), path,
                        services.get(DataRightsAccess.class).explain(user.getId(), object.getId())));
                Run json = installation.asAdmin("datarights", "effective", user.getLogin(), path, "--format", "json");
                assertEquals(ExitCode.DONE, json.exitCode(), json.toString());
                assertEquals(expected, json.out(), user.getLogin() + " on " + path);
            }
            sameText(installation, "effective", user.getLogin(), paths.get(random.nextInt(paths.size())));
        }
        // The commands above answered from the part: what the lookup reads for each name typed exactly.
        for (User user : whole.getUsers()) {
            Installation part = installation.with(services -> services.get(DataRightsLookup.class).part(admin(services), user.getLogin(), List.of("Stock"),
                    List.of("Board")));
            assertEquals(List.of(user.getId()), part.getUsers().stream().map(User::getId).toList(), user.getLogin());
            assertEquals(List.of("Stock"), part.getDataModels().stream().map(DataModel::getName).toList());
            assertEquals(List.of("Board"), part.getObjects().stream().map(RepositoryObject::getName).toList());
            assertEquals(List.of(), installation.with(services -> services.get(DataRightsLookup.class).part(admin(services), user.getLogin().toUpperCase(Locale.ROOT),
                    List.of("stock"), List.of())).getUsers(), "a login in another case is left to the whole model");
        }
        // Names not found by the indexes are told as before, from the whole model.
        Run unknown = installation.asAdmin("datarights", "filter", ADMIN, "Orders");
        assertEquals(ExitCode.REFUSED, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("There is no data model called \"Orders\". Data models: Sales, Stock."), unknown.toString());
        Run noTop = installation.asAdmin("datarights", "effective", ADMIN, "Minutes/Draft");
        assertEquals(ExitCode.REFUSED, noTop.exitCode(), noTop.toString());
        Run noUser = installation.asAdmin("datarights", "filter", "zoe", "Sales");
        assertEquals(ExitCode.REFUSED, noUser.exitCode(), noUser.toString());
    }

    /** The text printed for the login as typed (the part) is the one printed for it in upper case (the whole model). */
    private static void sameText(CliInstallation installation, String command, String login, String... rest) {
        List<String> typed = new ArrayList<>(List.of("datarights", command, login));
        typed.addAll(List.of(rest));
        List<String> upper = new ArrayList<>(typed);
        upper.set(2, login.toUpperCase(Locale.ROOT));
        Run part = installation.asAdmin(typed.toArray(String[]::new));
        Run whole = installation.asAdmin(upper.toArray(String[]::new));
        assertEquals(ExitCode.DONE, part.exitCode(), part.toString());
        assertEquals(whole.toString(), part.toString(), String.join(" ", typed));
    }

    private static AuthenticatedUser admin(CliInstallation.Services services) throws Exception {
        return services.get(AccountService.class).authenticate(ADMIN, PASSWORD.toCharArray());
    }

    /** Measures Amount and Margin; [Date]: three years with two months each; [Customer]: three customers. */
    private static DataModel model(String name) {
        DataModel model = HostObjects.model(name, "Amount", "Margin");
        Dimension date = HostObjects.dimension("[Date]", "Date");
        for (String year : YEARS) {
            org.castellan.model.Member y = HostObjects.member("[Date].[" + year + "]");
            y.getChildren().add(HostObjects.member("[Date].[" + year + "].[01]"));
            y.getChildren().add(HostObjects.member("[Date].[" + year + "].[02]"));
            date.getMembers().add(y);
        }
        Dimension customer = HostObjects.dimension("[Customer]", null);
        for (String name2 : CUSTOMERS) {
            customer.getMembers().add(HostObjects.member("[Customer].[" + name2 + "]"));
        }
        model.getDimensions().addAll(List.of(date, customer));
        return model;
    }

    private static DataRight right(String name, Installation model, List<Principal> principals, Random random) {
        DataRight right = F.createDataRight();
        right.setName(name);
        for (Principal principal : principals) {
            if (random.nextInt(3) == 0) {
                right.getHolders().add(principal);
            }
        }
        DataModel dataModel = model.getDataModels().get(random.nextInt(model.getDataModels().size()));
        DataModelGrant grant = F.createDataModelGrant();
        grant.setModel(dataModel);
        for (Measure measure : dataModel.getMeasures()) {
            if (random.nextBoolean()) {
                MeasureGrant measureGrant = F.createMeasureGrant();
                measureGrant.setMeasure(measure);
                measureGrant.setAllowed(random.nextInt(4) != 0);
                grant.getMeasureGrants().add(measureGrant);
            }
        }
        for (Dimension dimension : dataModel.getDimensions()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            DimensionGrant dimensionGrant = F.createDimensionGrant();
            dimensionGrant.setDimension(dimension);
            dimensionGrant.setAllowed(random.nextInt(5) != 0);
            dimensionGrant.setIncludeDescendants(random.nextBoolean());
            for (int m = random.nextInt(3); m > 0; m--) {
                dimensionGrant.getMemberUniqueNames().add(memberName(dimension.getUniqueName(), random));
            }
            grant.getDimensionGrants().add(dimensionGrant);
        }
        right.getModelGrants().add(grant);
        return right;
    }

    /** A member of the dimension, or now and then a name typed before a reload. */
    private static String memberName(String dimension, Random random) {
        if (random.nextInt(6) == 0) {
            return dimension + ".[Typed" + random.nextInt(3) + "]";
        }
        if (dimension.equals("[Customer]")) {
            return "[Customer].[" + CUSTOMERS[random.nextInt(CUSTOMERS.length)] + "]";
        }
        String year = "[Date].[" + YEARS[random.nextInt(YEARS.length)] + "]";
        return random.nextBoolean() ? year : year + ".[0" + (1 + random.nextInt(2)) + "]";
    }

    /** A folder with up to three children (folders down to depth 2, else reports), levels given now and then; every path noted. */
    private static Folder tree(String name, int depth, List<Principal> principals, Random random, String path, List<String> paths) {
        Folder folder = HostObjects.folder(name);
        paths.add(path);
        permissions(folder, principals, random);
        for (int c = 0; c < 1 + random.nextInt(3); c++) {
            String child = "Item " + c;
            if (depth < 2 && random.nextBoolean()) {
                folder.getChildren().add(tree(child, depth + 1, principals, random, path + "/" + child, paths));
            } else {
                RepositoryObject report = HostObjects.report(child);
                permissions(report, principals, random);
                folder.getChildren().add(report);
                paths.add(path + "/" + child);
            }
        }
        return folder;
    }

    private static void permissions(RepositoryObject object, List<Principal> principals, Random random) {
        for (Principal principal : principals) {
            if (random.nextInt(4) == 0) {
                ObjectPermission permission = F.createObjectPermission();
                permission.setPrincipal(principal);
                permission.setLevel(PermissionLevel.VALUES.get(random.nextInt(PermissionLevel.VALUES.size())));
                object.getPermissions().add(permission);
            }
        }
    }

    private static RepositoryObject object(Installation model, String path) {
        List<? extends RepositoryObject> level = model.getObjects();
        RepositoryObject found = null;
        for (String name : path.split("/")) {
            found = level.stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
            level = found instanceof Folder folder ? folder.getChildren() : List.of();
        }
        return found;
    }
}
