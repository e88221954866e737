package org.castellan.security.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.castellan.directory.DirectoryService;
import org.castellan.directory.GroupMapping;
import org.castellan.security.AccountException;
import org.castellan.security.GroupAdministration;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.Columns;
import org.castellan.ui.EditorProblem;
import org.castellan.ui.Events;
import org.castellan.ui.Fields;
import org.castellan.ui.Services;
import org.castellan.ui.TransientEditorInput;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.part.EditorPart;

/**
 * The directory's group mapping, as {@code castellan directory mappings} shows it: which directory
 * group's members join which Castellan group. Lines added and removed here are held until Save,
 * which hands them to {@link DirectoryService#changeMappings} in one call (all or none; the service
 * checks the rights and journals each line). Changes made elsewhere are shown while nothing here is
 * unsaved.
 */
public final class DirectoryMappingsEditor extends EditorPart {

    public static final String ID = "org.castellan.security.ui.editors.directoryMappings"; //$NON-NLS-1$

    /** Widget names (see {@link Fields#NAME}). */
    public static final String PROBLEM = "mappingsProblem"; //$NON-NLS-1$
    public static final String TABLE = "mappings"; //$NON-NLS-1$
    public static final String DN = "mappingDn"; //$NON-NLS-1$
    public static final String GROUP = "mappingGroup"; //$NON-NLS-1$
    public static final String ADD = "addMapping"; //$NON-NLS-1$
    public static final String REMOVE = "removeMapping"; //$NON-NLS-1$

    /** The one input: an installation has one group mapping. */
    public record Input() implements TransientEditorInput {

        @Override
        public String getName() {
            return Messages.mappingsEditorTitle;
        }
    }

    private List<GroupMapping> saved = List.of();
    private final List<GroupMapping> shown = new ArrayList<>();
    private EditorProblem problem;
    private Table table;
    private Text dn;
    private Combo group;
    private Button remove;
    private boolean dirty;

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        setPartName(Messages.mappingsEditorTitle);
    }

    /** A column taking {@code weight} of the table's width, never narrower than its title. */
    private void column(TableColumnLayout columns, String title, int weight) {
        TableColumn column = new TableColumn(table, SWT.NONE);
        Columns.title(column, title, 0);
        columns.setColumnData(column, new ColumnWeightData(weight, column.getWidth()));
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        Label heading = new Label(parent, SWT.NONE);
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setText(Messages.mappingsEditorTitle);
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(Messages.mappingsIntro);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(intro);
        problem = new EditorProblem(parent, Fields.NAME, PROBLEM);

        // the columns share the table's width (a fixed DN column pushed the group's title out of a narrow editor)
        Composite tableArea = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        table = new Table(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setData(Fields.NAME, TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(columns, Messages.mappingsDirectoryColumn, 7);
        column(columns, Messages.mappingsCastellanColumn, 3);
        Columns.fullTextOnHover(table);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(tableArea);
        table.addListener(SWT.Selection, e -> remove.setEnabled(table.getSelectionCount() > 0));

        Composite add = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(add);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(add);
        remove = button(add, Messages.mappingsRemove, REMOVE);
        GridDataFactory.swtDefaults().span(3, 1).applyTo(remove);
        remove.setEnabled(false);
        remove.addListener(SWT.Selection, e -> removeSelected());
        new Label(add, SWT.NONE).setText(Messages.mappingsDnLabel);
        dn = new Text(add, SWT.BORDER);
        dn.setData(Fields.NAME, DN);
        dn.setMessage(Messages.mappingsDnHint);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(dn);
        new Label(add, SWT.NONE).setText(Messages.mappingsGroupLabel);
        group = new Combo(add, SWT.READ_ONLY);
        group.setData(Fields.NAME, GROUP);
        GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(group);
        Button addButton = button(add, Messages.mappingsAdd, ADD);
        addButton.addListener(SWT.Selection, e -> addTyped());
        dn.addListener(SWT.DefaultSelection, e -> addTyped());

        reload();
        Events.refreshOn(table, this::followIfClean, DirectoryService.TOPIC_MAPPING_CHANGED, "org/castellan/security/*"); //$NON-NLS-1$
    }

    private static Button button(Composite parent, String text, String name) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(Fields.NAME, name);
        return button;
    }

    /** The typed line joins the table (saved with Save); what is missing or already there is said instead. */
    private void addTyped() {
        String typed = dn.getText().strip();
        if (typed.isEmpty()) {
            problem.show(Messages.mappingsDnMissing);
            dn.setFocus();
            return;
        }
        if (group.getItemCount() == 0) {
            problem.show(Messages.mappingsNoGroups);
            return;
        }
        if (group.getSelectionIndex() < 0) {
            problem.show(Messages.mappingsGroupMissing);
            group.setFocus();
            return;
        }
        GroupMapping line = new GroupMapping(typed, group.getItem(group.getSelectionIndex()));
        if (shown.stream().anyMatch(m -> m.directoryGroup().equalsIgnoreCase(line.directoryGroup()) && m.castellanGroup().equals(line.castellanGroup()))) {
            problem.show(NLS.bind(Messages.mappingsDuplicate, line));
            return;
        }
        shown.add(line);
        dn.setText(""); //$NON-NLS-1$
        problem.hide();
        changed();
    }

    private void removeSelected() {
        for (TableItem item : table.getSelection()) {
            shown.remove(item.getData());
        }
        problem.hide();
        changed();
    }

    /** The table shows {@link #shown}; dirty while it differs from what is stored. */
    private void changed() {
        table.removeAll();
        for (GroupMapping line : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { line.directoryGroup(), line.castellanGroup() });
            item.setData(line);
        }
        remove.setEnabled(false);
        boolean now = !(shown.containsAll(saved) && saved.containsAll(shown));
        if (dirty != now) {
            dirty = now;
            firePropertyChange(PROP_DIRTY);
        }
    }

    /** Shows what the installation holds, dropping what was added or removed here. */
    private void reload() {
        try {
            saved = List.copyOf(directory().mappings(SecurityServices.currentUser()));
            shown.clear();
            shown.addAll(saved);
            String chosen = group.getSelectionIndex() < 0 ? null : group.getItem(group.getSelectionIndex());
            group.setItems(Services.get(GroupAdministration.class).groups().stream().map(GroupAdministration.GroupView::name).sorted()
                    .toArray(String[]::new));
            if (chosen != null) {
                group.select(group.indexOf(chosen));
            }
            problem.hide();
        } catch (AccountException e) {
            problem.show(e.getMessage());
        }
        changed();
    }

    /** Another administrator (or the command line) changed the mapping or the groups: shown unless this editor holds unsaved changes. */
    private void followIfClean() {
        if (!dirty) {
            reload();
        }
    }

    private static DirectoryService directory() {
        return Services.get(DirectoryService.class);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        List<GroupMapping> removed = saved.stream().filter(m -> !shown.contains(m)).toList();
        List<GroupMapping> added = shown.stream().filter(m -> !saved.contains(m)).toList();
        try {
            directory().changeMappings(SecurityServices.currentUser(), removed, added);
            reload();
        } catch (AccountException e) {
            problem.show(e.getMessage()); // the edits stay: the administrator corrects the line named and saves again
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public void doSaveAs() {
        // one mapping: nothing to save it as
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        dn.setFocus();
    }
}
