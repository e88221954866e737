package org.castellan.app.tests;

import org.castellan.ui.TransientEditorInput;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.part.EditorPart;

/** An editor made dirty by the test, counting its saves. */
public final class DirtyEditor extends EditorPart {

    static final String ID = "org.castellan.app.tests.dirtyEditor";

    private boolean dirty;
    private int saves;
    private Text text;

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        text = new Text(parent, SWT.MULTI);
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    void makeDirty() {
        dirty = true;
        firePropertyChange(PROP_DIRTY);
    }

    int saves() {
        return saves;
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        saves++;
        dirty = false;
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void doSaveAs() {
        doSave(null);
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** The input of one test editor. */
    record Input(String name) implements TransientEditorInput {

        @Override
        public String getName() {
            return name;
        }
    }
}
