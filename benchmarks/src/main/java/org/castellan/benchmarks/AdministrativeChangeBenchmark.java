package org.castellan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.Workstation;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.internal.DataRightsAdministrationImpl;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.MeasureGrant;
import org.castellan.model.Right;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.RightsCatalog;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.GroupAdministrationImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.RoleAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One administrative change on the installation of {@link SecurityModelGenerator} (by default its
 * usual size, 10,000 users, 200 groups, 500 roles, 2,000 rights; {@code -p size=LARGE} for issue
 * 19's 100,000 users, 1,000 groups, 2,000 roles, 5,000 rights), through the services as the workbench and the command
 * line make it (rights checked, journaled, sealed): a user disabled or enabled again, a right
 * granted to a role or revoked again, a user added to a group or removed again; each also on the
 * whole model ({@code castellan.security.wholeModelChanges}), as every change was made before its
 * part was read, in the same run. Next to them the floor: the same user's row updated by one
 * plain JDBC statement in a transaction of the same store; and, for the role's right, the rows it
 * touches by plain indexed JDBC (the role's row, its grants and the right read, one grant row
 * inserted or deleted) and those rows with the rows of every user the role reaches (those holding
 * it directly or through a group, their memberships, groups, role assignments, roles and grants),
 * nothing checked, sealed or journaled. And a data right created or deleted again, and one changed
 * and saved (a model of one measure and one dimension). The goal for each change is 100 ms
 * whatever the installation's size.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 5)
public class AdministrativeChangeBenchmark {

    private static final char[] PASSWORD = "Bench-2026-admin".toCharArray();
    private static final String USER = "user4242";
    private static final String ROLE = "Role 42";
    private static final String WHOLE_MODEL = "castellan.security.wholeModelChanges";

    /** The installation, its administrator, and what each change flips. */
    @State(Scope.Thread)
    public static class Filled {
        /** {@code USUAL} or {@code LARGE}: a {@link SecurityModelGenerator} size. */
        @Param({ "USUAL" })
        public String size;
        Path folder;
        CastellanStore store;
        AuthenticatedUser admin;
        UserAdministrationImpl users;
        RoleAdministrationImpl roles;
        GroupAdministrationImpl groups;
        String rightNotInRole;
        String groupWithoutUser;
        boolean enabled = true;
        boolean granted;
        boolean member;
        DataRightsAdministrationImpl dataRights;
        DataModel sales;
        User dataRightHolder;
        /** A data right kept through the run, changed by each save. */
        DataRight savedRight;
        /** The data right the last creation made, until it is deleted again. */
        String createdRight;

        @Setup(Level.Trial)
        public void create() throws IOException, StoreException, AccountException, DataRightsException {
            folder = Files.createTempDirectory("castellan-bench-change");
            store = CastellanStore.create(folder.resolve("installation"), NewInstallation.unencrypted("bench"));
            new JournalService(store, new AllowAll(), Clock.systemUTC(), new Workstation("bench-1", "192.0.2.1", "bench", "0.1.0"));
            // the administrator first, with no right of the generated model declared yet; then the model, its rights included
            AccountService accounts = new AccountServiceImpl(store, ConfigApplyBenchmark.catalog(List.of()), PasswordHashing.OWASP_MINIMUM,
                    Clock.systemUTC());
            admin = accounts.createFirstAdministrator("admin", "Administrator", PASSWORD.clone());
            Installation generated = CastellanFactory.eINSTANCE.createInstallation();
            generated.setId(store.model().load().getId());
            ModelStoreBenchmark.save(store, new SecurityModelGenerator(
                    "LARGE".equals(size) ? SecurityModelGenerator.LARGE : SecurityModelGenerator.USUAL).populate(generated));
            RightsCatalog catalog = ConfigApplyBenchmark.catalog(ConfigApplyBenchmark.declared(generated));
            users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, Clock.systemUTC());
            roles = new RoleAdministrationImpl(store, catalog, Clock.systemUTC());
            groups = new GroupAdministrationImpl(store, Clock.systemUTC());
            List<String> inRole = store.model().load().getRoles().stream().filter(r -> r.getName().equals(ROLE)).findFirst().orElseThrow()
                    .getGrants().stream().map(g -> g.getRight().getRightId()).toList();
            rightNotInRole = generated.getRights().stream().map(Right::getRightId).filter(id -> !inRole.contains(id)).findFirst().orElseThrow();
            List<String> his = generated.getUsers().stream().filter(u -> u.getLogin().equals(USER)).findFirst().orElseThrow().getMemberships()
                    .stream().map(m -> m.getGroup().getName()).toList();
            groupWithoutUser = generated.getGroups().stream().map(Group::getName).filter(name -> !his.contains(name)).findFirst().orElseThrow();
            dataRights = new DataRightsAdministrationImpl(store, Clock.systemUTC());
            sales = MemberLoadBenchmark.salesModel();
            dataRights.saveModel(admin, sales);
            dataRightHolder = generated.getUsers().stream().filter(u -> u.getLogin().equals(USER)).findFirst().orElseThrow();
            savedRight = dataRight("Kept data right");
            dataRights.create(admin, savedRight);
        }

        /** A data right held by the user, giving the model's measure and a region of its customers. */
        DataRight dataRight(String name) {
            DataRight right = CastellanFactory.eINSTANCE.createDataRight();
            right.setName(name);
            right.getHolders().add(dataRightHolder);
            DataModelGrant grant = CastellanFactory.eINSTANCE.createDataModelGrant();
            grant.setModel(sales);
            MeasureGrant measure = CastellanFactory.eINSTANCE.createMeasureGrant();
            measure.setMeasure(sales.getMeasures().get(0));
            measure.setAllowed(true);
            grant.getMeasureGrants().add(measure);
            DimensionGrant region = CastellanFactory.eINSTANCE.createDimensionGrant();
            region.setDimension(sales.getDimensions().get(0));
            region.setAllowed(true);
            region.getMemberUniqueNames().add("[Customer].[Region 7]");
            region.setIncludeDescendants(true);
            grant.getDimensionGrants().add(region);
            right.getModelGrants().add(grant);
            return right;
        }

        @TearDown(Level.Trial)
        public void dispose() throws IOException {
            store.close();
            Folders.deleteTree(folder);
        }
    }

    @Benchmark
    public boolean disableOrEnableOneUser(Filled state) throws AccountException {
        state.enabled = !state.enabled;
        state.users.setEnabled(state.admin, USER, state.enabled);
        return state.enabled;
    }

    @Benchmark
    public boolean grantOrRevokeOneRight(Filled state) throws AccountException {
        state.granted = !state.granted;
        if (state.granted) {
            state.roles.grant(state.admin, ROLE, state.rightNotInRole);
        } else {
            state.roles.revoke(state.admin, ROLE, state.rightNotInRole);
        }
        return state.granted;
    }

    @Benchmark
    public boolean addOrRemoveOneMember(Filled state) throws AccountException {
        state.member = !state.member;
        if (state.member) {
            state.groups.addMember(state.admin, state.groupWithoutUser, USER);
        } else {
            state.groups.removeMember(state.admin, state.groupWithoutUser, USER);
        }
        return state.member;
    }

    /** A data right created, or deleted again: its name checked against the others' and the models' sources read, journaled, sealed. */
    @Benchmark
    public boolean createOrDeleteOneDataRight(Filled state) throws DataRightsException {
        if (state.createdRight == null) {
            state.createdRight = state.dataRights.create(state.admin, state.dataRight("Created data right"));
        } else {
            state.dataRights.delete(state.admin, state.createdRight);
            state.createdRight = null;
        }
        return state.createdRight != null;
    }

    /** A data right changed and saved: a region given or taken back. */
    @Benchmark
    public int changeOneDataRight(Filled state) throws DataRightsException {
        List<String> regions = state.savedRight.getModelGrants().get(0).getDimensionGrants().get(0).getMemberUniqueNames();
        if (regions.size() == 1) {
            regions.add("[Customer].[Region 8]");
        } else {
            regions.remove(1);
        }
        state.dataRights.save(state.admin, state.savedRight);
        return regions.size();
    }

    @Benchmark
    public boolean disableOrEnableOneUserWholeModel(Filled state) throws AccountException {
        return onWholeModel(() -> disableOrEnableOneUser(state));
    }

    @Benchmark
    public boolean grantOrRevokeOneRightWholeModel(Filled state) throws AccountException {
        return onWholeModel(() -> grantOrRevokeOneRight(state));
    }

    @Benchmark
    public boolean addOrRemoveOneMemberWholeModel(Filled state) throws AccountException {
        return onWholeModel(() -> addOrRemoveOneMember(state));
    }

    @FunctionalInterface
    private interface Change {
        boolean make() throws AccountException;
    }

    /** The change as it was made before changes read their part: on the whole model. */
    private static boolean onWholeModel(Change change) throws AccountException {
        System.setProperty(WHOLE_MODEL, "true");
        try {
            return change.make();
        } finally {
            System.clearProperty(WHOLE_MODEL);
        }
    }

    /** The floor: the user's row changed by one statement, nothing checked, journaled or sealed. */
    @Benchmark
    public int plainUpdateFloor(Filled state) throws StoreException {
        state.enabled = !state.enabled;
        return state.store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE users SET enabled = ? WHERE login = ?")) {
                ps.setBoolean(1, state.enabled);
                ps.setString(2, USER);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * The floor of the role's right: the rows the change reads and writes, by plain indexed JDBC in
     * one transaction (the role by its name, its grants, the right by its id; a grant row inserted
     * or deleted again), nothing checked, sealed or journaled.
     */
    @Benchmark
    public int plainRoleGrantFloor(Filled state) throws StoreException {
        state.granted = !state.granted;
        return state.store.inTransaction(tx -> RoleGrantFloor.grantOrRevoke(tx.connection(), ROLE, state.rightNotInRole, state.granted, false));
    }

    /**
     * The same, with the rows of every user the role reaches read too by plain indexed selects:
     * what the change reads to archive their rights.
     */
    @Benchmark
    public int plainRoleGrantWithHoldersFloor(Filled state) throws StoreException {
        state.granted = !state.granted;
        return state.store.inTransaction(tx -> RoleGrantFloor.grantOrRevoke(tx.connection(), ROLE, state.rightNotInRole, state.granted, true));
    }
}
