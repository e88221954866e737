package org.castellan.store.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.castellan.model.CastellanPackage;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Which table and columns each model class maps to, read from the store annotations of
 * {@code castellan.ecore} ({@value #SOURCE}). Rules:
 * <ul>
 * <li>A class's table is the {@code table} annotation on the class or its nearest annotated
 * supertype; an abstract annotated class shares its table with its subclasses, told apart by a
 * {@code kind} column holding the class name.</li>
 * <li>Every table but the root's has {@code id}, {@code version}, {@code owner_id} (the
 * container) and {@code position} (index in the container).</li>
 * <li>Single-valued attributes and non-containment references are columns (snake_case names,
 * references suffixed {@code _id}, or the {@code column} annotation).</li>
 * <li>Many-valued attributes and non-containment references have a table of their own
 * ({@code owner_id, position, element} or {@code target_id}).</li>
 * <li>A class annotated {@code rows} (a dimension's members) is not part of the model's tables:
 * its objects, and the containments into them, are stored as rows of their own by
 * {@code MemberTable}, so that reading or saving the model never reads them.</li>
 * </ul>
 */
public final class ModelMapping {

    public static final String SOURCE = "http://castellan.org/store"; //$NON-NLS-1$

    /** A column holding a single-valued feature. */
    public record Column(EStructuralFeature feature, String name) {
        public boolean isReference() {
            return feature instanceof EReference;
        }
    }

    /** A table holding a many-valued attribute or non-containment reference. */
    public record CollectionTable(EStructuralFeature feature, String name) {
        public boolean isReference() {
            return feature instanceof EReference;
        }

        public String valueColumn() {
            return isReference() ? "target_id" : "element"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The table of one class hierarchy. */
    public static final class Table {
        private final String name;
        private final EClass base;
        private final boolean root;
        private final List<EClass> concreteClasses = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<CollectionTable> collections = new ArrayList<>();
        private final List<EReference> containments = new ArrayList<>();
        private EStructuralFeature label;

        Table(String name, EClass base, boolean root) {
            this.name = name;
            this.base = base;
            this.root = root;
        }

        public String name() {
            return name;
        }

        public boolean isRoot() {
            return root;
        }

        /** Whether several classes share the table, told apart by the {@code kind} column. */
        public boolean isShared() {
            return base.isAbstract();
        }

        public List<EClass> concreteClasses() {
            return Collections.unmodifiableList(concreteClasses);
        }

        public List<Column> columns() {
            return Collections.unmodifiableList(columns);
        }

        public List<CollectionTable> collections() {
            return Collections.unmodifiableList(collections);
        }

        public List<EReference> containments() {
            return Collections.unmodifiableList(containments);
        }

        /** The feature naming an object of this table to people, if any. */
        public EStructuralFeature label() {
            return label;
        }

        public EClass classOfKind(String kind) {
            for (EClass c : concreteClasses) {
                if (c.getName().equals(kind)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("table " + name + " holds no class " + kind); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static final ModelMapping CASTELLAN = new ModelMapping(CastellanPackage.Literals.INSTALLATION);

    private final EClass rootClass;
    private final Map<EClass, Table> tablesByClass = new HashMap<>();
    private final Map<String, Table> tablesByName = new LinkedHashMap<>();
    private final List<Table> insertOrder;
    private final Map<EClass, Set<Table>> tablesOfType = new ConcurrentHashMap<>();
    private final Map<EClass, Map<Table, Optional<EReference>>> containments = new ConcurrentHashMap<>();

    /** The mapping of Castellan's model. */
    public static ModelMapping castellan() {
        return CASTELLAN;
    }

    ModelMapping(EClass rootClass) {
        this.rootClass = rootClass;
        for (EClassifier classifier : rootClass.getEPackage().getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface() && !storedAsRows(c)) {
                addClass(c);
            }
        }
        this.insertOrder = orderByDependencies();
    }

    private void addClass(EClass c) {
        EClass base = annotatedBase(c);
        if (base == null) {
            throw new IllegalStateException("class " + c.getName() + " has no table annotation"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String tableName = annotation(base, "table"); //$NON-NLS-1$
        Table table = tablesByName.computeIfAbsent(tableName, n -> new Table(n, base, c == rootClass));
        table.concreteClasses.add(c);
        tablesByClass.put(c, table);
        if (base != c) {
            tablesByClass.put(base, table);
        }
        if (table.label == null) {
            String label = annotation(base, "label"); //$NON-NLS-1$
            table.label = label == null ? null : c.getEStructuralFeature(label);
        }
        for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
            if (f.isTransient() || f.isDerived() || isIdentity(f) || contains(table, f)
                    || f instanceof EReference r && storedAsRows(r.getEReferenceType())) {
                continue;
            }
            if (f instanceof EReference r && r.isContainment()) {
                table.containments.add(r);
            } else if (f.isMany()) {
                table.collections.add(new CollectionTable(f, collectionTableName(table, f)));
            } else {
                table.columns.add(new Column(f, columnName(f)));
            }
        }
    }

    /** Whether the class's objects are stored as rows of their own, outside the model's tables. */
    static boolean storedAsRows(EClass c) {
        return annotation(c, "rows") != null; //$NON-NLS-1$
    }

    private static boolean contains(Table table, EStructuralFeature f) {
        return table.columns.stream().anyMatch(c -> c.feature() == f) || table.containments.contains(f)
                || table.collections.stream().anyMatch(c -> c.feature() == f);
    }

    private static boolean isIdentity(EStructuralFeature f) {
        return f == CastellanPackage.Literals.ENTITY__ID || f == CastellanPackage.Literals.ENTITY__VERSION;
    }

    private static EClass annotatedBase(EClass c) {
        if (annotation(c, "table") != null) { //$NON-NLS-1$
            return c;
        }
        for (EClass s : c.getESuperTypes()) {
            EClass found = annotatedBase(s);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static String annotation(EModelElement element, String key) {
        EAnnotation a = element.getEAnnotation(SOURCE);
        return a == null ? null : a.getDetails().get(key);
    }

    private static String columnName(EStructuralFeature f) {
        String explicit = annotation(f, "column"); //$NON-NLS-1$
        if (explicit != null) {
            return explicit;
        }
        String name = snakeCase(f.getName());
        return f instanceof EReference ? name + "_id" : name; //$NON-NLS-1$
    }

    private static String collectionTableName(Table owner, EStructuralFeature f) {
        String explicit = annotation(f, "table"); //$NON-NLS-1$
        return explicit != null ? explicit : owner.name + "_" + snakeCase(f.getName()); //$NON-NLS-1$
    }

    static String snakeCase(String camel) {
        StringBuilder b = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Tables ordered so that every table comes after those its rows point to. */
    private List<Table> orderByDependencies() {
        Map<Table, Set<Table>> dependsOn = new LinkedHashMap<>();
        for (Table t : tablesByName.values()) {
            dependsOn.put(t, new LinkedHashSet<>());
        }
        for (Table t : tablesByName.values()) {
            for (EReference containment : t.containments) {
                for (Table child : tablesOf(containment.getEReferenceType())) {
                    dependsOn.get(child).add(t);
                }
            }
            for (Column c : t.columns) {
                if (c.isReference()) {
                    dependsOn.get(t).addAll(tablesOf(((EReference) c.feature()).getEReferenceType()));
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        Deque<Table> ready = new ArrayDeque<>();
        dependsOn.forEach((t, deps) -> deps.remove(t));
        Map<Table, Set<Table>> remaining = new LinkedHashMap<>(dependsOn);
        while (!remaining.isEmpty()) {
            remaining.forEach((t, deps) -> {
                if (deps.isEmpty()) {
                    ready.add(t);
                }
            });
            if (ready.isEmpty()) {
                throw new IllegalStateException("cyclic table dependencies: " + remaining.keySet()); //$NON-NLS-1$
            }
            for (Table t : ready) {
                remaining.remove(t);
                ordered.add(t);
                remaining.values().forEach(deps -> deps.remove(t));
            }
            ready.clear();
        }
        return List.copyOf(ordered);
    }

    /** The tables holding instances of a class or of any of its subclasses (unmodifiable). */
    public Set<Table> tablesOf(EClass type) {
        // asked for every row a read links: worked out once per class (the tables are all known by then)
        return tablesOfType.computeIfAbsent(type, t -> {
            Set<Table> result = new LinkedHashSet<>();
            tablesByClass.forEach((c, table) -> {
                if (t.isSuperTypeOf(c)) {
                    result.add(table);
                }
            });
            return Collections.unmodifiableSet(result);
        });
    }

    public Table table(EClass c) {
        Table t = tablesByClass.get(c);
        if (t == null) {
            throw new IllegalArgumentException("no table for " + c.getName()); //$NON-NLS-1$
        }
        return t;
    }

    public EClass rootClass() {
        return rootClass;
    }

    /** Every table, each after those it depends on. */
    public List<Table> tablesInInsertOrder() {
        return insertOrder;
    }

    /** Every collection table, with the table of its owner. */
    public Map<CollectionTable, Table> collectionTables() {
        Map<CollectionTable, Table> result = new LinkedHashMap<>();
        for (Table t : insertOrder) {
            t.collections.forEach(c -> result.put(c, t));
        }
        return result;
    }

    /** The containment of {@code owner}'s class whose objects live in {@code childTable}. */
    public EReference containmentInto(EClass owner, Table childTable) {
        return containments.computeIfAbsent(owner, o -> new ConcurrentHashMap<>())
                .computeIfAbsent(childTable, table -> Optional.ofNullable(findContainmentInto(owner, table))).orElse(null);
    }

    private EReference findContainmentInto(EClass owner, Table childTable) {
        EReference found = null;
        for (EReference r : owner.getEAllContainments()) {
            if (tablesOf(r.getEReferenceType()).contains(childTable)) {
                if (found != null) {
                    throw new IllegalStateException(owner.getName() + " has two containments into " + childTable.name); //$NON-NLS-1$
                }
                found = r;
            }
        }
        return found;
    }
}
