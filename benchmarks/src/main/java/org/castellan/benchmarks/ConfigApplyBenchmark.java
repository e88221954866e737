package org.castellan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.Workstation;
import org.castellan.config.ConfigurationAsCode;
import org.castellan.config.ConfigurationAsCode.Outcome;
import org.castellan.config.ConfigurationException;
import org.castellan.config.internal.ConfigurationAsCodeImpl;
import org.castellan.datarights.internal.DataRightsAdministrationImpl;
import org.castellan.directory.internal.DirectoryServiceImpl;
import org.castellan.menu.MenuOption;
import org.castellan.menu.MenuOptionsCatalog;
import org.castellan.menu.internal.MenuLevelsImpl;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.Right;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.RightContribution;
import org.castellan.security.RightsCatalog;
import org.castellan.security.RoleContribution;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.DomainUsersImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.SecuritySettings;
import org.castellan.security.internal.SettingsAdministrationImpl;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.osgi.framework.Version;

/**
 * Configuration as code at the size of {@link ModelStoreBenchmark}: applying a text of 10,000
 * users, 200 groups and 500 roles granting 2,000 rights to an empty installation (its
 * administrator, and the 2,000 rights its bundles declare), with the audit journal on, next to
 * {@link ModelStoreBenchmark#save} of the same generated model in the same run; and applying the
 * same text again to the installation that already matches it (nothing to change).
 * <p>
 * The apply is what {@code castellan config apply} does once the installation is open: read the
 * YAML, check every value, compare with the installation, write every change in one transaction
 * (new objects in one batch per table), journal each change, check the whole and archive the
 * rights of every user whose rights changed. The save writes the model and nothing else.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ConfigApplyBenchmark {

    private static final String ADMIN = "admin";
    private static final char[] PASSWORD = "Bench-2026-admin".toCharArray();

    /** The generated model, as the text {@code castellan config export} would write for it, and the rights its bundles declare. */
    @State(Scope.Benchmark)
    public static class Text {
        String yaml;
        List<RightContribution> declared;

        @Setup(Level.Trial)
        public void generate() {
            Installation model = CastellanFactory.eINSTANCE.createInstallation();
            new SecurityModelGenerator().populate(model);
            declared = declared(model);
            yaml = yaml(model);
        }
    }

    /** An installation with its administrator, its bundles' rights synchronised, and the services that apply a text to it. */
    public abstract static class Installed {
        Path folder;
        CastellanStore store;
        ConfigurationAsCode configuration;
        AuthenticatedUser admin;

        void install(Text text, String prefix) throws IOException, StoreException, AccountException {
            folder = Files.createTempDirectory(prefix);
            store = CastellanStore.create(folder.resolve("installation"), NewInstallation.unencrypted("bench"));
            new JournalService(store, new AllowAll(), Clock.systemUTC(), new Workstation("bench-1", "192.0.2.1", "bench", "0.1.0"));
            RightsCatalog catalog = catalog(text.declared);
            AccountService accounts = new AccountServiceImpl(store, catalog, PasswordHashing.OWASP_MINIMUM, Clock.systemUTC());
            admin = accounts.createFirstAdministrator(ADMIN, "Administrator", PASSWORD.clone());
            SettingsAdministrationImpl settings = new SettingsAdministrationImpl(store, Clock.systemUTC());
            settings.addContribution(new SecuritySettings());
            MenuLevelsImpl menu = new MenuLevelsImpl(store, noOptions(), accounts, new AccessControlImpl(store, Clock.systemUTC()), catalog,
                    new Version(0, 1, 0), Clock.systemUTC());
            AccessControlImpl access = new AccessControlImpl(store, Clock.systemUTC());
            DirectoryServiceImpl directory = new DirectoryServiceImpl(store, access, new DomainUsersImpl(store, Clock.systemUTC()),
                    new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, Clock.systemUTC()), Clock.systemUTC());
            configuration = new ConfigurationAsCodeImpl(store, settings, menu, new DataRightsAdministrationImpl(store, Clock.systemUTC()), directory,
                    Clock.systemUTC());
        }

        void delete() throws IOException {
            store.close();
            Folders.deleteTree(folder);
        }
    }

    /** A new installation for each apply. */
    @State(Scope.Thread)
    public static class Empty extends Installed {

        @Setup(Level.Iteration)
        public void create(Text text) throws IOException, StoreException, AccountException {
            install(text, "castellan-bench-config-apply");
        }

        @TearDown(Level.Iteration)
        public void dispose() throws IOException {
            delete();
        }
    }

    /** An installation the text was applied to already. */
    @State(Scope.Thread)
    public static class Matching extends Installed {

        @Setup(Level.Trial)
        public void create(Text text) throws IOException, StoreException, AccountException, ConfigurationException {
            install(text, "castellan-bench-config-same");
            configuration.apply(admin, text.yaml, false);
        }

        @TearDown(Level.Trial)
        public void dispose() throws IOException {
            delete();
        }
    }

    @Benchmark
    public int applyToAnEmptyInstallation(Text text, Empty installation) throws ConfigurationException {
        Outcome outcome = installation.configuration.apply(installation.admin, text.yaml, false);
        if (outcome.withoutPassword().size() != SecurityModelGenerator.USERS) {
            throw new IllegalStateException("created " + outcome.withoutPassword().size() + " users");
        }
        return outcome.changes().size();
    }

    @Benchmark
    public int applyWithNothingToChange(Text text, Matching installation) throws ConfigurationException {
        Outcome outcome = installation.configuration.apply(installation.admin, text.yaml, false);
        if (!outcome.changes().isEmpty()) {
            throw new IllegalStateException(outcome.changes().size() + " changes");
        }
        return outcome.changes().size();
    }

    /** {@link ModelStoreBenchmark#save} of the same generated model, measured in this run to compare with. */
    @Benchmark
    public int modelStoreSave(ModelStoreBenchmark.EmptyStore state) throws StoreException {
        ModelStoreBenchmark.save(state.store, state.topLevel);
        return state.topLevel.size();
    }

    /** The text of a model as an export writes it: roles with their rights, groups with roles and members, users. */
    static String yaml(Installation model) {
        Map<Group, Set<String>> members = new LinkedHashMap<>();
        for (User user : model.getUsers()) {
            for (Membership membership : user.getMemberships()) {
                members.computeIfAbsent(membership.getGroup(), g -> new TreeSet<>()).add(user.getLogin());
            }
        }
        StringBuilder text = new StringBuilder("castellan-configuration: 1\nroles:\n  Administrator:\n    predefined: true\n    rights:\n      - ")
                .append(AccountService.ADMINISTER_RIGHT).append('\n');
        for (Role role : sorted(model.getRoles(), Role::getName)) {
            text.append("  ").append(role.getName()).append(":\n    description: ").append(role.getDescription()).append("\n    rights:\n");
            role.getGrants().stream().map(g -> g.getRight().getRightId()).sorted().forEach(r -> text.append("      - ").append(r).append('\n'));
        }
        text.append("groups:\n");
        for (Group group : sorted(model.getGroups(), Group::getName)) {
            text.append("  ").append(group.getName()).append(":\n    description: ").append(group.getDescription()).append("\n    roles:\n");
            group.getRoleAssignments().stream().map(a -> a.getRole().getName()).sorted().forEach(r -> text.append("      - ").append(r).append('\n'));
            text.append("    members:\n");
            members.getOrDefault(group, Set.of()).forEach(m -> text.append("      - ").append(m).append('\n'));
        }
        text.append("users:\n  admin:\n    name: Administrator\n    level: 9\n    roles:\n      - Administrator\n");
        for (User user : sorted(model.getUsers(), User::getLogin)) {
            text.append("  ").append(user.getLogin()).append(":\n    name: ").append(user.getDisplayName()).append("\n    email: ").append(user.getEmail())
                    .append("\n    level: ").append(user.getAuthorizationLevel()).append('\n');
            if (user.isExternal()) {
                text.append("    external: true\n");
            }
            text.append("    roles:\n");
            user.getRoleAssignments().stream().map(a -> a.getRole().getName()).sorted().forEach(r -> text.append("      - ").append(r).append('\n'));
        }
        return text.toString();
    }

    private static <T> List<T> sorted(List<T> objects, java.util.function.Function<T, String> key) {
        Map<String, T> byKey = new TreeMap<>();
        objects.forEach(o -> byKey.put(key.apply(o), o));
        return List.copyOf(byKey.values());
    }

    /** The generated rights as their bundles would declare them. */
    static List<RightContribution> declared(Installation model) {
        List<RightContribution> declared = new ArrayList<>();
        for (Right right : model.getRights()) {
            declared.add(new RightContribution(right.getRightId(), right.getLabel(), right.getCategory(), null, right.getContributor()));
        }
        return declared;
    }

    /** The bundles' declarations: the generated rights, the right to administer and the Administrator role. */
    static RightsCatalog catalog(List<RightContribution> generated) {
        return DeclaredRights.with(generated, List.of());
    }

    static MenuOptionsCatalog noOptions() {
        return new MenuOptionsCatalog() {
            @Override
            public List<MenuOption> options() {
                return List.of();
            }

            @Override
            public long generation() {
                return 0;
            }
        };
    }
}
