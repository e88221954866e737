package org.castellan.ui;

import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor of one kind of {@link TransientEditorInput}, named after its input: any other input is
 * refused when the editor opens, so the editor can rely on its own. It keeps the dirty mark, which
 * the workbench is told of when it changes, and the {@link EditorProblem} above its content.
 *
 * @param <I> the kind of input the editor opens
 * @since 0.1
 */
public abstract class TransientEditor<I extends IEditorInput> extends EditorPart {

    private final Class<I> inputType;
    private final String wrongInput;
    private boolean dirty;
    private EditorProblem problem;

    /**
     * @param inputType  the kind of input the editor opens
     * @param wrongInput the refusal of another input, {0} its name
     */
    protected TransientEditor(Class<I> inputType, String wrongInput) {
        this.inputType = Objects.requireNonNull(inputType);
        this.wrongInput = Objects.requireNonNull(wrongInput);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!inputType.isInstance(input)) {
            throw new PartInitException(NLS.bind(wrongInput, input.getName()));
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    /** Sets the dirty mark, telling the workbench when it changes. */
    protected final void setDirty(boolean now) {
        if (dirty != now) {
            dirty = now;
            firePropertyChange(PROP_DIRTY);
        }
    }

    /** Creates the refusal text above the editor's content; see {@link EditorProblem#EditorProblem}. */
    protected final void createProblem(Composite parent, String nameKey, String name) {
        problem = new EditorProblem(parent, nameKey, name);
    }

    protected final EditorProblem problem() {
        return problem;
    }

    protected final void showProblem(String message) {
        problem.show(message);
    }

    protected final void hideProblem() {
        problem.hide();
    }

    /** The editor's input. */
    protected final I input() {
        return inputType.cast(getEditorInput());
    }
}
