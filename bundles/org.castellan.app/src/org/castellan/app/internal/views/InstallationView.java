package org.castellan.app.internal.views;

import org.castellan.app.internal.Messages;
import org.castellan.app.session.WorkbenchSession;
import org.castellan.security.AccountService;
import org.castellan.store.StoreMode;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The Installation view: which installation is open (folder, store mode, schema version) and who
 * is logged in (user and authorization level), read from the {@link WorkbenchSession} service.
 */
public final class InstallationView extends ViewPart {

    public static final String ID = "org.castellan.app.views.installation"; //$NON-NLS-1$

    private Composite body;

    @Override
    public void createPartControl(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 8).applyTo(body);
        WorkbenchSession session = getSite().getService(WorkbenchSession.class);
        if (session == null) {
            Label none = new Label(body, SWT.WRAP);
            none.setText(Messages.installationViewNoSession);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(none);
            return;
        }
        Label heading = new Label(body, SWT.NONE);
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setText(session.installationName());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 0).applyTo(heading);
        row(Messages.installationViewFolder, session.folder().map(Object::toString).orElse(Messages.installationViewNoFolder));
        row(Messages.installationViewMode, mode(session.mode()));
        // an enrolled client workstation opens no database: its schema is the server's, not known here
        row(Messages.installationViewSchema, session.schemaVersion() > 0 ? Integer.toString(session.schemaVersion()) : Messages.installationViewNoFolder);
        row(Messages.installationViewUser, NLS.bind(Messages.installationViewUserValue, session.user().shownName(), session.user().login()));
        row(Messages.installationViewLevel,
                NLS.bind(Messages.installationViewLevelValue, session.user().authorizationLevel(), AccountService.MAXIMUM_LEVEL));
    }

    private void row(String caption, String value) {
        Label captionLabel = new Label(body, SWT.NONE);
        captionLabel.setText(caption);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(captionLabel);
        Label valueLabel = new Label(body, SWT.WRAP);
        valueLabel.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(valueLabel);
    }

    private static String mode(StoreMode mode) {
        return switch (mode) {
            case EMBEDDED -> Messages.installationViewModeEmbedded;
            case SERVER -> Messages.installationViewModeServer;
            case CLIENT -> Messages.installationViewModeClient;
        };
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }
}
