package org.castellan.datarights.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.ObjectPermissions;
import org.castellan.datarights.VisibleObject;
import org.castellan.model.CastellanFactory;
import org.castellan.model.Folder;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.ObjectPermission;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Principal;
import org.castellan.model.RepositoryObject;
import org.castellan.model.User;
import org.castellan.ui.Columns;
import org.castellan.ui.Fields;
import org.castellan.ui.NameField;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;

/**
 * The folder/report rights of an installation's model: on the Permissions tab, the tree and the
 * levels given on the selected object to users and groups (edited in place); on the Effective
 * permissions tab, the tree as a chosen user sees it, computed from the edited model with the core
 * rules, and why he has his level on the selected object.
 */
public final class ObjectPermissionsPane extends Composite {

    /** The key of the names the tests find controls by. */
    public static final String NAME = "org.castellan.datarights.ui.name"; //$NON-NLS-1$

    /** A button named {@code name} (see {@link #NAME}) that runs {@code action} when pressed. */
    static Button button(Composite parent, int style, String text, String name, Runnable action) {
        Button button = new Button(parent, style);
        button.setText(text);
        button.setData(NAME, name);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static final String[] LEVELS = java.util.Arrays.stream(PermissionLevel.values()).map(PermissionLevel::getLiteral).toArray(String[]::new);

    /** The most folders and reports a tree shows expanded when it opens. */
    private static final int EXPANDED_WHOLE = 2_000;
    /** Room for a login or a group's name in the field that picks one. */
    private static final int PRINCIPAL_CHARS = 16;

    private final Installation model;
    private final Runnable changed;
    private final TreeViewer objects;
    private final TableViewer grants;
    private final NameField<Principal> principalChoice;
    private final Combo levelChoice;
    private final Label principalProblem;
    private final NameField<User> userChoice;
    private final TreeViewer effective;
    private final Text explanation;
    private final java.util.Set<RepositoryObject> edited = new java.util.LinkedHashSet<>();
    private ObjectPermissions compiled;
    private Map<String, VisibleObject> visible = new HashMap<>();

    public ObjectPermissionsPane(Composite parent, Installation model, Runnable changed) {
        super(parent, SWT.NONE);
        this.model = Objects.requireNonNull(model);
        this.changed = Objects.requireNonNull(changed);
        List<Principal> principals = new ArrayList<>(model.getUsers());
        principals.addAll(model.getGroups());
        GridLayoutFactory.fillDefaults().applyTo(this);
        TabFolder tabs = new TabFolder(this, SWT.TOP);
        tabs.setData(NAME, "tabs"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);

        TabItem permissionsTab = new TabItem(tabs, SWT.NONE);
        permissionsTab.setText(Messages.permissionsTab);
        SashForm sash = new SashForm(tabs, SWT.HORIZONTAL);
        permissionsTab.setControl(sash);
        objects = new TreeViewer(sash, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION);
        objects.getTree().setData(NAME, "objects"); //$NON-NLS-1$
        objects.setContentProvider(new ObjectTree());
        objects.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> ((RepositoryObject) o).getName()));
        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(right);
        grants = new TableViewer(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        grants.getTable().setData(NAME, "grants"); //$NON-NLS-1$
        grants.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(grants.getTable());
        grants.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn who = new TableViewerColumn(grants, SWT.NONE);
        Columns.title(who.getColumn(), Messages.permissionsPrincipalColumn, 180);
        who.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> principalName(((Row) o).principal())));
        TableViewerColumn level = new TableViewerColumn(grants, SWT.NONE);
        Columns.title(level.getColumn(), Messages.permissionsLevelColumn, 110);
        level.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> ((Row) o).levelText()));
        level.setEditingSupport(new LevelEditing());
        principalChoice = new NameField<>(right, "principal", principals, ObjectPermissionsPane::principalName); //$NON-NLS-1$
        principalChoice.control().setData(NAME, "principal"); //$NON-NLS-1$
        // picking a name only fills the field: the level is chosen next, and Add gives it
        GridDataFactory.fillDefaults().grab(true, false).hint(Fields.widthOf(principalChoice.control(), PRINCIPAL_CHARS), SWT.DEFAULT)
                .applyTo(principalChoice.control());
        levelChoice = new Combo(right, SWT.READ_ONLY);
        levelChoice.setData(NAME, "level"); //$NON-NLS-1$
        levelChoice.setItems(LEVELS);
        levelChoice.select(1);
        button(right, SWT.PUSH, Messages.permissionsAdd, "add", this::addGrant); //$NON-NLS-1$
        button(right, SWT.PUSH, Messages.permissionsRemove, "remove", this::removeGrants); //$NON-NLS-1$
        principalProblem = new Label(right, SWT.WRAP);
        principalProblem.setData(NAME, "principalProblem"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(principalProblem);
        sash.setWeights(2, 3);
        objects.addSelectionChangedListener(e -> showGrants());

        TabItem effectiveTab = new TabItem(tabs, SWT.NONE);
        effectiveTab.setText(Messages.permissionsEffectiveTab);
        Composite page = new Composite(tabs, SWT.NONE);
        effectiveTab.setControl(page);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.permissionsUser);
        userChoice = new NameField<>(page, "user", model.getUsers(), User::getLogin); //$NON-NLS-1$
        userChoice.control().setData(NAME, "user"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(userChoice.control());
        effective = new TreeViewer(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        effective.getTree().setData(NAME, "effective"); //$NON-NLS-1$
        effective.getTree().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(effective.getTree());
        effective.setContentProvider(new VisibleTree());
        TreeViewerColumn name = new TreeViewerColumn(effective, SWT.NONE);
        Columns.title(name.getColumn(), Messages.permissionsObjectColumn, 260);
        name.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((VisibleObject) element).name();
            }

            @Override
            public org.eclipse.swt.graphics.Color getForeground(Object element) {
                return ((VisibleObject) element).nameOnly() ? getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
            }
        });
        TreeViewerColumn effectiveLevel = new TreeViewerColumn(effective, SWT.NONE);
        Columns.title(effectiveLevel.getColumn(), Messages.permissionsEffectiveColumn, 140);
        effectiveLevel.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> ((VisibleObject) o).nameOnly() ? Messages.permissionsNameOnly
                : ((VisibleObject) o).level().getLiteral()));
        explanation = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        explanation.setData(NAME, "explanation"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 110).applyTo(explanation);
        userChoice.onChosen(this::showEffective);
        effective.addSelectionChangedListener(e -> explain());
        tabs.addListener(SWT.Selection, e -> showEffective());

        objects.setInput(model);
        expandWhenSmall(objects, objectCount(model));
    }

    /**
     * Opens every folder of a tree that is small enough to read whole; a larger one (100,000 folders)
     * shows its first level, since expanding it all would freeze the window for minutes.
     */
    private static void expandWhenSmall(TreeViewer viewer, int nodes) {
        if (nodes <= EXPANDED_WHOLE) {
            viewer.expandAll();
        }
    }

    private static int objectCount(Installation model) {
        int count = 0;
        for (var all = model.eAllContents(); all.hasNext();) {
            if (all.next() instanceof RepositoryObject) {
                count++;
            }
        }
        return count;
    }

    /** A user by login, a group by name marked as a group. */
    static String principalName(Principal principal) {
        return principal instanceof User user ? user.getLogin() : NLS.bind(Messages.permissionsGroup, ((Group) principal).getName());
    }

    /**
     * A user's or group's levels on the selected objects: one line whatever the number of objects
     * selected, showing the level when it is the same on every one of them.
     */
    private record Row(Principal principal, List<ObjectPermission> permissions, int objects) {
        String levelText() {
            java.util.Set<PermissionLevel> levels = java.util.EnumSet.noneOf(PermissionLevel.class);
            permissions.forEach(p -> levels.add(p.getLevel()));
            if (levels.size() == 1 && permissions.size() == objects) {
                return levels.iterator().next().getLiteral();
            }
            if (levels.size() == 1) {
                return NLS.bind(Messages.permissionsLevelOnSome, new Object[] { levels.iterator().next().getLiteral(), permissions.size(), objects });
            }
            return NLS.bind(Messages.permissionsLevelsMixed, objects);
        }
    }

    private List<RepositoryObject> selectedObjects() {
        List<RepositoryObject> selected = new ArrayList<>();
        for (Object element : objects.getStructuredSelection().toList()) {
            selected.add((RepositoryObject) element);
        }
        return selected;
    }

    private void showGrants() {
        List<RepositoryObject> selected = selectedObjects();
        Map<Principal, List<ObjectPermission>> byPrincipal = new java.util.LinkedHashMap<>();
        for (RepositoryObject object : selected) {
            for (ObjectPermission permission : object.getPermissions()) {
                byPrincipal.computeIfAbsent(permission.getPrincipal(), key -> new ArrayList<>()).add(permission);
            }
        }
        List<Row> rows = new ArrayList<>();
        byPrincipal.forEach((principal, permissions) -> rows.add(new Row(principal, permissions, selected.size())));
        grants.setInput(rows);
    }

    /** Gives a principal a level on every selected object (changing the level where he has one). */
    private void setLevel(Principal principal, PermissionLevel level) {
        for (RepositoryObject object : selectedObjects()) {
            ObjectPermission existing = object.getPermissions().stream().filter(p -> p.getPrincipal() == principal).findFirst().orElse(null);
            if (existing != null) {
                existing.setLevel(level);
            } else {
                ObjectPermission permission = CastellanFactory.eINSTANCE.createObjectPermission();
                permission.setPrincipal(principal);
                permission.setLevel(level);
                object.getPermissions().add(permission);
            }
            edited.add(object);
        }
        showGrants();
        changed.run();
    }

    private void addGrant() {
        if (selectedObjects().isEmpty() || principalChoice.typed().isEmpty()) {
            return;
        }
        Optional<Principal> principal = principalChoice.chosen();
        principalProblem.setText(principal.isPresent() ? "" : NLS.bind(Messages.permissionsNoSuchPrincipal, principalChoice.typed())); //$NON-NLS-1$
        principal.ifPresent(p -> setLevel(p, PermissionLevel.get(levelChoice.getSelectionIndex())));
        principalProblem.getParent().layout();
    }

    private void removeGrants() {
        IStructuredSelection selection = grants.getStructuredSelection();
        if (selection.isEmpty()) {
            return;
        }
        for (Object element : selection.toList()) {
            for (ObjectPermission permission : ((Row) element).permissions()) {
                RepositoryObject object = (RepositoryObject) permission.eContainer();
                object.getPermissions().remove(permission);
                edited.add(object);
            }
        }
        showGrants();
        changed.run();
    }

    /** Recompiles the edited model and shows the chosen user's tree. */
    private void showEffective() {
        Optional<User> user = userChoice.chosen();
        if (user.isEmpty()) {
            if (!userChoice.typed().isEmpty()) {
                effective.setInput(List.of());
                explanation.setText(NLS.bind(Messages.permissionsNoSuchUser, userChoice.typed()));
            }
            return;
        }
        try {
            compiled = ObjectPermissions.compile(model);
        } catch (DataRightsException e) {
            compiled = null;
            explanation.setText(NLS.bind(Messages.permissionsProblem, e.getMessage()));
            effective.setInput(List.of());
            return;
        }
        List<VisibleObject> tree = compiled.visibleTree(user.get().getId());
        visible = new HashMap<>();
        tree.forEach(o -> visible.put(o.id(), o));
        effective.setInput(tree);
        expandWhenSmall(effective, tree.size());
        explanation.setText(""); //$NON-NLS-1$
    }

    private void explain() {
        VisibleObject object = (VisibleObject) effective.getStructuredSelection().getFirstElement();
        Optional<User> user = userChoice.chosen();
        if (object != null && compiled != null && user.isPresent()) {
            explanation.setText(compiled.explain(user.get().getId(), object.id()).text());
        }
    }

    /** The folders and reports whose permissions were changed here, in the order they were first changed. */
    public java.util.Set<RepositoryObject> edited() {
        return java.util.Collections.unmodifiableSet(edited);
    }

    /** Selects a user on the Effective permissions tab (for the tests and for callers that open the editor on a user). */
    public void showUser(String login) {
        userChoice.setText(login);
        showEffective();
    }

    /** Selects objects on the Permissions tab by id, and the first of them on the Effective permissions tab. */
    public void select(String objectId, String... moreIds) {
        java.util.Set<String> ids = new java.util.HashSet<>(List.of(moreIds));
        ids.add(objectId);
        List<RepositoryObject> chosen = new ArrayList<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof RepositoryObject object && ids.contains(object.getId())) {
                chosen.add(object);
            }
        });
        objects.setSelection(new org.eclipse.jface.viewers.StructuredSelection(chosen), true);
        VisibleObject shown = visible.get(objectId);
        if (shown != null) {
            effective.setSelection(new org.eclipse.jface.viewers.StructuredSelection(shown), true);
        }
    }

    private final class LevelEditing extends EditingSupport {
        LevelEditing() {
            super(grants);
        }

        @Override
        protected org.eclipse.jface.viewers.CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(grants.getTable(), LEVELS, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return ((Row) element).permissions().get(0).getLevel().getValue();
        }

        @Override
        protected void setValue(Object element, Object value) {
            PermissionLevel level = PermissionLevel.get((Integer) value);
            Row row = (Row) element;
            boolean same = row.permissions().size() == row.objects() && row.permissions().stream().allMatch(p -> p.getLevel() == level);
            if (level != null && !same) {
                setLevel(row.principal(), level);
            }
        }
    }

    /** The model's folders and reports. */
    private static final class ObjectTree implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((Installation) input).getObjects().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Folder folder ? folder.getChildren().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return ((RepositoryObject) element).eContainer() instanceof RepositoryObject parent ? parent : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Folder folder && !folder.getChildren().isEmpty();
        }
    }

    /** A user's visible tree, from its lines in tree order. */
    private final class VisibleTree implements ITreeContentProvider {
        private final Map<String, List<VisibleObject>> children = new HashMap<>();

        @Override
        public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
            children.clear();
            if (newInput instanceof List<?> lines) {
                for (Object line : lines) {
                    VisibleObject object = (VisibleObject) line;
                    children.computeIfAbsent(object.parentId().orElse(""), key -> new ArrayList<>()).add(object); //$NON-NLS-1$
                }
            }
        }

        @Override
        public Object[] getElements(Object input) {
            return children.getOrDefault("", List.of()).toArray(); //$NON-NLS-1$
        }

        @Override
        public Object[] getChildren(Object parent) {
            return children.getOrDefault(((VisibleObject) parent).id(), List.of()).toArray();
        }

        @Override
        public Object getParent(Object element) {
            return ((VisibleObject) element).parentId().map(visible::get).orElse(null);
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
