package org.castellan.update.ui.internal;


import org.castellan.app.session.WorkbenchSession;
import org.castellan.menu.ui.LevelGuardedHandler;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Services;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;

/**
 * A software-update command: the menu level (9, declared in plugin.xml) is checked by
 * {@link LevelGuardedHandler}, then this asks {@link AccessControl} whether the logged-in user holds
 * {@link AccountService#ADMINISTER_RIGHT}: installing software changes the product for everyone on
 * this workstation, so a supervisor without the right is refused too, however the command is
 * invoked.
 */
abstract class AdministratorHandler extends LevelGuardedHandler {

    @Override
    protected final Object run(ExecutionEvent event) throws ExecutionException {
        AuthenticatedUser user = Services.find(WorkbenchSession.class).map(WorkbenchSession::user)
                .orElseThrow(() -> new ExecutionException(Messages.noSession));
        AccessControl access = Services.find(AccessControl.class).orElseThrow(() -> new ExecutionException(Messages.noSession));
        if (!access.hasRight(user.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new ExecutionException(NLS.bind(Messages.notAdministrator, user.login()));
        }
        return runAsAdministrator(event);
    }

    /** What the command does, once the user is known to be an administrator. */
    protected abstract Object runAsAdministrator(ExecutionEvent event) throws ExecutionException;
}
