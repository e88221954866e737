package org.castellan.security.ui.internal.editors;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.castellan.security.AccountException;
import org.castellan.security.GuestRights;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.widgets.NameDialog;
import org.castellan.ui.DualListPicker;
import org.castellan.ui.Fields;
import org.castellan.ui.TransientEditor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * An editor of one user, role or group: reads it from the services, tracks whether the widgets
 * differ from what was read (the dirty state), saves it in one service call, and reports a
 * refusal in its header without losing the edits. When another administrator saved the object
 * in between, it says so and offers to reload. What the service would refuse under the guest rule
 * is asked of it after every edit and said in the header before Save, which it refuses.
 *
 * @param <S> the state read from the services (a view record)
 */
public abstract class SecurityEditor<S> extends TransientEditor<SecurityEditorInput> {

    /** Widget names (see {@link Fields#NAME}). */
    public static final String PROBLEM = "problem"; //$NON-NLS-1$
    public static final String HEADING = "heading"; //$NON-NLS-1$

    private S saved;
    private Label heading;
    private boolean showing;
    /** The last question put to the guest rule, its answer, and that answer as the header shows it (null for none). */
    private List<?> askedGuestRule;
    private List<GuestRights.Way> guestRuleAnswer = List.of();
    private String beforeSave;

    /** The object's current state in the installation. */
    protected abstract S read(String key) throws AccountException;

    /** Fills the widgets with {@code state}; a refusal reading what it needs besides is shown in the header. */
    protected abstract void show(S state) throws AccountException;

    /** Whether the widgets differ from {@code state}. */
    protected abstract boolean differs(S state);

    /** Saves the widgets over {@code state}; returns the object's key afterwards (a renamed role has a new one). */
    protected abstract String save(S state) throws AccountException;

    /** Saves the widgets as a new object, asking for what it needs; returns its key, or null when cancelled. */
    protected abstract String saveAsNew(S state) throws AccountException;

    /** The stored version the state was read at. */
    protected abstract long version(S state);

    /** The heading: what is edited. */
    protected abstract String heading(S state);

    /** Builds the editing widgets; call {@link #changed()} from their listeners. */
    protected abstract void createContent(Composite parent);

    /**
     * What to ask the service's guest rule about the edits as they stand.
     *
     * @param inputs what the answer depends on: the service is asked again only when they change
     *               (typing a description asks nothing)
     * @param ask    the service's own question (a {@code wouldGiveGuest} method)
     */
    protected record GuestRuleQuestion(List<?> inputs, Work<List<GuestRights.Way>> ask) {
    }

    /** The guest rule's question for the edits over {@code state}, or null when no save of this object can concern it. */
    protected GuestRuleQuestion guestRuleQuestion(S state) {
        return null;
    }

    protected SecurityEditor() {
        super(SecurityEditorInput.class, Messages.wrongInput);
    }

    protected final String key() {
        return input().key();
    }

    protected final SecurityEditorInput.Kind kind() {
        return input().kind();
    }

    @Override
    public final void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        heading = new Label(parent, SWT.NONE);
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setData(Fields.NAME, HEADING);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        createProblem(parent, Fields.NAME, PROBLEM);
        Composite body = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.fillDefaults().applyTo(body);
        createContent(body);
        reload();
    }

    /** Reads the object again and shows it, dropping unsaved edits. */
    public final void reload() {
        try {
            S state = read(key());
            saved = state;
            showing = true;
            try {
                show(state);
            } finally {
                showing = false;
            }
            heading.setText(heading(state));
            setPartName(key());
            hideProblem();
            beforeSave = null;
            askedGuestRule = null;
            setDirty(false);
        } catch (AccountException | RuntimeException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            showProblem(e.getMessage());
        }
    }

    /** For the widgets' listeners: recomputes the dirty state. */
    protected final void changed() {
        if (!showing && saved != null) {
            setDirty(differs(saved));
            checkGuestRule(false);
        }
    }

    /**
     * Asks the service what Save would be refused for under the guest rule and says it in the header
     * before Save is pressed; clears what it said once the edits no longer break the rule.
     *
     * @param again whether to ask even if the edits are those asked about last (another administrator may have changed the rest)
     */
    private void checkGuestRule(boolean again) {
        GuestRuleQuestion question = isDirty() ? guestRuleQuestion(saved) : null;
        if (question == null) {
            guestRuleAnswer = List.of();
            askedGuestRule = null;
        } else if (again || !question.inputs().equals(askedGuestRule)) {
            try {
                guestRuleAnswer = question.ask().run();
                askedGuestRule = question.inputs();
            } catch (AccountException | RuntimeException e) {
                // Not answerable now (the object was deleted meanwhile, the store is busy): Save asks the service itself and says why.
                guestRuleAnswer = List.of();
                askedGuestRule = null;
            }
        }
        String said = guestRuleAnswer.isEmpty() ? null
                : NLS.bind(Messages.guestRuleBeforeSave, String.join("\n", guestRuleAnswer.stream().map(GuestRights.Way::message).toList()));
        if (said != null) {
            showProblem(said);
        } else if (beforeSave != null && beforeSave.equals(problem().message())) {
            hideProblem();
        }
        beforeSave = said;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return saved != null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        checkGuestRule(true);
        if (beforeSave != null) {
            // The service would refuse it with the reason the header shows: nothing is sent.
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        try {
            String key = busy(() -> save(saved));
            if (!key.equals(key())) {
                setInput(new SecurityEditorInput(kind(), key));
            }
            reload();
        } catch (AccountException e) {
            refused(e);
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        try {
            String key = saveAsNew(saved);
            if (key != null) {
                // The new object opens in its own editor; this one goes back to the stored state.
                reload();
                Editors.open(getSite().getPage(), kind(), key);
            }
        } catch (AccountException e) {
            refused(e);
        }
    }

    /** A refusal: said in the header; if the object moved on meanwhile, reloading is offered. */
    private void refused(AccountException e) {
        showProblem(e.getMessage());
        if (changedMeanwhile() && MessageDialog.openQuestion(getSite().getShell(), Messages.conflictTitle,
                NLS.bind(Messages.conflictQuestion, key()))) {
            reload();
        }
    }

    private boolean changedMeanwhile() {
        try {
            return version(read(key())) != version(saved);
        } catch (AccountException | RuntimeException e) {
            return false;
        }
    }

    /** Work that may hash a password: the busy cursor shows it is running. */
    protected final <T> T busy(Work<T> work) throws AccountException {
        Object[] result = new Object[1];
        AccountException[] refusal = new AccountException[1];
        BusyIndicator.showWhile(getSite().getShell().getDisplay(), () -> {
            try {
                result[0] = work.run();
            } catch (AccountException e) {
                refusal[0] = e;
            }
        });
        if (refusal[0] != null) {
            throw refusal[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    @FunctionalInterface
    protected interface Work<T> {
        T run() throws AccountException;
    }

    @Override
    public void setFocus() {
        heading.getParent().setFocus();
    }

    /** A captioned text field in a two-column grid. */
    protected final Text field(Composite parent, String caption, String name, int style) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(caption);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, (style & SWT.MULTI) != 0 ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
        Text text = new Text(parent, SWT.BORDER | style);
        text.setData(Fields.NAME, name);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, (style & SWT.MULTI) != 0 ? 48 : SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> changed());
        return text;
    }

    /** The two-column grid of captioned fields above an editor's pickers. */
    protected static Composite fieldGrid(Composite parent) {
        Composite fields = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
        return fields;
    }

    /** A picker that shares the editor's remaining room and marks it dirty when the choice changes. */
    protected final <T> DualListPicker<T> picker(Composite parent, String name, String availableTitle, String chosenTitle,
            Function<T, String> label) {
        DualListPicker<T> picker = new DualListPicker<>(parent, name, availableTitle, chosenTitle, label);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(picker.control());
        picker.onChange(this::changed);
        return picker;
    }

    /** The object named {@code key} among {@code all}; refused with {@code gone} (bound to the key) when another administrator deleted it. */
    protected static <V> V named(List<V> all, Function<V, String> name, String key, String gone) throws AccountException {
        return all.stream().filter(v -> name.apply(v).equals(key)).findFirst().orElseThrow(() -> new AccountException(NLS.bind(gone, key)));
    }

    /** Save As: the copy's name, "Copy of" the original's proposed; null when cancelled. */
    protected final String askCopyName(String title, String message, String original) {
        return NameDialog.ask(getSite().getShell(), title, message, NLS.bind(Messages.copyOf, original));
    }

    /** A check box in the second column of a two-column grid. */
    protected final Button check(Composite parent, String text, String name) {
        new Label(parent, SWT.NONE);
        Button check = new Button(parent, SWT.CHECK | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(check);
        check.setText(text);
        check.setData(Fields.NAME, name);
        check.addListener(SWT.Selection, e -> changed());
        return check;
    }

    /** The text of a field, null when blank, as the services store it. */
    protected static String value(Text text) {
        String value = text.getText().strip();
        return value.isEmpty() ? null : value;
    }

    /** Compares a field with a stored value, blank and null being the same. */
    protected static boolean same(Text text, String stored) {
        return Objects.equals(value(text), stored == null || stored.isBlank() ? null : stored.strip());
    }
}
