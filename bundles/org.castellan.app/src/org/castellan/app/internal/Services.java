package org.castellan.app.internal;

import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordPolicyAdministration;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Calls an OSGi service (a Declarative Services component of a concern) for one piece of work,
 * then releases it: the dialogs and handlers of the workbench hold no service between uses.
 */
public final class Services {

    /** Work on a service. */
    @FunctionalInterface
    public interface Call<S, R> {
        R on(S service) throws AccountException;
    }

    private Services() {
    }

    /** @return what the call returned, or empty when no such service is registered */
    public static <S, R> Optional<R> call(Class<S> type, Call<S, R> call) throws AccountException {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceReference<S> reference = context == null ? null : context.getServiceReference(type);
        if (reference == null) {
            return Optional.empty();
        }
        S service = context.getService(reference);
        if (service == null) {
            return Optional.empty(); // unregistered meanwhile
        }
        try {
            return Optional.ofNullable(call.on(service));
        } finally {
            context.ungetService(reference);
        }
    }

    /** A service registered as a plain object (not a component that DS would deactivate once released). */
    public static <S> Optional<S> find(Class<S> type) {
        try {
            return call(type, service -> service);
        } catch (AccountException e) {
            throw new IllegalStateException(e); // the call above throws nothing
        }
    }

    /** The rules for the user's next password: his groups may be stricter than the installation. */
    public static PasswordPolicy passwordPolicyFor(String login, AccountService accounts) throws AccountException {
        return call(PasswordPolicyAdministration.class, policies -> policies.policyFor(login)).orElseGet(accounts::passwordPolicy);
    }
}
