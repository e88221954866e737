package org.castellan.server.internal;

import java.util.Map;

/**
 * A refusal the API answers with: an HTTP status, a stable code for programs, a message in the
 * server's language for people, and headers it needs (Retry-After, Allow...).
 */
public final class ApiError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, String> headers;
    private final transient Map<String, Object> details;

    ApiError(int status, String code, String message) {
        this(status, code, message, Map.of(), Map.of());
    }

    ApiError(int status, String code, String message, Map<String, String> headers, Map<String, Object> details) {
        super(message, null, false, false); // an answer, not a fault: no stack trace to fill in on every refusal
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
        this.details = Map.copyOf(details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** More fields of the error's JSON (a ban's period...). */
    Map<String, Object> details() {
        return details;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message); //$NON-NLS-1$
    }
}
