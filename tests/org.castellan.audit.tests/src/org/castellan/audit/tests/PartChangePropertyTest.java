package org.castellan.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.Workstation;
import org.castellan.model.Company;
import org.castellan.model.Installation;
import org.castellan.model.Right;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration.CompanyScope;
import org.castellan.security.EffectiveRights;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.CompanyAdministrationImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.GroupAdministrationImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.RoleAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrative changes made on the part of the model they touch (a user enabled or disabled,
 * a right granted to or revoked from a role, a member added to or removed from a group, a role
 * assigned to a user) against the same changes made on the whole model, as every change was made
 * before: two copies of one installation, the same random sequence of changes applied to each
 * (some by a non-administrator, some refused by the guard: the last administrator disabled, an
 * administrative right given to the guest's role), and after each step the same outcome (refusal
 * and its message), the same whole model read back (every row believed: sealed as written), the
 * same effective rights, the same rights archived for point-in-time history and the same journal
 * entries. Rows forged or changed by SQL are mixed in on both copies (a role given by a row of its
 * own, a role's grant moved, a membership added, a group's, a role's or a user's row changed), so
 * that a change reading every user a role or group reaches meets rows that neither way may
 * believe. Each case has its own seed; a failure names it, {@code -Dcastellan.seed=<seed>} replays
 * it first.
 */
class PartChangePropertyTest {

    private static final String WHOLE_MODEL = "castellan.security.wholeModelChanges";
    private static final char[] PASSWORD = "Pharma-2026x".toCharArray();
    private static final int CASES = 6;
    private static final int STEPS = 40;
    private static final List<String> LOGINS = List.of("admin", "ann", "bob", "cid", "dan", "eve", "guest");
    private static final List<String> GROUPS = List.of("North", "South");
    private static final List<String> ROLES = List.of("Administrator", "Guest", "Counter", "Back office", "No such role");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** One copy of the installation and its services. */
    private static final class Copy implements AutoCloseable {
        final CastellanStore store;
        final JournalService journal;
        final UserAdministrationImpl users;
        final RoleAdministrationImpl roles;
        final GroupAdministrationImpl groups;

        Copy(CastellanStore store) throws Exception {
            this.store = store;
            journal = new JournalService(store, new AccessControlImpl(store, CLOCK), CLOCK,
                    new Workstation("counter-1", "192.0.2.10", "pharmacist", "0.1.0"));
            ExtensionRightsCatalog catalog = new ExtensionRightsCatalog(RegistryFactory.getRegistry());
            users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, CLOCK);
            roles = new RoleAdministrationImpl(store, catalog, CLOCK);
            groups = new GroupAdministrationImpl(store, CLOCK);
        }

        @Override
        public void close() {
            store.close();
        }
    }

    @FunctionalInterface
    private interface Change {
        void on(Copy copy) throws AccountException;
    }

    @Test
    void aChangeMadeOnItsPartEqualsTheSameChangeMadeOnTheWholeModel() {
        long base = Long.getLong("castellan.seed", 19L);
        for (int i = 0; i < CASES; i++) {
            long seed = base + i * 0x9E3779B97F4A7C15L;
            try {
                check(seed);
            } catch (AssertionError | Exception e) {
                fail("Case with seed " + seed + " (replay: -Dcastellan.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
    }

    private void check(long seed) throws Exception {
        Path folder = dir.resolve("case-" + Long.toUnsignedString(seed));
        List<AuthenticatedUser> actors = new ArrayList<>();
        try (Copy first = new Copy(CastellanStore.create(folder.resolve("part"), NewInstallation.unencrypted("Part")))) {
            populate(first, actors);
        }
        copyTree(folder.resolve("part"), folder.resolve("whole"));
        List<String> rights = new ArrayList<>();
        try (Copy part = new Copy(CastellanStore.open(folder.resolve("part"), Optional.empty()));
                Copy whole = new Copy(CastellanStore.open(folder.resolve("whole"), Optional.empty()))) {
            part.store.model().load().getRights().stream().map(Right::getRightId).forEach(rights::add);
            rights.add("org.castellan.nope");
            Random random = new Random(seed);
            int refused = 0;
            for (int step = 0; step < STEPS; step++) {
                // mostly the administrators, whose changes are made; the others are refused
                int who = random.nextInt(8);
                AuthenticatedUser actor = actors.get(who < 3 ? 0 : who < 5 ? 2 : who < 6 ? 5 : random.nextInt(actors.size()));
                String description;
                Change change;
                boolean converted = true;
                switch (random.nextInt(8)) {
                    case 0, 1 -> {
                        String login = LOGINS.get(random.nextInt(LOGINS.size()));
                        boolean enabled = random.nextBoolean();
                        description = actor.login() + " sets " + login + " enabled=" + enabled;
                        change = c -> c.users.setEnabled(actor, login, enabled);
                    }
                    case 2 -> {
                        String role = ROLES.get(random.nextInt(ROLES.size()));
                        String right = rights.get(random.nextInt(rights.size()));
                        description = actor.login() + " grants " + right + " to " + role;
                        change = c -> c.roles.grant(actor, role, right);
                    }
                    case 3 -> {
                        String role = ROLES.get(random.nextInt(ROLES.size()));
                        String right = random.nextBoolean() ? AccountService.ADMINISTER_RIGHT : rights.get(random.nextInt(rights.size()));
                        description = actor.login() + " revokes " + right + " from " + role;
                        change = c -> c.roles.revoke(actor, role, right);
                    }
                    case 4 -> {
                        String login = LOGINS.get(random.nextInt(LOGINS.size()));
                        String role = ROLES.get(random.nextInt(ROLES.size() - 1));
                        description = actor.login() + " assigns " + role + " to " + login;
                        change = c -> c.roles.assign(actor, login, role);
                    }
                    case 5 -> {
                        String login = LOGINS.get(random.nextInt(LOGINS.size()));
                        String forged = "forged-" + step;
                        description = "plain SQL gives " + login + " the Administrator role, outside Castellan";
                        change = c -> forgeAdministrator(c, forged, login);
                        converted = false;
                    }
                    case 6 -> {
                        // rows a change reads for the users a role reaches, changed outside Castellan: neither way may believe them
                        String[] tamper = tampering(random, "forged-" + step);
                        description = tamper[0];
                        change = c -> plainSql(c, tamper[1], java.util.Arrays.copyOfRange(tamper, 2, tamper.length));
                        converted = false;
                    }
                    default -> {
                        String login = LOGINS.get(random.nextInt(LOGINS.size()));
                        String group = GROUPS.get(random.nextInt(GROUPS.size()));
                        boolean add = random.nextBoolean();
                        description = actor.login() + (add ? " adds " : " removes ") + login + (add ? " to " : " from ") + group;
                        change = c -> {
                            if (add) {
                                c.groups.addMember(actor, group, login);
                            } else {
                                c.groups.removeMember(actor, group, login);
                            }
                        };
                    }
                }
                String where = "step " + step + " (" + description + ")";
                String wholeOutcome;
                System.setProperty(WHOLE_MODEL, "true");
                try {
                    wholeOutcome = outcome(change, whole);
                } finally {
                    System.clearProperty(WHOLE_MODEL);
                }
                String partOutcome = outcome(change, part);
                assertEquals(wholeOutcome, partOutcome, where + ": the same refusal, or none");
                if (converted && !wholeOutcome.isEmpty()) {
                    refused++;
                }
                assertEquals(state(whole), state(part), where + ": the same model, rights, archive and journal");
            }
            assertTrue(refused > 0, "some converted changes were refused (by the guard or as bad input)");
        }
    }

    /** A role assignment written by SQL, not sealed: neither way may believe it. */
    private static void forgeAdministrator(Copy copy, String id, String login) throws AccountException {
        try {
            copy.store.inTransaction(tx -> {
                try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO role_assignments (id, version, owner_id, position, role_id) "
                        + "SELECT ?, 0, u.id, 99, r.id FROM users u, roles r WHERE u.login = ? AND r.name = 'Administrator'")) {
                    ps.setString(1, id);
                    ps.setString(2, login);
                    return ps.executeUpdate();
                }
            });
        } catch (org.castellan.store.StoreException e) {
            throw new AccountException(e.getMessage(), e);
        }
    }

    /**
     * A change of the rows the rights of a role's holders are made of, by plain SQL (not sealed): a
     * grant moved to another right, a membership added, a group's or a role's row changed (left out
     * then with what it holds and what points to it), a user disabled. The administrator's own rows
     * and the Administrator role are spared, so that later steps still have an actor.
     *
     * @return the description, the statement and its parameters
     */
    private static String[] tampering(Random random, String forgedId) {
        String role = List.of("Guest", "Counter", "Back office").get(random.nextInt(3));
        String group = GROUPS.get(random.nextInt(GROUPS.size()));
        String login = LOGINS.get(1 + random.nextInt(LOGINS.size() - 1)); // not the administrator
        return switch (random.nextInt(5)) {
            case 0 -> new String[] { "plain SQL moves a grant of " + role + " to another right",
                    // chosen by the right it grants: grants made during the steps have other ids in each copy
                    "UPDATE right_grants SET right_id = (SELECT MIN(id) FROM rights) WHERE owner_id = (SELECT id FROM roles WHERE name = ?) "
                            + "AND right_id = (SELECT MIN(g.right_id) FROM right_grants g, roles r WHERE g.owner_id = r.id AND r.name = ?)", role, role };
            case 1 -> new String[] { "plain SQL adds " + login + " to " + group,
                    "INSERT INTO memberships (id, version, owner_id, position, group_id) SELECT ?, 0, u.id, 99, g.id "
                            + "FROM users u, user_groups g WHERE u.login = ? AND g.name = ?", forgedId, login, group };
            case 2 -> new String[] { "plain SQL changes the group " + group, "UPDATE user_groups SET description = 'forged' WHERE name = ?", group };
            case 3 -> new String[] { "plain SQL changes the role " + role, "UPDATE roles SET description = 'forged' WHERE name = ?", role };
            // eve, the last user: a whole model saved without a user row it refuses numbers the users
            // after it again, where a part keeps their places (the order differs, not the change compared
            // here); and one way only, as a row changed back matches its seal again
            default -> new String[] { "plain SQL disables eve", "UPDATE users SET enabled = FALSE WHERE login = ?", "eve" };
        };
    }

    private static void plainSql(Copy copy, String sql, String... parameters) throws AccountException {
        try {
            copy.store.inTransaction(tx -> {
                try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        ps.setString(i + 1, parameters[i]);
                    }
                    return ps.executeUpdate();
                }
            });
        } catch (org.castellan.store.StoreException e) {
            throw new AccountException(e.getMessage(), e);
        }
    }

    /** The message of the refusal; empty when the change was made. */
    private static String outcome(Change change, Copy copy) {
        try {
            change.on(copy);
            return "";
        } catch (AccountException e) {
            return e.getMessage();
        }
    }

    /**
     * Everything the two ways must leave alike: the whole model as a whole read believes it (a row
     * not sealed as written would be missing), each user's effective rights, the rights archive and
     * the journal.
     */
    private static List<String> state(Copy copy) throws Exception {
        List<String> lines = new ArrayList<>();
        Installation model = copy.store.model().load();
        EffectiveRights rights = EffectiveRights.compile(model);
        for (User user : model.getUsers()) {
            lines.add("user " + user.getLogin() + " v" + user.getVersion() + " enabled=" + user.isEnabled() + " level=" + user.getAuthorizationLevel()
                    + " companies=" + user.getCompanies().stream().map(Company::getCode).toList() + " administers="
                    + user.getAdministeredCompanies().stream().map(Company::getCode).toList()
                    + " roles=" + user.getRoleAssignments().stream().map(a -> a.getRole().getName() + "@" + a.getGrantedAt()).toList()
                    + " groups=" + user.getMemberships().stream().map(m -> m.getGroup().getName()).toList() + " rights="
                    + new TreeSet<>(rights.rightsOf(user.getId())));
        }
        for (Role role : model.getRoles()) {
            lines.add("role " + role.getName() + " v" + role.getVersion() + " grants="
                    + role.getGrants().stream().map(g -> g.getRight().getRightId() + "@" + g.getGrantedAt()).toList());
        }
        copy.store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection()
                    .prepareStatement("SELECT user_id, login, changed_at, rights, is_revoke FROM rights_archive ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add("archived " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getTimestamp(3).getTime() + " " + rs.getString(4) + " "
                            + rs.getBoolean(5));
                }
            }
            return null;
        });
        copy.journal.entries(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))
                .forEach(e -> lines.add("journal " + e.seq() + " " + e.topic() + " " + e.actor() + " " + e.details()));
        assertTrue(copy.journal.verify().intact(), "the journal's chain holds");
        return lines;
    }

    /**
     * Users, groups and roles to change: admin and bob administrators (bob through a group), eve
     * one of the company NORTH only, ann and cid not, dan in both groups; ann works in ACME, cid
     * and dan in NORTH; the guest as every installation has him.
     */
    private static void populate(Copy copy, List<AuthenticatedUser> actors) throws Exception {
        AccountService accounts = new AccountServiceImpl(copy.store, new ExtensionRightsCatalog(RegistryFactory.getRegistry()),
                PasswordHashing.OWASP_MINIMUM, CLOCK);
        AuthenticatedUser admin = accounts.createFirstAdministrator("admin", null, PASSWORD.clone());
        actors.add(admin);
        for (String login : List.of("ann", "bob", "cid", "dan")) { // bob is actors.get(2), eve actors.get(5)
            actors.add(copy.users.createUser(admin, new NewUser(login, login, null, false, false, login.length(), PASSWORD.clone())));
        }
        List<String> declared = copy.store.model().load().getRights().stream().map(Right::getRightId)
                .filter(id -> !id.equals(AccountService.ADMINISTER_RIGHT)).sorted().toList();
        copy.roles.createRole(admin, "Counter", null, Set.copyOf(declared.subList(0, Math.min(2, declared.size()))));
        copy.roles.createRole(admin, "Back office", null, Set.copyOf(declared.subList(Math.min(1, declared.size()), Math.min(4, declared.size()))));
        copy.groups.createGroup(admin, "North", null, Set.of("Administrator"), Set.of("bob", "dan"));
        copy.groups.createGroup(admin, "South", null, Set.of("Counter"), Set.of("cid", "dan"));
        copy.roles.assign(admin, "ann", "Back office");
        copy.roles.assign(admin, "cid", "Counter");
        // eve administers NORTH only, where cid and dan work: her changes are checked against her reach
        actors.add(copy.users.createUser(admin, new NewUser("eve", "eve", null, false, false, 9, PASSWORD.clone())));
        CompanyAdministrationImpl companies = new CompanyAdministrationImpl(copy.store, CLOCK);
        companies.createCompany(admin, "NORTH", "North SA");
        companies.createCompany(admin, "ACME", "Acme SA");
        companies.setScope(admin, "eve", new CompanyScope(Set.of("NORTH"), Set.of("NORTH")));
        companies.setScope(admin, "cid", new CompanyScope(Set.of("NORTH"), Set.of()));
        companies.setScope(admin, "dan", new CompanyScope(Set.of("NORTH"), Set.of("NORTH")));
        companies.setScope(admin, "ann", new CompanyScope(Set.of("ACME"), Set.of()));
        copy.roles.assign(admin, "eve", "Administrator");
        if (actors.size() != 6) {
            fail("six actors: " + actors);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
