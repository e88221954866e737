package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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

    PartRead(ModelMapping mapping, TransactionContext tx) {
        this.mapping = mapping;
        this.tx = tx;
        this.c = tx.connection();
    }

    Installation read(Collection<String> ids, Set<EReference> follow) throws SQLException {
        RowGraph graph = new RowGraph(mapping, tx.sealer().partCheck(tx));
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
        Set<String> more = new HashSet<>();
        for (EReference reference : follow) {
            for (String target : graph.unreadTargets(Set.of(reference))) {
                String top = topLevel(mapping.tablesOf(reference.getEReferenceType()), target, rootId);
                if (top != null && !graph.has(top)) {
                    more.add(top);
                }
            }
        }
        if (!more.isEmpty()) {
            trees(graph, more);
        }
        Installation root = graph.link();
        for (var entry : mapping.collectionTables().entrySet()) {
            List<String> owners = graph.idsOf(Set.of(entry.getValue()));
            CollectionTable collection = entry.getKey();
            for (List<String> chunk : chunks(owners)) {
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

    /** Reads the installation's objects of these ids (those that are its own) and everything they contain, table by table, containers first. */
    private void trees(RowGraph graph, Set<String> ids) throws SQLException {
        Set<Table> read = new HashSet<>();
        for (Table table : mapping.tablesInInsertOrder()) {
            if (table.isRoot()) {
                continue;
            }
            List<String> made = new ArrayList<>();
            if (mapping.containmentInto(mapping.rootClass(), table) != null) {
                made.addAll(select(graph, table, "id", new ArrayList<>(ids))); //$NON-NLS-1$
            }
            // The rows contained by those read (in a table containing itself, level by level).
            List<String> owners = new ArrayList<>(graph.idsOf(containersOf(table, read)));
            owners.addAll(made);
            while (!owners.isEmpty()) {
                List<String> found = select(graph, table, OWNER, owners);
                owners = containsItself(table) ? found : List.of();
            }
            read.add(table);
        }
    }

    private List<String> select(RowGraph graph, Table table, String column, List<String> keys) throws SQLException {
        List<String> made = new ArrayList<>();
        for (List<String> chunk : chunks(keys)) {
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
