package org.castellan.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.DimensionMembers;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.internal.DataRightsAccessImpl;
import org.castellan.datarights.internal.DataRightsAdministrationImpl;
import org.castellan.datarights.internal.DimensionMembersImpl;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.store.CastellanStore;
import org.castellan.store.MemberRows;
import org.castellan.store.NewInstallation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A customers dimension of 1,000,000 members (1,000 regions of 999 customers) registered from a
 * member file ({@code DimensionMembers.load}: the file read and checked, then JDBC batches),
 * next to its floor: a plain JDBC batch insert of the same rows into the same table of a fresh
 * installation in the same Derby, in one transaction, batches of the same size. And, on an
 * installation holding those members: creating one data right that selects members of it (the
 * target is 100 ms whatever the dimension's size), and a user's filter on it from cold right after
 * (with the creation, and alone).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
public class MemberLoadBenchmark {

    static final int REGIONS = 1_000;
    static final int PER_REGION = 999;
    static final String ADMIN = "admin";

    static String region(int r) {
        return "[Customer].[R" + r + "]";
    }

    static String customer(int r, int c) {
        return "[Customer].[R" + r + "].[C" + c + "]";
    }

    /** The member file, written once per run. */
    @State(Scope.Benchmark)
    public static class MemberFile {
        Path file;

        @Setup(Level.Trial)
        public void write() throws IOException {
            file = Files.createTempFile("castellan-members", ".tsv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("# 1,000 regions, 999 customers each\n");
                for (int r = 0; r < REGIONS; r++) {
                    out.write(region(r) + "\t\tRegion " + r + '\n');
                    for (int c = 0; c < PER_REGION; c++) {
                        out.write(customer(r, c) + '\t' + region(r) + "\tCustomer " + r + '-' + c + '\n');
                    }
                }
            }
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    /** A data model Sales of one measure, [Measures].[Amount], and one dimension, [Customer], as a host registers it. */
    static DataModel salesModel() {
        DataModel model = CastellanFactory.eINSTANCE.createDataModel();
        model.setName("Sales");
        Measure amount = CastellanFactory.eINSTANCE.createMeasure();
        amount.setUniqueName("[Measures].[Amount]");
        model.getMeasures().add(amount);
        Dimension customer = CastellanFactory.eINSTANCE.createDimension();
        customer.setUniqueName("[Customer]");
        model.getDimensions().add(customer);
        return model;
    }

    /** An installation with its administrator and a data model Sales with an empty dimension [Customer]. */
    public abstract static class Installed {
        Path folder;
        CastellanStore store;
        AuthenticatedUser admin;
        DataRightsAdministrationImpl administration;
        DimensionMembersImpl members;
        String salesId;
        String customerId;

        void install(String prefix) throws Exception {
            folder = Files.createTempDirectory(prefix);
            store = CastellanStore.create(folder.resolve("installation"), NewInstallation.unencrypted("bench"));
            AccountService accounts = new AccountServiceImpl(store, ConfigApplyBenchmark.catalog(List.of()), PasswordHashing.OWASP_MINIMUM, Clock.systemUTC());
            admin = accounts.createFirstAdministrator(ADMIN, "Administrator", "Bench-2026-pass".toCharArray());
            administration = new DataRightsAdministrationImpl(store, Clock.systemUTC());
            members = new DimensionMembersImpl(store, Clock.systemUTC());
            DataModel sales = salesModel();
            salesId = administration.saveModel(admin, sales);
            customerId = sales.getDimensions().get(0).getId();
        }

        DimensionMembers.Loaded load(Path file) throws IOException, DataRightsException {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return members.load(admin, salesId, "[Customer]", reader, DimensionMembers.Mode.RELOAD, DimensionMembers.Progress.NONE);
            }
        }

        void delete() throws IOException {
            store.close();
            Folders.deleteTree(folder);
        }
    }

    /** A fresh installation for each registration. */
    @State(Scope.Thread)
    public static class Fresh extends Installed {
        @Setup(Level.Iteration)
        public void create() throws Exception {
            install("castellan-bench-members");
        }

        @TearDown(Level.Iteration)
        public void dispose() throws IOException {
            delete();
        }
    }

    /** How many data rights the installation holds before the measured changes (the issue's installation has 50). */
    static final int DATA_RIGHTS = 50;

    /** An installation holding the million members and 50 data rights, for the data-right changes. */
    @State(Scope.Benchmark)
    public static class Loaded extends Installed {
        int created;

        @Setup(Level.Trial)
        public void create(MemberFile file) throws Exception {
            install("castellan-bench-members-loaded");
            load(file.file);
            for (int i = 0; i < DATA_RIGHTS; i++) {
                administration.create(admin, newRight(administration.readVocabulary(admin), created++));
            }
        }

        @TearDown(Level.Trial)
        public void dispose() throws IOException {
            delete();
        }
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int registerMillionMembers(MemberFile file, Fresh installation) throws Exception {
        DimensionMembers.Loaded loaded = installation.load(file.file);
        if (loaded.added() != REGIONS * (PER_REGION + 1)) {
            throw new IllegalStateException(loaded.added() + " members added");
        }
        return loaded.added();
    }

    /** The floor: the same rows, the same table, batches of the same size, one transaction; nothing read, checked or journaled. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int plainBatchInsertFloor(Fresh installation) throws Exception {
        return installation.store.inTransaction(tx -> {
            Connection c = tx.connection();
            int written = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO members (dimension_id, unique_name, parent_name, caption, depth, position, missing) "
                    + "VALUES (?, ?, ?, ?, ?, ?, FALSE)")) {
                for (int r = 0; r < REGIONS; r++) {
                    written = row(ps, installation.customerId, region(r), null, "Region " + r, 0, written);
                    for (int c2 = 0; c2 < PER_REGION; c2++) {
                        written = row(ps, installation.customerId, customer(r, c2), region(r), "Customer " + r + '-' + c2, 1, written);
                    }
                }
                if (written % MemberRows.BATCH != 0) {
                    ps.executeBatch();
                }
            }
            return written;
        });
    }

    private static int row(PreparedStatement ps, String dimensionId, String name, String parent, String caption, int depth, int written)
            throws java.sql.SQLException {
        ps.setString(1, dimensionId);
        ps.setString(2, name);
        if (parent == null) {
            ps.setNull(3, java.sql.Types.VARCHAR);
        } else {
            ps.setString(3, parent);
        }
        ps.setString(4, caption);
        ps.setInt(5, depth);
        ps.setInt(6, written);
        ps.addBatch();
        if ((written + 1) % MemberRows.BATCH == 0) {
            ps.executeBatch();
        }
        return written + 1;
    }

    /** The next data right to create, made on the model as the editor reads it (not measured). */
    @State(Scope.Thread)
    public static class NextRight {
        DataRight right;

        @Setup(Level.Iteration)
        public void make(Loaded installation) throws Exception {
            right = newRight(installation.administration.readVocabulary(installation.admin), installation.created++);
        }
    }

    /** One new data right on the installation of a million members: two regions with everything below, and one customer. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 20)
    public String createOneDataRight(Loaded installation, NextRight next) throws Exception {
        return installation.administration.create(installation.admin, next.right);
    }

    /** A user's filter from cold (a new snapshot compiled from the store) right after a data right was created. */
    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public ModelFilter filterFromColdAfterAChange(Loaded installation, NextRight next) throws Exception {
        installation.administration.create(installation.admin, next.right);
        ModelFilter filter = new DataRightsAccessImpl(installation.store, Clock.systemUTC()).filter(installation.admin.id(), installation.salesId);
        if (!filter.granted() || filter.dimension("[Customer]").isEmpty()) {
            throw new IllegalStateException("no filter: " + filter);
        }
        return filter;
    }

    /** A data right created just before each measured filter (not measured). */
    @State(Scope.Thread)
    public static class ChangedJustBefore {
        @Setup(Level.Invocation)
        public void change(Loaded installation) throws Exception {
            installation.administration.create(installation.admin,
                    newRight(installation.administration.readVocabulary(installation.admin), installation.created++));
        }
    }

    /**
     * A user's filter from cold (a new access service: the user's part of the model read and
     * compiled) right after a data right was created; the creation is not measured. The goal is
     * 200 ms.
     */
    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public ModelFilter filterFromCold(Loaded installation, ChangedJustBefore changed) throws Exception {
        ModelFilter filter = new DataRightsAccessImpl(installation.store, Clock.systemUTC()).filter(installation.admin.id(), installation.salesId);
        if (!filter.granted() || filter.dimension("[Customer]").isEmpty()) {
            throw new IllegalStateException("no filter: " + filter);
        }
        return filter;
    }

    static DataRight newRight(Installation model, int n) {
        CastellanFactory f = CastellanFactory.eINSTANCE;
        DataRight right = f.createDataRight();
        right.setName("Regions " + n);
        right.getHolders().add(model.getUsers().stream().filter(u -> u.getLogin().equals(ADMIN)).findFirst().orElseThrow());
        DataModelGrant grant = f.createDataModelGrant();
        grant.setModel(model.getDataModels().get(0));
        DimensionGrant customers = f.createDimensionGrant();
        customers.setDimension(grant.getModel().getDimensions().get(0));
        customers.setAllowed(true);
        customers.setIncludeDescendants(true);
        customers.getMemberUniqueNames().addAll(List.of(region(n % REGIONS), region((n + 7) % REGIONS), customer((n + 3) % REGIONS, 5)));
        grant.getDimensionGrants().add(customers);
        right.getModelGrants().add(grant);
        return right;
    }

}
