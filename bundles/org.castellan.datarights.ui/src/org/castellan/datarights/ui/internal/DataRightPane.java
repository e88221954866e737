package org.castellan.datarights.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.castellan.datarights.DataModels;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.MeasureGrant;
import org.castellan.model.Principal;
import org.castellan.model.Member;
import org.castellan.ui.DualListPicker;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * One data right: its name and, for each of its models, a tree of measures and dimensions with
 * check boxes. A dimension restricted to some members shows a funnel and is highlighted in blue.
 * Selecting a dimension lists its members on the right, with a filter box: ticking a member ticks
 * everything below it (an explicit selection); the eraser keeps only the top members selected and
 * makes them mean everything below them, including members added later; "+" types a member's
 * unique name before the model is reloaded. "Add Model..." adds models to the right.
 */
public final class DataRightPane extends Composite {

    /** The name of the holders' picker (its lists are named with {@link DualListPicker}'s suffixes). */
    public static final String HOLDERS = "holders"; //$NON-NLS-1$

    /** A node of the model tree: the group of a model's measures. */
    private record MeasuresNode(DataModelGrant grant) {
    }

    private final Installation installation;
    private final DataRight right;
    private final Runnable changed;
    private final Text name;
    private final CheckboxTreeViewer modelTree;
    private final Label membersTitle;
    private final Text filter;
    private final CheckboxTreeViewer members;
    private final Button eraser;
    private final Image funnel;
    private final Color highlight;
    private Dimension dimension;
    /** The shown dimension's members by unique name, indexed once when it is shown. */
    private final java.util.Map<String, Member> byName = new java.util.HashMap<>();
    private boolean indexed;
    private final MemberContent memberContent = new MemberContent();
    /** Member rows the tree has asked for since the dimension was shown (it asks only for those it shows). */
    private int materialized;
    /** What the filter box lets through (matches and their ancestors); null without a filter. */
    private Set<Object> filtered;

    public DataRightPane(Composite parent, Installation installation, DataRight right, Runnable changed) {
        super(parent, SWT.NONE);
        this.installation = Objects.requireNonNull(installation);
        this.right = Objects.requireNonNull(right);
        this.changed = Objects.requireNonNull(changed);
        funnel = funnelImage();
        highlight = new Color(new RGB(0xD6, 0xE8, 0xFF));
        addListener(SWT.Dispose, e -> funnel.dispose());
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(this);
        new Label(this, SWT.NONE).setText(Messages.dataRightName);
        name = new Text(this, SWT.BORDER);
        name.setData(ObjectPermissionsPane.NAME, "name"); //$NON-NLS-1$
        name.setText(right.getName() == null ? "" : right.getName()); //$NON-NLS-1$
        name.addListener(SWT.Modify, e -> {
            right.setName(name.getText());
            changed.run();
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        ObjectPermissionsPane.button(this, SWT.PUSH, Messages.dataRightAddModel, "addModel", this::addModels); //$NON-NLS-1$

        // Models and members above, the holders below: a sash, so that neither clips the other.
        SashForm vertical = new SashForm(this, SWT.VERTICAL);
        vertical.setData(ObjectPermissionsPane.NAME, "sash"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(vertical);
        SashForm sash = new SashForm(vertical, SWT.HORIZONTAL);
        modelTree = new CheckboxTreeViewer(sash, SWT.BORDER | SWT.SINGLE);
        modelTree.getTree().setData(ObjectPermissionsPane.NAME, "model"); //$NON-NLS-1$
        modelTree.setContentProvider(new ModelContent());
        modelTree.setLabelProvider(new ModelLabels());
        modelTree.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return checked(element);
            }

            @Override
            public boolean isGrayed(Object element) {
                return element instanceof Dimension d && grantOf(d) != null && !grantOf(d).getMemberUniqueNames().isEmpty();
            }
        });
        modelTree.addCheckStateListener(e -> check(e.getElement(), e.getChecked()));
        modelTree.addSelectionChangedListener(e -> showMembers(modelTree.getStructuredSelection().getFirstElement()));

        Composite memberPanel = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(memberPanel);
        membersTitle = new Label(memberPanel, SWT.NONE);
        membersTitle.setText(Messages.dataRightSelectDimension);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(membersTitle);
        filter = new Text(memberPanel, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setMessage(Messages.dataRightFilter);
        filter.setData(ObjectPermissionsPane.NAME, "filter"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        eraser = ObjectPermissionsPane.button(memberPanel, SWT.TOGGLE, Messages.dataRightEraser, "eraser", this::toggleEraser); //$NON-NLS-1$
        eraser.setToolTipText(Messages.dataRightEraserTip);
        Button type = ObjectPermissionsPane.button(memberPanel, SWT.PUSH, Messages.dataRightType, "type", this::typeMember); //$NON-NLS-1$
        type.setToolTipText(Messages.dataRightTypeTitle);
        members = new CheckboxTreeViewer(memberPanel, SWT.BORDER | SWT.VIRTUAL);
        members.getTree().setData(ObjectPermissionsPane.NAME, "members"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(members.getTree());
        members.setUseHashlookup(true);
        members.setContentProvider(memberContent);
        members.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Member m ? (m.getCaption() == null ? m.getUniqueName() : m.getCaption())
                        : NLS.bind(Messages.dataRightUnknownMember, element);
            }
        });
        members.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                DimensionGrant grant = dimension == null ? null : grantOf(dimension);
                return grant != null && grant.getMemberUniqueNames().contains(uniqueName(element));
            }

            @Override
            public boolean isGrayed(Object element) {
                return false;
            }
        });
        members.addCheckStateListener(e -> checkMember(e.getElement(), e.getChecked()));
        filter.addListener(SWT.Modify, e -> {
            applyFilter();
            resetMembers();
        });
        sash.setWeights(1, 1);
        // Scrolled, so that a short editor never hides the picker's last buttons.
        ScrolledComposite holdersScroll = new ScrolledComposite(vertical, SWT.V_SCROLL | SWT.H_SCROLL);
        holdersScroll.setData(ObjectPermissionsPane.NAME, HOLDERS);
        DualListPicker<Principal> holders = new DualListPicker<>(holdersScroll, HOLDERS, Messages.dataRightPrincipals, Messages.dataRightHolders,
                ObjectPermissionsPane::principalName);
        holdersScroll.setContent(holders.control());
        holdersScroll.setExpandHorizontal(true);
        holdersScroll.setExpandVertical(true);
        org.eclipse.swt.graphics.Point whole = holders.control().computeSize(SWT.DEFAULT, SWT.DEFAULT);
        holdersScroll.setMinSize(Math.min(whole.x, 360), whole.y);
        vertical.setWeights(1, 1);
        // At the first size the editor gets, the holders get their whole height when the rest keeps as much.
        vertical.addListener(SWT.Resize, new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event event) {
                int height = vertical.getClientArea().height - vertical.getSashWidth();
                if (height <= 0) {
                    return;
                }
                vertical.removeListener(SWT.Resize, this);
                int below = Math.min(whole.y, height / 2 + height / 10);
                vertical.setWeights(height - below, below);
            }
        });
        List<Principal> principals = new ArrayList<>(installation.getUsers());
        principals.addAll(installation.getGroups());
        holders.setInput(principals, right.getHolders());
        holders.onChange(() -> {
            right.getHolders().retainAll(holders.chosen());
            holders.chosen().stream().filter(p -> !right.getHolders().contains(p)).forEach(right.getHolders()::add);
            changed.run();
        });
        modelTree.setInput(right);
        modelTree.expandAll();
        enableMembers(false);
    }

    private static String uniqueName(Object element) {
        return element instanceof Member m ? m.getUniqueName() : (String) element;
    }

    private boolean checked(Object element) {
        if (element instanceof DataModelGrant) {
            return true;
        }
        if (element instanceof MeasuresNode node) {
            return node.grant().getMeasureGrants().stream().anyMatch(MeasureGrant::isAllowed);
        }
        if (element instanceof Measure measure) {
            return grantOf(measure) != null && grantOf(measure).isAllowed();
        }
        return element instanceof Dimension d && grantOf(d) != null && grantOf(d).isAllowed();
    }

    private DataModelGrant modelGrantOf(Object element) {
        DataModel model = (DataModel) ((org.eclipse.emf.ecore.EObject) element).eContainer();
        return right.getModelGrants().stream().filter(g -> g.getModel() == model).findFirst().orElseThrow();
    }

    private MeasureGrant grantOf(Measure measure) {
        return modelGrantOf(measure).getMeasureGrants().stream().filter(g -> g.getMeasure() == measure).findFirst().orElse(null);
    }

    private DimensionGrant grantOf(Dimension d) {
        return modelGrantOf(d).getDimensionGrants().stream().filter(g -> g.getDimension() == d).findFirst().orElse(null);
    }

    private void check(Object element, boolean on) {
        if (element instanceof MeasuresNode node) {
            node.grant().getModel().getMeasures().forEach(m -> setMeasure(m, on));
        } else if (element instanceof Measure measure) {
            setMeasure(measure, on);
        } else if (element instanceof Dimension d) {
            DimensionGrant grant = grantOf(d);
            if (grant == null) {
                grant = CastellanFactory.eINSTANCE.createDimensionGrant();
                grant.setDimension(d);
                modelGrantOf(d).getDimensionGrants().add(grant);
            }
            grant.setAllowed(on);
        }
        modelTree.refresh();
        changed.run();
    }

    private void setMeasure(Measure measure, boolean on) {
        MeasureGrant grant = grantOf(measure);
        if (grant == null) {
            grant = CastellanFactory.eINSTANCE.createMeasureGrant();
            grant.setMeasure(measure);
            modelGrantOf(measure).getMeasureGrants().add(grant);
        }
        grant.setAllowed(on);
    }

    private void enableMembers(boolean on) {
        filter.setEnabled(on);
        eraser.setEnabled(on);
        members.getTree().setEnabled(on);
    }

    private void showMembers(Object element) {
        dimension = element instanceof Dimension d ? d : null;
        byName.clear();
        indexed = false;
        applyFilter();
        materialized = 0;
        if (dimension == null) {
            membersTitle.setText(Messages.dataRightSelectDimension);
            members.setInput(null);
            enableMembers(false);
            return;
        }
        membersTitle.setText(NLS.bind(Messages.dataRightMembers, label(dimension)));
        DimensionGrant grant = grantOf(dimension);
        eraser.setSelection(grant != null && grant.isIncludeDescendants());
        members.setInput(dimension);
        enableMembers(true);
    }

    /** Ticking a member ticks what is below it; the eraser's selection stays top members only. */
    private void checkMember(Object element, boolean on) {
        DimensionGrant grant = grantOf(dimension);
        if (grant == null) {
            check(dimension, true);
            grant = grantOf(dimension);
        }
        List<String> names = new ArrayList<>();
        names.add(uniqueName(element));
        if (element instanceof Member member && !grant.isIncludeDescendants()) {
            member.eAllContents().forEachRemaining(o -> names.add(((Member) o).getUniqueName()));
        }
        if (on) {
            for (String n : names) {
                if (!grant.getMemberUniqueNames().contains(n)) {
                    grant.getMemberUniqueNames().add(n);
                }
            }
        } else {
            grant.getMemberUniqueNames().removeAll(names);
        }
        grant.setAllowed(true);
        boolean typedNames = names.stream().anyMatch(n -> find(n) == null);
        if (typedNames || filtered != null) {
            applyFilter();
            resetMembers(); // the list itself changed: a typed name comes or goes
        } else {
            updateMembers(names);
        }
        modelTree.refresh();
        changed.run();
    }

    /** The eraser: keep only the selected members whose parent is not selected, meaning everything below them. */
    private void toggleEraser() {
        DimensionGrant grant = grantOf(dimension);
        if (grant == null) {
            eraser.setSelection(false);
            return;
        }
        List<String> before = List.copyOf(grant.getMemberUniqueNames());
        if (eraser.getSelection()) {
            Set<String> selected = new HashSet<>(grant.getMemberUniqueNames());
            List<String> top = new ArrayList<>();
            for (String n : grant.getMemberUniqueNames()) {
                Member member = find(n);
                if (member == null || !(member.eContainer() instanceof Member parent && selected.contains(parent.getUniqueName()))) {
                    top.add(n);
                }
            }
            grant.getMemberUniqueNames().retainAll(top);
        }
        grant.setIncludeDescendants(eraser.getSelection());
        updateMembers(before);
        modelTree.refresh();
        changed.run();
    }

    /**
     * The member of the shown dimension with that unique name. The index is built at the first
     * question (a typed name, the eraser, the filter box, a selection to show), not when the
     * dimension is shown, so that a dimension of a million members opens at once.
     */
    private Member find(String uniqueName) {
        return index().get(uniqueName);
    }

    /** The shown dimension's members by unique name, indexed at the first question. */
    private java.util.Map<String, Member> index() {
        if (!indexed && dimension != null) {
            dimension.eAllContents().forEachRemaining(o -> byName.putIfAbsent(((Member) o).getUniqueName(), (Member) o));
            indexed = true;
        }
        return byName;
    }

    /** One pass over the members for each filter text, so a dimension of a million members stays usable. */
    private void applyFilter() {
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || dimension == null) {
            filtered = null;
            return;
        }
        filtered = new HashSet<>();
        for (Member member : index().values()) {
            if (matches(member, wanted)) {
                for (Object up = member; up instanceof Member m && filtered.add(m); up = m.eContainer()) {
                    // the member and its ancestors, up to one already added
                }
            }
        }
        DimensionGrant grant = grantOf(dimension);
        if (grant != null) {
            grant.getMemberUniqueNames().stream().filter(n -> find(n) == null && matches(n, wanted)).forEach(filtered::add);
        }
    }

    private static boolean matches(Object element, String wanted) {
        String caption = element instanceof Member m && m.getCaption() != null ? m.getCaption() : ""; //$NON-NLS-1$
        return uniqueName(element).toLowerCase(Locale.ROOT).contains(wanted) || caption.toLowerCase(Locale.ROOT).contains(wanted);
    }

    private void typeMember() {
        InputDialog dialog = new InputDialog(getShell(), Messages.dataRightTypeTitle, Messages.dataRightTypeMessage, "", //$NON-NLS-1$
                text -> text.isBlank() ? "" : null); //$NON-NLS-1$
        if (dialog.open() == IDialogConstants.OK_ID) {
            typed(dialog.getValue().strip());
        }
    }

    /** Adds a unique name typed by hand to the selected dimension's selection (kept even if the model does not have it). */
    public void typed(String uniqueName) {
        checkMember(find(uniqueName) != null ? find(uniqueName) : uniqueName, true);
    }

    private void addModels() {
        List<DataModel> available = installation.getDataModels().stream()
                .filter(m -> right.getModelGrants().stream().noneMatch(g -> g.getModel() == m)).toList();
        ListSelectionDialog dialog = ListSelectionDialog.of(available).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(LabelProvider.createTextProvider(m -> ((DataModel) m).getName())).title(Messages.dataRightAddModelTitle)
                .message(Messages.dataRightAddModelMessage).create(getShell());
        if (dialog.open() == IDialogConstants.OK_ID) {
            for (Object model : dialog.getResult()) {
                addModel((DataModel) model);
            }
        }
    }

    /** Adds a model to the right, nothing of it allowed yet. */
    public void addModel(DataModel model) {
        DataModelGrant grant = CastellanFactory.eINSTANCE.createDataModelGrant();
        grant.setModel(model);
        right.getModelGrants().add(grant);
        modelTree.refresh();
        modelTree.expandAll();
        changed.run();
    }

    /** Selects a dimension of the model tree (for the tests and for callers). */
    public void selectDimension(String uniqueName) {
        right.getModelGrants().forEach(g -> g.getModel().getDimensions().stream().filter(d -> d.getUniqueName().equals(uniqueName)).findFirst()
                .ifPresent(d -> modelTree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(d), true)));
    }

    private String label(Dimension d) {
        DimensionGrant grant = grantOf(d);
        String caption = d.getCaption() == null ? d.getUniqueName() : d.getCaption();
        if (grant == null || grant.getMemberUniqueNames().isEmpty()) {
            return caption;
        }
        return NLS.bind(grant.isIncludeDescendants() ? Messages.dataRightEraserOn : Messages.dataRightFiltered, caption,
                grant.getMemberUniqueNames().size());
    }

    /** A small funnel drawn at run time, so the bundle ships no image files. */
    private Image funnelImage() {
        Image image = new Image(getDisplay(), 16, 16);
        GC gc = new GC(image);
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(0, 0, 16, 16);
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.fillPolygon(new int[] { 1, 2, 15, 2, 10, 8, 10, 14, 6, 12, 6, 8 });
        gc.dispose();
        return image;
    }

    private final class ModelContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return right.getModelGrants().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof DataModelGrant grant && grant.getModel() != null) {
                List<Object> children = new ArrayList<>();
                children.add(new MeasuresNode(grant));
                children.addAll(grant.getModel().getDimensions());
                return children.toArray();
            }
            if (parent instanceof MeasuresNode node) {
                return node.grant().getModel().getMeasures().toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof DataModelGrant || element instanceof MeasuresNode;
        }
    }

    private final class ModelLabels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof DataModelGrant grant) {
                if (grant.getModel() != null && !grant.getModel().getParameters().isEmpty()) {
                    List<String> values = new ArrayList<>();
                    DataModels.evaluationValues(grant.getModel()).forEach((n, v) -> values.add(n + " = " + v)); //$NON-NLS-1$
                    return NLS.bind(Messages.dataRightModelWithParameters, grant.getModel().getName(), String.join(", ", values)); //$NON-NLS-1$
                }
                return NLS.bind(Messages.dataRightModel, grant.getModel() == null ? "?" : grant.getModel().getName()); //$NON-NLS-1$
            }
            if (element instanceof MeasuresNode) {
                return Messages.dataRightMeasures;
            }
            if (element instanceof Measure m) {
                return m.getCaption() == null ? m.getUniqueName() : m.getCaption();
            }
            return label((Dimension) element);
        }

        @Override
        public Image getImage(Object element) {
            return filtered(element) ? funnel : null;
        }

        @Override
        public Color getBackground(Object element) {
            return filtered(element) ? highlight : null;
        }

        @Override
        public Color getForeground(Object element) {
            return filtered(element) ? getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE) : null;
        }

        private boolean filtered(Object element) {
            return element instanceof Dimension d && grantOf(d) != null && grantOf(d).isAllowed() && !grantOf(d).getMemberUniqueNames().isEmpty();
        }
    }

    /**
     * The shown dimension's members, lazily: the tree asks for the rows it shows only (a virtual
     * tree), so a dimension of a million members costs nothing until it is scrolled. Unique names
     * typed before a reload follow the top members, flagged. The filter box narrows each level to
     * the members that match or lead to a match.
     */
    private final class MemberContent implements ILazyTreeContentProvider {
        /** The filtered children of each parent asked for, computed once per filter text. */
        private final java.util.Map<Object, List<Object>> narrowed = new java.util.HashMap<>();

        @Override
        public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
            narrowed.clear();
        }

        private List<?> children(Object parent) {
            List<?> all;
            if (parent instanceof Dimension d) {
                all = roots(d);
            } else if (parent instanceof Member m) {
                all = m.getChildren();
            } else {
                return List.of();
            }
            if (filtered == null) {
                return all;
            }
            return narrowed.computeIfAbsent(parent, key -> all.stream().filter(filtered::contains).map(Object.class::cast).toList());
        }

        /** The top members, then the names typed that the model does not have. */
        private List<Object> roots(Dimension d) {
            List<String> typed = new ArrayList<>();
            DimensionGrant grant = grantOf(d);
            if (grant != null) {
                for (String n : grant.getMemberUniqueNames()) {
                    if (find(n) == null) {
                        typed.add(n); // typed before the reload: listed, flagged, kept
                    }
                }
            }
            List<Member> top = d.getMembers();
            return new java.util.AbstractList<>() {
                @Override
                public Object get(int index) {
                    return index < top.size() ? top.get(index) : typed.get(index - top.size());
                }

                @Override
                public int size() {
                    return top.size() + typed.size();
                }
            };
        }

        @Override
        public void updateElement(Object parent, int index) {
            List<?> children = children(parent);
            if (index < children.size()) {
                Object child = children.get(index);
                materialized++;
                members.replace(parent, index, child);
                members.setHasChildren(child, !children(child).isEmpty());
            }
        }

        @Override
        public void updateChildCount(Object element, int currentChildCount) {
            int count = children(element).size();
            if (count != currentChildCount) {
                members.setChildCount(element, count);
            }
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof Member m) {
                return m.eContainer();
            }
            return dimension;
        }

        void clear() {
            narrowed.clear();
        }
    }

    /**
     * Shows the members list again from the top (the filter or the typed names changed it). Never
     * a viewer refresh, which would create an item for every member of a large dimension.
     */
    private void resetMembers() {
        memberContent.clear();
        members.setInput(dimension);
    }

    /** Shows the check marks of these members again, on the rows the tree has (the others are drawn when shown). */
    private void updateMembers(List<String> names) {
        List<Object> elements = new ArrayList<>(names.size());
        for (String n : names) {
            Member member = find(n);
            elements.add(member == null ? n : member);
        }
        members.update(elements.toArray(), null);
    }

    /** How many member rows the tree has asked for since the dimension was shown (the rows it shows, never the whole dimension). */
    public int materializedMembers() {
        return materialized;
    }
}
