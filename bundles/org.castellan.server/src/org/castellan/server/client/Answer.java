package org.castellan.server.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One answer of the server: its HTTP status and its JSON body (an error's has {@code error} and
 * {@code message}).
 *
 * @since 0.1
 */
public record Answer(int status, JsonObject json) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** A string field of the body, or empty text when it has none. */
    public String text(String field) {
        JsonElement value = json.get(field);
        return value == null || !value.isJsonPrimitive() ? "" : value.getAsString(); //$NON-NLS-1$
    }

    /** The error's stable code ({@code enrolment_code_used}...). */
    public String error() {
        return text("error"); //$NON-NLS-1$
    }

    /** The error's message, for people. */
    public String message() {
        return text("message"); //$NON-NLS-1$
    }
}
