package org.castellan.menu.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.OptionState;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * "Main menu definition": every option of every menu with its order, description, minimum level,
 * ask password, versions, scope, declaring bundle and whether an administrator changed it. The
 * minimum level and ask password are edited in place (the rest is the bundles' declaration); Save
 * applies them in one transaction and every open window follows at once.
 */
public final class MainMenuDefinitionEditor extends EditorPart {

    public static final String ID = "org.castellan.menu.ui.definitionEditor"; //$NON-NLS-1$
    public static final String PROBLEM = "problem"; //$NON-NLS-1$
    private static final String[] LEVELS = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

    /** One row: the option and what the administrator set in this editor. */
    private static final class Row {
        final OptionState state;
        int level;
        boolean askPassword;

        Row(OptionState state) {
            this.state = state;
            this.level = state.level();
            this.askPassword = state.askPassword();
        }

        boolean changed() {
            return level != state.level() || askPassword != state.askPassword();
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private TableViewer viewer;
    private Label problem;
    private long revision;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(Messages.editorName);
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(Messages.editorIntro);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(intro);
        problem = new Label(parent, SWT.WRAP);
        problem.setData(org.castellan.app.internal.dialogs.Fields.NAME, PROBLEM);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(problem);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        column(Messages.columnMenu, 110, row -> row.state.option().menu());
        column(Messages.columnOrder, 50, row -> Integer.toString(row.state.option().order()));
        column(Messages.columnOption, 220, row -> row.state.option().label());
        TableViewerColumn level = column(Messages.columnLevel, 70, row -> Integer.toString(row.level));
        level.setEditingSupport(new Editing(new ComboBoxCellEditor(viewer.getTable(), LEVELS, SWT.READ_ONLY)) {
            @Override
            protected Object getValue(Object element) {
                return ((Row) element).level;
            }

            @Override
            protected void setValue(Object element, Object value) {
                Row row = (Row) element;
                edit(row.state.option().id(), (Integer) value, row.askPassword);
            }
        });
        TableViewerColumn ask = column(Messages.columnAskPassword, 90, row -> row.askPassword ? Messages.yes : Messages.no);
        ask.setEditingSupport(new Editing(new CheckboxCellEditor(viewer.getTable())) {
            @Override
            protected Object getValue(Object element) {
                return ((Row) element).askPassword;
            }

            @Override
            protected void setValue(Object element, Object value) {
                Row row = (Row) element;
                edit(row.state.option().id(), row.level, (Boolean) value);
            }
        });
        column(Messages.columnVersions, 90, row -> row.state.option().versions() == null ? Messages.all : row.state.option().versions());
        column(Messages.columnScope, 80, row -> switch (row.state.option().scope()) {
        case CENTRAL -> Messages.scopeCentral;
        case CENTRES -> Messages.scopeCentres;
        case BOTH -> Messages.scopeBoth;
        });
        column(Messages.columnBundle, 200, row -> row.state.option().contributor());
        column(Messages.columnSource, 110, row -> row.changed() ? Messages.sourceEdited
                : row.state.option().essential() ? Messages.sourceEssential : row.state.overridden() ? Messages.sourceOverride : Messages.sourceDeclared);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        reload();
    }

    private abstract class Editing extends EditingSupport {
        private final CellEditor editor;

        Editing(CellEditor editor) {
            super(viewer);
            this.editor = editor;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return !((Row) element).state.option().essential();
        }
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
        return column;
    }

    /** Reads the definition in force again, dropping unsaved edits. */
    public void reload() {
        rows.clear();
        problem.setText(""); //$NON-NLS-1$
        try {
            MenuLevels menu = menu();
            revision = menu.revision();
            for (OptionState state : menu.definition().options()) {
                rows.add(new Row(state));
            }
        } catch (MenuException e) {
            problem.setText(e.getMessage());
        }
        viewer.setInput(rows);
        firePropertyChange(PROP_DIRTY);
    }

    private static MenuLevels menu() throws MenuException {
        return LevelState.get().flatMap(LevelState::menu).orElseThrow(() -> new MenuException(Messages.noSession));
    }

    /** Sets an option's minimum level and ask password in the editor (as the cells do); saved by {@link #doSave}. */
    public void edit(String optionId, int level, boolean askPassword) {
        for (Row row : rows) {
            if (row.state.option().id().equals(optionId)) {
                row.level = level;
                row.askPassword = askPassword;
                viewer.update(row, null);
            }
        }
        firePropertyChange(PROP_DIRTY);
    }

    /** The rows as shown: option id to "level;askPassword". */
    public Map<String, String> shown() {
        Map<String, String> shown = new LinkedHashMap<>();
        rows.forEach(row -> shown.put(row.state.option().id(), row.level + ";" + row.askPassword)); //$NON-NLS-1$
        return shown;
    }

    /** The message of the last refusal, empty when none. */
    public String problem() {
        return problem.getText();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        List<LevelChange> changes = new ArrayList<>();
        for (Row row : rows) {
            if (row.changed()) {
                changes.add(new LevelChange(row.state.option().id(), row.level, row.askPassword));
            }
        }
        try {
            AuthenticatedUser user = LevelState.get().flatMap(LevelState::user).orElseThrow(() -> new MenuException(Messages.noSession));
            menu().save(user, changes, revision);
            reload();
            LevelState.get().ifPresent(LevelState::requestRefresh);
        } catch (MenuException e) {
            problem.setText(NLS.bind(Messages.saveRefused, e.getMessage()));
            problem.getParent().layout(true);
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        // one definition per installation
    }

    @Override
    public boolean isDirty() {
        return rows.stream().anyMatch(Row::changed);
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (viewer != null && !viewer.getTable().isDisposed()) {
            viewer.getTable().setFocus();
        } else {
            Display.getCurrent();
        }
    }
}
