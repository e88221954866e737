package org.castellan.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.castellan.directory.DirectorySettings;
import org.castellan.directory.GroupMapping;
import org.castellan.directory.SyncReport;
import org.castellan.directory.internal.DirectoryAuthenticatorImpl;
import org.castellan.directory.internal.DirectoryServiceImpl;
import org.castellan.directory.internal.DirectorySettingsContribution;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.DomainGroups;
import org.castellan.security.DomainUsers.DirectoryEntry;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.DomainUsersImpl;
import org.castellan.security.internal.GroupAdministrationImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.SettingsAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.test.support.Slapd;

/**
 * Domain users against a real slapd (the directory tests' {@link Slapd}), in one run: a domain
 * login (service search, group reads, user bind) next to a local Argon2id login with the default
 * parameters; then {@code castellan directory sync} of 10,000 domain users against a directory of
 * 10,000 people and 500 groups (each person in two), the mapping naming every one of those groups
 * (its lines are rows of their own since schema 18: no limit to their number).
 *
 *     java -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.DirectoryHarness [--users N] [--groups N] [--logins N] [--work DIR]
 */
public final class DirectoryHarness {

    private static final char[] ADMIN_PASSWORD = "Pharma-2026x".toCharArray();
    private static final char[] LOCAL_PASSWORD = "Local-2026xyz".toCharArray();

    private DirectoryHarness() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int users = Integer.parseInt(options.getOrDefault("--users", "10000"));
        int groups = Integer.parseInt(options.getOrDefault("--groups", "500"));
        int logins = Integer.parseInt(options.getOrDefault("--logins", "30"));
        Path work = Path.of(options.getOrDefault("--work", "benchmarks/target/directory"));
        Folders.deleteTree(work);
        Files.createDirectories(work);
        long loadStart = System.nanoTime();
        try (Slapd slapd = new Slapd(directory(users, groups))) {
            slapd.open();
            System.out.printf("slapd with %,d people and %,d groups started in %.1f s%n", users, groups, seconds(loadStart));
            try (CastellanStore store = CastellanStore.create(work.resolve("installation"), NewInstallation.unencrypted("directory"))) {
                run(store, slapd, users, groups, logins);
            }
        }
    }

    private static void run(CastellanStore store, Slapd slapd, int users, int groups, int logins) throws Exception {
        Clock clock = Clock.systemUTC();
        AccountServiceImpl accounts = new AccountServiceImpl(store, ConfigApplyBenchmark.catalog(List.of()), PasswordHashing.DEFAULT, clock);
        accounts.setDirectory(new DirectoryAuthenticatorImpl(store));
        UserAdministrationImpl userAdministration = new UserAdministrationImpl(store, PasswordHashing.DEFAULT, clock);
        SettingsAdministrationImpl settings = new SettingsAdministrationImpl(store, clock);
        DomainUsersImpl domainUsers = new DomainUsersImpl(store, clock);
        DirectorySettingsContribution contribution = new DirectorySettingsContribution();
        settings.addContribution(contribution);
        GroupAdministrationImpl groupAdministration = new GroupAdministrationImpl(store, clock);
        DirectoryServiceImpl directory = new DirectoryServiceImpl(store, new AccessControlImpl(store, clock), domainUsers,
                userAdministration, clock);
        AuthenticatedUser admin = accounts.createFirstAdministrator("admin", null, ADMIN_PASSWORD);

        settings.change(admin, Map.of(DirectorySettings.URLS, slapd.ldapUrl(), DirectorySettings.BASE_DN, Slapd.BASE_DN, DirectorySettings.SERVICE_DN,
                Slapd.SERVICE_DN));
        List<GroupMapping> mapping = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            String castellanGroup = "G" + (g / 2); // two directory groups to one Castellan group
            if (g % 2 == 0) {
                groupAdministration.createGroup(admin, castellanGroup, "");
            }
            mapping.add(new GroupMapping(groupDn(g), castellanGroup));
            directory.addMapping(admin, mapping.getLast());
        }
        directory.setServicePassword(admin, Slapd.SERVICE_PASSWORD.toCharArray());

        // Castellan's domain users, created in one transaction as an import would (no directory round trip here)
        long createStart = System.nanoTime();
        List<DirectoryEntry> entries = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            entries.add(new DirectoryEntry(login(u), "Person " + u, null, DomainGroups.NONE));
        }
        domainUsers.createFromDirectory(admin, entries, 1);
        userAdministration.createUser(admin, new NewUser("local", null, null, false, false, 1, LOCAL_PASSWORD));
        System.out.printf("%,d domain users created in Castellan in %.1f s%n", users, seconds(createStart));

        char[] domainPassword = Slapd.USER_PASSWORD.toCharArray();
        accounts.authenticate(login(0), domainPassword); // his groups joined once: later logins change nothing
        long[] domain = new long[logins];
        long[] local = new long[logins];
        for (int warm = 0; warm < 5; warm++) {
            accounts.authenticate(login(0), domainPassword);
            accounts.authenticate("local", LOCAL_PASSWORD);
        }
        for (int i = 0; i < logins; i++) {
            long t = System.nanoTime();
            accounts.authenticate(login(0), domainPassword);
            domain[i] = System.nanoTime() - t;
            t = System.nanoTime();
            accounts.authenticate("local", LOCAL_PASSWORD);
            local[i] = System.nanoTime() - t;
        }
        System.out.printf("domain login (search, %d mapped groups in 2 searches, bind): median %.1f ms, mean %.1f ms over %d%n", mapping.size(),
                median(domain), mean(domain), logins);
        System.out.printf("local login (Argon2id, default parameters)          : median %.1f ms, mean %.1f ms over %d%n", median(local), mean(local),
                logins);

        for (String run : List.of("first (groups joined)", "second (nothing to change)")) {
            long syncStart = System.nanoTime();
            SyncReport report = directory.synchronize(admin);
            System.out.printf("directory sync, %s: %.1f s  %s%n", run, seconds(syncStart), report);
        }
    }

    /** People u00000..., each in groups u % groups and (u + 1) % groups; the groups under ou=groups. */
    static String directory(int users, int groups) {
        StringBuilder ldif = new StringBuilder();
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int u = 0; u < users; u++) {
            ldif.append("dn: uid=").append(login(u)).append(',').append(Slapd.PEOPLE_DN).append("\nobjectClass: inetOrgPerson\nuid: ").append(login(u))
                    .append("\ncn: Person ").append(u).append("\nsn: ").append(u).append("\nuserPassword: ").append(Slapd.USER_PASSWORD).append("\n\n");
            members.computeIfAbsent(u % groups, g -> new ArrayList<>()).add(u);
            members.computeIfAbsent((u + 1) % groups, g -> new ArrayList<>()).add(u);
        }
        for (int g = 0; g < groups; g++) {
            ldif.append("dn: ").append(groupDn(g)).append("\nobjectClass: groupOfNames\ncn: g").append(g).append('\n');
            ldif.append(members.getOrDefault(g, List.of(0)).stream().map(u -> "member: uid=" + login(u) + "," + Slapd.PEOPLE_DN)
                    .collect(Collectors.joining("\n"))).append("\n\n");
        }
        return ldif.toString();
    }

    private static String login(int u) {
        return String.format("u%05d", u);
    }

    private static String groupDn(int g) {
        return "cn=g" + g + "," + Slapd.GROUPS_DN;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
