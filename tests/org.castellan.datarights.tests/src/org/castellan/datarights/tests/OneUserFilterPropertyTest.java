package org.castellan.datarights.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.castellan.datarights.DimensionMembers.Mode;
import org.castellan.datarights.EffectiveDataRights;
import org.castellan.datarights.internal.DataRightsAccessImpl;
import org.castellan.datarights.internal.StoredHierarchies;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.Principal;
import org.castellan.model.User;
import org.castellan.security.NewUser;
import org.castellan.security.internal.GroupAdministrationImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.UserAdministrationImpl;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/**
 * A user's data filter as the access service reads it (his part of the model only) against the
 * full compile of the whole model read by the store, for every user and both data models, after
 * each step of random sequences of changes through the services: data rights created, changed and
 * deleted (held by users and groups), memberships added and removed, users disabled and enabled,
 * members reloaded or added. Each case has its own seed; a failure names it,
 * {@code -Dcastellan.seed=<seed>} replays it first. Also: rows changed by SQL grant nothing on
 * that path.
 */
class OneUserFilterPropertyTest extends MemberInstallation {

    private static final int CASES = 8;
    private static final int STEPS = 16;
    private static final List<String> LOGINS = List.of("ann", "bob", "cid");
    private static final List<String> GROUPS = List.of("North", "South");
    private static final List<String> POOL = new ArrayList<>();
    /** The members each filter is asked about: the pool and one never registered. */
    private static final List<String> CANDIDATES = new ArrayList<>();

    static {
        for (int i = 0; i < 20; i++) {
            POOL.add("[C].[" + i + "]");
        }
        CANDIDATES.addAll(POOL);
        CANDIDATES.add("[Typed].[1]");
    }

    private UserAdministrationImpl users;
    private GroupAdministrationImpl groups;
    private String stockId;

    @Test
    void oneUsersFilterEqualsTheFullCompileAfterEveryChange() throws Exception {
        Seeds.forEachCase(23L, CASES, this::check);
    }

    private void people() throws Exception {
        users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, Clock.systemUTC());
        groups = new GroupAdministrationImpl(store, Clock.systemUTC());
        for (String login : LOGINS) {
            users.createUser(admin, new NewUser(login, login, null, false, false, 0, "Pharma-2026x".toCharArray()));
        }
        for (String group : GROUPS) {
            groups.createGroup(admin, group, null);
        }
        DataModel stock = F.createDataModel();
        stock.setName("Stock");
        Measure units = F.createMeasure();
        units.setUniqueName("[Measures].[Units]");
        stock.getMeasures().add(units);
        org.castellan.model.Dimension shop = F.createDimension();
        shop.setUniqueName("[Shop]");
        stock.getDimensions().add(shop);
        stockId = administration.saveModel(admin, stock);
    }

    private void check(long seed) throws Exception {
        store.close();
        installation();
        people();
        Random random = new Random(seed);
        DataRightsAccessImpl access = new DataRightsAccessImpl(store, Clock.systemUTC());
        for (int step = 0; step < STEPS; step++) {
            String what = switch (random.nextInt(8)) {
                case 0, 1, 2 -> changeRight(random);
                case 3, 4 -> membership(random);
                case 5 -> enabled(random);
                default -> members(random);
            };
            access.handleEvent(new Event("org/castellan/datarights/model/CHANGED", Map.of()));
            compare(access, "step " + step + " (" + what + ")");
        }
    }

    /** Creates, changes or deletes one of four data rights, held by random users and groups, on one model or both. */
    private String changeRight(Random random) throws Exception {
        Installation model = administration.readVocabulary(admin);
        String name = "R" + random.nextInt(4);
        DataRight stored = model.getDataRights().stream().filter(r -> r.getName().equals(name)).findFirst().orElse(null);
        if (stored != null && random.nextInt(4) == 0) {
            administration.delete(admin, stored.getId());
            return "deleted " + name;
        }
        DataRight right = stored != null ? stored : F.createDataRight();
        right.setName(name);
        right.getHolders().clear();
        List<Principal> principals = new ArrayList<>(model.getUsers());
        principals.addAll(model.getGroups());
        Collections.shuffle(principals, random);
        right.getHolders().addAll(principals.subList(0, 1 + random.nextInt(3)));
        right.getModelGrants().clear();
        for (DataModel dataModel : model.getDataModels()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            DataModelGrant grant = F.createDataModelGrant();
            grant.setModel(dataModel);
            for (Measure measure : dataModel.getMeasures()) {
                if (random.nextInt(4) > 0) {
                    Models.measure(grant, measure.getUniqueName(), random.nextInt(4) > 0);
                }
            }
            if (random.nextInt(5) > 0) {
                RandomGrants.dimension(random, grant, POOL, 4, 8, k -> "[Typed].[" + k + "]");
            }
            right.getModelGrants().add(grant);
        }
        if (stored == null) {
            administration.create(admin, right);
            return "created " + name;
        }
        administration.save(admin, right);
        return "changed " + name;
    }

    private String membership(Random random) throws Exception {
        String group = GROUPS.get(random.nextInt(GROUPS.size()));
        String login = LOGINS.get(random.nextInt(LOGINS.size()));
        boolean member = groups.groups().stream().filter(g -> g.name().equals(group)).findFirst().orElseThrow().members().contains(login);
        if (member) {
            groups.removeMember(admin, group, login);
            return login + " left " + group;
        }
        groups.addMember(admin, group, login);
        return login + " joined " + group;
    }

    private String enabled(Random random) throws Exception {
        String login = LOGINS.get(random.nextInt(LOGINS.size()));
        boolean enable = random.nextBoolean();
        users.setEnabled(admin, login, enable);
        return login + (enable ? " enabled" : " disabled");
    }

    /** A reload: a random forest over part of the pool; or members of the pool not present yet added, at the top or below present ones. */
    private String members(Random random) throws Exception {
        List<String> present = new ArrayList<>(rows().stream().filter(row -> !row.missing()).map(row -> row.uniqueName()).toList());
        List<String> lines = new ArrayList<>();
        if (present.isEmpty() || random.nextBoolean()) {
            List<String> chosen = new ArrayList<>(POOL);
            Collections.shuffle(chosen, random);
            chosen = chosen.subList(0, 1 + random.nextInt(POOL.size()));
            for (int i = 0; i < chosen.size(); i++) {
                lines.add(chosen.get(i) + '\t' + (i == 0 || random.nextInt(3) == 0 ? "" : chosen.get(random.nextInt(i))));
            }
            load(Mode.RELOAD, lines.toArray(String[]::new));
            return "reload of " + lines.size() + " members";
        }
        Set<String> stored = new HashSet<>(rows().stream().map(row -> row.uniqueName()).toList());
        for (String name : POOL) {
            if (!stored.contains(name) && random.nextInt(3) == 0) {
                lines.add(name + '\t' + (random.nextInt(4) == 0 ? "" : present.get(random.nextInt(present.size()))));
                present.add(name);
            }
        }
        if (lines.isEmpty()) {
            return "nothing added";
        }
        load(Mode.ADD, lines.toArray(String[]::new));
        return lines.size() + " members added";
    }

    /** Every user's filter on both models: the service's against the full compile of the whole model. */
    private void compare(DataRightsAccessImpl access, String where) throws Exception {
        Installation whole = store.model().load();
        EffectiveDataRights full = EffectiveDataRights.compile(whole, new StoredHierarchies(store));
        for (User user : whole.getUsers()) {
            for (String modelId : List.of(salesId, stockId)) {
                String at = where + ", " + user.getLogin() + " on " + (modelId.equals(salesId) ? "Sales" : "Stock");
                SameFilters.assertSame(full.filter(user.getId(), modelId), access.filter(user.getId(), modelId), CANDIDATES, at);
            }
        }
    }

    /** A membership or an enabled flag written by SQL is not believed: the user's filter grants nothing, as the full compile's. */
    @Test
    void rowsChangedBySqlGrantNothingOnTheOneUserPath() throws Exception {
        people();
        Installation model = administration.readVocabulary(admin);
        DataRight right = F.createDataRight();
        right.setName("North sales");
        right.getHolders().add(model.getGroups().stream().filter(g -> g.getName().equals("North")).findFirst().orElseThrow());
        DataModelGrant grant = F.createDataModelGrant();
        grant.setModel(model.getDataModels().stream().filter(m -> m.getId().equals(salesId)).findFirst().orElseThrow());
        right.getModelGrants().add(grant);
        Models.measure(grant, "[Measures].[Amount]", true);
        administration.create(admin, right);
        users.setEnabled(admin, "cid", false);
        groups.addMember(admin, "North", "cid");
        String ann = userId("ann");
        String cid = userId("cid");
        String north = model.getGroups().stream().filter(g -> g.getName().equals("North")).findFirst().orElseThrow().getId();

        // ann joins North by SQL (no seal), cid is enabled by SQL (his row no longer matches its seal).
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT INTO memberships (id, version, owner_id, position, group_id) VALUES ('sql-membership', 0, ?, 0, ?)")) {
                ps.setString(1, ann);
                ps.setString(2, north);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE users SET enabled = TRUE WHERE id = ?")) {
                ps.setString(1, cid);
                ps.executeUpdate();
            }
            return null;
        });
        DataRightsAccessImpl access = new DataRightsAccessImpl(store, Clock.systemUTC());
        assertFalse(access.filter(ann, salesId).granted(), "a membership added by SQL grants nothing");
        assertFalse(access.filter(cid, salesId).granted(), "a user enabled by SQL is not believed");
        compare(access, "after SQL");

        // A membership through the service grants the right: the refusals above came from the seals.
        groups.addMember(admin, "North", "bob");
        access.handleEvent(new Event("org/castellan/security/group/CHANGED", Map.of()));
        assertTrue(access.filter(userId("bob"), salesId).granted());
        assertEquals(Set.of("[Measures].[Amount]"), access.filter(userId("bob"), salesId).measures());
    }

    private String userId(String login) throws Exception {
        return store.model().load().getUsers().stream().filter(u -> u.getLogin().equals(login)).findFirst().orElseThrow().getId();
    }
}
