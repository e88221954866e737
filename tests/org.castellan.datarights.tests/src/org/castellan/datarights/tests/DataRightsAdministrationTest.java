package org.castellan.datarights.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.DataRightsSettings;
import org.castellan.datarights.internal.DataRightsAccessImpl;
import org.castellan.datarights.internal.DataRightsAdministrationImpl;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Installation;
import org.castellan.model.Folder;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Report;
import org.castellan.model.RepositoryObject;
import org.castellan.datarights.ObjectPermissions;
import org.castellan.model.ObjectPermission;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.SecurityRules;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.test.support.ModelParts;
import org.castellan.test.support.SettableClock;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administration service on a real installation: who may change data rights, and the multi-source lock. */
class DataRightsAdministrationTest {

    private static final CastellanFactory F = CastellanFactory.eINSTANCE;

    @TempDir
    Path folder;
    private CastellanStore store;
    private DataRightsAdministrationImpl administration;
    private AuthenticatedUser admin;

    @BeforeEach
    void installation() throws Exception {
        store = CastellanStore.create(folder.resolve("inst"), NewInstallation.unencrypted("inst"));
        AccountServiceImpl accounts = new AccountServiceImpl(store, new ExtensionRightsCatalog(RegistryFactory.getRegistry()),
                PasswordHashing.OWASP_MINIMUM, Clock.systemUTC());
        admin = accounts.createFirstAdministrator("admin", null, "Pharma-2026x".toCharArray());
        administration = new DataRightsAdministrationImpl(store, Clock.systemUTC());
        store.inTransaction(tx -> {
            Installation model = store.model().load(tx);
            for (String name : List.of("Sales", "Stock")) {
                DataModel dataModel = ModelParts.dataModel(name);
                dataModel.getMeasures().add(ModelParts.measure("[Measures].[Amount]", null));
                dataModel.getDimensions().add(ModelParts.dimension("[Customer]", null, ModelParts.member("[Customer].[ACME]", null)));
                model.getDataModels().add(dataModel);
                store.model().insert(tx, dataModel);
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Stores a new folder named {@code name}, holding {@code children}, among the installation's objects; returns its id. */
    private String storedFolder(String name, RepositoryObject... children) throws StoreException {
        return store.inTransaction(tx -> {
            Installation model = store.model().load(tx);
            Folder folder = F.createFolder();
            folder.setName(name);
            folder.getChildren().addAll(List.of(children));
            model.getObjects().add(folder);
            store.model().insert(tx, folder);
            return folder.getId();
        });
    }

    private DataModel model(Installation installation, String name) {
        return installation.getDataModels().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    private DataRight newRight(Installation installation, String name, String... models) {
        DataRight right = F.createDataRight();
        right.setName(name);
        right.getHolders().add(installation.getUsers().get(0));
        for (String modelName : models) {
            DataModelGrant grant = F.createDataModelGrant();
            grant.setModel(model(installation, modelName));
            right.getModelGrants().add(grant);
        }
        return right;
    }

    /** Each right's name, holders and its grants' models with their measures and dimensions, as text to compare. */
    private static List<String> described(List<DataRight> rights) {
        return rights.stream().map(right -> right.getName() + " held by " + right.getHolders().stream().map(h -> h.getId()).toList() + " on "
                + right.getModelGrants().stream().map(g -> g.getModel().getName() + " " + g.getMeasureGrants().size() + " measures, "
                        + g.getDimensionGrants().stream().map(d -> d.getMemberUniqueNames().toString()).toList())
                        .toList())
                .toList();
    }

    @Test
    void onlyAdministratorsChangeDataRightsAndNothingIsSavedOnRefusal() throws Exception {
        Installation installation = store.model().load();
        AuthenticatedUser stranger = new AuthenticatedUser("not-a-user", "mallory", null, 0);
        DataRightsException e = assertThrows(DataRightsException.class, () -> administration.create(stranger, newRight(installation, "R", "Sales")));
        assertTrue(e.getMessage().contains("Administer data rights"), e.getMessage());
        assertEquals(0, store.model().load().getDataRights().size());
        assertEquals(Map.of(), administration.lockedModels());

        String id = administration.create(admin, newRight(store.model().load(), "Northern sales", "Sales"));
        Installation stored = store.model().load();
        assertEquals(List.of("Northern sales"), stored.getDataRights().stream().map(DataRight::getName).toList());
        assertEquals(id, stored.getDataRights().get(0).getId());
        assertEquals("Sales", stored.getDataRights().get(0).getModelGrants().get(0).getModel().getName());
        DataRightsException taken = assertThrows(DataRightsException.class,
                () -> administration.create(admin, newRight(store.model().load(), "northern SALES", "Stock")));
        assertTrue(taken.getMessage().contains("Choose another name"), taken.getMessage());
        assertEquals(1, store.model().load().getDataRights().size(), "the refused right was not half-saved");
    }

    @Test
    void onlyAdministratorsReadDataRightsThroughTheService() throws Exception {
        String first = administration.create(admin, newRight(store.model().load(), "Northern sales", "Sales"));
        String second = administration.create(admin, newRight(store.model().load(), "Stock keepers", "Stock"));
        AuthenticatedUser stranger = new AuthenticatedUser("not-a-user", "mallory", null, 0);
        DataRightsException refused = assertThrows(DataRightsException.class, () -> administration.dataRights(stranger));
        assertTrue(refused.getMessage().contains("Administer data rights"), refused.getMessage());
        assertThrows(DataRightsException.class, () -> administration.read(stranger));
        assertThrows(DataRightsException.class, () -> administration.read(null));

        assertEquals(List.of(first, second), administration.dataRights(admin).stream().map(DataRight::getId).toList());
        assertEquals(described(store.model().load().getDataRights()), described(administration.dataRights(admin)),
                "read as a part, the rights are the whole model's: holders and the models of their grants");
        Installation read = administration.read(admin);
        assertEquals(List.of("Sales", "Stock"), read.getDataModels().stream().map(DataModel::getName).toList());
        DataRight northern = read.getDataRights().get(0);
        assertEquals(read, northern.getModelGrants().get(0).getModel().eContainer(), "the grants refer to the models read with them");
        // A copy: edited, it changes nothing until saved through the service.
        northern.setName("Renamed, not saved");
        assertEquals("Northern sales", administration.dataRights(admin).get(0).getName());
    }

    @Test
    void aModelWithDataRightsIsRefusedInMultiSourceModelsUntilTheWholeRightIsDeleted() throws Exception {
        Installation installation = store.model().load();
        String salesId = model(installation, "Sales").getId();
        String stockId = model(installation, "Stock").getId();
        assertDoesNotThrow(() -> administration.checkMultiSourceComponents(List.of(salesId, stockId)));

        String id = administration.create(admin, newRight(installation, "Both", "Sales", "Stock"));
        DataRightsException refused = assertThrows(DataRightsException.class, () -> administration.checkMultiSourceComponents(List.of(salesId)));
        assertTrue(refused.getMessage().contains("- \"Sales\" (data right \"Both\")"), refused.getMessage());
        assertTrue(refused.getMessage().contains("removing the model from the data right is not enough"), refused.getMessage());

        // Removing the model from the right does not lift the lock.
        DataRight right = store.model().load().getDataRights().get(0);
        right.getModelGrants().removeIf(g -> g.getModel().getName().equals("Sales"));
        administration.save(admin, right);
        assertEquals(1, store.model().load().getDataRights().get(0).getModelGrants().size());
        assertThrows(DataRightsException.class, () -> administration.checkMultiSourceComponents(List.of(salesId)));
        assertEquals(Map.of(salesId, Set.of("Both"), stockId, Set.of("Both")), administration.lockedModels());

        // Deleting the whole authorisation does.
        administration.delete(admin, id);
        assertDoesNotThrow(() -> administration.checkMultiSourceComponents(List.of(salesId, stockId)));
        assertEquals(Map.of(), administration.lockedModels());
        assertTrue(store.model().load().getDataRights().isEmpty());
    }

    @FunctionalInterface
    private interface ChangeWork {
        void run(SecurityRules.Change change) throws Exception;
    }

    /** Runs the work within a change of the security model, as configuration as code does, and commits it. */
    private void inChange(ChangeWork work) throws Exception {
        try {
            store.inTransaction(tx -> {
                try {
                    SecurityRules.Change change = SecurityRules.beginChange(store, tx, admin);
                    work.run(change);
                    change.finish();
                } catch (SQLException | StoreException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e); // rolls the change back
                }
                return null;
            });
        } catch (IllegalStateException e) {
            throw (Exception) e.getCause();
        }
    }

    @Test
    void withinAnotherServicesChangeDataRightsAndPermissionsKeepTheirRulesLocksAndJournal() throws Exception {
        String stockId = model(store.model().load(), "Stock").getId();
        inChange(change -> administration.applyInChange(change, Map.of(), List.of(newRight(change.model(), "Northern sales", "Sales", "Stock")), List.of()));
        assertEquals(List.of("Northern sales"), store.model().load().getDataRights().stream().map(DataRight::getName).toList());
        assertEquals(Set.of("Northern sales"), administration.lockedModels().get(stockId));

        // saved without Stock: the model stays locked, as when the editor saves it
        inChange(change -> administration.applyInChange(change, Map.of(), List.of(newRight(change.model(), "Northern sales", "Sales")), List.of()));
        DataRight saved = store.model().load().getDataRights().get(0);
        assertEquals(List.of("Sales"), saved.getModelGrants().stream().map(g -> g.getModel().getName()).toList());
        assertEquals(Set.of("Northern sales"), administration.lockedModels().get(stockId));

        // a name differing only by letter case is refused, and the whole change with it
        DataRightsException taken = assertThrows(DataRightsException.class, () -> inChange(change -> administration.applyInChange(change, Map.of(),
                List.of(newRight(change.model(), "Southern sales", "Stock"), newRight(change.model(), "NORTHERN SALES", "Sales")), List.of())));
        assertTrue(taken.getMessage().contains("NORTHERN SALES") || taken.getMessage().contains("Northern sales"), taken.getMessage());
        assertEquals(1, store.model().load().getDataRights().size(), "Southern sales was not created either");

        // levels on an object, then the right deleted: its lock goes
        Folder reports = F.createFolder();
        reports.setName("Reports");
        store.inTransaction(tx -> {
            Installation model = store.model().load(tx);
            model.getObjects().add(reports);
            store.model().insert(tx, reports);
            return null;
        });
        inChange(change -> {
            ObjectPermission edit = F.createObjectPermission();
            edit.setPrincipal(change.model().getUsers().get(0));
            edit.setLevel(PermissionLevel.EDIT);
            administration.applyInChange(change, Map.of(change.model().getObjects().get(0), List.of(edit)), List.of(), List.of("Northern sales"));
        });
        Installation after = store.model().load();
        assertEquals(PermissionLevel.EDIT, after.getObjects().get(0).getPermissions().get(0).getLevel());
        assertTrue(after.getDataRights().isEmpty());
        assertEquals(Map.of(), administration.lockedModels());
    }

    private DataModel multiSource(Installation installation, String name, String... components) {
        DataModel combined = F.createDataModel();
        combined.setName(name);
        for (String component : components) {
            combined.getComponents().add(model(installation, component));
        }
        return combined;
    }

    @Test
    void theServiceRefusesAMultiSourceModelMadeOfAModelWithDataRightsUntilTheWholeRightIsDeleted() throws Exception {
        String id = administration.create(admin, newRight(store.model().load(), "Northern sales", "Sales"));
        DataRightsException refused = assertThrows(DataRightsException.class,
                () -> administration.saveModel(admin, multiSource(store.model().load(), "Sales and stock", "Sales", "Stock")));
        assertTrue(refused.getMessage().contains("- \"Sales\" (data right \"Northern sales\")"), refused.getMessage());
        assertFalse(refused.getMessage().contains("\"Stock\""), "only the locked model is named: " + refused.getMessage());
        assertEquals(2, store.model().load().getDataModels().size(), "nothing saved on refusal");

        // The right now covers Stock only: Sales stays locked, and Stock is locked too.
        Installation loaded = store.model().load();
        DataRight right = loaded.getDataRights().get(0);
        right.getModelGrants().get(0).setModel(model(loaded, "Stock"));
        administration.save(admin, right);
        refused = assertThrows(DataRightsException.class,
                () -> administration.saveModel(admin, multiSource(store.model().load(), "Sales and stock", "Sales", "Stock")));
        assertTrue(refused.getMessage().contains("\"Sales\"") && refused.getMessage().contains("\"Stock\""), refused.getMessage());

        administration.delete(admin, id);
        String combinedId = administration.saveModel(admin, multiSource(store.model().load(), "Sales and stock", "Sales", "Stock"));
        DataModel stored = model(store.model().load(), "Sales and stock");
        assertEquals(combinedId, stored.getId());
        assertEquals(List.of("Sales", "Stock"), stored.getComponents().stream().map(DataModel::getName).toList());

        // The other way round: a source of a multi-source model cannot be given data rights.
        DataRightsException source = assertThrows(DataRightsException.class,
                () -> administration.create(admin, newRight(store.model().load(), "Stock keepers", "Stock")));
        assertTrue(source.getMessage().contains("\"Stock\" is a source of the multi-source model \"Sales and stock\""), source.getMessage());
        assertTrue(store.model().load().getDataRights().isEmpty());
        assertEquals(Map.of(), administration.lockedModels(), "a refused right locks nothing");
        assertDoesNotThrow(() -> administration.create(admin, newRight(store.model().load(), "Combined", "Sales and stock")));
    }

    @Test
    void aModelIsDeletedOnlyOnceNoDataRightNorMultiSourceModelUsesItSoNoGrantIsLost() throws Exception {
        administration.create(admin, newRight(store.model().load(), "Northern sales", "Sales"));
        String salesId = model(store.model().load(), "Sales").getId();
        DataRightsException inRight = assertThrows(DataRightsException.class, () -> administration.deleteModel(admin, salesId));
        assertEquals("The data model \"Sales\" has grants in the data rights \"Northern sales\": deleting it would lose them. "
                + "Remove the model from these data rights (or delete them) first. Nothing was deleted.", inRight.getMessage());
        assertEquals(2, store.model().load().getDataModels().size());
        assertEquals("Sales", store.model().load().getDataRights().get(0).getModelGrants().get(0).getModel().getName(), "the grant is kept");

        administration.saveModel(admin, multiSource(store.model().load(), "Stock overview", "Stock"));
        String stockId = model(store.model().load(), "Stock").getId();
        DataRightsException source = assertThrows(DataRightsException.class, () -> administration.deleteModel(admin, stockId));
        assertTrue(source.getMessage().startsWith("The data model \"Stock\" is a source of the multi-source model(s) \"Stock overview\"."),
                source.getMessage());

        DataRight right = store.model().load().getDataRights().get(0);
        right.getModelGrants().clear();
        administration.save(admin, right);
        administration.deleteModel(admin, salesId);
        assertEquals(List.of("Stock", "Stock overview"), store.model().load().getDataModels().stream().map(DataModel::getName).sorted().toList());
        DataRightsException gone = assertThrows(DataRightsException.class, () -> administration.deleteModel(admin, salesId));
        assertTrue(gone.getMessage().contains("no longer exists"), gone.getMessage());
    }

    @Test
    void aMultiSourceModelCannotBeOneOfItsOwnSources() throws Exception {
        administration.saveModel(admin, multiSource(store.model().load(), "Combined", "Sales"));
        administration.saveModel(admin, multiSource(store.model().load(), "Wider", "Combined", "Stock"));
        Installation installation = store.model().load();
        DataModel combined = model(installation, "Combined");
        combined.getComponents().add(model(installation, "Wider"));
        DataRightsException e = assertThrows(DataRightsException.class, () -> administration.saveModel(admin, combined));
        assertTrue(e.getMessage().contains("Combined > Wider > Combined"), e.getMessage());
        assertEquals(List.of("Sales"), model(store.model().load(), "Combined").getComponents().stream().map(DataModel::getName).toList());
    }

    @Test
    void aParameterisedModelKeepsItsDefaultValuesAndOneWithoutADefaultIsRefused() throws Exception {
        Installation installation = store.model().load();
        DataModel sales = model(installation, "Sales");
        org.castellan.model.ModelParameter year = F.createModelParameter();
        year.setName("Year");
        year.setDefaultValue("2026");
        org.castellan.model.ModelParameter company = F.createModelParameter();
        company.setName("Company");
        sales.getParameters().add(year);
        sales.getParameters().add(company);
        DataRightsException e = assertThrows(DataRightsException.class, () -> administration.saveModel(admin, sales));
        assertTrue(e.getMessage().startsWith("The parameter \"Company\" of the data model \"Sales\" has no default value."), e.getMessage());
        assertTrue(model(store.model().load(), "Sales").getParameters().isEmpty(), "nothing saved on refusal");

        company.setDefaultValue("ACME");
        administration.saveModel(admin, sales);
        DataModel stored = model(store.model().load(), "Sales");
        assertEquals(Map.of("Year", "2026", "Company", "ACME"), org.castellan.datarights.DataModels.evaluationValues(stored));
        assertEquals(List.of("Year", "Company"), List.copyOf(org.castellan.datarights.DataModels.evaluationValues(stored).keySet()));
        assertThrows(DataRightsException.class, () -> administration.saveModel(new AuthenticatedUser("not-a-user", "mallory", null, 0),
                multiSource(store.model().load(), "Combined", "Stock")));
        assertEquals(2, store.model().load().getDataModels().size());
    }

    /** A journal that keeps what it is given, or fails every write when told to. */
    private static final class RecordingJournal implements org.castellan.store.ChangeJournal {
        final List<Map<String, Object>> entries = new java.util.ArrayList<>();
        final List<String> topics = new java.util.ArrayList<>();
        boolean failing;

        @Override
        public void record(org.castellan.store.Transaction tx, String topic, Map<String, ?> properties) throws org.castellan.store.StoreException {
            if (failing) {
                throw new org.castellan.store.StoreException(org.castellan.store.StoreException.Problem.DATABASE_ERROR, "journal disk full");
            }
            assertTrue(tx != null, "journaled in the change's transaction");
            topics.add(topic);
            entries.add(Map.copyOf(properties));
        }

        @Override
        public void rightsChanged(org.castellan.store.Transaction tx, String userId, String login, List<String> rightIds, boolean revoke) {
        }
    }

    @Test
    void everyChangeIsJournaledInItsTransactionWithReadableBeforeAndAfter() throws Exception {
        RecordingJournal journal = new RecordingJournal();
        store.journalTo(journal);
        Installation installation = store.model().load();
        DataRight right = newRight(installation, "Northern sales", "Sales");
        DataModelGrant grant = right.getModelGrants().get(0);
        org.castellan.model.DimensionGrant customers = F.createDimensionGrant();
        customers.setDimension(model(installation, "Sales").getDimensions().get(0));
        customers.setAllowed(true);
        customers.getMemberUniqueNames().add("[Customer].[ACME]");
        grant.getDimensionGrants().add(customers);
        String id = administration.create(admin, right);
        assertEquals(List.of(DataRightsAdministration.CHANGED_TOPIC), journal.topics);
        Map<String, Object> created = journal.entries.get(0);
        assertEquals("created", created.get("change"));
        assertEquals("admin", created.get("actor"));
        assertFalse(created.containsKey("before"));
        assertEquals("\"Northern sales\" held by admin; model \"Sales\": measures none; dimensions [Customer] limited to [Customer].[ACME]",
                created.get("after"));

        DataRight stored = store.model().load().getDataRights().get(0);
        org.castellan.model.MeasureGrant amount = F.createMeasureGrant();
        amount.setMeasure(stored.getModelGrants().get(0).getModel().getMeasures().get(0));
        amount.setAllowed(true);
        stored.getModelGrants().get(0).getMeasureGrants().add(amount);
        administration.save(admin, stored);
        Map<String, Object> saved = journal.entries.get(1);
        assertEquals(created.get("after"), saved.get("before"));
        assertTrue(((String) saved.get("after")).contains("measures [Measures].[Amount]; dimensions"), (String) saved.get("after"));

        // A journal that cannot be written fails the change: nothing is saved unjournaled.
        journal.failing = true;
        DataRight again = store.model().load().getDataRights().get(0);
        again.setName("Renamed");
        DataRightsException e = assertThrows(DataRightsException.class, () -> administration.save(admin, again));
        assertTrue(e.getMessage().contains("journal disk full"), e.getMessage());
        assertEquals("Northern sales", store.model().load().getDataRights().get(0).getName());
        assertThrows(DataRightsException.class, () -> administration.delete(admin, id));
        assertEquals(1, store.model().load().getDataRights().size());
        journal.failing = false;

        administration.delete(admin, id);
        Map<String, Object> deleted = journal.entries.get(2);
        assertEquals("deleted", deleted.get("change"));
        assertEquals(saved.get("after"), deleted.get("before"));
        assertFalse(deleted.containsKey("after"));

        DataModel combined = F.createDataModel();
        combined.setName("Sales and stock");
        combined.getComponents().add(model(store.model().load(), "Sales"));
        org.castellan.model.ModelParameter year = F.createModelParameter();
        year.setName("Year");
        year.setDefaultValue("2026");
        combined.getParameters().add(year);
        administration.saveModel(admin, combined);
        assertEquals(DataRightsAdministration.MODEL_TOPIC, journal.topics.get(3));
        assertEquals("model \"Sales and stock\": parameters Year = 2026; sources Sales; 0 measures, 0 dimensions", journal.entries.get(3).get("after"));

        storedFolder("Finance");
        Installation mine = store.model().load();
        Folder finance = (Folder) mine.getObjects().get(0);
        finance.getPermissions().add(Models.permission(mine.getUsers().get(0), PermissionLevel.LIMITED));
        administration.savePermissions(admin, List.of(finance));
        Map<String, Object> permissions = journal.entries.get(4);
        assertEquals(DataRightsAdministration.PERMISSIONS_TOPIC, journal.topics.get(4));
        assertEquals("\"Finance\": no rights of its own", permissions.get("before"));
        assertEquals("\"Finance\": admin Limited", permissions.get("after"));
        assertEquals(5, journal.entries.size());
    }

    @Test
    void folderPermissionsAreSavedInOneTransactionAndAConcurrentSaveIsRefused() throws Exception {
        Report balance = F.createReport();
        balance.setName("Balance");
        storedFolder("Finance", balance);
        Installation mine = store.model().load();
        Installation theirs = store.model().load();
        Folder folder = (Folder) mine.getObjects().get(0);
        folder.getPermissions().add(Models.permission(mine.getUsers().get(0), PermissionLevel.NO_ACCESS));
        RepositoryObject report = folder.getChildren().get(0);
        report.getPermissions().add(Models.permission(mine.getUsers().get(0), PermissionLevel.EDIT));
        assertThrows(DataRightsException.class,
                () -> administration.savePermissions(new AuthenticatedUser("not-a-user", "mallory", null, 0), List.of(folder, report)));
        assertTrue(((Folder) store.model().load().getObjects().get(0)).getPermissions().isEmpty(), "nothing saved on refusal");

        administration.savePermissions(admin, List.of(folder, report));
        ObjectPermissions stored = ObjectPermissions.compile(store.model().load());
        assertEquals(PermissionLevel.NO_ACCESS, stored.level(admin.id(), folder.getId()));
        assertEquals(PermissionLevel.EDIT, stored.level(admin.id(), report.getId()), "own rights decide under No access");

        Folder stale = (Folder) theirs.getObjects().get(0);
        stale.getPermissions().add(Models.permission(theirs.getUsers().get(0), PermissionLevel.PREVIEW));
        DataRightsException e = assertThrows(DataRightsException.class, () -> administration.savePermissions(admin, List.of(stale)));
        assertTrue(e.getMessage().startsWith("Another administrator saved this in the meantime"), e.getMessage());
        assertEquals(PermissionLevel.NO_ACCESS, ObjectPermissions.compile(store.model().load()).level(admin.id(), folder.getId()));
    }

    @Test
    void hostAnswersFollowAnotherWorkstationsChangeWithinASecond() throws Exception {
        SettableClock clock = SettableClock.utc("2026-11-22T08:00:00Z");
        String folderId = storedFolder("Finance");
        DataRightsAccessImpl access = new DataRightsAccessImpl(store, clock);
        assertEquals(PermissionLevel.NO_ACCESS, access.level(admin.id(), folderId));

        // Another workstation saves (its events never reach this one).
        Installation theirs = store.model().load();
        theirs.getObjects().get(0).getPermissions().add(Models.permission(theirs.getUsers().get(0), PermissionLevel.EDIT));
        administration.savePermissions(admin, List.of(theirs.getObjects().get(0)));
        assertEquals(PermissionLevel.NO_ACCESS, access.level(admin.id(), folderId), "the snapshot is kept for up to a second");
        clock.advance(Duration.ofMillis(1000));
        assertEquals(PermissionLevel.EDIT, access.level(admin.id(), folderId), "the moved revision recompiled it");
        assertEquals(List.of(), access.problems());
    }

    @Test
    void theEditorSettingIsOffUnlessTheInstallationFileTurnsItOn() throws Exception {
        Path inst = folder.resolve("inst");
        assertFalse(DataRightsSettings.editorEnabled(inst), "hidden by default, as in BI Point");
        assertFalse(DataRightsSettings.editorEnabled(folder.resolve("missing")));
        Files.writeString(inst.resolve("installation.properties"), "\ndatarights.editor.enabled = true\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(DataRightsSettings.editorEnabled(inst));
    }
}
