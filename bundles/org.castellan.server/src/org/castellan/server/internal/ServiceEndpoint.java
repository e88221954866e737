package org.castellan.server.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.castellan.audit.AuditReports;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.server.AdministrationServices;
import org.castellan.server.client.RemoteServices;
import org.castellan.server.client.ServiceCodec;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code POST /api/v1/services/{service}/{method}}: one method of an administration service the
 * server serves ({@link RemoteServices#SERVED}, nothing else), run on the installation's own
 * service as the user of the token, so that the service's rules decide. The method is chosen by
 * its name and the number of arguments, each argument read as the parameter's declared type; the
 * acting user is never read from the body: whatever a client sends in its place is dropped and the
 * token's user put there (and a progress monitor in place of one, which nobody watches; and the
 * session's workstation in a report's destination). Methods
 * that work within their caller's transaction, and those {@link RemoteServices#methods} withholds,
 * are not found. A refusal the method declares answers 422 naming the exception's class,
 * for the client to throw the same; nothing is called unless every argument was read. A value the
 * service needs that came as null (or not at all) is the client's error: 400. A method that takes
 * no acting user (a list of roles, of groups) checks no one, as its local callers are trusted
 * code: over the network it answers administrators only (403 for anyone else).
 */
final class ServiceEndpoint {

    private static final String PREFIX = "/api/v1/services/"; //$NON-NLS-1$

    private final AdministrationServices services;
    private final AccessControl access;
    private final Map<String, Class<?>> served = new LinkedHashMap<>();
    private final Map<Class<?>, Map<String, Method>> methods = new LinkedHashMap<>();

    ServiceEndpoint(AdministrationServices services, AccessControl access) {
        this.services = services;
        this.access = access;
        for (Class<?> type : RemoteServices.SERVED) {
            served.put(type.getSimpleName(), type);
            methods.put(type, RemoteServices.methods(type));
        }
    }

    Reply call(Call call) throws ApiError {
        String[] names = call.path().substring(PREFIX.length()).split("/"); //$NON-NLS-1$
        Class<?> type = served.get(names[0]);
        if (type == null) {
            throw new ApiError(404, "service_unknown", NLS.bind(Messages.serviceUnknown, names[0], String.join(", ", served.keySet()))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        JsonArray arguments = call.body().array("arguments"); //$NON-NLS-1$
        Method method = methods.get(type).get(ServiceCodec.key(names[1], arguments.size()));
        if (method == null) {
            throw new ApiError(404, "method_unknown", NLS.bind(Messages.serviceMethodUnknown, //$NON-NLS-1$
                    new Object[] { names[0], names[1], arguments.size(), signatures(type, names[1]) }));
        }
        if (!takesActor(method) && !access.hasRight(call.grant().user().id(), AccountService.ADMINISTER_RIGHT)) {
            // a service checks the actor it is given; one given none trusts its caller, which over the network is nobody
            throw new ApiError(403, "forbidden", NLS.bind(Messages.serviceNeedsAdministrator, names[0], names[1])); //$NON-NLS-1$
        }
        Object[] values = new Object[arguments.size()];
        Type[] types = method.getGenericParameterTypes();
        for (int i = 0; i < values.length; i++) {
            values[i] = local(method.getParameterTypes()[i], call).orElse(null);
            if (values[i] == null) {
                values[i] = argument(arguments.get(i), types[i], i);
            }
            if (values[i] instanceof AuditReports.Destination destination) {
                // the workstation a file is for is the session's, as the actor is the token's user
                values[i] = new AuditReports.Destination(destination.file(), java.util.Objects.requireNonNullElse(call.grant().workstation(), "")); //$NON-NLS-1$
            }
        }
        Object target = services.service(type).filter(type::isInstance)
                .orElseThrow(() -> new ApiError(503, "service_unavailable", NLS.bind(Messages.serviceUnavailable, names[0]))); //$NON-NLS-1$
        Object result;
        try {
            result = method.invoke(target, values);
        } catch (InvocationTargetException e) {
            throw refused(method, e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        JsonObject reply = new JsonObject();
        reply.add("result", ServiceCodec.encode(result, method.getGenericReturnType())); //$NON-NLS-1$
        return Reply.ok(new ApiHandler.RawJson(ServiceCodec.text(reply)));
    }

    /** What the server puts in place of a parameter it never reads from a client: the token's user, a monitor nobody watches. */
    private static Optional<Object> local(Class<?> parameter, Call call) {
        if (ServiceCodec.isActor(parameter)) {
            return Optional.of(call.grant().user());
        }
        return RemoteServices.isMonitor(parameter) ? Optional.of(new NullProgressMonitor()) : Optional.empty();
    }

    private static boolean takesActor(Method method) {
        return java.util.Arrays.stream(method.getParameterTypes()).anyMatch(ServiceCodec::isActor);
    }

    private static Object argument(JsonElement json, Type type, int index) throws ApiError {
        try {
            return ServiceCodec.decode(json, type);
        } catch (RuntimeException e) {
            // Gson's refusal, or a record's own check (a policy out of range) it wraps
            String why = Optional.ofNullable(e.getCause()).filter(IllegalArgumentException.class::isInstance).map(Throwable::getMessage)
                    .orElse(e.getMessage());
            throw ApiError.badRequest(NLS.bind(Messages.serviceArgument, new Object[] { index + 1, type.getTypeName(), why }));
        }
    }

    private static ApiError refused(Method method, Throwable cause) {
        for (Class<?> declared : method.getExceptionTypes()) {
            if (declared.isInstance(cause) && !(cause instanceof RuntimeException)) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("exception", cause.getClass().getName()); //$NON-NLS-1$
                problem(cause).ifPresent(problem -> details.put("problem", problem)); //$NON-NLS-1$
                return new ApiError(422, "refused", cause.getMessage(), Map.of(), details); //$NON-NLS-1$
            }
        }
        if (cause instanceof IllegalArgumentException) {
            return ApiError.badRequest(cause.getMessage());
        }
        if (cause instanceof NullPointerException) {
            // a value the service requires came as null or not at all: the client's, not the server's fault
            ILog.of(ServiceEndpoint.class).warn(method + ": " + cause, cause); //$NON-NLS-1$
            return ApiError.badRequest(NLS.bind(Messages.serviceArgumentMissing, method.getDeclaringClass().getSimpleName(), method.getName()));
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime; // the handler logs it and answers 500
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }

    /** The kind of refusal an exception tells by its {@code problem()} (a backup's), for the client's to tell the same. */
    private static Optional<String> problem(Throwable refusal) {
        try {
            Object problem = refusal.getClass().getMethod("problem").invoke(refusal); //$NON-NLS-1$
            return problem instanceof Enum<?> named ? Optional.of(named.name()) : Optional.empty();
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    private String signatures(Class<?> type, String name) {
        String found = methods.get(type).values().stream().filter(m -> m.getName().equals(name))
                .map(m -> Integer.toString(m.getParameterCount())).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        return found.isEmpty() ? "-" : found; //$NON-NLS-1$
    }
}
