package org.castellan.server.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.castellan.security.AccountsOverview;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.GroupAdministration;
import org.castellan.security.PasswordPolicyAdministration;
import org.castellan.security.RoleAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.server.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The administration services of a client workstation: each a proxy of the service's interface
 * whose every call runs on the server ({@code POST /api/v1/services/{service}/{method}}) as the
 * user of the session's token, where the rules are checked. The acting user a caller passes is
 * not sent: the server puts the token's user in its place. A refusal the method declares comes
 * back as that exception, with the server's message; a server that cannot be reached is that
 * same exception, saying so.
 *
 * @since 0.1
 */
public final class RemoteServices {

    /** Where the calls go: the interface's simple name and the method's name follow. */
    public static final String PATH = "/api/v1/services/"; //$NON-NLS-1$

    /** The only interfaces the server serves, and so the only ones a client gets proxies of. */
    public static final List<Class<?>> SERVED = List.of(UserAdministration.class, GroupAdministration.class, RoleAdministration.class,
            CompanyAdministration.class, PasswordPolicyAdministration.class, AccountsOverview.class);

    /** The beginnings of the names of the methods that change something (the others only read). */
    private static final List<String> CHANGING = List.of("create", "update", "set", "delete", "add", "remove", "assign", "grant", "revoke", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "copy", "apply", "rename", "unlock", "change"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /**
     * Told of each change a call made on the server, with the topic the service published there,
     * so that the client publishes it too and its views refresh as after a local change.
     */
    @FunctionalInterface
    public interface Changes {
        void changed(String topic);
    }

    private RemoteServices() {
    }

    /**
     * A proxy of a served interface.
     *
     * @param token the token of the session the calls are made in, asked for at each call (a new log-in replaces it)
     * @throws IllegalArgumentException for an interface the server does not serve
     */
    public static <S> S of(Class<S> service, PinnedServer server, Supplier<String> token, Changes changes) {
        if (!SERVED.contains(service)) {
            throw new IllegalArgumentException(service.getName() + " is not served"); //$NON-NLS-1$
        }
        Map<String, Method> methods = ServiceCodec.methods(service);
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(service, proxy, method, arguments);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, arguments);
            }
            if (!methods.containsValue(method)) {
                throw new IllegalStateException(method.toString());
            }
            Object result = call(server, token.get(), service, method, arguments == null ? new Object[0] : arguments);
            topicAfter(service, method.getName()).ifPresent(changes::changed);
            return result;
        };
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] { service }, handler));
    }

    /** The property each registered proxy carries, so that a caller can tell it from a local service. */
    public static final String REMOTE_PROPERTY = "castellan.remote"; //$NON-NLS-1$

    /**
     * Registers a proxy of every served interface as an OSGi service, marked {@value #REMOTE_PROPERTY},
     * for a client workstation's workbench, which has no store and so no local service of them.
     *
     * @return unregisters them all
     */
    public static AutoCloseable register(BundleContext context, PinnedServer server, Supplier<String> token, Changes changes) {
        List<ServiceRegistration<?>> registrations = new java.util.ArrayList<>();
        Dictionary<String, Object> properties = new Hashtable<>(Map.of(REMOTE_PROPERTY, Boolean.TRUE));
        for (Class<?> type : SERVED) {
            registrations.add(context.registerService(type.getName(), of(type, server, token, changes), properties));
        }
        return () -> registrations.forEach(registration -> {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with its bundle
            }
        });
    }

    private static Object objectMethod(Class<?> service, Object proxy, Method method, Object[] arguments) {
        return switch (method.getName()) {
        case "equals" -> proxy == arguments[0]; //$NON-NLS-1$
        case "hashCode" -> System.identityHashCode(proxy); //$NON-NLS-1$
        default -> "remote " + service.getSimpleName(); //$NON-NLS-1$
        };
    }

    private static Object call(PinnedServer server, String token, Class<?> service, Method method, Object[] arguments) throws Exception {
        JsonArray sent = new JsonArray();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < arguments.length; i++) {
            sent.add(ServiceCodec.isActor(types[i]) ? JsonNull.INSTANCE : ServiceCodec.encode(arguments[i], method.getGenericParameterTypes()[i]));
        }
        JsonObject body = new JsonObject();
        body.add("arguments", sent); //$NON-NLS-1$
        Answer answer;
        try {
            answer = server.post(PATH + service.getSimpleName() + '/' + method.getName(), body, Optional.ofNullable(token));
        } catch (ConnectionException e) {
            throw refusal(method, null, e.getMessage(), e);
        }
        if (!answer.ok()) {
            throw refusal(method, answer.text("exception"), //$NON-NLS-1$
                    answer.message().isEmpty() ? NLS.bind(Messages.serviceCallFailed, answer.status()) : answer.message(), null);
        }
        JsonElement result = answer.json().get("result"); //$NON-NLS-1$
        return method.getReturnType() == void.class ? null : ServiceCodec.decode(result == null ? JsonNull.INSTANCE : result, method.getGenericReturnType());
    }

    /**
     * The exception a failed call throws: the one the server names when the method declares it (or
     * its superclass), else the method's first declared checked exception, with the message.
     */
    static Exception refusal(Method method, String named, String message, Throwable cause) {
        for (Class<?> declared : method.getExceptionTypes()) {
            if (named != null && !named.isEmpty()) {
                Optional<Exception> exact = instance(declared, named, message, cause);
                if (exact.isPresent()) {
                    return exact.get();
                }
            }
        }
        for (Class<?> declared : method.getExceptionTypes()) {
            if (!RuntimeException.class.isAssignableFrom(declared)) {
                Optional<Exception> first = instance(declared, declared.getName(), message, cause);
                if (first.isPresent()) {
                    return first.get();
                }
            }
        }
        return new IllegalStateException(message, cause);
    }

    /** An exception of the named class, only when it is the declared one or a subclass of it. */
    private static Optional<Exception> instance(Class<?> declared, String named, String message, Throwable cause) {
        try {
            Class<?> type = Class.forName(named, false, declared.getClassLoader());
            if (!declared.isAssignableFrom(type)) {
                return Optional.empty();
            }
            Exception exception = (Exception) type.getConstructor(String.class).newInstance(message);
            if (cause != null) {
                exception.initCause(cause);
            }
            return Optional.of(exception);
        } catch (ReflectiveOperationException | IllegalStateException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** The topic the service published for a change made by that method, none for a method that only reads. */
    public static Optional<String> topicAfter(Class<?> service, String method) {
        if (CHANGING.stream().noneMatch(method::startsWith)) {
            return Optional.empty();
        }
        if (service == UserAdministration.class) {
            return Optional.of(switch (method) {
            case "createUser" -> UserAdministration.TOPIC_USER_CREATED; //$NON-NLS-1$
            case "setPassword" -> UserAdministration.TOPIC_PASSWORD_RESET; //$NON-NLS-1$
            case "unlock" -> UserAdministration.TOPIC_USER_UNLOCKED; //$NON-NLS-1$
            case "setGuestAccess" -> UserAdministration.TOPIC_GUEST_ACCESS; //$NON-NLS-1$
            default -> UserAdministration.TOPIC_USER_CHANGED;
            });
        }
        if (service == GroupAdministration.class) {
            return Optional.of(GroupAdministration.TOPIC_GROUP_CHANGED);
        }
        if (service == RoleAdministration.class) {
            return Optional.of(RoleAdministration.TOPIC_ROLE_CHANGED);
        }
        if (service == CompanyAdministration.class) {
            return Optional.of(CompanyAdministration.TOPIC_COMPANY_CHANGED);
        }
        if (service == PasswordPolicyAdministration.class) {
            return Optional.of(PasswordPolicyAdministration.TOPIC_POLICY_CHANGED);
        }
        return Optional.empty();
    }
}
