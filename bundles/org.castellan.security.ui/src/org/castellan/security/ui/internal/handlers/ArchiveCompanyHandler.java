package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.ui.Services;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Archive Company, after a confirmation saying what it means, or Reactivate Company: one handler
 * class, told which by the command (see {@link Reactivate}).
 */
public class ArchiveCompanyHandler extends SecurityHandler<CompanyView> {

    private final boolean archive;

    public ArchiveCompanyHandler() {
        this(true);
    }

    ArchiveCompanyHandler(boolean archive) {
        super(CompanyView.class);
        this.archive = archive;
    }

    @Override
    final void run(IWorkbenchWindow window, Optional<CompanyView> selected) throws AccountException {
        if (selected.isEmpty() || selected.get().archived() == archive) {
            return;
        }
        String code = selected.get().code();
        String title = archive ? Messages.archiveCompanyTitle : Messages.reactivateCompanyTitle;
        String question = NLS.bind(archive ? Messages.archiveCompanyQuestion : Messages.reactivateCompanyQuestion, code, selected.get().name());
        String action = archive ? Messages.archiveCompanyButton : Messages.reactivateCompanyButton;
        // The button says what it does, as every Castellan dialog does, rather than a bare OK.
        if (new MessageDialog(window.getShell(), title, null, question, MessageDialog.CONFIRM, 0, action, IDialogConstants.CANCEL_LABEL).open() == 0) {
            Services.get(CompanyAdministration.class).setArchived(SecurityServices.currentUser(), code, archive);
        }
    }

    /** Reactivate Company. */
    public static final class Reactivate extends ArchiveCompanyHandler {
        public Reactivate() {
            super(false);
        }
    }
}
