package org.castellan.security.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.ui.IWorkbenchWindow;

/** Password Policy: the installation's policy and the groups' own. */
public final class PasswordPolicyHandler extends SecurityHandler<Object> {

    public PasswordPolicyHandler() {
        super(Object.class);
    }

    @Override
    void run(IWorkbenchWindow window, Optional<Object> selected) {
        new PasswordPolicyDialog(window.getShell()).open();
    }
}
