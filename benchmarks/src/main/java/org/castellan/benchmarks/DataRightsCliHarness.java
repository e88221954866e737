package org.castellan.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.castellan.datarights.DimensionMembers;
import org.castellan.datarights.internal.DataRightsAdministrationImpl;
import org.castellan.datarights.internal.DimensionMembersImpl;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Folder;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.ObjectPermission;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Report;
import org.castellan.model.User;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;

/**
 * {@code castellan datarights filter} and {@code castellan datarights effective} end to end: the
 * product's {@code castellan} script run in a fresh JVM with the default heap, on an installation
 * holding a data model of 30 years of days and 1,000,000 customers (1,000 regions of 999) with 50
 * data rights, all held by the administrator, and a tree of 10 folders of 100 reports. Each run's
 * peak heap is read from the JVM's own GC log ({@code -Xlog:gc,gc+heap+exit}): the largest heap
 * used before a collection or at exit, and the largest left after one.
 * <p>
 * The floor, in the same run on the same database: the rows the filter needs (the user by login,
 * his groups, the data rights held by him or them, their grants on the model and the members they
 * name with those above) read by plain indexed JDBC selects, in a fresh JVM that opens the store
 * (end to end) and alone (the selects on an open store).
 * <p>
 * The installation is generated once into {@code WORK/installation} (a few minutes) and reused.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.DataRightsCliHarness
 *      [--product DIR] [--work DIR] [--runs 5] [--xmx 256m]
 * </pre>
 */
public final class DataRightsCliHarness {

    static final String ADMIN = MemberLoadBenchmark.ADMIN;
    static final String PASSWORD = "Bench-2026-pass";
    static final String MODEL = "Sales";
    static final String OBJECT = "Folder 7/Report 42";
    private static final int DATA_RIGHTS = 50;
    private static final int FIRST_YEAR = 1996;
    private static final int YEARS = 30;

    private DataRightsCliHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path product = Path.of("releng/org.castellan.repository/target/products/org.castellan.product/linux/gtk/x86_64");
        Path work = Path.of("benchmarks/target/datarights-cli");
        int runs = 5;
        String xmx = "256m";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--product" -> product = Path.of(args[++i]);
            case "--work" -> work = Path.of(args[++i]);
            case "--runs" -> runs = Integer.parseInt(args[++i]);
            case "--xmx" -> xmx = args[++i];
            case "--floor" -> {
                floorInThisJvm(Path.of(args[++i]));
                return;
            }
            default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; options: --product DIR --work DIR --runs N --xmx SIZE");
            }
        }
        product = product.toAbsolutePath().normalize();
        work = work.toAbsolutePath().normalize();
        if (!Files.isExecutable(product.resolve("castellan"))) {
            throw new IllegalStateException("No castellan script in " + product + ": build the product first (benchmarks/run.sh does)");
        }
        Path installation = work.resolve("installation");
        if (!Files.exists(work.resolve("generated"))) {
            Folders.deleteTree(work);
            Files.createDirectories(work);
            long start = System.nanoTime();
            generate(installation, work.resolve("members"));
            Files.writeString(work.resolve("generated"), "ok\n");
            System.out.printf(Locale.ROOT, "Installation generated in %.0f s%n", (System.nanoTime() - start) / 1e9);
        }
        Path schema = work.resolve("star.properties");
        Files.writeString(schema, "[Date] = d.year_name, d.month_name, d.day_name\n[Customer] = c.region_name, c.customer_name\n");
        Path password = work.resolve("password");
        Files.writeString(password, PASSWORD + "\n");
        System.out.println("Machine: " + Files.readString(Path.of("/proc/loadavg")).strip() + " (load average 1, 5, 15 min; "
                + Runtime.getRuntime().availableProcessors() + " processors), Java " + Runtime.version());

        List<String> filter = List.of("datarights", "filter", ADMIN, MODEL, "--sql", schema.toString());
        List<String> effective = List.of("datarights", "effective", ADMIN, OBJECT);
        Launch first = launch(product, installation, work, password, filter, Optional.empty(), "output");
        System.out.println("datarights filter prints:\n" + first.output().strip());
        Launch firstEffective = launch(product, installation, work, password, effective, Optional.empty(), "output");
        System.out.println("datarights effective prints:\n" + firstEffective.output().strip());

        List<Launch> filters = new ArrayList<>();
        List<Launch> effectives = new ArrayList<>();
        List<Launch> helps = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            filters.add(launch(product, installation, work, password, filter, Optional.empty(), "filter-" + run));
            effectives.add(launch(product, installation, work, password, effective, Optional.empty(), "effective-" + run));
            floors.add(floorInAFreshJvm(installation));
            helps.add(launch(product, installation, work, password, List.of("help"), Optional.empty(), "help-" + run));
        }
        Launch small = launch(product, installation, work, password, filter, Optional.of("-Xmx" + xmx), "filter-xmx");

        System.out.println();
        System.out.println("datarights filter (1,000,000 customers, 30 years of days, 50 data rights), end to end, default heap:");
        report(filters);
        System.out.println("datarights effective (" + OBJECT + "), end to end, default heap:");
        report(effectives);
        System.out.printf(Locale.ROOT, "datarights filter with -Xmx%s: exit %d, %.0f ms, same output: %s%n", xmx, small.exit(), small.millis(),
                small.output().equals(first.output()));
        System.out.printf(Locale.ROOT, "Floor, a fresh JVM opening the store and selecting the same rows by index: median %.0f ms (%s)%n",
                median(floors), floors.stream().map(f -> String.format(Locale.ROOT, "%.0f", f)).toList());
        System.out.printf(Locale.ROOT, "datarights filter / floor = %.1f%n", median(filters.stream().map(Launch::millis).toList()) / median(floors));
        System.out.printf(Locale.ROOT, "For scale, castellan help (the product's JVM and OSGi started, no installation opened, no login): median %.0f ms (%s)%n",
                median(helps.stream().map(Launch::millis).toList()), helps.stream().map(l -> String.format(Locale.ROOT, "%.0f", l.millis())).toList());
        Path floorOutput = work.resolve("floor.txt");
        System.out.println(Files.exists(floorOutput) ? Files.readString(floorOutput).strip() : "");
        if (filters.stream().anyMatch(l -> l.exit() != 0 || !l.output().equals(first.output()))) {
            throw new IllegalStateException("A run of datarights filter failed or printed something else; see " + work);
        }
    }

    /** One run of the product's script. */
    record Launch(int exit, double millis, String output, long peakBeforeGcMb, long peakAfterGcMb, int collections) {
    }

    private static Launch launch(Path product, Path installation, Path work, Path password, List<String> arguments, Optional<String> jvmOption,
            String name) throws IOException, InterruptedException {
        Path gcLog = work.resolve(name + "-gc.log");
        Path out = work.resolve(name + ".out");
        Files.deleteIfExists(gcLog);
        // The command first (the script tells the command line by it); the installation by CASTELLAN_HOME.
        List<String> command = new ArrayList<>(List.of(product.resolve("castellan").toString()));
        command.addAll(arguments);
        if (!arguments.get(0).equals("help")) { // help acts as nobody
            command.addAll(List.of("--as", ADMIN, "--password-stdin"));
        }
        command.addAll(List.of("-vmargs", "-Xlog:gc,gc+heap+exit:file=" + gcLog));
        jvmOption.ifPresent(command::add);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(password.toFile()).redirectOutput(out.toFile())
                .redirectError(work.resolve(name + ".err").toFile());
        builder.environment().put("CASTELLAN_HOME", installation.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not end in 10 minutes");
        }
        double millis = (System.nanoTime() - start) / 1e6;
        long[] heap = peakHeap(Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.of());
        return new Launch(process.exitValue(), millis, Files.readString(out), heap[0], heap[1], (int) heap[2]);
    }

    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");
    private static final Pattern EXIT_USED = Pattern.compile("heap\\s+total.*used (\\d+)K");

    /** The largest heap used (before a collection, or at exit), the largest left after a collection (MB), and the collections. */
    static long[] peakHeap(List<String> gcLog) {
        long before = 0;
        long after = 0;
        long collections = 0;
        for (String line : gcLog) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                before = Math.max(before, Long.parseLong(pause.group(1)));
                after = Math.max(after, Long.parseLong(pause.group(2)));
                collections++;
            }
            Matcher exit = EXIT_USED.matcher(line);
            if (exit.find()) {
                before = Math.max(before, Long.parseLong(exit.group(1)) / 1024);
            }
        }
        return new long[] { before, after, collections };
    }

    private static void report(List<Launch> launches) {
        List<Double> millis = launches.stream().map(Launch::millis).toList();
        System.out.printf(Locale.ROOT, "  median %.0f ms (%s), exit codes %s%n", median(millis),
                millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList(), launches.stream().map(Launch::exit).toList());
        System.out.printf(Locale.ROOT, "  peak heap used %d MB (largest before a collection or at exit), at most %d MB left after a collection, %s collections%n",
                launches.stream().mapToLong(Launch::peakBeforeGcMb).max().orElse(0), launches.stream().mapToLong(Launch::peakAfterGcMb).max().orElse(0),
                launches.stream().map(Launch::collections).toList());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The floor in a fresh JVM: this class's {@code --floor} run, timed from the start of its JVM to its end. */
    private static double floorInAFreshJvm(Path installation) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        Path output = installation.resolveSibling("floor.txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-cp", classPath, DataRightsCliHarness.class.getName(), "--floor", installation.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("The floor's JVM failed; see " + output);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Opens the store and reads the filter's rows by plain indexed selects, three times, printing the selects' times. */
    private static void floorInThisJvm(Path installation) throws Exception {
        try (CastellanStore store = CastellanStore.open(installation, Optional.empty())) {
            List<String> times = new ArrayList<>();
            int rows = 0;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                rows = store.inTransaction(tx -> selectFilterRows(tx.connection()));
                times.add(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e6));
            }
            System.out.println("Floor's selects alone on the open store (" + rows + " rows), ms, first to third: " + times);
        }
    }

    /** The rows the filter reads, by their indexes; returns how many. */
    static int selectFilterRows(Connection c) throws SQLException {
        int rows = 0;
        List<String> user = column(c, "SELECT id FROM users WHERE login = ?", List.of(ADMIN));
        List<String> principals = new ArrayList<>(user);
        principals.addAll(column(c, "SELECT group_id FROM memberships WHERE owner_id = ?", user));
        List<String> rights = new ArrayList<>();
        for (String principal : principals) {
            rights.addAll(column(c, "SELECT owner_id FROM data_right_holders WHERE target_id = ?", List.of(principal)));
        }
        List<String> model = column(c, "SELECT id FROM data_models WHERE name = ?", List.of(MODEL));
        List<String> dimensions = column(c, "SELECT id FROM dimensions WHERE owner_id = ?", model);
        List<String> grants = new ArrayList<>();
        for (String right : rights) {
            grants.addAll(column(c, "SELECT id FROM data_model_grants WHERE owner_id = ?", List.of(right)));
        }
        List<String> dimensionGrants = new ArrayList<>();
        for (String grant : grants) {
            rows += column(c, "SELECT id FROM measure_grants WHERE owner_id = ?", List.of(grant)).size();
            dimensionGrants.addAll(column(c, "SELECT id FROM dimension_grants WHERE owner_id = ?", List.of(grant)));
        }
        TreeSet<String> names = new TreeSet<>();
        for (String grant : dimensionGrants) {
            names.addAll(column(c, "SELECT element FROM dimension_grant_members WHERE owner_id = ?", List.of(grant)));
        }
        for (String dimension : dimensions) {
            for (String name : names) {
                try (PreparedStatement ps = c.prepareStatement("SELECT parent_name FROM members WHERE dimension_id = ? AND unique_name = ?")) {
                    for (String at = name; at != null;) {
                        ps.setString(1, dimension);
                        ps.setString(2, at);
                        try (ResultSet rs = ps.executeQuery()) {
                            at = rs.next() ? rs.getString(1) : null;
                            rows += at == null ? 0 : 1;
                        }
                    }
                }
            }
        }
        return rows + user.size() + principals.size() + rights.size() + model.size() + dimensions.size() + grants.size() + dimensionGrants.size()
                + names.size();
    }

    private static List<String> column(Connection c, String sql, Collection<String> keys) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String key : keys) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getString(1));
                    }
                }
            }
        }
        return values;
    }

    /** The installation: the administrator, Sales with [Date] and [Customer] registered from member files, 50 data rights, a tree of reports. */
    private static void generate(Path folder, Path members) throws Exception {
        CastellanFactory f = CastellanFactory.eINSTANCE;
        Files.createDirectories(members);
        try (CastellanStore store = CastellanStore.create(folder, NewInstallation.unencrypted("bench"))) {
            AccountService accounts = new AccountServiceImpl(store, ConfigApplyBenchmark.catalog(List.of()), PasswordHashing.OWASP_MINIMUM, Clock.systemUTC());
            AuthenticatedUser admin = accounts.createFirstAdministrator(ADMIN, "Administrator", PASSWORD.toCharArray());
            DataRightsAdministrationImpl administration = new DataRightsAdministrationImpl(store, Clock.systemUTC());
            DimensionMembersImpl dimensionMembers = new DimensionMembersImpl(store, Clock.systemUTC());
            DataModel sales = f.createDataModel();
            sales.setName(MODEL);
            for (String name : List.of("[Measures].[Amount]", "[Measures].[Margin]")) {
                Measure measure = f.createMeasure();
                measure.setUniqueName(name);
                sales.getMeasures().add(measure);
            }
            Dimension customer = f.createDimension();
            customer.setUniqueName("[Customer]");
            sales.getDimensions().add(customer);
            Dimension date = f.createDimension();
            date.setUniqueName("[Date]");
            sales.getDimensions().add(date);
            String salesId = administration.saveModel(admin, sales);
            load(dimensionMembers, admin, salesId, "[Customer]", writeCustomers(members.resolve("customers.tsv")));
            load(dimensionMembers, admin, salesId, "[Date]", writeDays(members.resolve("days.tsv")));
            for (int n = 0; n < DATA_RIGHTS; n++) {
                Installation model = administration.readVocabulary(admin);
                DataRight right = MemberLoadBenchmark.newRight(model, n);
                DimensionGrant years = f.createDimensionGrant();
                years.setDimension(right.getModelGrants().get(0).getModel().getDimensions().stream()
                        .filter(d -> d.getUniqueName().equals("[Date]")).findFirst().orElseThrow());
                years.setAllowed(true);
                years.setIncludeDescendants(true);
                years.getMemberUniqueNames().addAll(List.of("[Date].[" + (FIRST_YEAR + n % YEARS) + "]", "[Date].[" + (FIRST_YEAR + (n + 1) % YEARS) + "]",
                        "[Date].[" + (FIRST_YEAR + n % YEARS) + "].[3]"));
                right.getModelGrants().get(0).getDimensionGrants().add(years);
                administration.create(admin, right);
            }
            store.inTransaction(tx -> {
                Installation model = store.model().load(tx);
                User user = model.getUsers().stream().filter(u -> u.getLogin().equals(ADMIN)).findFirst().orElseThrow();
                for (int i = 0; i < 10; i++) {
                    Folder folderObject = f.createFolder();
                    folderObject.setName("Folder " + i);
                    permission(folderObject, user, i % 2 == 0 ? PermissionLevel.LIMITED : PermissionLevel.NO_ACCESS);
                    for (int r = 0; r < 100; r++) {
                        Report report = f.createReport();
                        report.setName("Report " + r);
                        if (r % 10 == 2) {
                            permission(report, user, PermissionLevel.values()[r % PermissionLevel.values().length]);
                        }
                        folderObject.getChildren().add(report);
                    }
                    model.getObjects().add(folderObject);
                    store.model().insert(tx, folderObject);
                }
                return null;
            });
        }
    }

    private static void permission(org.castellan.model.RepositoryObject object, User user, PermissionLevel level) {
        ObjectPermission permission = CastellanFactory.eINSTANCE.createObjectPermission();
        permission.setPrincipal(user);
        permission.setLevel(level);
        object.getPermissions().add(permission);
    }

    private static void load(DimensionMembersImpl members, AuthenticatedUser admin, String modelId, String dimension, Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            members.load(admin, modelId, dimension, reader, DimensionMembers.Mode.RELOAD, DimensionMembers.Progress.NONE);
        }
    }

    private static Path writeCustomers(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int r = 0; r < MemberLoadBenchmark.REGIONS; r++) {
                out.write(MemberLoadBenchmark.region(r) + "\t\tRegion " + r + '\n');
                for (int c = 0; c < MemberLoadBenchmark.PER_REGION; c++) {
                    out.write(MemberLoadBenchmark.customer(r, c) + '\t' + MemberLoadBenchmark.region(r) + "\tCustomer " + r + '-' + c + '\n');
                }
            }
        }
        return file;
    }

    /** Years, months and days: [Date].[1996], [Date].[1996].[1], [Date].[1996-01-01]. */
    private static Path writeDays(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (LocalDate day = LocalDate.of(FIRST_YEAR, 1, 1); day.getYear() < FIRST_YEAR + YEARS; day = day.plusDays(1)) {
                String year = "[Date].[" + day.getYear() + "]";
                String month = year + ".[" + day.getMonthValue() + "]";
                if (day.getDayOfYear() == 1) {
                    out.write(year + "\t\t" + day.getYear() + '\n');
                }
                if (day.getDayOfMonth() == 1) {
                    out.write(month + '\t' + year + '\t' + day.getMonth() + '\n');
                }
                out.write("[Date].[" + day + "]\t" + month + '\t' + day + '\n');
            }
        }
        return file;
    }
}
