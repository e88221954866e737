package org.castellan.datarights.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.castellan.datarights.ObjectPermissions;
import org.castellan.datarights.PermissionExplanation;
import org.castellan.datarights.VisibleObject;
import org.castellan.model.PermissionLevel;
import org.junit.jupiter.api.Test;

/**
 * The compiled evaluator against a naive reference, on thousands of random trees, users, groups and
 * grants. Each case comes from its own seed; a failure names it, and
 * {@code -Dcastellan.seed=<seed>} replays that one case first.
 */
class ObjectPermissionsPropertyTest {

    private static final int CASES = 3000;

    private record Grant(String object, String principal, PermissionLevel level) {
    }

    /** A random case, as plain data. */
    private static final class Case {
        final Map<String, String> parent = new LinkedHashMap<>();
        final List<String> users = new ArrayList<>();
        final Set<String> disabled = new HashSet<>();
        final List<String> groups = new ArrayList<>();
        final Map<String, Set<String>> groupsOf = new HashMap<>();
        final List<Grant> grants = new ArrayList<>();

        Case(long seed) {
            Random random = new Random(seed);
            int objects = 1 + random.nextInt(random.nextBoolean() ? 8 : 60);
            for (int i = 0; i < objects; i++) {
                parent.put("o" + i, i == 0 || random.nextInt(6) == 0 ? null : "o" + random.nextInt(i));
            }
            int groupCount = random.nextInt(5);
            for (int g = 0; g < groupCount; g++) {
                groups.add("g" + g);
            }
            int userCount = 1 + random.nextInt(5);
            for (int u = 0; u < userCount; u++) {
                String user = "u" + u;
                users.add(user);
                if (random.nextInt(10) == 0) {
                    disabled.add(user);
                }
                Set<String> mine = new HashSet<>();
                for (String group : groups) {
                    if (random.nextInt(3) == 0) {
                        mine.add(group);
                    }
                }
                groupsOf.put(user, mine);
            }
            List<String> principals = new ArrayList<>(users);
            principals.addAll(groups);
            int grantCount = random.nextInt(objects * 2 + 1);
            PermissionLevel[] levels = PermissionLevel.values();
            for (int k = 0; k < grantCount; k++) {
                String object = "o" + random.nextInt(objects);
                // Grants cluster on few objects, so that No access meets other levels on the same object.
                if (random.nextBoolean()) {
                    object = "o" + random.nextInt(Math.min(objects, 4));
                }
                grants.add(new Grant(object, principals.get(random.nextInt(principals.size())), levels[random.nextInt(levels.length)]));
            }
        }

        ObjectPermissions compile(long seed) throws Exception {
            ObjectPermissions.Builder builder = ObjectPermissions.builder();
            List<String> order = new ArrayList<>(parent.keySet());
            Collections.shuffle(order, new Random(seed ^ 0x5DEECE66DL)); // any order: parents may come after children
            for (String object : order) {
                builder.object(object, "name of " + object, parent.get(object));
            }
            for (String group : groups) {
                builder.group(group, "group " + group);
            }
            for (String user : users) {
                builder.user(user, "login " + user, !disabled.contains(user));
                for (String group : groupsOf.get(user)) {
                    builder.membership(user, group);
                }
            }
            for (Grant grant : grants) {
                builder.grant(grant.object(), grant.principal(), grant.level());
            }
            return builder.build();
        }

        // ---- the naive reference: straight from the rules, no index ----

        Optional<String> decidingObject(String user, String object) {
            if (disabled.contains(user)) {
                return Optional.empty();
            }
            for (String at = object; at != null; at = parent.get(at)) {
                if (!concerning(user, at).isEmpty()) {
                    return Optional.of(at);
                }
            }
            return Optional.empty();
        }

        List<Grant> concerning(String user, String object) {
            Set<String> principals = new HashSet<>(groupsOf.get(user));
            principals.add(user);
            return grants.stream().filter(g -> g.object().equals(object) && principals.contains(g.principal())).toList();
        }

        PermissionLevel level(String user, String object) {
            Optional<String> deciding = decidingObject(user, object);
            if (deciding.isEmpty()) {
                return PermissionLevel.NO_ACCESS;
            }
            List<Grant> here = concerning(user, deciding.get());
            if (here.stream().anyMatch(g -> g.level() == PermissionLevel.NO_ACCESS)) {
                return PermissionLevel.NO_ACCESS;
            }
            return here.stream().map(Grant::level).max((a, b) -> Integer.compare(a.getValue(), b.getValue())).orElseThrow();
        }

        /** Visible objects, and for each whether it is a name only. */
        Map<String, Boolean> visible(String user) {
            Map<String, Boolean> visible = new HashMap<>();
            for (String object : parent.keySet()) {
                if (level(user, object) != PermissionLevel.NO_ACCESS) {
                    visible.put(object, false);
                    for (String up = parent.get(object); up != null; up = parent.get(up)) {
                        visible.putIfAbsent(up, level(user, up) == PermissionLevel.NO_ACCESS);
                    }
                }
            }
            return visible;
        }
    }

    @Test
    void compiledAnswersEqualTheNaiveReference() {
        Seeds.forEachCase(20261122L, CASES, ObjectPermissionsPropertyTest::check);
    }

    private static void check(long seed) throws Exception {
        Case c = new Case(seed);
        ObjectPermissions compiled = c.compile(seed);
        for (String user : c.users) {
            for (String object : c.parent.keySet()) {
                PermissionLevel expected = c.level(user, object);
                assertEquals(expected, compiled.level(user, object), user + " on " + object);
                PermissionExplanation why = compiled.explain(user, object);
                assertEquals(expected, why.level(), "explanation of " + user + " on " + object);
                assertEquals(c.decidingObject(user, object), why.source(), "deciding object of " + user + " on " + object);
                Set<Grant> deciding = why.deciding().stream().map(g -> new Grant(g.objectId(), g.principalId(), g.level())).collect(Collectors.toSet());
                assertEquals(new HashSet<>(why.source().map(s -> c.concerning(user, s)).orElse(List.of())), deciding,
                        "deciding grants of " + user + " on " + object);
            }
            Map<String, Boolean> expectedTree = c.visible(user);
            List<VisibleObject> tree = compiled.visibleTree(user);
            Map<String, Boolean> actualTree = new HashMap<>();
            Set<String> seen = new HashSet<>();
            for (VisibleObject line : tree) {
                actualTree.put(line.id(), line.nameOnly());
                line.parentId().ifPresent(p -> {
                    if (!seen.contains(p)) {
                        throw new AssertionError("parent " + p + " after its child " + line.id());
                    }
                });
                seen.add(line.id());
            }
            assertEquals(expectedTree, actualTree, "visible tree of " + user);
        }
    }
}
