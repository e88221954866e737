package org.castellan.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.model.Entity;
import org.castellan.model.Installation;
import org.castellan.store.internal.ModelMapping.CollectionTable;
import org.castellan.store.internal.ModelMapping.Column;
import org.castellan.store.internal.ModelMapping.Table;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The objects a model read makes from rows as it meets them, then puts in their containers and
 * links: the whole model's read and a part's read build it alike. A row of a sealed table that
 * does not match its seal is not believed: it is left out, with what it contains and what points
 * to it (see {@link Sealer}).
 */
final class RowGraph {

    private static final String ID = "id"; //$NON-NLS-1$
    private static final String VERSION = "version"; //$NON-NLS-1$
    private static final String OWNER = "owner_id"; //$NON-NLS-1$
    private static final String KIND = "kind"; //$NON-NLS-1$
    private static final String POSITION = "position"; //$NON-NLS-1$

    private final ModelMapping mapping;
    private final LoadCheck seals;
    private final Set<String> rejected = new HashSet<>();
    private final Map<String, EObject> byId = new HashMap<>();
    private final List<EObject> rowsInOrder = new ArrayList<>();
    private final Map<EObject, String> owners = new HashMap<>();
    private final Map<EObject, Integer> positions = new HashMap<>();
    private final Map<Table, List<String>> idsByTable = new HashMap<>();
    private final List<Object[]> pendingReferences = new ArrayList<>();
    private Installation root;

    /** @param seals null when nothing can be checked (no key) */
    RowGraph(ModelMapping mapping, LoadCheck seals) {
        this.mapping = mapping;
        this.seals = seals;
    }

    /** Makes an object of each row of a {@code SELECT *} of the table; a row already read or not believed is passed over. Returns the ids of those made. */
    List<String> rows(Table table, ResultSet rs) throws SQLException {
        List<String> made = new ArrayList<>();
        while (rs.next()) {
            String id = rs.getString(ID);
            if (byId.containsKey(id) || rejected.contains(id)) {
                continue;
            }
            if (seals != null && !seals.row(table.name(), rs, id)) {
                rejected.add(id);
                continue;
            }
            EClass type = table.isShared() ? table.classOfKind(rs.getString(KIND)) : table.concreteClasses().get(0);
            Entity entity = (Entity) EcoreUtil.create(type);
            entity.setId(id);
            entity.setVersion(rs.getLong(VERSION));
            for (Column column : table.columns()) {
                if (!type.getEAllStructuralFeatures().contains(column.feature())) {
                    continue;
                }
                if (column.isReference()) {
                    String target = rs.getString(column.name());
                    if (target != null) {
                        pendingReferences.add(new Object[] { entity, column.feature(), target });
                    }
                } else {
                    Object value = readValue(rs, column.name(), (EAttribute) column.feature());
                    if (value != null) {
                        entity.eSet(column.feature(), value);
                    }
                }
            }
            byId.put(id, entity);
            idsByTable.computeIfAbsent(table, t -> new ArrayList<>()).add(id);
            made.add(id);
            if (table.isRoot()) {
                root = (Installation) entity;
            } else {
                owners.put(entity, rs.getString(OWNER));
                positions.put(entity, rs.getInt(POSITION));
                rowsInOrder.add(entity);
            }
        }
        return made;
    }

    /** Whether a row of that id was read and believed. */
    boolean has(String id) {
        return byId.containsKey(id);
    }

    /** The targets of the references read so far, of those features, that no row read holds (nor refused). */
    Set<String> unreadTargets(Set<? extends EStructuralFeature> features) {
        Set<String> targets = new HashSet<>();
        for (Object[] pending : pendingReferences) {
            String target = (String) pending[2];
            if (features.contains(pending[1]) && !byId.containsKey(target) && !rejected.contains(target)) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** The lists of one collection table, read ({@code owner_id, value} ordered by owner and position) for owners read. */
    void collection(CollectionTable collection, ResultSet rs) throws SQLException {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        while (rs.next()) {
            lists.computeIfAbsent(rs.getString(1), o -> new ArrayList<>()).add(rs.getString(2));
        }
        for (var entry : lists.entrySet()) {
            EObject owner = byId.get(entry.getKey());
            if (owner == null || seals != null && !seals.list(collection.name(), entry.getKey(), entry.getValue())) {
                continue;
            }
            for (String stored : entry.getValue()) {
                Object value = collection.isReference() ? byId.get(stored)
                        : fromString(((EAttribute) collection.feature()).getEAttributeType(), stored);
                if (value != null) {
                    ownedList(owner, collection.feature()).add(value);
                }
            }
        }
    }

    /**
     * Puts each object in its container and sets the references: a reference to a row not
     * believed takes the object holding it out (a grant or membership of such a row grants
     * nothing); one to a row not read stays empty. Call before {@link #collection}.
     */
    Installation link() {
        for (EObject child : rowsInOrder) {
            EObject owner = byId.get(owners.get(child));
            if (owner == null) {
                continue; // an orphan row (its container was deleted by plain SQL, or not read) stays out
            }
            EReference containment = mapping.containmentInto(owner.eClass(), mapping.table(child.eClass()));
            if (containment != null) {
                ownedList(owner, containment).add(child);
            }
        }
        for (Object[] pending : pendingReferences) {
            EObject target = byId.get(pending[2]);
            if (target != null) {
                ((EObject) pending[0]).eSet((EStructuralFeature) pending[1], target);
            } else if (rejected.contains(pending[2])) {
                EcoreUtil.remove((EObject) pending[0]);
            }
        }
        return root;
    }

    /**
     * Puts the installation's own lists in their stored order (stable: equal positions keep the
     * order read), for a read that met their objects in several rounds.
     */
    void sortTopLevel(Installation installation) {
        for (EReference containment : installation.eClass().getEAllContainments()) {
            if (containment.isMany()) {
                ECollections.sort(ownedList(installation, containment),
                        Comparator.comparing(o -> positions.getOrDefault(o, Integer.MAX_VALUE)));
            }
        }
    }

    /** The ids read of the rows of these tables' classes. */
    List<String> idsOf(Collection<Table> tables) {
        List<String> ids = new ArrayList<>();
        for (Table table : tables) {
            ids.addAll(idsByTable.getOrDefault(table, List.of()));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static EList<Object> ownedList(EObject owner, EStructuralFeature feature) {
        return (EList<Object>) owner.eGet(feature);
    }

    private static Object readValue(ResultSet rs, String column, EAttribute attribute) throws SQLException {
        EDataType type = attribute.getEAttributeType();
        Class<?> instance = type.getInstanceClass();
        if (type instanceof EEnum e) {
            String name = rs.getString(column);
            EEnumLiteral literal = name == null ? null : e.getEEnumLiteral(name);
            return literal == null ? null : literal.getInstance();
        }
        if (instance == boolean.class || instance == Boolean.class) {
            return rs.getBoolean(column);
        }
        if (instance == int.class || instance == Integer.class) {
            return rs.getInt(column);
        }
        if (instance == long.class || instance == Long.class) {
            return rs.getLong(column);
        }
        if (instance == Date.class) {
            Timestamp ts = rs.getTimestamp(column);
            return ts == null ? null : new Date(ts.getTime());
        }
        return rs.getString(column);
    }

    private static Object fromString(EDataType type, String value) {
        return type.getInstanceClass() == String.class ? value : EcoreUtil.createFromString(type, value);
    }
}
