package org.castellan.datarights.ui.internal;

import java.util.List;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataRight;
import org.castellan.model.Installation;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Services;
import org.castellan.ui.TransientEditor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * The folder/report rights ({@link ObjectPermissionsPane}) or one data right ({@link DataRightPane})
 * of the installation: read through {@link DataRightsAdministration} when opened, edited in memory
 * (the dirty mark), saved in one transaction through it; the service checks the administrator's
 * right for both. A refusal shows in red above the pane and keeps the edits.
 */
public final class DataRightsEditor extends TransientEditor<DataRightsEditorInput> {

    public static final String ID = "org.castellan.datarights.ui.editor"; //$NON-NLS-1$
    /** The name of the problem text (see {@link ObjectPermissionsPane#NAME}). */
    public static final String PROBLEM = "problem"; //$NON-NLS-1$

    private Installation model;
    private DataRight right;
    private ObjectPermissionsPane objects;
    private DataRightPane rightPane;
    private Composite body;

    public DataRightsEditor() {
        super(DataRightsEditorInput.class, Messages.editorWrongInput);
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        createProblem(parent, ObjectPermissionsPane.NAME, PROBLEM);
        model = readModel();
        if (model == null) {
            return;
        }
        if (input().objects()) {
            objects = new ObjectPermissionsPane(parent, model, this::changed);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(objects);
            return;
        }
        right = model.getDataRights().stream().filter(r -> r.getId().equals(input().dataRightId())).findFirst().orElse(null);
        if (right == null) {
            right = CastellanFactory.eINSTANCE.createDataRight();
            right.setName(Messages.editorNewRight);
        }
        Composite actions = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(actions);
        Button reload = ObjectPermissionsPane.button(actions, SWT.PUSH, Messages.editorReload, "reload", this::reloadModel); //$NON-NLS-1$
        reload.setToolTipText(Messages.editorReloadTip);
        ObjectPermissionsPane.button(actions, SWT.PUSH, Messages.editorDelete, "delete", this::delete); //$NON-NLS-1$
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        showRight();
    }

    private void showRight() {
        if (rightPane != null) {
            rightPane.dispose();
        }
        rightPane = new DataRightPane(body, model, right, this::changed);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rightPane);
        body.layout(true, true);
    }

    /**
     * Reads the installation's models again (the host reloaded them, adding members) and shows
     * the data right's edits on them: members typed before then show as selected members.
     */
    public void reloadModel() {
        Installation fresh = readModel();
        if (fresh == null) {
            return;
        }
        DataRightCopies.rebind(right, fresh);
        model = fresh;
        showRight();
    }

    /**
     * The installation's model through the service, or null with the problem shown. The folder and
     * report rights need no dimension's members (a million customers took 180 MB of heap to show
     * folders): they read the vocabulary.
     */
    private Installation readModel() {
        try {
            DataRightsAdministration administration = Services.get(DataRightsAdministration.class);
            return input().objects() ? administration.readVocabulary(currentUser()) : administration.read(currentUser());
        } catch (DataRightsException | IllegalStateException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            showProblem(NLS.bind(Messages.editorReadFailed, e.getMessage()));
            return null;
        }
    }

    /** Asks, then deletes the data right (which lifts its models' multi-source lock) and closes the editor. */
    private void delete() {
        if (!MessageDialog.openConfirm(getSite().getShell(), Messages.editorDeleteTitle, NLS.bind(Messages.editorDeleteMessage, right.getName()))) {
            return;
        }
        if (right.getId() != null) {
            try {
                Services.get(DataRightsAdministration.class).delete(currentUser(), right.getId());
            } catch (DataRightsException | IllegalStateException e) {
                ILog.of(getClass()).warn(e.getMessage(), e);
                showProblem(e.getMessage());
                return;
            }
        }
        setDirty(false);
        refreshView();
        getSite().getPage().closeEditor(this, false);
    }

    private void refreshView() {
        if (getSite().getPage().findView(DataRightsView.ID) instanceof DataRightsView view) {
            view.refresh();
        }
    }

    private void changed() {
        setDirty(true);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            DataRightsAdministration administration = Services.get(DataRightsAdministration.class);
            if (objects != null) {
                administration.savePermissions(currentUser(), List.copyOf(objects.edited()));
            } else if (right.getId() == null) {
                String id = administration.create(currentUser(), right);
                setInput(new DataRightsEditorInput(false, id, right.getName()));
            } else {
                administration.save(currentUser(), right);
            }
            setPartName(getEditorInput().getName());
            saved();
        } catch (DataRightsException | IllegalStateException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            showProblem(e.getMessage());
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    private void saved() {
        refreshView();
        hideProblem();
        setDirty(false);
    }

    /** Asks for a name, then stores the data right as edited under it as a new data right; the original stays as stored. */
    @Override
    public void doSaveAs() {
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.editorSaveAsTitle, NLS.bind(Messages.editorSaveAsMessage, right.getName()),
                NLS.bind(Messages.editorCopyName, right.getName()), text -> text.isBlank() ? Messages.editorSaveAsNameMissing : null);
        if (dialog.open() == IDialogConstants.OK_ID) {
            saveAs(dialog.getValue().strip());
        }
    }

    /**
     * Stores a copy of the data right as edited, under another name, as a new data right; this
     * editor then edits the copy. Refused (shown in red, edits kept) like a save.
     */
    public void saveAs(String name) {
        DataRight copy = DataRightCopies.copy(right, name);
        try {
            DataRightsAdministration administration = Services.get(DataRightsAdministration.class);
            String id = administration.create(currentUser(), copy);
            Installation fresh = administration.read(currentUser());
            right = fresh.getDataRights().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
            model = fresh;
            setInput(new DataRightsEditorInput(false, id, name));
            setPartName(name);
            showRight();
            saved();
        } catch (DataRightsException | IllegalStateException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            showProblem(e.getMessage());
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return objects == null && right != null;
    }

    @Override
    public void setFocus() {
        problem().control().getParent().setFocus();
    }

    /** Who is logged in now (a log-out replaces the session). */
    private static AuthenticatedUser currentUser() {
        return Services.get(WorkbenchSession.class).user();
    }
}
