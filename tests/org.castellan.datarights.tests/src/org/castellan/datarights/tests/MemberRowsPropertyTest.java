package org.castellan.datarights.tests;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.castellan.datarights.DimensionMembers;
import org.castellan.datarights.DimensionMembers.Mode;
import org.castellan.datarights.EffectiveDataRights;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.internal.DataRightsAccessImpl;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.Installation;
import org.castellan.model.Member;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/**
 * The data filters computed from the member rows, kept by the access service across changes,
 * against a full rebuild in memory: random sequences of reloads, added files and data-right
 * creations, changes and deletions, compared after each step for every member of the pool and
 * some never registered. Each case has its own seed; a failure names it, {@code -Dcastellan.seed=<seed>}
 * replays it first.
 */
class MemberRowsPropertyTest extends MemberInstallation {

    private static final int CASES = 12;
    private static final int STEPS = 14;
    private static final List<String> POOL = new ArrayList<>();

    static {
        for (int i = 0; i < 24; i++) {
            POOL.add("[C].[" + i + "]");
        }
    }

    @Test
    void filtersFromRowsEqualAFullRebuildAfterEveryChange() throws Exception {
        Seeds.forEachCase(19L, CASES, this::check);
    }

    private void check(long seed) throws Exception {
        store.close();
        installation();
        Random random = new Random(seed);
        DataRightsAccessImpl access = new DataRightsAccessImpl(store, java.time.Clock.systemUTC());
        Map<String, String> present = new LinkedHashMap<>(); // the reference: member to parent (empty at the top)
        for (int step = 0; step < STEPS; step++) {
            switch (random.nextInt(5)) {
                case 0, 1 -> reload(random, present);
                case 2 -> add(random, present);
                default -> changeRight(random, step);
            }
            access.handleEvent(new Event("org/castellan/datarights/model/CHANGED", Map.of()));
            compare(access, present, "step " + step);
        }
    }

    /** A new whole dimension: a random forest over part of the pool, lines shuffled (parents may follow children). */
    private void reload(Random random, Map<String, String> present) throws Exception {
        List<String> chosen = new ArrayList<>(POOL);
        Collections.shuffle(chosen, random);
        chosen = chosen.subList(0, 1 + random.nextInt(POOL.size()));
        Map<String, String> tree = new LinkedHashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            tree.put(chosen.get(i), i == 0 || random.nextInt(3) == 0 ? "" : chosen.get(random.nextInt(i)));
        }
        List<String> lines = new ArrayList<>();
        tree.forEach((name, parent) -> lines.add(name + '\t' + parent));
        Collections.shuffle(lines, random);
        load(Mode.RELOAD, lines.toArray(String[]::new));
        present.clear();
        present.putAll(tree);
    }

    /** A few members of the pool not present, below present ones or at the top. */
    private void add(Random random, Map<String, String> present) throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> parents = new ArrayList<>(present.keySet());
        for (String name : POOL) {
            if (!present.containsKey(name) && random.nextInt(3) == 0) {
                String parent = parents.isEmpty() || random.nextInt(4) == 0 ? "" : parents.get(random.nextInt(parents.size()));
                lines.add(name + '\t' + parent);
                present.put(name, parent);
                parents.add(name);
            }
        }
        if (!lines.isEmpty()) {
            load(Mode.ADD, lines.toArray(String[]::new));
        }
    }

    /** Creates, changes or deletes one of three data rights held by the administrator. */
    private void changeRight(Random random, int step) throws Exception {
        Installation model = administration.readVocabulary(admin);
        String name = "R" + random.nextInt(3);
        DataRight stored = model.getDataRights().stream().filter(r -> r.getName().equals(name)).findFirst().orElse(null);
        if (stored != null && random.nextInt(4) == 0) {
            administration.delete(admin, stored.getId());
            return;
        }
        DataRight right = stored != null ? stored : CastellanFactory.eINSTANCE.createDataRight();
        right.setName(name);
        right.getHolders().clear();
        right.getHolders().add(model.getUsers().get(0));
        right.getModelGrants().clear();
        DataModelGrant grant = CastellanFactory.eINSTANCE.createDataModelGrant();
        grant.setModel(model.getDataModels().get(0));
        Models.measure(grant, "[Measures].[Amount]", true);
        RandomGrants.dimension(random, grant, POOL, 5, 10, k -> "[Typed].[" + step + "]");
        right.getModelGrants().add(grant);
        if (stored == null) {
            administration.create(admin, right);
        } else {
            administration.save(admin, right);
        }
    }

    /** The service's filter (rows, kept across changes) against the same model rebuilt in memory with the reference's members. */
    private void compare(DataRightsAccessImpl access, Map<String, String> present, String where) throws Exception {
        Installation rebuilt = store.model().load();
        Dimension customer = rebuilt.getDataModels().get(0).getDimensions().get(0);
        Map<String, Member> made = new LinkedHashMap<>();
        for (String name : present.keySet()) {
            Member member = CastellanFactory.eINSTANCE.createMember();
            member.setUniqueName(name);
            made.put(name, member);
        }
        present.forEach((name, parent) -> (parent.isEmpty() ? customer.getMembers() : made.get(parent).getChildren()).add(made.get(name)));
        String user = rebuilt.getUsers().get(0).getId();
        ModelFilter expected = EffectiveDataRights.compile(rebuilt).filter(user, salesId);
        ModelFilter actual = access.filter(user, salesId);
        List<String> candidates = new ArrayList<>(POOL);
        candidates.add("[Typed].[1]");
        SameFilters.assertSame(expected, actual, candidates, where);
    }
}
