package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.model.Installation;
import org.castellan.store.internal.ModelMapping.CollectionTable;
import org.castellan.store.internal.ModelMapping.Column;
import org.castellan.store.internal.ModelMapping.Table;
import org.eclipse.emf.ecore.EReference;

/**
 * Reads part of the model by its keys (indexed reads), with the seal checks of a whole read: the
 * installation's row, some of its own objects with all they contain, and the objects chosen
 * references lead to. What a question about one user needs, whatever the installation's size.
 */
final class PartRead {

    private static final String OWNER = "owner_id"; //$NON-NLS-1$
    private static final String POSITION = "position"; //$NON-NLS-1$
    /** Keys per IN list: Derby compiles one statement per list length, so lists are cut to a few lengths. */
    private static final int CHUNK = 50;

    private final ModelMapping mapping;
    private final TransactionContext tx;
    private final Connection c;
    /** The seals of the rows about to be read, fetched a chunk at a time (by table, then row key): one query per row would be most of a read. */
    private final Map<String, Map<String, String>> seals = new HashMap<>();
    private final Map<Set<Table>, Boolean> onlyTopLevel = new HashMap<>();
    /** The owners whose contents {@link #trees} read already, by table. */
    private final Set<String> expanded = new HashSet<>();
    /** The owners whose lists of references {@link #listTargets} read already, by table. */
    private final Set<String> listsAsked = new HashSet<>();

    PartRead(ModelMapping mapping, TransactionContext tx) {
        this.mapping = mapping;
        this.tx = tx;
        this.c = tx.connection();
    }

    Installation read(Collection<String> ids, Set<EReference> follow) throws SQLException {
        return read(ids, follow, false);
    }

    /**
     * @param closure whether the references of the objects the chosen references lead to are
     *                followed too, again and again until every target was read or refused
     */
    Installation read(Collection<String> ids, Set<EReference> follow, boolean closure) throws SQLException {
        RowGraph graph = new RowGraph(mapping, tx.sealer().partCheck(tx, seals));
        Table rootTable = mapping.table(mapping.rootClass());
        String rootId;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + rootTable.name())) { //$NON-NLS-1$
            List<String> roots = graph.rows(rootTable, rs);
            if (roots.isEmpty()) {
                return null;
            }
            rootId = roots.get(0);
        }
        trees(graph, new HashSet<>(ids));
        // The objects the chosen references lead to, each as the installation's object holding it.
        Set<String> tried = new HashSet<>();
        Map<String, Set<Table>> more = tops(graph, follow, rootId, tried);
        while (!more.isEmpty()) {
            trees(graph, more.keySet(), more);
            more = closure ? tops(graph, follow, rootId, tried) : Map.of();
        }
        Installation root = graph.link();
        if (closure) {
            // read in several rounds: the installation's lists in their stored order, as a whole read has them
            graph.sortTopLevel(root);
        }
        for (var entry : mapping.collectionTables().entrySet()) {
            List<String> owners = graph.idsOf(Set.of(entry.getValue()));
            CollectionTable collection = entry.getKey();
            for (List<String> chunk : chunks(owners)) {
                fetchSeals(collection.name(), null, chunk);
                try (PreparedStatement ps = c.prepareStatement("SELECT " + OWNER + ", " + collection.valueColumn() + " FROM " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + collection.name() + " WHERE " + OWNER + in(chunk) + " ORDER BY " + OWNER + ", " + POSITION)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        graph.collection(collection, rs);
                    }
                }
            }
        }
        return root;
    }

    /**
     * The installation's objects holding the unread targets of {@code follow}, each tried once:
     * the targets of references held in a column, and those of lists of references (a user's
     * companies), which are read at the end but must be followed now.
     */
    private Map<String, Set<Table>> tops(RowGraph graph, Set<EReference> follow, String rootId, Set<String> tried) throws SQLException {
        Map<String, Set<Table>> more = new HashMap<>();
        for (EReference reference : follow) {
            Set<String> targets = new HashSet<>(graph.unreadTargets(Set.of(reference)));
            targets.addAll(listTargets(graph, reference));
            for (String target : targets) {
                if (graph.has(target) || !tried.add(target)) {
                    continue;
                }
                Set<Table> tables = mapping.tablesOf(reference.getEReferenceType());
                boolean own = onlyTopLevel(tables);
                String top = own ? target : topLevel(tables, target, rootId);
                if (top != null && !graph.has(top) && tried.add("top:" + top)) { //$NON-NLS-1$
                    more.put(top, own ? tables : allTables());
                }
            }
        }
        return more;
    }

    /** The targets of a list of references kept in a table of its own, for the owners read and not asked yet. */
    private Set<String> listTargets(RowGraph graph, EReference reference) throws SQLException {
        Set<String> targets = new HashSet<>();
        for (var entry : mapping.collectionTables().entrySet()) {
            CollectionTable collection = entry.getKey();
            if (collection.feature() != reference) {
                continue;
            }
            List<String> owners = new ArrayList<>(graph.idsOf(Set.of(entry.getValue())));
            owners.removeIf(owner -> !listsAsked.add(collection.name() + ':' + owner));
            collect(targets, "SELECT " + collection.valueColumn() + " FROM " + collection.name() + " WHERE " + OWNER, owners); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return targets;
    }

    private Set<Table> allTables() {
        return new HashSet<>(mapping.tablesInInsertOrder());
    }

    /** Whether objects of these tables are always the installation's own (a role, a right): no query finds their holder. */
    private boolean onlyTopLevel(Set<Table> tables) {
        return onlyTopLevel.computeIfAbsent(tables, this::findOnlyTopLevel);
    }

    private boolean findOnlyTopLevel(Set<Table> tables) {
        for (Table table : tables) {
            if (table.isRoot() || mapping.containmentInto(mapping.rootClass(), table) == null) {
                return false;
            }
            for (Table other : mapping.tablesInInsertOrder()) {
                if (!other.isRoot() && containersOf(table, Set.of(other)).contains(other)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Reads the installation's objects of these ids (those that are its own) and everything they contain, table by table, containers first. */
    private void trees(RowGraph graph, Set<String> ids) throws SQLException {
        trees(graph, ids, Map.of());
    }

    /**
     * @param tablesOf the tables where some of the ids are to be found (a role's id among the
     *                 roles only); an id not here is looked for in every table of the installation's objects
     */
    private void trees(RowGraph graph, Set<String> ids, Map<String, Set<Table>> tablesOf) throws SQLException {
        Set<Table> read = new HashSet<>();
        for (Table table : mapping.tablesInInsertOrder()) {
            if (table.isRoot()) {
                continue;
            }
            List<String> made = new ArrayList<>();
            if (mapping.containmentInto(mapping.rootClass(), table) != null) {
                List<String> here = ids.stream().filter(id -> !tablesOf.containsKey(id) || tablesOf.get(id).contains(table)).toList();
                made.addAll(select(graph, table, "id", here)); //$NON-NLS-1$
            }
            // The rows contained by those read (in a table containing itself, level by level), each owner asked once.
            List<String> owners = new ArrayList<>(graph.idsOf(containersOf(table, read)));
            if (containsItself(table)) {
                owners.addAll(made);
            }
            while (!owners.isEmpty()) {
                owners.removeIf(owner -> !expanded.add(table.name() + ':' + owner));
                List<String> found = select(graph, table, OWNER, owners);
                owners = containsItself(table) ? new ArrayList<>(found) : List.of();
            }
            read.add(table);
        }
    }

    private List<String> select(RowGraph graph, Table table, String column, List<String> keys) throws SQLException {
        List<String> made = new ArrayList<>();
        for (List<String> chunk : chunks(keys)) {
            fetchSeals(table.name(), "SELECT id FROM " + table.name() + " WHERE " + column + in(chunk), chunk); //$NON-NLS-1$ //$NON-NLS-2$
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table.name() + " WHERE " + column + in(chunk) //$NON-NLS-1$ //$NON-NLS-2$
                    + " ORDER BY " + POSITION)) { //$NON-NLS-1$
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    made.addAll(graph.rows(table, rs));
                }
            }
        }
        return made;
    }

    /**
     * Fetches the seals of the rows of a sealed table whose keys {@code keysSql} selects (bound to
     * the chunk), or, without it, of the chunk's keys themselves (the lists of those owners).
     */
    private void fetchSeals(String table, String keysSql, List<String> chunk) throws SQLException {
        // the rights are always believed (see LoadCheck)
        if (!SealedTable.BY_NAME.containsKey(table) || "rights".equals(table) || !tx.sealer().hasKey()) { //$NON-NLS-1$
            return;
        }
        String keys = keysSql == null ? in(chunk) : " IN (" + keysSql + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        try (PreparedStatement ps = c.prepareStatement("SELECT row_key, seal FROM row_seals WHERE table_name = ? AND row_key" + keys)) { //$NON-NLS-1$
            ps.setString(1, table);
            int width = width(chunk.size());
            for (int i = 0; i < width; i++) {
                ps.setString(i + 2, chunk.get(Math.min(i, chunk.size() - 1)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, String> ofTable = seals.computeIfAbsent(table, t -> new HashMap<>());
                while (rs.next()) {
                    ofTable.put(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    /** The tables already read whose objects may contain objects of {@code table}. */
    private Set<Table> containersOf(Table table, Set<Table> read) {
        Set<Table> containers = new HashSet<>();
        for (Table candidate : read) {
            for (EReference containment : candidate.containments()) {
                if (mapping.tablesOf(containment.getEReferenceType()).contains(table)) {
                    containers.add(candidate);
                }
            }
        }
        return containers;
    }

    private boolean containsItself(Table table) {
        return table.containments().stream().anyMatch(r -> mapping.tablesOf(r.getEReferenceType()).contains(table));
    }

    /** The id of the installation's own object holding the row {@code id} of one of {@code tables}; null when it is not stored. */
    private String topLevel(Set<Table> tables, String id, String rootId) throws SQLException {
        Set<Table> candidates = tables;
        String at = id;
        for (int depth = 0; depth < 100; depth++) {
            String owner = null;
            Table found = null;
            for (Table table : candidates) {
                if (table.isRoot()) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT " + OWNER + " FROM " + table.name() + " WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    ps.setString(1, at);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            owner = rs.getString(1);
                            found = table;
                        }
                    }
                }
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            if (rootId.equals(owner)) {
                return at;
            }
            candidates = new LinkedHashSet<>();
            for (Table table : mapping.tablesInInsertOrder()) {
                if (containersOf(found, Set.of(table)).contains(table)) {
                    candidates.add(table);
                }
            }
            at = owner;
        }
        return null;
    }

    /** The ids of the stored objects whose reference {@code feature} points to one of the targets. */
    Set<String> referrers(EReference feature, Collection<String> targetIds) throws SQLException {
        Set<String> found = new HashSet<>();
        for (var entry : mapping.collectionTables().entrySet()) {
            if (entry.getKey().feature() == feature) {
                collect(found, "SELECT DISTINCT " + OWNER + " FROM " + entry.getKey().name() + " WHERE target_id", targetIds); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        for (Table table : mapping.tablesInInsertOrder()) {
            for (Column column : table.columns()) {
                if (column.feature() == feature) {
                    collect(found, "SELECT id FROM " + table.name() + " WHERE " + column.name(), targetIds); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        return found;
    }

    /**
     * The ids of the installation's own objects that hold (contain) an object whose reference
     * {@code feature} points to one of the targets: the users and groups a role is given to.
     */
    Set<String> holders(EReference feature, Collection<String> targetIds) throws SQLException {
        Set<String> found = new HashSet<>();
        String rootId = null;
        for (Table table : mapping.tablesInInsertOrder()) {
            for (Column column : table.columns()) {
                if (column.feature() != feature) {
                    continue;
                }
                if (mapping.containmentInto(mapping.rootClass(), table) != null) {
                    collect(found, "SELECT id FROM " + table.name() + " WHERE " + column.name(), targetIds); //$NON-NLS-1$ //$NON-NLS-2$
                    continue;
                }
                Set<String> owners = new HashSet<>();
                collect(owners, "SELECT DISTINCT " + OWNER + " FROM " + table.name() + " WHERE " + column.name(), targetIds); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Set<Table> containers = containersOf(table, new HashSet<>(mapping.tablesInInsertOrder()));
                if (onlyTopLevel(containers)) {
                    found.addAll(owners);
                    continue;
                }
                if (rootId == null) {
                    rootId = rootId();
                }
                for (String owner : owners) {
                    String top = topLevel(containers, owner, rootId);
                    if (top != null) {
                        found.add(top);
                    }
                }
            }
        }
        return found;
    }

    private String rootId() throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM " + mapping.table(mapping.rootClass()).name())) { //$NON-NLS-1$
            return rs.next() ? rs.getString(1) : ""; //$NON-NLS-1$
        }
    }

    private void collect(Set<String> into, String sqlBeforeIn, Collection<String> keys) throws SQLException {
        for (List<String> chunk : chunks(new ArrayList<>(keys))) {
            try (PreparedStatement ps = c.prepareStatement(sqlBeforeIn + in(chunk))) {
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        into.add(rs.getString(1));
                    }
                }
            }
        }
    }

    private static List<List<String>> chunks(List<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** An IN list of one of a few lengths (1, 2, 5, 10, 25, 50), the keys repeated to fill it. */
    private static String in(List<String> chunk) {
        return " IN (" + String.join(", ", Collections.nCopies(width(chunk.size()), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static int width(int size) {
        for (int w : new int[] { 1, 2, 5, 10, 25 }) {
            if (size <= w) {
                return w;
            }
        }
        return CHUNK;
    }

    private static void bind(PreparedStatement ps, List<String> chunk) throws SQLException {
        int width = width(chunk.size());
        for (int i = 0; i < width; i++) {
            ps.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
        }
    }
}
