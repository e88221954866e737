package org.castellan.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.castellan.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Two lists side by side, "available" and "chosen", with Add, Remove, Add All and Remove All
 * between them (and double-click to move one): how rights are put in a role, roles given to a
 * user, members put in a group. A filter box narrows the available list.
 *
 * @param <T> what is chosen; compared with {@code equals}
 * @since 0.1
 */
public final class DualListPicker<T> {

    /** Widget names, each prefixed with the picker's name (see {@link Fields#NAME}). */
    public static final String AVAILABLE = ".available"; //$NON-NLS-1$
    public static final String CHOSEN = ".chosen"; //$NON-NLS-1$
    public static final String ADD = ".add"; //$NON-NLS-1$
    public static final String REMOVE = ".remove"; //$NON-NLS-1$
    public static final String ADD_ALL = ".addAll"; //$NON-NLS-1$
    public static final String REMOVE_ALL = ".removeAll"; //$NON-NLS-1$
    public static final String FILTER = ".filter"; //$NON-NLS-1$

    private final Composite control;
    private final Function<T, String> label;
    private final TableViewer available;
    private final TableViewer chosen;
    private final Text filter;
    private final List<T> all = new ArrayList<>();
    private final Set<T> picked = new LinkedHashSet<>();
    private final List<Runnable> listeners = new ArrayList<>();

    public DualListPicker(Composite parent, String name, String availableTitle, String chosenTitle, Function<T, String> label) {
        this.label = Objects.requireNonNull(label);
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(control);
        caption(availableTitle);
        new Label(control, SWT.NONE);
        caption(chosenTitle);
        filter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.filterHint);
        filter.setData(Fields.NAME, name + FILTER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        new Label(control, SWT.NONE);
        new Label(control, SWT.NONE);
        available = list(name + AVAILABLE);
        Composite buttons = new Composite(control, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(buttons);
        button(buttons, Messages.pickerAdd, name + ADD, this::addSelected);
        button(buttons, Messages.pickerRemove, name + REMOVE, this::removeSelected);
        button(buttons, Messages.pickerAddAll, name + ADD_ALL, () -> move(visibleAvailable(), true));
        button(buttons, Messages.pickerRemoveAll, name + REMOVE_ALL, () -> move(new ArrayList<>(picked), false));
        chosen = list(name + CHOSEN);
        available.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
                return !picked.contains(element) && (wanted.isEmpty() || text(element).toLowerCase(Locale.ROOT).contains(wanted));
            }
        });
        filter.addModifyListener(e -> available.refresh());
        available.addDoubleClickListener(e -> addSelected());
        chosen.addDoubleClickListener(e -> removeSelected());
    }

    private void addSelected() {
        move(selection(available), true);
    }

    private void removeSelected() {
        move(selection(chosen), false);
    }

    private void caption(String text) {
        Label caption = new Label(control, SWT.NONE);
        caption.setText(text);
    }

    private TableViewer list(String name) {
        TableViewer viewer = new TableViewer(control, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.getTable().setData(Fields.NAME, name);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text(element);
            }
        });
        viewer.setComparator(new ViewerComparator(Comparator.naturalOrder()) {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return text(a).compareToIgnoreCase(text(b));
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).hint(120, 110).applyTo(viewer.getTable());
        return viewer;
    }

    private static void button(Composite parent, String text, String name, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(Fields.NAME, name);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        button.addListener(SWT.Selection, e -> action.run());
    }

    @SuppressWarnings("unchecked")
    private String text(Object element) {
        return label.apply((T) element);
    }

    @SuppressWarnings("unchecked")
    private List<T> selection(TableViewer viewer) {
        return new ArrayList<>((List<T>) viewer.getStructuredSelection().toList());
    }

    @SuppressWarnings("unchecked")
    private List<T> visibleAvailable() {
        List<T> visible = new ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : available.getTable().getItems()) {
            visible.add((T) item.getData());
        }
        return visible;
    }

    private void move(Collection<T> items, boolean add) {
        boolean changed = add ? picked.addAll(items) : picked.removeAll(items);
        if (changed) {
            available.refresh();
            chosen.setInput(new ArrayList<>(picked));
            listeners.forEach(Runnable::run);
        }
    }

    /** Everything that can be chosen, and what is chosen now. */
    public void setInput(Collection<T> everything, Collection<T> chosenNow) {
        all.clear();
        all.addAll(everything);
        picked.clear();
        picked.addAll(chosenNow);
        available.setInput(all);
        chosen.setInput(new ArrayList<>(picked));
    }

    /** What is chosen now. */
    public Set<T> chosen() {
        return new LinkedHashSet<>(picked);
    }

    /** Runs {@code listener} after every move. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public Composite control() {
        return control;
    }
}
