package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;

import org.castellan.model.Dimension;
import org.castellan.model.Entity;
import org.castellan.model.Installation;
import org.castellan.store.ModelRepository;
import org.castellan.store.StaleObjectException;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.castellan.store.Transaction;
import org.castellan.store.internal.ModelMapping.CollectionTable;
import org.castellan.store.internal.ModelMapping.Column;
import org.castellan.store.internal.ModelMapping.Table;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/** {@link ModelRepository} over JDBC, driven by {@link ModelMapping}. */
final class JdbcModelRepository implements ModelRepository {

    private static final String ID = "id"; //$NON-NLS-1$
    private static final String VERSION = "version"; //$NON-NLS-1$
    private static final String OWNER = "owner_id"; //$NON-NLS-1$
    private static final String POSITION = "position"; //$NON-NLS-1$
    private static final String KIND = "kind"; //$NON-NLS-1$

    private final DerbyStore store;
    private final ModelMapping mapping;
    /** The installations read by {@link #loadClosure}: parts, whose lists hold only some of the stored objects. */
    private final Set<EObject> partRoots = Collections.newSetFromMap(new WeakHashMap<>());

    JdbcModelRepository(DerbyStore store, ModelMapping mapping) {
        this.store = store;
        this.mapping = mapping;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Installation load() throws StoreException {
        return store.inTransaction(this::load);
    }

    @Override
    public Installation load(Transaction tx) throws StoreException {
        try {
            return read((TransactionContext) tx);
        } catch (SQLException e) {
            throw DerbyErrors.onUse(e, store.describe());
        }
    }

    /**
     * Reads every table; a row of a sealed table that does not match its seal is not believed: it
     * is left out, with what it contains and what points to it (see {@link RowGraph}).
     */
    private Installation read(TransactionContext tx) throws SQLException {
        RowGraph graph = new RowGraph(mapping, tx.sealer().loadCheck(tx));
        try (Statement st = tx.connection().createStatement()) {
            for (Table table : mapping.tablesInInsertOrder()) {
                String order = table.isRoot() ? "" : " ORDER BY " + POSITION; //$NON-NLS-1$ //$NON-NLS-2$
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table.name() + order)) { //$NON-NLS-1$
                    graph.rows(table, rs);
                }
            }
            Installation root = graph.link();
            for (CollectionTable collection : mapping.collectionTables().keySet()) {
                try (ResultSet rs = st.executeQuery("SELECT " + OWNER + ", " + collection.valueColumn() + " FROM " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + collection.name() + " ORDER BY " + OWNER + ", " + POSITION)) { //$NON-NLS-1$ //$NON-NLS-2$
                    graph.collection(collection, rs);
                }
            }
            return root;
        }
    }

    @Override
    public Installation loadPart(Transaction tx, Collection<String> ids, Set<EReference> follow) throws StoreException {
        return partRead(tx, read -> read.read(ids, follow));
    }

    @Override
    public Installation loadClosure(Transaction tx, Collection<String> ids, Set<EReference> follow) throws StoreException {
        Installation part = partRead(tx, read -> read.read(ids, follow, true));
        if (part != null) {
            synchronized (partRoots) {
                partRoots.add(part);
            }
        }
        return part;
    }

    @Override
    public Set<String> idsWhere(Transaction tx, EAttribute attribute, Object value) throws StoreException {
        Set<String> ids = new HashSet<>();
        try {
            for (Table table : mapping.tablesInInsertOrder()) {
                for (Column column : table.columns()) {
                    if (column.feature() == attribute) {
                        try (PreparedStatement ps = ((TransactionContext) tx).connection()
                                .prepareStatement("SELECT " + ID + " FROM " + table.name() + " WHERE " + column.name() + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            bindValue(ps, 1, attribute, value);
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    ids.add(rs.getString(1));
                                }
                            }
                        }
                    }
                }
            }
            return ids;
        } catch (SQLException e) {
            throw DerbyErrors.onUse(e, store.describe());
        }
    }

    @Override
    public Set<String> holders(Transaction tx, EReference feature, Collection<String> targetIds) throws StoreException {
        return partRead(tx, read -> read.holders(feature, targetIds));
    }

    @Override
    public Set<String> referrers(Transaction tx, EReference feature, Collection<String> targetIds) throws StoreException {
        return partRead(tx, read -> read.referrers(feature, targetIds));
    }

    @FunctionalInterface
    private interface PartQuery<T> {
        T run(PartRead read) throws SQLException;
    }

    private <T> T partRead(Transaction tx, PartQuery<T> query) throws StoreException {
        try {
            return query.run(new PartRead(mapping, (TransactionContext) tx));
        } catch (SQLException e) {
            throw DerbyErrors.onUse(e, store.describe());
        }
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void insert(Entity entity) throws StoreException {
        inOwnTransaction(tx -> insert(tx, entity));
    }

    @Override
    public void insert(Transaction tx, Entity entity) throws StoreException {
        insertAll(tx, List.of(entity));
    }

    @Override
    public void insertAll(Transaction tx, List<? extends Entity> entities) throws StoreException {
        Inserts inserts = new Inserts();
        Map<Table, Integer> appended = new HashMap<>();
        for (Entity entity : entities) {
            if (entity.eContainer() == null && !mapping.rootClass().isInstance(entity)) {
                throw new StoreException(Problem.DATABASE_ERROR,
                        NLS.bind(Messages.notContained, entity.eClass().getName(), label(entity)));
            }
            runWrite(tx, entity, () -> inserts.add(entity, containerId(entity), insertPosition((TransactionContext) tx, entity, appended)));
        }
        runWrite(tx, entities.isEmpty() ? null : entities.get(0), () -> inserts.flush((TransactionContext) tx));
        for (Entity entity : entities) {
            registerMembers(tx, entity);
        }
    }

    /**
     * The members a program put in the dimensions of what it writes are registered as rows (a
     * reload of each such dimension); a dimension without members in memory, as every model read
     * by the store has, leaves its stored members as they are.
     */
    private void registerMembers(Transaction tx, Entity written) throws StoreException {
        List<Dimension> dimensions = new ArrayList<>();
        if (written instanceof Dimension dimension) {
            dimensions.add(dimension);
        }
        written.eAllContents().forEachRemaining(o -> {
            if (o instanceof Dimension dimension) {
                dimensions.add(dimension);
            }
        });
        for (Dimension dimension : dimensions) {
            if (!dimension.getMembers().isEmpty()) {
                store.members().register(tx, dimension.getId(), MemberTable.fromTree(dimension), true, count -> {
                });
            }
        }
    }

    @Override
    public void update(Entity entity) throws StoreException {
        inOwnTransaction(tx -> update(tx, entity));
    }

    @Override
    public void update(Transaction tx, Entity entity) throws StoreException {
        Map<Entity, Long> newVersions = new LinkedHashMap<>();
        runWrite(tx, entity, () -> sync((TransactionContext) tx, entity, containerId(entity), storedPosition((TransactionContext) tx, entity),
                true, newVersions));
        registerMembers(tx, entity);
        // Versions move on in memory only once the rows did: a rolled-back save leaves them as read.
        ((TransactionContext) tx).afterCommit(() -> newVersions.forEach(Entity::setVersion));
    }

    @Override
    public void delete(Entity entity) throws StoreException {
        inOwnTransaction(tx -> delete(tx, entity));
    }

    @Override
    public void delete(Transaction tx, Entity entity) throws StoreException {
        Table table = mapping.table(entity.eClass());
        runWrite(tx, entity, () -> {
            TransactionContext t = (TransactionContext) tx;
            lockVersion(t.connection(), table, entity);
            touchReferrers(t, table, entity.getId());
            deleteTree(t, table, entity.getId());
        });
    }

    @FunctionalInterface
    private interface Write {
        void run(Transaction tx) throws StoreException;
    }

    private void inOwnTransaction(Write write) throws StoreException {
        store.inTransaction(tx -> {
            write.run(tx);
            return null;
        });
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException, StoreException;
    }

    private void runWrite(Transaction tx, Entity subject, SqlWork work) throws StoreException {
        try {
            work.run();
        } catch (SQLException e) {
            if (DerbyErrors.isDuplicateKey(e) && subject != null) {
                throw new StoreException(Problem.DUPLICATE,
                        NLS.bind(Messages.duplicate, subject.eClass().getName(), label(subject)), e);
            }
            throw DerbyErrors.onUse(e, store.describe());
        }
    }

    /** Writes an object's row and makes its stored contents match its contents in memory. */
    private void sync(TransactionContext t, Entity entity, String ownerId, int position, boolean checkVersion,
            Map<Entity, Long> newVersions) throws SQLException, StoreException {
        Connection c = t.connection();
        Table table = mapping.table(entity.eClass());
        touch(t, table.name(), entity.getId());
        if (checkVersion) {
            lockVersion(c, table, entity);
        }
        try (PreparedStatement ps = c.prepareStatement(updateSql(table))) {
            int i = bindRow(ps, table, entity, ownerId, position, 1);
            ps.setString(i, entity.getId());
            ps.executeUpdate();
        }
        if (checkVersion) {
            newVersions.put(entity, entity.getVersion() + 1);
        }
        replaceCollections(t, table, entity);
        for (EReference containment : entity.eClass().getEAllContainments()) {
            List<?> children = containment.isMany() ? (List<?>) entity.eGet(containment) : singletonOrEmpty(entity.eGet(containment));
            for (Table childTable : mapping.tablesOf(containment.getEReferenceType())) {
                Set<String> stored = childIds(c, childTable, entity.getId());
                Inserts inserts = new Inserts();
                for (int index = 0; index < children.size(); index++) {
                    Entity child = (Entity) children.get(index);
                    if (mapping.table(child.eClass()) != childTable) {
                        continue;
                    }
                    if (child.getId() != null && stored.remove(child.getId())) {
                        sync(t, child, entity.getId(), index, false, newVersions);
                    } else {
                        inserts.add(child, entity.getId(), index);
                    }
                }
                for (String removed : stored) {
                    deleteTree(t, childTable, removed);
                }
                inserts.flush(t);
            }
        }
    }

    private static List<?> singletonOrEmpty(Object value) {
        return value == null ? List.of() : List.of(value);
    }

    /**
     * Moves the stored version on if it is still the one the object was read with; this also
     * locks the row until the transaction ends, so two saves cannot both pass the check.
     */
    private void lockVersion(Connection c, Table table, Entity entity) throws SQLException, StoreException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE " + table.name() + " SET " + VERSION + " = " + VERSION + " + 1 WHERE " + ID + " = ? AND " + VERSION + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            ps.setString(1, entity.getId());
            ps.setLong(2, entity.getVersion());
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table.name() + " WHERE " + ID + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            ps.setString(1, entity.getId());
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        String kind = entity.eClass().getName();
        throw new StaleObjectException(entity.getId(),
                NLS.bind(exists ? Messages.changedBySomeoneElse : Messages.deletedBySomeoneElse, kind, label(entity)));
    }

    private Set<String> childIds(Connection c, Table table, String ownerId) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ID + " FROM " + table.name() + " WHERE " + OWNER + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            ps.setString(1, ownerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private void deleteTree(TransactionContext t, Table table, String id) throws SQLException {
        Connection c = t.connection();
        touch(t, table.name(), id);
        Set<Table> childTables = new HashSet<>();
        for (EReference containment : table.containments()) {
            childTables.addAll(mapping.tablesOf(containment.getEReferenceType()));
        }
        for (Table child : childTables) {
            for (String childId : childIds(c, child, id)) {
                deleteTree(t, child, childId);
            }
        }
        deleteCollections(t, table, id);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table.name() + " WHERE " + ID + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    private static void deleteCollections(TransactionContext t, Table table, String ownerId) throws SQLException {
        Connection c = t.connection();
        for (CollectionTable collection : table.collections()) {
            touch(t, collection.name(), ownerId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + collection.name() + " WHERE " + OWNER + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                ps.setString(1, ownerId);
                ps.executeUpdate();
            }
        }
    }

    private void replaceCollections(TransactionContext t, Table table, Entity entity) throws SQLException {
        deleteCollections(t, table, entity.getId());
        Inserts inserts = new Inserts();
        inserts.addCollections(table, entity);
        inserts.flush(t);
    }

    private static void touch(TransactionContext t, String table, String key) {
        t.sealer().written(t, table, key);
    }

    /**
     * Marks the rows of sealed tables that point to a row about to be deleted: the database's
     * cascades remove them (a group's memberships, a role's assignments), and their seals must go too.
     */
    private void touchReferrers(TransactionContext t, Table deleted, String id) throws SQLException {
        for (Table table : mapping.tablesInInsertOrder()) {
            if (!SealedTable.BY_NAME.containsKey(table.name())) {
                continue;
            }
            for (Column column : table.columns()) {
                if (column.isReference() && mapping.tablesOf(((EReference) column.feature()).getEReferenceType()).contains(deleted)) {
                    try (PreparedStatement ps = t.connection().prepareStatement(
                            "SELECT " + ID + " FROM " + table.name() + " WHERE " + column.name() + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                touch(t, table.name(), rs.getString(1));
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Where an object is saved in its container's list: its index there, but for an object of
     * the installation read as part of it ({@link #loadClosure}), whose index in the part says
     * nothing of the whole, the position stored.
     */
    private int storedPosition(TransactionContext t, Entity entity) throws SQLException {
        if (!inPart(entity)) {
            return positionOf(entity);
        }
        try (PreparedStatement ps = t.connection()
                .prepareStatement("SELECT " + POSITION + " FROM " + mapping.table(entity.eClass()).name() + " WHERE " + ID + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            ps.setString(1, entity.getId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : positionOf(entity);
            }
        }
    }

    /**
     * Where a new object is saved in its container's list: its index there, but added to a part
     * ({@link #loadClosure}), whose list holds only some of the stored objects, after the last one
     * stored ({@code appended}: the next position of each table, for several added at once).
     */
    private int insertPosition(TransactionContext t, Entity entity, Map<Table, Integer> appended) throws SQLException {
        if (!inPart(entity)) {
            return positionOf(entity);
        }
        Table table = mapping.table(entity.eClass());
        Integer next = appended.get(table);
        if (next == null) {
            try (PreparedStatement ps = t.connection().prepareStatement(
                    "SELECT MAX(" + POSITION + ") FROM " + table.name() + " WHERE " + OWNER + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                ps.setString(1, containerId(entity));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    next = rs.getObject(1) == null ? 0 : rs.getInt(1) + 1;
                }
            }
        }
        appended.put(table, next + 1);
        return next;
    }

    /** Whether an object belongs to a part read by {@link #loadClosure} (its container is one). */
    private boolean inPart(Entity entity) {
        EObject container = entity.eContainer();
        synchronized (partRoots) {
            return container != null && partRoots.contains(container);
        }
    }

    private static String containerId(Entity entity) {
        EObject container = entity.eContainer();
        return container == null ? null : ((Entity) container).getId();
    }

    private static int positionOf(EObject object) {
        EObject container = object.eContainer();
        if (container == null) {
            return 0;
        }
        EReference feature = object.eContainmentFeature();
        return feature.isMany() ? ((List<?>) container.eGet(feature)).indexOf(object) : 0;
    }

    private String label(Entity entity) {
        EStructuralFeature label = mapping.table(entity.eClass()).label();
        Object value = label == null || !entity.eClass().getEAllStructuralFeatures().contains(label) ? null : entity.eGet(label);
        return value == null ? String.valueOf(entity.getId()) : value.toString();
    }

    // ---------------------------------------------------------------- SQL text and values

    private final Map<Table, String> insertSql = new HashMap<>();
    private final Map<Table, String> updateSql = new HashMap<>();

    private synchronized String insertSql(Table table) {
        return insertSql.computeIfAbsent(table, t -> {
            List<String> names = new ArrayList<>(List.of(ID, VERSION));
            names.addAll(boundColumns(t));
            return "INSERT INTO " + t.name() + " (" + String.join(", ", names) + ") VALUES (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + String.join(", ", Collections.nCopies(names.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        });
    }

    private synchronized String updateSql(Table table) {
        // The version is not touched here: lockVersion moved it on for the object being saved,
        // and contained objects are covered by their container's version.
        return updateSql.computeIfAbsent(table, t -> "UPDATE " + t.name() + " SET " //$NON-NLS-1$ //$NON-NLS-2$
                + String.join(" = ?, ", boundColumns(t)) + " = ? WHERE " + ID + " = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The columns {@link #bindRow} fills, in its order. */
    private static List<String> boundColumns(Table table) {
        List<String> names = new ArrayList<>();
        if (!table.isRoot()) {
            names.addAll(List.of(OWNER, POSITION));
        }
        if (table.isShared()) {
            names.add(KIND);
        }
        table.columns().forEach(column -> names.add(column.name()));
        return names;
    }

    /** Binds owner, position, kind and columns from {@code index}; returns the next index. */
    private static int bindRow(PreparedStatement ps, Table table, Entity entity, String ownerId, int position, int index)
            throws SQLException {
        int i = index;
        if (!table.isRoot()) {
            ps.setString(i++, ownerId);
            ps.setInt(i++, position);
        }
        if (table.isShared()) {
            ps.setString(i++, entity.eClass().getName());
        }
        for (Column column : table.columns()) {
            EStructuralFeature f = column.feature();
            Object value = entity.eClass().getEAllStructuralFeatures().contains(f) ? entity.eGet(f) : null;
            bindValue(ps, i++, f, value);
        }
        return i;
    }

    private static void bindValue(PreparedStatement ps, int index, EStructuralFeature feature, Object value) throws SQLException {
        if (feature instanceof EReference) {
            if (value == null) {
                ps.setNull(index, Types.VARCHAR);
            } else {
                ps.setString(index, ((Entity) value).getId());
            }
            return;
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        Class<?> instance = type.getInstanceClass();
        if (type instanceof EEnum e) {
            ps.setString(index, value == null ? null : ((Enumerator) value).getName());
        } else if (instance == boolean.class || instance == Boolean.class) {
            ps.setBoolean(index, Boolean.TRUE.equals(value));
        } else if (instance == int.class || instance == Integer.class) {
            ps.setInt(index, value == null ? 0 : (Integer) value);
        } else if (instance == long.class || instance == Long.class) {
            ps.setLong(index, value == null ? 0L : (Long) value);
        } else if (instance == Date.class) {
            if (value == null) {
                ps.setNull(index, Types.TIMESTAMP);
            } else {
                ps.setTimestamp(index, new Timestamp(((Date) value).getTime()));
            }
        } else {
            ps.setString(index, value == null ? null : EcoreUtil.convertToString(type, value));
        }
    }

    /** New rows collected per table and written in dependency order, one JDBC batch per table. */
    private final class Inserts {
        private final Map<Table, List<Object[]>> rows = new LinkedHashMap<>();
        private final Map<CollectionTable, List<Object[]>> collectionRows = new LinkedHashMap<>();

        void add(Entity entity, String ownerId, int position) {
            if (entity.getId() == null) {
                entity.setId(UUID.randomUUID().toString());
            }
            Table table = mapping.table(entity.eClass());
            rows.computeIfAbsent(table, t -> new ArrayList<>()).add(new Object[] { entity, ownerId, position });
            addCollections(table, entity);
            for (EReference containment : table.containments()) {
                if (!entity.eClass().getEAllStructuralFeatures().contains(containment)) {
                    continue;
                }
                List<?> children = containment.isMany() ? (List<?>) entity.eGet(containment) : singletonOrEmpty(entity.eGet(containment));
                for (int i = 0; i < children.size(); i++) {
                    add((Entity) children.get(i), entity.getId(), i);
                }
            }
        }

        void addCollections(Table table, Entity entity) {
            for (CollectionTable collection : table.collections()) {
                if (!entity.eClass().getEAllStructuralFeatures().contains(collection.feature())) {
                    continue;
                }
                List<?> values = (List<?>) entity.eGet(collection.feature());
                for (int i = 0; i < values.size(); i++) {
                    collectionRows.computeIfAbsent(collection, k -> new ArrayList<>()).add(new Object[] { entity, i, values.get(i) });
                }
            }
        }

        void flush(TransactionContext t) throws SQLException {
            Connection c = t.connection();
            for (Table table : mapping.tablesInInsertOrder()) {
                List<Object[]> pending = rows.get(table);
                if (pending == null) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement(insertSql(table))) {
                    for (Object[] row : pending) {
                        Entity entity = (Entity) row[0];
                        touch(t, table.name(), entity.getId());
                        ps.setString(1, entity.getId());
                        ps.setLong(2, entity.getVersion());
                        bindRow(ps, table, entity, (String) row[1], (Integer) row[2], 3);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            for (var entry : collectionRows.entrySet()) {
                CollectionTable collection = entry.getKey();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + collection.name() + " (" + OWNER + ", " + POSITION //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + ", " + collection.valueColumn() + ") VALUES (?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
                    for (Object[] row : entry.getValue()) {
                        touch(t, collection.name(), ((Entity) row[0]).getId());
                        ps.setString(1, ((Entity) row[0]).getId());
                        ps.setInt(2, (Integer) row[1]);
                        bindValue(ps, 3, collection.feature(), row[2]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            rows.clear();
            collectionRows.clear();
        }
    }
}
