package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.widgets.NameDialog;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/** Rename Company: another name; the code, which its history names, stays. */
public final class RenameCompanyHandler extends SecurityHandler<CompanyView> {

    public RenameCompanyHandler() {
        super(CompanyView.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<CompanyView> selected) {
        selected.ifPresent(company -> rename(window.getShell(), company));
    }

    /** Asks the new name and renames; a refusal is shown. Also what opening a company in its view does. */
    public static void rename(Shell shell, CompanyView company) {
        String name = NameDialog.ask(shell, Messages.renameCompanyTitle, NLS.bind(Messages.renameCompanyMessage, company.code()), company.name());
        if (name == null) {
            return;
        }
        try {
            Services.get(CompanyAdministration.class).renameCompany(SecurityServices.currentUser(), company.code(), name);
        } catch (AccountException e) {
            refused(shell, e);
        }
    }
}
