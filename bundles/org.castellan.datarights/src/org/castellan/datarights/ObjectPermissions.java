package org.castellan.datarights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.castellan.datarights.internal.Messages;
import org.castellan.model.Folder;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.ObjectPermission;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Principal;
import org.castellan.model.RepositoryObject;
import org.castellan.model.User;
import org.eclipse.osgi.util.NLS;

/**
 * The permission levels of every user on every object of a folder/report tree, compiled once into
 * an immutable snapshot: a lookup walks only the ancestors that carry grants, never a query.
 * <p>
 * The rules, for a user and an object:
 * <ol>
 * <li>The grants that concern the user are those given to him and to each of his groups.</li>
 * <li>The object's own grants that concern the user decide. When it has none, the nearest ancestor
 * with such grants decides; grants further up do not apply. So rights set on an object decide for
 * it even under a folder where the user has No access.</li>
 * <li>On the deciding object, No access wins over every other level (a user who may edit but whose
 * group has No access has no access); otherwise the highest level given wins.</li>
 * <li>When no object on the path has grants for the user or his groups, he has no access (default
 * deny). A disabled user has no access to anything.</li>
 * </ol>
 * The visible tree holds the objects a user has at least Preview on, and the folders above them as
 * names only when he cannot open them himself.
 *
 * @since 0.1
 */
public final class ObjectPermissions {

    private static final byte NONE = -1;
    private static final int[] NO_PRINCIPALS = new int[0];

    private final String[] ids;
    private final String[] names;
    private final int[] parent;
    private final Map<String, Integer> indexOf;
    private final int[] grantStart;
    private final int[] grantPrincipal;
    private final byte[] grantLevel;
    private final int[] nearestGranted;
    private final String[] principalIds;
    private final String[] principalNames;
    private final Map<String, Integer> principalIndex;
    private final Map<String, int[]> principalsOfUser;

    private ObjectPermissions(Builder builder, int[] order) throws DataRightsException {
        int n = order.length;
        ids = new String[n];
        names = new String[n];
        parent = new int[n];
        indexOf = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Builder.Node node = builder.nodes.get(order[i]);
            ids[i] = node.id;
            names[i] = node.name;
            indexOf.put(node.id, i);
        }
        for (int i = 0; i < n; i++) {
            String parentId = builder.nodes.get(order[i]).parentId;
            parent[i] = parentId == null ? -1 : indexOf.get(parentId);
        }
        principalIds = builder.principals.keySet().toArray(String[]::new);
        principalNames = new String[principalIds.length];
        principalIndex = new HashMap<>(principalIds.length * 2);
        for (int p = 0; p < principalIds.length; p++) {
            principalIndex.put(principalIds[p], p);
            principalNames[p] = builder.principals.get(principalIds[p]).name;
        }
        int[] counts = new int[n + 1];
        for (Builder.Grant grant : builder.grants) {
            Integer object = indexOf.get(grant.objectId);
            if (object == null) {
                throw new DataRightsException(NLS.bind(Messages.objectPermissionsGrantOnUnknownObject, grant.objectId));
            }
            if (!principalIndex.containsKey(grant.principalId)) {
                throw new DataRightsException(NLS.bind(Messages.objectPermissionsGrantToUnknownPrincipal, grant.principalId, names[object]));
            }
            counts[object + 1]++;
        }
        grantStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            grantStart[i + 1] = grantStart[i] + counts[i + 1];
        }
        grantPrincipal = new int[builder.grants.size()];
        grantLevel = new byte[builder.grants.size()];
        int[] fill = Arrays.copyOf(grantStart, n);
        for (Builder.Grant grant : builder.grants) {
            int at = fill[indexOf.get(grant.objectId)]++;
            grantPrincipal[at] = principalIndex.get(grant.principalId);
            grantLevel[at] = (byte) grant.level.getValue();
        }
        nearestGranted = new int[n];
        for (int i = 0; i < n; i++) { // parents come first in tree order
            nearestGranted[i] = grantStart[i] < grantStart[i + 1] ? i : parent[i] < 0 ? -1 : nearestGranted[parent[i]];
        }
        principalsOfUser = new HashMap<>();
        for (Map.Entry<String, Builder.PrincipalEntry> entry : builder.principals.entrySet()) {
            Builder.PrincipalEntry principal = entry.getValue();
            if (principal.group || !principal.enabled) {
                continue;
            }
            List<String> groups = builder.memberships.getOrDefault(entry.getKey(), List.of());
            int[] own = new int[groups.size() + 1];
            int count = 0;
            own[count++] = principalIndex.get(entry.getKey());
            for (String group : groups) {
                Integer index = principalIndex.get(group);
                if (index == null) {
                    throw new DataRightsException(NLS.bind(Messages.objectPermissionsUnknownGroup, principal.name, group));
                }
                own[count++] = index;
            }
            int[] sorted = Arrays.copyOf(own, count);
            Arrays.sort(sorted);
            principalsOfUser.put(entry.getKey(), sorted);
        }
    }

    /** Starts a tree registered by a host: objects, users, groups, memberships and grants. */
    public static Builder builder() {
        return new Builder();
    }

    /** Compiles the folder/report tree, users, groups and permissions of an installation's model. */
    public static ObjectPermissions compile(Installation model) throws DataRightsException {
        Builder builder = builder();
        for (Group group : model.getGroups()) {
            builder.group(group.getId(), group.getName());
        }
        for (User user : model.getUsers()) {
            builder.user(user.getId(), user.getLogin(), user.isEnabled());
            for (Membership membership : user.getMemberships()) {
                if (membership.getGroup() != null) {
                    builder.membership(user.getId(), membership.getGroup().getId());
                }
            }
        }
        for (RepositoryObject object : model.getObjects()) {
            add(builder, object, null);
        }
        return builder.build();
    }

    private static void add(Builder builder, RepositoryObject object, String parentId) {
        builder.object(object.getId(), object.getName(), parentId);
        for (ObjectPermission permission : object.getPermissions()) {
            Principal principal = permission.getPrincipal();
            if (principal != null && principal.getId() != null) {
                builder.grant(object.getId(), principal.getId(), permission.getLevel());
            }
        }
        if (object instanceof Folder folder) {
            for (RepositoryObject child : folder.getChildren()) {
                add(builder, child, object.getId());
            }
        }
    }

    /** The number of objects in the tree. */
    public int size() {
        return ids.length;
    }

    /** Whether the tree has this object. */
    public boolean contains(String objectId) {
        return indexOf.containsKey(objectId);
    }

    /**
     * The user's effective level on an object; {@link PermissionLevel#NO_ACCESS} for an unknown
     * user or object.
     */
    public PermissionLevel level(String userId, String objectId) {
        Integer object = indexOf.get(objectId);
        int[] principals = principalsOfUser.get(userId);
        if (object == null || principals == null) {
            return PermissionLevel.NO_ACCESS;
        }
        int node = nearestGranted[object];
        while (node >= 0) {
            byte level = decide(node, principals);
            if (level != NONE) {
                return PermissionLevel.get(level);
            }
            node = parent[node] < 0 ? -1 : nearestGranted[parent[node]];
        }
        return PermissionLevel.NO_ACCESS;
    }

    /** The grants on the node that concern the user: NONE when there are none. */
    private byte decide(int node, int[] principals) {
        byte best = NONE;
        for (int k = grantStart[node]; k < grantStart[node + 1]; k++) {
            if (Arrays.binarySearch(principals, grantPrincipal[k]) >= 0) {
                if (grantLevel[k] == PermissionLevel.NO_ACCESS_VALUE) {
                    return (byte) PermissionLevel.NO_ACCESS_VALUE;
                }
                best = (byte) Math.max(best, grantLevel[k]);
            }
        }
        return best;
    }

    /** Why the user has his level on the object: the deciding grants, the No access that won. */
    public PermissionExplanation explain(String userId, String objectId) {
        Integer object = indexOf.get(objectId);
        if (object == null) {
            return new PermissionExplanation(objectId, PermissionLevel.NO_ACCESS, Optional.empty(), List.of(), List.of(),
                    Optional.empty(), List.of());
        }
        List<String> path = new ArrayList<>();
        for (int node = object; node >= 0; node = parent[node]) {
            path.add(names[node]);
        }
        Collections.reverse(path);
        int[] principals = principalsOfUser.getOrDefault(userId, NO_PRINCIPALS);
        int userIndex = userIndex(userId);
        List<AppliedGrant> deciding = new ArrayList<>();
        List<AppliedGrant> overridden = new ArrayList<>();
        int source = -1;
        for (int node = nearestGranted[object]; node >= 0; node = parent[node] < 0 ? -1 : nearestGranted[parent[node]]) {
            List<AppliedGrant> here = new ArrayList<>();
            for (int k = grantStart[node]; k < grantStart[node + 1]; k++) {
                if (Arrays.binarySearch(principals, grantPrincipal[k]) >= 0) {
                    here.add(new AppliedGrant(ids[node], names[node], principalIds[grantPrincipal[k]], principalNames[grantPrincipal[k]],
                            grantPrincipal[k] != userIndex, PermissionLevel.get(grantLevel[k])));
                }
            }
            if (source < 0 && !here.isEmpty()) {
                source = node;
                deciding = here;
            } else {
                overridden.addAll(here);
            }
        }
        if (source < 0) {
            return new PermissionExplanation(objectId, PermissionLevel.NO_ACCESS, Optional.empty(), path, List.of(), Optional.empty(),
                    List.of());
        }
        Optional<AppliedGrant> winner = Optional.empty();
        PermissionLevel level = PermissionLevel.NO_ACCESS;
        for (AppliedGrant grant : deciding) {
            if (grant.level() == PermissionLevel.NO_ACCESS) {
                if (winner.isEmpty()) {
                    winner = Optional.of(grant);
                }
            } else if (grant.level().getValue() > level.getValue()) {
                level = grant.level();
            }
        }
        if (winner.isPresent()) {
            boolean higherLost = deciding.stream().anyMatch(grant -> grant.level() != PermissionLevel.NO_ACCESS);
            level = PermissionLevel.NO_ACCESS;
            if (!higherLost) {
                winner = Optional.empty(); // nothing to win over: the No access grant is simply the deciding one
            }
        }
        return new PermissionExplanation(objectId, level, Optional.of(ids[source]), path, deciding, winner, overridden);
    }

    private int userIndex(String userId) {
        return principalIndex.getOrDefault(userId, -1);
    }

    /**
     * The tree as the user sees it, in tree order: every object he has at least Preview on, and the
     * folders above such objects as names only when he cannot open them.
     */
    public List<VisibleObject> visibleTree(String userId) {
        int n = ids.length;
        int[] principals = principalsOfUser.get(userId);
        if (principals == null) {
            return List.of();
        }
        byte[] level = new byte[n];
        for (int i = 0; i < n; i++) {
            byte own = grantStart[i] < grantStart[i + 1] ? decide(i, principals) : NONE;
            level[i] = own != NONE ? own : parent[i] < 0 ? NONE : level[parent[i]];
        }
        boolean[] shown = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            if (level[i] > PermissionLevel.NO_ACCESS_VALUE) {
                shown[i] = true;
            }
            if (shown[i] && parent[i] >= 0) {
                shown[parent[i]] = true;
            }
        }
        List<VisibleObject> visible = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (shown[i]) {
                boolean nameOnly = level[i] <= PermissionLevel.NO_ACCESS_VALUE;
                visible.add(new VisibleObject(ids[i], names[i], parent[i] < 0 ? Optional.empty() : Optional.of(ids[parent[i]]),
                        nameOnly ? PermissionLevel.NO_ACCESS : PermissionLevel.get(level[i]), nameOnly));
            }
        }
        return visible;
    }

    /**
     * A tree as a host registers it. Objects may come in any order; {@link #build()} refuses a
     * cycle, a parent that is not registered and a grant on an unknown object or principal.
     */
    public static final class Builder {

        private record Node(String id, String name, String parentId) {
        }

        private record Grant(String objectId, String principalId, PermissionLevel level) {
        }

        private record PrincipalEntry(String name, boolean group, boolean enabled) {
        }

        private final List<Node> nodes = new ArrayList<>();
        private final Map<String, PrincipalEntry> principals = new LinkedHashMap<>();
        private final Map<String, List<String>> memberships = new HashMap<>();
        private final List<Grant> grants = new ArrayList<>();

        private Builder() {
        }

        /** An object of the tree; parentId null at the top. */
        public Builder object(String id, String name, String parentId) {
            nodes.add(new Node(Objects.requireNonNull(id), Objects.requireNonNull(name), parentId));
            return this;
        }

        public Builder user(String id, String login, boolean enabled) {
            principals.put(Objects.requireNonNull(id), new PrincipalEntry(Objects.requireNonNull(login), false, enabled));
            return this;
        }

        public Builder group(String id, String name) {
            principals.put(Objects.requireNonNull(id), new PrincipalEntry(Objects.requireNonNull(name), true, true));
            return this;
        }

        public Builder membership(String userId, String groupId) {
            memberships.computeIfAbsent(Objects.requireNonNull(userId), key -> new ArrayList<>()).add(Objects.requireNonNull(groupId));
            return this;
        }

        public Builder grant(String objectId, String principalId, PermissionLevel level) {
            grants.add(new Grant(Objects.requireNonNull(objectId), Objects.requireNonNull(principalId), Objects.requireNonNull(level)));
            return this;
        }

        /**
         * Checks and compiles the tree.
         *
         * @throws DataRightsException naming the objects of a cycle, an unknown parent, a duplicate
         *                             object, or a grant on an unknown object or principal
         */
        public ObjectPermissions build() throws DataRightsException {
            Map<String, Integer> byId = new HashMap<>(nodes.size() * 2);
            for (int i = 0; i < nodes.size(); i++) {
                if (byId.put(nodes.get(i).id, i) != null) {
                    throw new DataRightsException(NLS.bind(Messages.objectPermissionsDuplicateObject, nodes.get(i).name, nodes.get(i).id));
                }
            }
            List<List<Integer>> children = new ArrayList<>(nodes.size());
            List<Integer> roots = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                children.add(new ArrayList<>(0));
            }
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                if (node.parentId == null) {
                    roots.add(i);
                } else {
                    Integer parentIndex = byId.get(node.parentId);
                    if (parentIndex == null) {
                        throw new DataRightsException(NLS.bind(Messages.objectPermissionsUnknownParent, node.name, node.parentId));
                    }
                    children.get(parentIndex).add(i);
                }
            }
            int[] order = new int[nodes.size()];
            boolean[] reached = new boolean[nodes.size()];
            int count = 0;
            Deque stack = new Deque(nodes.size());
            for (int r = roots.size() - 1; r >= 0; r--) {
                stack.push(roots.get(r));
            }
            while (!stack.isEmpty()) {
                int node = stack.pop();
                reached[node] = true;
                order[count++] = node;
                List<Integer> below = children.get(node);
                for (int c = below.size() - 1; c >= 0; c--) {
                    stack.push(below.get(c));
                }
            }
            if (count < nodes.size()) {
                throw new DataRightsException(NLS.bind(Messages.objectPermissionsCycle, cycleNames(reached, byId)));
            }
            return new ObjectPermissions(this, order);
        }

        /** The names along one cycle among the objects no root reaches. */
        private String cycleNames(boolean[] reached, Map<String, Integer> byId) {
            int start = 0;
            while (reached[start]) {
                start++;
            }
            // Following parents from an unreached object must enter a cycle: walk until a repeat.
            Map<Integer, Integer> seenAt = new LinkedHashMap<>();
            int node = start;
            while (!seenAt.containsKey(node)) {
                seenAt.put(node, seenAt.size());
                node = byId.get(nodes.get(node).parentId);
            }
            List<String> cycle = new ArrayList<>();
            int first = node;
            do {
                cycle.add(nodes.get(node).name);
                node = byId.get(nodes.get(node).parentId);
            } while (node != first);
            cycle.add(nodes.get(first).name);
            return String.join(" > ", cycle); //$NON-NLS-1$
        }

        /** An int stack without boxing, for trees of a million objects. */
        private static final class Deque {
            private int[] items;
            private int size;

            Deque(int capacity) {
                items = new int[Math.max(16, capacity)];
            }

            void push(int item) {
                if (size == items.length) {
                    items = Arrays.copyOf(items, size * 2);
                }
                items[size++] = item;
            }

            int pop() {
                return items[--size];
            }

            boolean isEmpty() {
                return size == 0;
            }
        }
    }
}
