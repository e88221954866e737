package org.castellan.menu.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuDefinition;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.MenuOption;
import org.castellan.menu.OptionDetails;
import org.castellan.menu.OptionState;
import org.castellan.menu.Scope;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.RightContribution;
import org.castellan.security.RightsCatalog;
import org.castellan.ui.Columns;
import org.castellan.ui.Fields;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.part.EditorPart;

/**
 * "Main menu definition": every option of every menu with its order, description, minimum level,
 * ask password, versions, scope, declaring bundle and whether an administrator changed it. The
 * minimum level and ask password are edited in place; order, description, versions and scope only
 * with the expert switch on (they are the bundles' declaration otherwise); the installation's default
 * level is chosen above the table. Save applies the options in one transaction and every open window
 * follows at once.
 */
public final class MainMenuDefinitionEditor extends EditorPart {

    public static final String ID = "org.castellan.menu.ui.definitionEditor"; //$NON-NLS-1$
    public static final String PROBLEM = "problem"; //$NON-NLS-1$
    public static final String DEFAULT_LEVEL = "defaultLevel"; //$NON-NLS-1$
    public static final String EXPERT = "expert"; //$NON-NLS-1$
    private static final String[] LEVELS = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

    /** One row: the option and what the administrator set in this editor. */
    private static final class Row {
        final OptionState state;
        final MenuOption declared;
        int level;
        boolean askPassword;
        OptionDetails details;
        List<String> rights;

        Row(OptionState state, MenuOption declared) {
            this.state = state;
            this.declared = declared;
            this.level = state.level();
            this.askPassword = state.askPassword();
            this.details = OptionDetails.of(state.option());
            this.rights = state.rights();
        }

        boolean changed() {
            return level != state.level() || askPassword != state.askPassword() || !details.equals(OptionDetails.of(state.option()))
                    || !Set.copyOf(rights).equals(Set.copyOf(state.rights()));
        }

        /** What Save sends: the details and rights only when they differ from the declaration (else the override would keep them). */
        LevelChange change() {
            OptionDetails declaredDetails = OptionDetails.of(declared);
            return new LevelChange(state.option().id(), level, askPassword, details.equals(declaredDetails) ? null : details,
                    Set.copyOf(rights).equals(Set.copyOf(declared.rights())) ? null : rights);
        }

        /** Whether a right it requires is declared by no installed bundle (shown in red until corrected). */
        boolean undeclaredRight(Optional<RightsCatalog> catalog) {
            return catalog.isPresent() ? rights.stream().anyMatch(right -> !catalog.get().isDeclared(right)) : !state.undeclaredRights().isEmpty();
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private TableViewer viewer;
    private Label problem;
    private int levelColumn;
    private Combo defaultLevel;
    private Button expert;
    private int savedDefaultLevel;
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
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(intro); // wraps to the editor's width
        problem = new Label(parent, SWT.WRAP);
        problem.setData(Fields.NAME, PROBLEM);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(problem);
        Composite settings = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(settings);
        defaultLevel = Fields.choice(settings, Messages.defaultLevelLabel, DEFAULT_LEVEL, LEVELS);
        defaultLevel.setToolTipText(Messages.defaultLevelTip);
        defaultLevel.addListener(SWT.Selection, e -> firePropertyChange(PROP_DIRTY));
        expert = new Button(settings, SWT.CHECK);
        expert.setText(Messages.expertMode);
        expert.setToolTipText(Messages.expertModeTip);
        expert.setData(Fields.NAME, EXPERT);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(expert);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        column(Messages.columnMenu, 110, row -> row.state.option().menu());
        column(Messages.columnOrder, 50, row -> Integer.toString(row.details.order()))
                .setEditingSupport(expertText(row -> Integer.toString(row.details.order()), (row, text) -> {
                    try {
                        return new OptionDetails(Integer.parseInt(text.trim()), row.details.label(), row.details.versions(), row.details.scope());
                    } catch (NumberFormatException e) {
                        problem.setText(NLS.bind(Messages.orderNotANumber, text));
                        return row.details;
                    }
                }));
        column(Messages.columnOption, 220, row -> row.details.label()).setEditingSupport(expertText(row -> row.details.label(),
                (row, text) -> new OptionDetails(row.details.order(), text, row.details.versions(), row.details.scope())));
        TableViewerColumn level = column(Messages.columnLevel, 70, row -> Integer.toString(row.level));
        levelColumn = viewer.getTable().getColumnCount() - 1;
        TypedChoiceCellEditor levels = new TypedChoiceCellEditor(viewer.getTable(), LEVELS);
        level.setEditingSupport(new Editing(levels, false, row -> row.level, (row, value) -> {
            if ((Integer) value < 0) {
                problem.setText(NLS.bind(Messages.levelNotALevel, levels.typed()));
            } else {
                edit(row.state.option().id(), (Integer) value, row.askPassword);
            }
        }));
        TableViewerColumn ask = column(Messages.columnAskPassword, 90, row -> row.askPassword ? Messages.yes : Messages.no);
        ask.setEditingSupport(new Editing(new CheckboxCellEditor(viewer.getTable()), false, row -> row.askPassword,
                (row, value) -> edit(row.state.option().id(), row.level, (Boolean) value)));
        column(Messages.columnVersions, 90, row -> row.details.versions() == null ? Messages.all : row.details.versions())
                .setEditingSupport(expertText(row -> row.details.versions() == null ? "" : row.details.versions(), //$NON-NLS-1$
                        (row, text) -> new OptionDetails(row.details.order(), row.details.label(), text, row.details.scope())));
        TableViewerColumn scope = column(Messages.columnScope, 80, row -> scopeName(row.details.scope()));
        String[] scopes = Arrays.stream(Scope.values()).map(MainMenuDefinitionEditor::scopeName).toArray(String[]::new);
        scope.setEditingSupport(new Editing(new ComboBoxCellEditor(viewer.getTable(), scopes, SWT.READ_ONLY), true,
                row -> row.details.scope().ordinal(), (row, value) -> {
                    int index = (Integer) value;
                    if (index >= 0) {
                        OptionDetails d = row.details;
                        editDetails(row.state.option().id(), new OptionDetails(d.order(), d.label(), d.versions(), Scope.values()[index]));
                    }
                }));
        column(Messages.columnRights, 160, this::rightsText).setEditingSupport(new Editing(new RightsCellEditor(), false, row -> row,
                (row, value) -> {
                    if (value instanceof List<?> chosen) {
                        @SuppressWarnings("unchecked")
                        List<String> rights = (List<String>) chosen;
                        editRights(row.state.option().id(), rights);
                    }
                }));
        column(Messages.columnBundle, 200, row -> row.state.option().contributor());
        column(Messages.columnSource, 110, row -> row.changed() ? Messages.sourceEdited
                : row.state.option().essential() ? Messages.sourceEssential : row.state.overridden() ? Messages.sourceOverride : Messages.sourceDeclared);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        reload();
    }

    /**
     * Editing of a column's cells, never an essential option's and, when {@code expertOnly}, only in
     * expert mode: {@code value} gives the cell editor a row's value, {@code apply} takes what it returns.
     */
    private final class Editing extends EditingSupport {
        private final CellEditor editor;
        private final boolean expertOnly;
        private final Function<Row, Object> value;
        private final BiConsumer<Row, Object> apply;

        Editing(CellEditor editor, boolean expertOnly, Function<Row, Object> value, BiConsumer<Row, Object> apply) {
            super(viewer);
            this.editor = editor;
            this.expertOnly = expertOnly;
            this.value = value;
            this.apply = apply;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return (!expertOnly || expert.getSelection()) && !((Row) element).state.option().essential();
        }

        @Override
        protected Object getValue(Object element) {
            return value.apply((Row) element);
        }

        @Override
        protected void setValue(Object element, Object edited) {
            apply.accept((Row) element, edited);
        }
    }

    /** A text cell editable only in expert mode; {@code parse} turns the typed text into the row's new details. */
    private Editing expertText(Function<Row, String> value, BiFunction<Row, String, OptionDetails> parse) {
        return new Editing(new TextCellEditor(viewer.getTable()), true, value::apply,
                (row, typed) -> editDetails(row.state.option().id(), parse.apply(row, String.valueOf(typed))));
    }

    private static String scopeName(Scope scope) {
        return switch (scope) {
        case CENTRAL -> Messages.scopeCentral;
        case CENTRES -> Messages.scopeCentres;
        case BOTH -> Messages.scopeBoth;
        };
    }

    private TableViewerColumn column(String title, int width, Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        Columns.title(column.getColumn(), title, width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Color getForeground(Object element) {
                // a right no bundle declares closes the option to everyone: the whole row says so
                return ((Row) element).undeclaredRight(catalog()) ? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
            }
        });
        return column;
    }

    private static Optional<RightsCatalog> catalog() {
        return LevelState.get().flatMap(LevelState::rights);
    }

    /** The rights a row requires, as administrators name them; one no bundle declares is named as such. */
    private String rightsText(Row row) {
        if (row.rights.isEmpty()) {
            return Messages.rightsNone;
        }
        Optional<RightsCatalog> catalog = catalog();
        return row.rights.stream().map(id -> catalog.flatMap(c -> c.right(id)).map(RightContribution::label)
                .orElseGet(() -> NLS.bind(Messages.rightUndeclared, id))).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    /** Opens the list of declared rights, the row's checked; gives back the checked ones (null: cancelled). */
    private final class RightsCellEditor extends DialogCellEditor {

        RightsCellEditor() {
            super(viewer.getTable());
        }

        @Override
        protected Object openDialogBox(Control cellEditorWindow) {
            Row row = (Row) getValue();
            List<RightContribution> declared = catalog().map(RightsCatalog::rights).orElse(List.of());
            ListSelectionDialog dialog = ListSelectionDialog.of(declared).contentProvider(ArrayContentProvider.getInstance())
                    .labelProvider(LabelProvider.createTextProvider(r -> ((RightContribution) r).label() + " (" //$NON-NLS-1$
                            + ((RightContribution) r).category() + ")")) //$NON-NLS-1$
                    .preselect(declared.stream().filter(r -> row.rights.contains(r.id())).toArray())
                    .title(Messages.rightsDialogTitle).message(NLS.bind(Messages.rightsDialogMessage, row.details.label()))
                    .create(cellEditorWindow.getShell());
            if (dialog.open() != Window.OK) {
                return null;
            }
            return Arrays.stream(dialog.getResult()).map(r -> ((RightContribution) r).id()).toList();
        }

        @Override
        protected void updateContents(Object value) {
            if (getDefaultLabel() != null && value instanceof Row row) {
                getDefaultLabel().setText(rightsText(row));
            }
        }
    }

    /** Reads the definition in force again, dropping unsaved edits. */
    public void reload() {
        rows.clear();
        problem.setText(""); //$NON-NLS-1$
        try {
            MenuLevels menu = menu();
            revision = menu.revision();
            MenuDefinition definition = menu.definition();
            for (OptionState state : definition.options()) {
                rows.add(new Row(state, definition.declared(state.option().id()).orElse(state.option())));
            }
            savedDefaultLevel = definition.defaultLevel();
            defaultLevel.select(savedDefaultLevel);
        } catch (MenuException e) {
            problem.setText(e.getMessage());
        }
        viewer.setInput(rows);
        // a title or description longer in French or Polish than the width chosen for English is read whole
        Columns.widenToContent(viewer.getTable());
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

    /** Sets an option's order, description, versions and scope in the editor (expert mode); saved by {@link #doSave}. */
    public void editDetails(String optionId, OptionDetails details) {
        for (Row row : rows) {
            if (row.state.option().id().equals(optionId)) {
                row.details = details;
                viewer.update(row, null);
            }
        }
        firePropertyChange(PROP_DIRTY);
    }

    /** Sets the rights an option requires besides its level (as the Required rights cell does); saved by {@link #doSave}. */
    public void editRights(String optionId, List<String> rights) {
        for (Row row : rows) {
            if (row.state.option().id().equals(optionId)) {
                row.rights = List.copyOf(rights);
                viewer.update(row, null);
            }
        }
        firePropertyChange(PROP_DIRTY);
    }

    /** Opens an option's level cell for editing, as a click on it does; its editor then has the focus. */
    public void startEditingLevel(String optionId) {
        rows.stream().filter(row -> row.state.option().id().equals(optionId)).findFirst()
                .ifPresent(row -> viewer.editElement(row, levelColumn));
    }

    /** The rights column as shown for an option. */
    public String shownRights(String optionId) {
        return rows.stream().filter(row -> row.state.option().id().equals(optionId)).findFirst().map(this::rightsText).orElseThrow();
    }

    /** Whether an option's row is shown in red (it requires a right no bundle declares). */
    public boolean shownInRed(String optionId) {
        return rows.stream().filter(row -> row.state.option().id().equals(optionId)).findFirst().orElseThrow().undeclaredRight(catalog());
    }

    /** Turns expert mode on or off (as its check box does). */
    public void setExpert(boolean on) {
        expert.setSelection(on);
    }

    /** Chooses the default level of contributions no option declares (as its combo does); saved by {@link #doSave}. */
    public void selectDefaultLevel(int level) {
        defaultLevel.select(level);
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
                changes.add(row.change());
            }
        }
        try {
            AuthenticatedUser user = LevelState.get().flatMap(LevelState::user).orElseThrow(() -> new MenuException(Messages.noSession));
            if (!changes.isEmpty()) {
                menu().save(user, changes, revision);
            }
            // after the options: a refused option saves nothing, and the default level alone cannot be refused but for rights
            if (defaultLevel.getSelectionIndex() != savedDefaultLevel) {
                menu().setDefaultLevel(user, defaultLevel.getSelectionIndex());
            }
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
        return rows.stream().anyMatch(Row::changed) || (defaultLevel != null && defaultLevel.getSelectionIndex() != savedDefaultLevel);
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
