package org.castellan.app.internal.workbench;

import java.util.Optional;

import org.castellan.app.internal.Messages;
import org.castellan.app.internal.PasswordPolicies;
import org.castellan.app.internal.StartupException;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.PasswordPolicy;
import org.castellan.ui.ChangePasswordDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File › Change Password…: the user working now changes his own password, proving who he is with
 * the current one. Disabled for the guest, who has none, and for a domain user, whose password the
 * directory keeps (the service refuses both anyway).
 */
public final class ChangePasswordHandler extends AbstractHandler {

    @Override
    public boolean isEnabled() {
        return SessionSwitch.running().filter(SessionSwitch::passwordChangeable).isPresent();
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(isEnabled()); // tells the menu when a log-out brought the guest
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Optional<SessionSwitch> sessions = SessionSwitch.running().filter(running -> !running.guest());
        if (sessions.isEmpty()) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        AuthenticatedUser user = sessions.get().session().user();
        try {
            AccountService accounts = sessions.get().accounts();
            PasswordPolicy policy = PasswordPolicies.passwordPolicyFor(user.login(), accounts);
            new ChangePasswordDialog(shell, policy, true, Messages.changePasswordTitle, Messages.changePasswordMessage,
                    (current, next) -> accounts.changePassword(user.login(), current, next)).open();
        } catch (AccountException | StartupException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            MessageDialog.openError(shell, Messages.errorDialogTitle, e.getMessage());
        }
        return null;
    }
}
