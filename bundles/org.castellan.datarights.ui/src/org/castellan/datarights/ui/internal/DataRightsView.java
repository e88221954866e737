package org.castellan.datarights.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.DataRightsSettings;
import org.castellan.model.DataRight;
import org.castellan.ui.Services;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The entry to the editors: the folder/report rights, and the data rights with New Data Right when
 * the installation's {@code datarights.editor.enabled} setting shows the data-rights editor.
 */
public final class DataRightsView extends ViewPart {

    public static final String ID = "org.castellan.datarights.ui.view"; //$NON-NLS-1$

    private TableViewer list;
    private boolean editorShown;
    /** Whether this workstation has the data rights' administration (a client workstation has not yet). */
    private boolean served = true;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Optional<WorkbenchSession> session = session();
        boolean editorShown = session.flatMap(WorkbenchSession::folder).map(DataRightsSettings::editorEnabled).orElse(false);
        if (editorShown) {
            ObjectPermissionsPane.button(parent, SWT.PUSH, Messages.viewNewRight, "newRight", //$NON-NLS-1$
                    () -> open(new DataRightsEditorInput(false, "", Messages.editorNewRight))); //$NON-NLS-1$
        }
        list = new TableViewer(parent, SWT.BORDER | SWT.SINGLE);
        list.getTable().setData(ObjectPermissionsPane.NAME, "list"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list.getTable());
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(LabelProvider.createTextProvider(o -> ((DataRightsEditorInput) o).getName()));
        list.addDoubleClickListener(e -> open((DataRightsEditorInput) list.getStructuredSelection().getFirstElement()));
        served = session.isEmpty() || Services.find(DataRightsAdministration.class).isPresent();
        if (!served) {
            // an enrolled client workstation: the server does not serve the data rights' administration yet
            Label notServed = new Label(parent, SWT.WRAP);
            notServed.setData(ObjectPermissionsPane.NAME, "hidden"); //$NON-NLS-1$
            notServed.setText(Messages.viewNotServed);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(notServed);
        } else if (!editorShown) {
            Label hidden = new Label(parent, SWT.WRAP);
            hidden.setData(ObjectPermissionsPane.NAME, "hidden"); //$NON-NLS-1$
            hidden.setText(session.map(s -> NLS.bind(Messages.viewHidden, s.folder().map(f -> f.resolve("installation.properties")) //$NON-NLS-1$
                    .map(Path::toString).orElse("installation.properties"))).orElse(Messages.viewUnavailable)); //$NON-NLS-1$
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(hidden);
        }
        this.editorShown = editorShown;
        refresh();
    }

    /** Lists the entries again (after a data right was created, renamed or deleted). */
    public void refresh() {
        List<DataRightsEditorInput> entries = new ArrayList<>();
        if (!served) {
            list.setInput(entries); // nothing here could be opened
            return;
        }
        entries.add(DataRightsEditorInput.objectRights());
        if (editorShown) {
            try {
                for (DataRight right : Services.get(DataRightsAdministration.class).dataRights(Services.get(WorkbenchSession.class).user())) {
                    entries.add(new DataRightsEditorInput(false, right.getId(), right.getName()));
                }
            } catch (DataRightsException | IllegalStateException e) {
                ILog.of(getClass()).error(e.getMessage(), e);
            }
        }
        list.setInput(entries);
    }

    private static Optional<WorkbenchSession> session() {
        return Services.find(WorkbenchSession.class);
    }

    private void open(DataRightsEditorInput input) {
        try {
            getSite().getPage().openEditor(input, DataRightsEditor.ID);
        } catch (PartInitException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }

    @Override
    public void setFocus() {
        list.getControl().setFocus();
    }
}
