package org.castellan.update.ui.internal;

import java.util.Optional;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.menu.ui.LevelGuardedHandler;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

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
        AuthenticatedUser user = service(WorkbenchSession.class).map(WorkbenchSession::user)
                .orElseThrow(() -> new ExecutionException(Messages.noSession));
        AccessControl access = service(AccessControl.class).orElseThrow(() -> new ExecutionException(Messages.noSession));
        if (!access.hasRight(user.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new ExecutionException(NLS.bind(Messages.notAdministrator, user.login()));
        }
        return runAsAdministrator(event);
    }

    /** What the command does, once the user is known to be an administrator. */
    protected abstract Object runAsAdministrator(ExecutionEvent event) throws ExecutionException;

    private <T> Optional<T> service(Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        ServiceReference<T> reference = context.getServiceReference(type);
        return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
    }
}
