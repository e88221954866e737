package org.castellan.datarights.ui.internal;

import java.util.List;

import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataRight;
import org.castellan.model.Installation;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * The folder/report rights ({@link ObjectPermissionsPane}) or one data right ({@link DataRightPane})
 * of the installation: read from the store when opened, edited in memory (the dirty mark), saved
 * in one transaction through {@link DataRightsAdministration}, which checks the administrator's
 * right. A refusal shows in red above the pane and keeps the edits.
 */
public final class DataRightsEditor extends EditorPart {

    public static final String ID = "org.castellan.datarights.ui.editor"; //$NON-NLS-1$
    /** The name of the problem text (see {@link ObjectPermissionsPane#NAME}). */
    public static final String PROBLEM = "problem"; //$NON-NLS-1$

    private boolean dirty;
    private Installation model;
    private DataRight right;
    private ObjectPermissionsPane objects;
    private Text problem;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DataRightsEditorInput)) {
            throw new PartInitException(NLS.bind(Messages.Editor_wrongInput, input.getName()));
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    private DataRightsEditorInput input() {
        return (DataRightsEditorInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        problem = new Text(parent, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setData(ObjectPermissionsPane.NAME, PROBLEM);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(problem);
        problem.setVisible(false);
        try {
            model = SecurityServices.get(CastellanStore.class).model().load();
        } catch (StoreException | IllegalStateException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            showProblem(NLS.bind(Messages.Editor_readFailed, e.getMessage()));
            return;
        }
        Composite pane;
        if (input().objects()) {
            objects = new ObjectPermissionsPane(parent, model, this::changed);
            pane = objects;
        } else {
            right = model.getDataRights().stream().filter(r -> r.getId().equals(input().dataRightId())).findFirst().orElse(null);
            if (right == null) {
                right = CastellanFactory.eINSTANCE.createDataRight();
                right.setName(Messages.Editor_newRight);
            }
            pane = new DataRightPane(parent, model, right, this::changed);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(pane);
    }

    private void changed() {
        if (!dirty) {
            dirty = true;
            firePropertyChange(PROP_DIRTY);
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
        ((org.eclipse.swt.layout.GridData) problem.getLayoutData()).exclude = false;
        problem.getParent().layout(true, true);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            DataRightsAdministration administration = SecurityServices.get(DataRightsAdministration.class);
            if (objects != null) {
                administration.savePermissions(SecurityServices.currentUser(), List.copyOf(objects.edited()));
            } else if (right.getId() == null) {
                String id = administration.create(SecurityServices.currentUser(), right);
                setInput(new DataRightsEditorInput(false, id, right.getName()));
            } else {
                administration.save(SecurityServices.currentUser(), right);
            }
            setPartName(getEditorInput().getName());
            if (getSite().getPage().findView(DataRightsView.ID) instanceof DataRightsView view) {
                view.refresh();
            }
            problem.setVisible(false);
            ((org.eclipse.swt.layout.GridData) problem.getLayoutData()).exclude = true;
            problem.getParent().layout(true, true);
            dirty = false;
            firePropertyChange(PROP_DIRTY);
        } catch (DataRightsException | IllegalStateException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            showProblem(e.getMessage());
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        showProblem(Messages.Editor_saveAsNotSupported);
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        problem.getParent().setFocus();
    }
}
