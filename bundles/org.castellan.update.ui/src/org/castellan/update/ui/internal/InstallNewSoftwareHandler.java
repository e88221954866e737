package org.castellan.update.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.equinox.p2.ui.ProvisioningUI;

/** Help › Install New Software…: p2's install wizard on this product's own profile. */
public final class InstallNewSoftwareHandler extends AdministratorHandler {

    @Override
    protected Object runAsAdministrator(ExecutionEvent event) {
        ProvisioningUI.getDefaultUI().openInstallWizard(null, null, null);
        return null;
    }
}
