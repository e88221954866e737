package org.castellan.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.castellan.audit.JournalOrigin;
import org.castellan.sessions.SessionException;
import org.eclipse.osgi.util.NLS;

import com.google.gson.Gson;

/**
 * The API's one Jetty handler: finds the route, refuses what does not fit it (unknown path, wrong
 * method, body not JSON or too large, missing or dead token) with a JSON error, and hands the rest
 * to the endpoint. Nothing a client sends can change anything before its request is checked whole.
 */
final class ApiHandler extends Handler.Abstract {

    /** An endpoint of a route. */
    @FunctionalInterface
    interface Endpoint {
        Reply answer(Call call) throws ApiError;
    }

    private static final String JSON = "application/json"; //$NON-NLS-1$
    /** The most of a refused body read only to be dropped. */
    private static final long DRAIN_LIMIT = 1 << 20;

    private final Gson gson = new Gson();
    /** The routes of each path, found without a search per request. */
    private static final Map<String, List<Route>> ROUTES = java.util.Arrays.stream(Route.values()).filter(r -> !r.path().contains("{")) //$NON-NLS-1$
            .collect(Collectors.groupingBy(Route::path, Collectors.toUnmodifiableList()));
    private static final List<Route> TEMPLATED = java.util.Arrays.stream(Route.values()).filter(r -> r.path().contains("{")).toList(); //$NON-NLS-1$
    private final Map<Route, Endpoint> endpoints;
    private final Tokens tokens;
    private final int maxBodyBytes;

    ApiHandler(Map<Route, Endpoint> endpoints, Tokens tokens, int maxBodyBytes) {
        this.endpoints = new EnumMap<>(endpoints);
        this.tokens = tokens;
        this.maxBodyBytes = maxBodyBytes;
        if (this.endpoints.size() != Route.values().length) {
            throw new IllegalArgumentException("a route has no endpoint"); //$NON-NLS-1$
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Reply reply;
        Map<String, String> headers = Map.of();
        try {
            reply = dispatch(request);
        } catch (ApiError e) {
            discardBody(request);
            reply = error(e);
            headers = e.headers();
        } catch (RuntimeException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            reply = error(new ApiError(500, "server_error", NLS.bind(Messages.serviceFailed, e.getClass().getSimpleName()))); //$NON-NLS-1$
        }
        response.setStatus(reply.status());
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        Object json = reply.json();
        if (json instanceof RawJson raw) {
            send(response, callback, raw.text());
        } else {
            send(response, callback, gson.toJson(json));
        }
        return true;
    }

    static void send(Response response, Callback callback, String json) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON + "; charset=utf-8"); //$NON-NLS-1$
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store"); //$NON-NLS-1$
        Content.Sink.write(response, true, json, callback);
    }

    /** A body already written as JSON text (the OpenAPI file). */
    record RawJson(String text) {
    }

    static Reply error(ApiError e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", e.code()); //$NON-NLS-1$
        json.put("message", e.getMessage()); //$NON-NLS-1$
        json.putAll(e.details());
        return new Reply(e.status(), json);
    }

    private Reply dispatch(Request request) throws ApiError {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        List<Route> onPath = ROUTES.get(path);
        if (onPath == null) { // only a path with {names} in it is not found by the map
            onPath = TEMPLATED.stream().filter(r -> r.matches(path)).toList();
        }
        if (onPath.isEmpty()) {
            throw new ApiError(404, "not_found", NLS.bind(Messages.notFound, path)); //$NON-NLS-1$
        }
        Optional<Route> route = onPath.stream().filter(r -> r.method().equals(method)).findFirst();
        if (route.isEmpty()) {
            String allowed = onPath.stream().map(Route::method).collect(Collectors.joining(", ")); //$NON-NLS-1$
            throw new ApiError(405, "method_not_allowed", NLS.bind(Messages.methodNotAllowed, new Object[] { method, path, allowed }), //$NON-NLS-1$
                    Map.of("Allow", allowed), Map.of()); //$NON-NLS-1$
        }
        // a token before a large body is read: only a logged-in user may send one
        Tokens.Grant grant = route.get().authenticated() ? authenticate(request) : null;
        JsonBody body = JsonBody.parse(body(request, route.get().maxBodyBytes(maxBodyBytes)), route.get().fields());
        String address = Request.getRemoteAddr(request);
        // what the call journals names the caller's workstation, not the server's (a log-in names its own: SessionEndpoints)
        try (JournalOrigin.Scope origin = new JournalOrigin(grant == null ? address : grant.workstation(), address).enter()) {
            return endpoints.get(route.get()).answer(new Call(body, grant, address, path));
        }
    }

    private Tokens.Grant authenticate(Request request) throws ApiError {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String prefix = "Bearer "; //$NON-NLS-1$
        if (authorization != null && authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
            Optional<Tokens.Grant> grant;
            try {
                grant = tokens.find(authorization.substring(prefix.length()).strip());
            } catch (SessionException e) {
                throw Failures.unavailable(e);
            }
            if (grant.isPresent()) {
                return grant.get();
            }
        }
        throw new ApiError(401, "unauthorized", Messages.tokenRefused, Map.of("WWW-Authenticate", "Bearer realm=\"castellan\""), Map.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Reads and drops the rest of a body refused as too large, up to {@value #DRAIN_LIMIT} bytes, so
     * that a client still sending it reads the refusal instead of a reset connection; a larger
     * body is not read (the connection closes after the answer).
     */
    private static void drain(InputStream in, long declared) throws IOException {
        if (declared > DRAIN_LIMIT) {
            return;
        }
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n; read <= DRAIN_LIMIT && (n = in.read(buffer)) >= 0;) {
            read += n;
        }
    }

    /**
     * Reads what is left of a refused request's body (refused before it was read: unknown path,
     * wrong method, not JSON, no token), so that the answer comes after the whole request and the
     * client may send its next request on the same connection; a failure to read only means Jetty
     * closes the connection after the answer.
     */
    private static void discardBody(Request request) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            drain(in, request.getLength());
        } catch (IOException e) {
            // the connection closes after the answer: nothing else to do
        }
    }

    private static ApiError tooLarge(int maxBodyBytes) {
        return new ApiError(413, "too_large", NLS.bind(Messages.bodyTooLarge, maxBodyBytes)); //$NON-NLS-1$
    }

    /** The body as text: none is empty; one must be JSON and at most the limit, checked before and while reading. */
    private String body(Request request, int maxBodyBytes) throws ApiError {
        long length = request.getLength();
        boolean chunked = length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length == 0 || (length < 0 && !chunked)) {
            return ""; //$NON-NLS-1$
        }
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).strip().startsWith(JSON)) {
            throw new ApiError(415, "unsupported_media_type", Messages.notJson); //$NON-NLS-1$
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (length > maxBodyBytes) {
                drain(in, length);
                throw tooLarge(maxBodyBytes);
            }
            byte[] bytes = in.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                drain(in, -1);
                throw tooLarge(maxBodyBytes);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ApiError.badRequest(NLS.bind(Messages.jsonMalformed, e.getMessage()));
        }
    }
}
