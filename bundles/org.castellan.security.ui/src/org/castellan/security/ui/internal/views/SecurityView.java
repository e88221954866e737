package org.castellan.security.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.castellan.app.audit.JournaledCopy;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.RoleLabels;
import org.castellan.ui.Columns;
import org.castellan.ui.Counts;
import org.castellan.ui.Events;
import org.castellan.ui.Fields;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

/**
 * A view listing security objects in a tree table: a filter box, a summary line, sections (the
 * users view puts external users in their own), Refresh, double-click to open the editor, and a
 * context menu other bundles extend ({@code popup:<view id>}). It reloads by itself when the
 * security services publish a change.
 *
 * @param <T> the kind of object listed
 */
public abstract class SecurityView<T> extends ViewPart {

    /** Widget names (see {@link Fields#NAME}). */
    public static final String FILTER = "filter"; //$NON-NLS-1$
    public static final String SUMMARY = "summary"; //$NON-NLS-1$
    public static final String TABLE = "table"; //$NON-NLS-1$
    public static final String PAGE_HINT = "pageHint"; //$NON-NLS-1$

    /**
     * A heading grouping some of the objects.
     *
     * @param matching how many objects belong under it, of which {@code items} are the first (a page)
     */
    public record Section(String title, List<?> items, int matching) {

        public Section(String title, List<?> items) {
            this(title, items, items.size());
        }
    }

    /** How long the filter waits for the next keystroke before asking the services again. */
    private static final int FILTER_DELAY_MS = 300;

    /** A column: its title, width in characters, and the text of an object in it. */
    protected record Column<T>(String title, int widthChars, Function<T, String> text) {
    }

    private final Class<T> type;
    private TreeViewer viewer;
    private RoleLabels roleLabels = RoleLabels.none();
    private Text filter;
    private Label summary;
    /** Under the list, shown only when a section lists a page of its objects: how to find the others (kept out of the headings, which would widen the first column). */
    private Label pageHint;
    private final Runnable reloadAfterTyping = () -> {
        if (!filter.isDisposed()) {
            refresh();
        }
    };

    protected SecurityView(Class<T> type) {
        this.type = Objects.requireNonNull(type);
    }

    protected abstract List<Column<T>> columns();

    /** The objects to list, read from the services. */
    protected abstract List<T> load() throws AccountException;

    /** How predefined roles read in this workbench's language, read again at each refresh. */
    protected final RoleLabels roleLabels() {
        return roleLabels;
    }

    /** The sections to show them in; one untitled section by default. */
    protected List<Section> sections(List<T> items) {
        return List.of(new Section(null, items));
    }

    /**
     * Whether the objects last loaded are all of them, which the filter box then narrows here as
     * the user types; otherwise (a page of a long list, chosen by the filter's text, see
     * {@link #filterText()}) typing loads again from the services.
     */
    protected boolean loadedWhole() {
        return true;
    }

    /** What the filter box holds, for views whose services do the filtering. */
    protected final String filterText() {
        return filter == null ? "" : filter.getText().strip(); //$NON-NLS-1$
    }

    /** The line above the table: counts, seats. */
    protected abstract String summarize(List<T> items);

    /** The text the filter box searches in. */
    protected abstract String searchText(T item);

    /** Opens the object's editor. */
    protected abstract void open(T item);

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.filterHint);
        filter.setData(Fields.NAME, FILTER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        summary = new Label(parent, SWT.WRAP);
        summary.setData(Fields.NAME, SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTree().setData(Fields.NAME, TABLE);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
        pageHint = new Label(parent, SWT.WRAP);
        pageHint.setData(Fields.NAME, PAGE_HINT);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(pageHint);
        pageHint.setVisible(false);
        createColumns();
        viewer.setContentProvider(new SectionContent());
        viewer.addFilter(new TextFilter());
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        filter.addModifyListener(e -> filtered());
        viewer.addDoubleClickListener(e -> selected().ifPresent(this::open));
        getSite().setSelectionProvider(viewer);
        createMenus();
        Events.refreshOn(viewer.getControl(), this::refresh, "org/castellan/security/*"); //$NON-NLS-1$
        refresh();
    }

    private void createColumns() {
        int charWidth = Columns.charWidth(viewer.getTree());
        boolean first = true;
        for (Column<T> column : columns()) {
            TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
            Columns.title(c.getColumn(), column.title(), column.widthChars() * charWidth);
            c.getColumn().setMoveable(true);
            c.setLabelProvider(labels(column, first));
            first = false;
        }
    }

    private ColumnLabelProvider labels(Column<T> column, boolean titleColumn) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Section section) {
                    return titleColumn ? SectionTitles.of(section.title(), section.items().size(), section.matching()) : ""; //$NON-NLS-1$
                }
                String text = column.text().apply(type.cast(element));
                return text == null ? "" : text; //$NON-NLS-1$
            }
        };
    }

    private void createMenus() {
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        IAction refresh = new Action(Messages.refresh) {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText(Messages.refreshTooltip);
        ResourceLocator.imageDescriptorFromBundle("org.eclipse.ui", "icons/full/elcl16/refresh_nav.png") //$NON-NLS-1$ //$NON-NLS-2$
                .ifPresent(refresh::setImageDescriptor);
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), new Action() {
            @Override
            public void run() {
                copySelection();
            }
        });
        getViewSite().getActionBars().getToolBarManager().add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /**
     * Edit > Copy (Ctrl+C): the selected row, or every row of a selected section, as tab-separated
     * text with the column titles; journaled (view, rows, the right worked under) before the
     * clipboard is filled, and not copied at all when the journal cannot be written.
     */
    public void copySelection() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        List<?> rows = selected instanceof Section section ? section.items() : selected == null ? List.of() : List.of(selected);
        if (rows.isEmpty()) {
            return;
        }
        List<Column<T>> columns = columns();
        List<List<String>> cells = rows.stream().map(row -> columns.stream().map(c -> c.text().apply(type.cast(row))).toList()).toList();
        JournaledCopy.copy(viewer.getControl().getDisplay(), getViewSite().getId(), AccountService.ADMINISTER_RIGHT,
                columns.stream().map(Column::title).toList(), cells).ifPresent(refused -> {
                    ILog.of(getClass()).warn(refused);
                    summary.setText(refused);
                });
    }

    /** Narrows the list as typed, or asks the services again once typing pauses when they hold what is not listed. */
    private void filtered() {
        if (loadedWhole()) {
            viewer.refresh();
            return;
        }
        filter.getDisplay().timerExec(-1, reloadAfterTyping); // the next keystroke starts the wait again
        filter.getDisplay().timerExec(FILTER_DELAY_MS, reloadAfterTyping);
    }

    /** Reloads the list from the services, keeping the selection when the object is still there. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        try {
            roleLabels = RoleLabels.now();
            List<T> items = load();
            List<Section> sections = sections(items);
            viewer.setInput(sections);
            Columns.widenToContent(viewer.getTree());
            summary.setText(summarize(items));
            showPageHint(sections);
        } catch (AccountException | RuntimeException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            viewer.setInput(List.of());
            summary.setText(e.getMessage());
            showPageHint(List.of());
        }
        summary.getParent().layout(true);
    }

    /** The line under the list when a section holds only the first of its objects (the largest such page is named). */
    private void showPageHint(List<Section> sections) {
        int shown = sections.stream().filter(s -> s.items().size() < s.matching()).mapToInt(s -> s.items().size()).max().orElse(-1);
        boolean visible = shown >= 0;
        pageHint.setText(visible ? NLS.bind(Messages.pageHint, Counts.of(shown)) : ""); //$NON-NLS-1$
        pageHint.setVisible(visible);
        ((GridData) pageHint.getLayoutData()).exclude = !visible;
    }

    /** The selected object, if one (not a section heading) is selected. */
    public java.util.Optional<T> selected() {
        Object element = viewer.getStructuredSelection().getFirstElement();
        return type.isInstance(element) ? java.util.Optional.of(type.cast(element)) : java.util.Optional.empty();
    }

    /** The viewer, for tests and for subclasses that select what they just created. */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Sections hold the objects; objects have no children. */
    private static final class SectionContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            List<?> sections = (List<?>) input;
            // A single untitled section shows its objects without a heading.
            if (sections.size() == 1 && ((Section) sections.get(0)).title() == null) {
                return ((Section) sections.get(0)).items().toArray();
            }
            return sections.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Section s ? s.items().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Section s && !s.items().isEmpty();
        }
    }

    private final class TextFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty() || element instanceof Section) {
                return true;
            }
            return searchText(type.cast(element)).toLowerCase(Locale.ROOT).contains(wanted);
        }
    }

    /** Joins texts for {@link #searchText}, skipping absent ones. */
    protected static String joined(String... texts) {
        List<String> present = new ArrayList<>();
        for (String text : texts) {
            if (text != null) {
                present.add(text);
            }
        }
        return String.join(" ", present); //$NON-NLS-1$
    }
}
