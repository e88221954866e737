package org.castellan.server.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.lang.reflect.Type;

import org.castellan.audit.AuditJournal;
import org.castellan.audit.AuditReports;
import org.castellan.backup.BackupService;
import org.castellan.directory.DirectoryService;
import org.castellan.menu.MenuLevels;
import org.castellan.security.AccountsOverview;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.GroupAdministration;
import org.castellan.security.PasswordPolicyAdministration;
import org.castellan.security.RoleAdministration;
import org.castellan.security.SettingsAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.sessions.SessionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
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
            CompanyAdministration.class, PasswordPolicyAdministration.class, AccountsOverview.class, SettingsAdministration.class,
            DirectoryService.class, SessionRegistry.class, AuditReports.class, AuditJournal.class, BackupService.class, MenuLevels.class);

    /**
     * The served interfaces whose proxies {@link #register} publishes. Not the session registry:
     * the workbench's session gate wakes up on it and opens the workstation's session through
     * {@code open}, which a client's session does through {@code /api/v1/session} (the startup's
     * choice, not this class's); a client takes its proxy with {@link #of}. Nor the menu's levels:
     * what the workbench asks most (the main menu, what the user sees, may he open this) comes from
     * the decision API ({@code /api/v1/menu}, {@code /api/v1/decisions/option}); a client's
     * {@link MenuLevels} asks there and takes this proxy for the administrators' changes.
     */
    public static final List<Class<?>> REGISTERED = SERVED.stream().filter(type -> type != SessionRegistry.class && type != MenuLevels.class)
            .toList();

    /**
     * Methods of served interfaces that are never served, by {@link #signature}, and why (besides
     * those within a caller's transaction, which {@link ServiceCodec#methods} leaves out).
     */
    private static final Map<Class<?>, Set<String>> WITHHELD = Map.of(
            // a workstation's own session is opened, kept and closed through /api/v1/session with the token bound to it;
            // by session id here, anyone's session could be kept alive or closed
            SessionRegistry.class, Set.of("open(AuthenticatedUser,String,Workstation,boolean)", "heartbeat(String,boolean)", //$NON-NLS-1$ //$NON-NLS-2$
                    "close(String,String)", "transactionClosed(String)", "bindToken(String,String)", "sessionOfToken(String)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            // the journal's rows are written by the services that made the change, never handed in whole; the head
            // files are the server's; a progress callback cannot cross (verify(ChainHead) and verify() are served)
            AuditJournal.class, Set.of("recordAll(List)", "headFiles()", "verify(List)", "verify(List,Progress)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            // they write the file where they run, which for a client would be the server's disk: a client's proxy
            // writes it itself, with the content exportContent answers (ClientExports)
            AuditReports.class, Set.of("export(AuthenticatedUser,Report,Format,Path)", //$NON-NLS-1$
                    "export(AuthenticatedUser,Report,Format,Path,Destination,long)"), //$NON-NLS-1$
            // its answer replaces the running installation once the process that asked ends: on the server, under the
            // server's feet; a restore over the current installation is done with the server stopped (castellan backup restore)
            BackupService.class, Set.of("restoreOverCurrent(AuthenticatedUser,Path,Optional,IProgressMonitor)"), //$NON-NLS-1$
            // the main menu, what a user sees and whether he may open an option are answered by the decision API
            // (/api/v1/menu, /api/v1/options, /api/v1/decisions/option), in a form any host reads; require is served:
            // it journals a refusal on the server, as for a local workstation
            MenuLevels.class, Set.of("definition()", "visibleTo(AuthenticatedUser)", "decide(AuthenticatedUser,String)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** The beginnings of the names of the methods that change something (the others only read). */
    private static final List<String> CHANGING = List.of("create", "update", "set", "delete", "add", "remove", "assign", "grant", "revoke", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "copy", "apply", "rename", "unlock", "change"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /** The topic published by each method that changes something, for the services {@link #namedTopic} knows; their other methods read. */
    private static final Map<Class<?>, Map<String, String>> NAMED_TOPICS = Map.of( //
            SettingsAdministration.class, Map.of("change", SettingsAdministration.TOPIC_SETTING_CHANGED), //$NON-NLS-1$
            DirectoryService.class, Map.of("setServicePassword", DirectoryService.TOPIC_SERVICE_PASSWORD_CHANGED, //$NON-NLS-1$
                    "addMapping", DirectoryService.TOPIC_MAPPING_CHANGED, "removeMapping", DirectoryService.TOPIC_MAPPING_CHANGED, //$NON-NLS-1$ //$NON-NLS-2$
                    "changeMappings", DirectoryService.TOPIC_MAPPING_CHANGED, "importUsers", UserAdministration.TOPIC_USER_CREATED, //$NON-NLS-1$ //$NON-NLS-2$
                    "synchronize", UserAdministration.TOPIC_USER_CHANGED), //$NON-NLS-1$
            SessionRegistry.class, Map.of("block", SessionRegistry.TOPIC_BAN_SET, "lift", SessionRegistry.TOPIC_BAN_LIFTED, //$NON-NLS-1$ //$NON-NLS-2$
                    "requestLogout", SessionRegistry.TOPIC_LOGOUT_REQUESTED, "requestSessionLogout", SessionRegistry.TOPIC_LOGOUT_REQUESTED), //$NON-NLS-1$ //$NON-NLS-2$
            AuditReports.class, Map.of(), //
            AuditJournal.class, Map.of("purge", AuditJournal.TOPIC_PURGED, "reseal", AuditJournal.TOPIC_RESEALED, //$NON-NLS-1$ //$NON-NLS-2$
                    "recordVerification", AuditJournal.TOPIC_VERIFIED), //$NON-NLS-1$
            BackupService.class, Map.of("initialise", BackupService.TOPIC_MEDIUM_INITIALISED, "backUp", BackupService.TOPIC_SUCCEEDED, //$NON-NLS-1$ //$NON-NLS-2$
                    "restore", BackupService.TOPIC_RESTORED), //$NON-NLS-1$
            MenuLevels.class, Map.of("save", MenuLevels.TOPIC_CHANGED, "setDefaultLevel", MenuLevels.TOPIC_CHANGED, //$NON-NLS-1$ //$NON-NLS-2$
                    "setSite", MenuLevels.TOPIC_CHANGED, "importPackage", MenuLevels.TOPIC_PACKAGE_IMPORTED)); //$NON-NLS-1$ //$NON-NLS-2$

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
        Map<String, Method> methods = methods(service);
        // a setting's check is code that stays on the server: the client's copy asks the server's
        Function<JsonElement, Function<Type, Object>> reader = ServiceCodec.reader((key, value) -> {
            try {
                return settings(server, token).checkProblem(key, value);
            } catch (RuntimeException e) {
                return Optional.of(e.getMessage());
            }
        });
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(service, proxy, method, arguments);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, arguments);
            }
            if (service == AuditReports.class && method.getName().equals("export")) { //$NON-NLS-1$
                return ClientExports.export((AuditReports) proxy, arguments);
            }
            if (!methods.containsValue(method)) {
                throw refusal(method, null, null, NLS.bind(Messages.serviceNotServed, service.getSimpleName(), method.getName()), null);
            }
            Object result = call(server, token.get(), service, method, arguments == null ? new Object[0] : arguments, reader);
            topicAfter(service, method.getName()).ifPresent(changes::changed);
            return result;
        };
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] { service }, handler));
    }

    private static SettingsAdministration settings(PinnedServer server, Supplier<String> token) {
        return of(SettingsAdministration.class, server, token, topic -> {
            // problem() only reads
        });
    }

    /**
     * The methods of a served interface a client may call, by {@link ServiceCodec#key}: those of
     * {@link ServiceCodec#methods} but the ones withheld (a session by its id, the journal's rows
     * handed in whole, a file written where the method runs).
     *
     * @throws IllegalArgumentException for an interface the server does not serve
     */
    public static Map<String, Method> methods(Class<?> service) {
        if (!SERVED.contains(service)) {
            throw new IllegalArgumentException(service.getName() + " is not served"); //$NON-NLS-1$
        }
        Set<String> withheld = WITHHELD.getOrDefault(service, Set.of());
        Map<String, Method> methods = new java.util.TreeMap<>();
        for (Method method : service.getMethods()) {
            if (java.lang.reflect.Modifier.isAbstract(method.getModifiers()) && !ServiceCodec.inTransaction(method)
                    && !withheld.contains(signature(method))) {
                Method other = methods.put(ServiceCodec.key(method.getName(), method.getParameterCount()), method);
                if (other != null) {
                    throw new IllegalArgumentException(service.getName() + '.' + method.getName() + " is overloaded with the same arity"); //$NON-NLS-1$
                }
            }
        }
        return methods;
    }

    /** A method as {@link #WITHHELD} names it: its name and its parameters' simple type names. */
    static String signature(Method method) {
        return method.getName() + java.util.Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(java.util.stream.Collectors.joining(",", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Whether a parameter is a progress monitor: never sent, the server's call reports to nobody. */
    public static boolean isMonitor(Class<?> parameter) {
        return parameter == IProgressMonitor.class;
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
        for (Class<?> type : REGISTERED) {
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

    private static Object call(PinnedServer server, String token, Class<?> service, Method method, Object[] arguments,
            Function<JsonElement, Function<Type, Object>> reader) throws Exception {
        JsonArray sent = new JsonArray();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < arguments.length; i++) {
            boolean local = ServiceCodec.isActor(types[i]) || isMonitor(types[i]);
            sent.add(local ? JsonNull.INSTANCE : ServiceCodec.encode(arguments[i], method.getGenericParameterTypes()[i]));
        }
        JsonObject body = new JsonObject();
        body.add("arguments", sent); //$NON-NLS-1$
        Answer answer;
        try {
            answer = server.post(PATH + service.getSimpleName() + '/' + method.getName(), body, Optional.ofNullable(token));
        } catch (ConnectionException e) {
            throw refusal(method, null, null, e.getMessage(), e);
        }
        if (!answer.ok()) {
            throw refusal(method, answer.text("exception"), answer.text("problem"), //$NON-NLS-1$ //$NON-NLS-2$
                    answer.message().isEmpty() ? NLS.bind(Messages.serviceCallFailed, answer.status()) : answer.message(), null);
        }
        JsonElement result = answer.json().get("result"); //$NON-NLS-1$
        return method.getReturnType() == void.class ? null
                : reader.apply(result == null ? JsonNull.INSTANCE : result).apply(method.getGenericReturnType());
    }

    /**
     * The exception a failed call throws: the one the server names when the method declares it (or
     * its superclass), else the method's first declared checked exception, with the message (and the
     * kind of problem the server named, for an exception that tells one).
     */
    static Exception refusal(Method method, String named, String problem, String message, Throwable cause) {
        for (Class<?> declared : method.getExceptionTypes()) {
            if (named != null && !named.isEmpty()) {
                Optional<Exception> exact = instance(declared, named, problem, message, cause);
                if (exact.isPresent()) {
                    return exact.get();
                }
            }
        }
        for (Class<?> declared : method.getExceptionTypes()) {
            if (!RuntimeException.class.isAssignableFrom(declared)) {
                Optional<Exception> first = instance(declared, declared.getName(), problem, message, cause);
                if (first.isPresent()) {
                    return first.get();
                }
            }
        }
        return new IllegalStateException(message, cause);
    }

    /** An exception of the named class, only when it is the declared one or a subclass of it. */
    private static Optional<Exception> instance(Class<?> declared, String named, String problem, String message, Throwable cause) {
        try {
            Class<?> type = Class.forName(named, false, declared.getClassLoader());
            if (!declared.isAssignableFrom(type)) {
                return Optional.empty();
            }
            Exception exception = construct(type, problem, message);
            if (cause != null) {
                exception.initCause(cause);
            }
            return Optional.of(exception);
        } catch (ReflectiveOperationException | IllegalStateException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /**
     * An exception made with its message, or with its kind of problem and message for one whose
     * constructors take both (a backup's): the kind the server named, else its first.
     */
    private static Exception construct(Class<?> type, String problem, String message) throws ReflectiveOperationException {
        for (java.lang.reflect.Constructor<?> constructor : type.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 2 && parameters[0].isEnum() && parameters[1] == String.class) {
                Object[] kinds = parameters[0].getEnumConstants();
                Object kind = java.util.Arrays.stream(kinds).filter(k -> ((Enum<?>) k).name().equals(problem)).findFirst().orElse(kinds[0]);
                return (Exception) constructor.newInstance(kind, message);
            }
        }
        return (Exception) type.getConstructor(String.class).newInstance(message);
    }

    /** The topic the service published for a change made by that method, none for a method that only reads. */
    public static Optional<String> topicAfter(Class<?> service, String method) {
        if (NAMED_TOPICS.containsKey(service)) {
            return namedTopic(service, method);
        }
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

    /**
     * The topics of the services whose methods are not named like the others' (a read named
     * {@code settings} is no change; {@code block} is one): each change named.
     */
    private static Optional<String> namedTopic(Class<?> service, String method) {
        return Optional.ofNullable(NAMED_TOPICS.get(service).get(method));
    }
}
