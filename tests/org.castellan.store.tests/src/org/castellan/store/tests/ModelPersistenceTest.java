package org.castellan.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Folder;
import org.castellan.model.Installation;
import org.castellan.model.Member;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.castellan.model.tests.fixtures.SampleInstallation;
import org.castellan.store.CastellanStore;
import org.castellan.store.MemberRow;
import org.castellan.store.internal.ModelMapping;
import org.castellan.store.internal.ModelMapping.CollectionTable;
import org.castellan.store.internal.ModelMapping.Column;
import org.castellan.store.internal.ModelMapping.Table;
import org.castellan.store.tests.support.Installations;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model written to Derby comes back equal, through a new boot and plain SQL alike. */
class ModelPersistenceTest {

    @TempDir
    Path dir;

    @Test
    void everyObjectAndReferenceSurvivesSaveAndReloadInANewBoot() throws Exception {
        Path folder = dir.resolve("pharmacy");
        Installation expected;
        try (CastellanStore store = CastellanStore.create(folder, org.castellan.store.NewInstallation.unencrypted("Pharmacie"))) {
            expected = EcoreUtil.copy(Installations.fill(store, SampleInstallation.pharmacy()));
        }
        Dimension time = expected.getDataModels().get(0).getDimensions().get(0);
        time.getMembers().clear(); // members are rows of their own (schema 16), never read with the model
        try (CastellanStore store = Installations.open(folder)) {
            Installation reloaded = store.model().load();
            assertTrue(EcoreUtil.equals(expected, reloaded), "the reloaded model equals the saved one");
            assertEquals(List.of(new MemberRow("[Time].[2026]", null, "2026", 0, false), new MemberRow("[Time].[2025]", null, "2025", 0, false),
                    new MemberRow("[Time].[2026].[03]", "[Time].[2026]", "March", 1, false),
                    new MemberRow("[Time].[2026].[03].[14]", "[Time].[2026].[03]", "14", 2, false)),
                    store.inTransaction(tx -> store.members().all(tx, time.getId())), "the dimension's members, as rows");
            assertEquals(3, reloaded.getUsers().size());
            Folder finance = (Folder) reloaded.getObjects().get(0);
            assertEquals("Margins", ((Folder) finance.getChildren().get(0)).getChildren().get(0).getName());
        }
    }

    @Test
    void tablesAnswerPlainSqlForReports() throws Exception {
        try (CastellanStore store = Installations.createWithSample(dir.resolve("sql"))) {
            List<String> rows = store.inTransaction(tx -> {
                List<String> result = new ArrayList<>();
                try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT u.login, r.name, ri.right_id FROM users u JOIN role_assignments ra ON ra.owner_id = u.id "
                                + "JOIN roles r ON r.id = ra.role_id JOIN right_grants g ON g.owner_id = r.id "
                                + "JOIN rights ri ON ri.id = g.right_id ORDER BY ri.right_id")) {
                    while (rs.next()) {
                        result.add(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3));
                    }
                }
                return result;
            });
            assertEquals(List.of("marie/Owner/org.castellan.example.billing", "marie/Owner/org.castellan.example.cash",
                    "marie/Owner/org.castellan.example.pricing"), rows);
        }
    }

    @Test
    void theMigratedSchemaHasEveryColumnTheMappingWrites() throws Exception {
        try (CastellanStore store = CastellanStore.create(dir.resolve("schema"), org.castellan.store.NewInstallation.unencrypted("S"))) {
            Set<String> missing = store.inTransaction(tx -> {
                DatabaseMetaData meta = tx.connection().getMetaData();
                Set<String> absent = new HashSet<>();
                for (Table table : ModelMapping.castellan().tablesInInsertOrder()) {
                    Set<String> columns = columns(meta, table.name());
                    List<String> expected = new ArrayList<>(List.of("id", "version"));
                    if (!table.isRoot()) {
                        expected.addAll(List.of("owner_id", "position"));
                    }
                    if (table.isShared()) {
                        expected.add("kind");
                    }
                    table.columns().stream().map(Column::name).forEach(expected::add);
                    expected.stream().filter(c -> !columns.contains(c)).forEach(c -> absent.add(table.name() + "." + c));
                }
                for (CollectionTable collection : ModelMapping.castellan().collectionTables().keySet()) {
                    Set<String> columns = columns(meta, collection.name());
                    for (String c : List.of("owner_id", "position", collection.isReference() ? "target_id" : "element")) {
                        if (!columns.contains(c)) {
                            absent.add(collection.name() + "." + c);
                        }
                    }
                }
                return absent;
            });
            assertEquals(Set.of(), missing);
        }
    }

    private static Set<String> columns(DatabaseMetaData meta, String table) throws java.sql.SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = meta.getColumns(null, null, table.toUpperCase(), null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase());
            }
        }
        return names;
    }

    @Test
    void updatesAddChangeAndRemoveContainedObjects() throws Exception {
        Path folder = dir.resolve("updates");
        Installation expected;
        String timeId;
        try (CastellanStore store = Installations.createWithSample(folder)) {
            Installation model = store.model().load();
            Role owner = model.getRoles().get(0);
            owner.setName("Owners");
            owner.getGrants().remove(1);
            owner.getGrants().add(SampleInstallation.grant(model.getRights().get(1)));
            store.model().update(owner);

            User paul = model.getUsers().get(1);
            paul.getMemberships().clear();
            paul.setAuthorizationLevel(5);
            store.model().update(paul);

            Folder finance = (Folder) model.getObjects().get(0);
            Folder monthly = (Folder) finance.getChildren().get(0);
            monthly.getChildren().get(0).setName("Gross margins");
            finance.getChildren().add(0, SampleInstallation.withId(org.castellan.model.CastellanFactory.eINSTANCE.createReport()));
            finance.getChildren().get(0).setName("Cash");
            store.model().update(finance);

            // A dimension saved with members in memory is reloaded from them: 2025 and March are no longer there.
            Dimension time = model.getDataModels().get(0).getDimensions().get(0);
            Member year = org.castellan.model.CastellanFactory.eINSTANCE.createMember();
            year.setUniqueName("[Time].[2026]");
            year.setCaption("2026");
            Member april = org.castellan.model.CastellanFactory.eINSTANCE.createMember();
            april.setUniqueName("[Time].[2026].[04]");
            year.getChildren().add(april);
            time.getMembers().add(year);
            store.model().update(model.getDataModels().get(0));
            time.getMembers().clear();
            timeId = time.getId();

            DimensionGrant grant = model.getDataRights().get(0).getModelGrants().get(0).getDimensionGrants().get(0);
            grant.getMemberUniqueNames().set(1, "[Time].[2028]");
            model.getDataRights().get(0).getHolders().move(0, 1);
            store.model().update(model.getDataRights().get(0));

            assertEquals(1L, owner.getVersion(), "the saved object's version moved on in memory");
            expected = EcoreUtil.copy(model);
        }
        try (CastellanStore store = Installations.open(folder)) {
            assertTrue(EcoreUtil.equals(expected, store.model().load()), "every update is stored as made");
            assertEquals(List.of(new MemberRow("[Time].[2026]", null, "2026", 0, false), new MemberRow("[Time].[2025]", null, "2025", 0, true),
                    new MemberRow("[Time].[2026].[03]", "[Time].[2026]", "March", 1, true), new MemberRow("[Time].[2026].[04]", "[Time].[2026]", null, 1, false),
                    new MemberRow("[Time].[2026].[03].[14]", "[Time].[2026].[03]", "14", 2, true)),
                    store.inTransaction(tx -> store.members().all(tx, timeId)), "members the reload lacks are flagged missing, kept");
        }
    }

    @Test
    void deletingARoleRemovesItsGrantsAndAssignmentsAndNothingElse() throws Exception {
        try (CastellanStore store = Installations.createWithSample(dir.resolve("delete"))) {
            Installation model = store.model().load();
            Role owner = model.getRoles().get(0);
            store.model().delete(owner);

            Installation reloaded = store.model().load();
            assertEquals(List.of("Assistant"), reloaded.getRoles().stream().map(Role::getName).toList());
            assertTrue(reloaded.getUsers().get(0).getRoleAssignments().isEmpty(), "marie's assignment of the deleted role is gone");
            assertEquals(3, reloaded.getRights().size(), "rights stay");
            long grants = store.inTransaction(tx -> {
                try (Statement st = tx.connection().createStatement();
                        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM right_grants WHERE owner_id = '" + owner.getId() + "'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(0, grants);
            assertFalse(reloaded.getGroups().get(0).getRoleAssignments().isEmpty(), "the group keeps its other role");
        }
    }
}
