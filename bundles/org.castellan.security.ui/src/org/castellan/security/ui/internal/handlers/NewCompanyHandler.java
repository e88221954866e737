package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.castellan.security.CompanyAdministration;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.widgets.NewCompanyDialog;
import org.castellan.ui.Services;
import org.eclipse.ui.IWorkbenchWindow;

/** New Company: its code and name in one dialog, which shows the service's refusal in place. */
public final class NewCompanyHandler extends SecurityHandler<Object> {

    public NewCompanyHandler() {
        super(Object.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<Object> selected) {
        new NewCompanyDialog(window.getShell(), Services.get(CompanyAdministration.class), SecurityServices.currentUser()).open();
    }
}
