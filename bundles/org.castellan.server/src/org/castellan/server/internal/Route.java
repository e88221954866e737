package org.castellan.server.internal;

import java.util.Set;

/**
 * Every route the server serves: its method, path, whether it needs a session's bearer token, and
 * the fields its JSON body may have. The OpenAPI description must describe each (a test checks).
 */
public enum Route {

    LOGIN("POST", "/api/v1/sessions", false, //$NON-NLS-1$ //$NON-NLS-2$
            Set.of("login", "password", "company", "workstation", "program", "programVersion", "forceBan")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    HEARTBEAT("POST", "/api/v1/session/heartbeat", true, Set.of("userActive")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    LOGOUT("DELETE", "/api/v1/session", true, Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    OPTION("POST", "/api/v1/decisions/option", true, Set.of("option")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    RIGHTS("POST", "/api/v1/decisions/rights", true, Set.of("rights")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    VISIBLE_OPTIONS("GET", "/api/v1/options", true, Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    MENU("GET", "/api/v1/menu", true, Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    OBJECT("POST", "/api/v1/decisions/object", true, Set.of("object")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    DATA_FILTER("POST", "/api/v1/decisions/data-filter", true, Set.of("model", "schema")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    JOURNAL("POST", "/api/v1/journal", true, Set.of("kind", "id", "label", "source", "rows", "right", "file")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    ENROLMENT_CODES("POST", "/api/v1/enrolment/codes", true, Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    ENROL("POST", "/api/v1/enrolment", false, Set.of("code", "workstation")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    COMMANDS("POST", "/api/v1/commands", true, Set.of("arguments", "stdin", "files")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    SERVICE("POST", "/api/v1/services/{service}/{method}", true, Set.of("arguments")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    OPENAPI("GET", "/api/v1/openapi.json", false, Set.of()); //$NON-NLS-1$ //$NON-NLS-2$

    private final String method;
    private final String path;
    private final boolean authenticated;
    private final Set<String> fields;

    Route(String method, String path, boolean authenticated, Set<String> fields) {
        this.method = method;
        this.path = path;
        this.authenticated = authenticated;
        this.fields = fields;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** Whether a request's path is this route's: the same, or with one segment for each {@code {name}} of the template. */
    boolean matches(String requested) {
        if (!path.contains("{")) { //$NON-NLS-1$
            return path.equals(requested);
        }
        String[] template = path.split("/", -1); //$NON-NLS-1$
        String[] segments = requested.split("/", -1); //$NON-NLS-1$
        if (template.length != segments.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean variable = template[i].startsWith("{"); //$NON-NLS-1$
            if (variable ? segments[i].isEmpty() : !template[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    boolean authenticated() {
        return authenticated;
    }

    /**
     * The largest body it accepts: {@code usual} for all but the verbs of the command line, whose
     * body may carry a file of up to {@link org.castellan.server.RemoteCommands#MAX_FILE_BYTES} in
     * Base64 (four characters for three bytes).
     */
    int maxBodyBytes(int usual) {
        return this == COMMANDS ? usual + org.castellan.server.RemoteCommands.MAX_FILE_BYTES / 3 * 4 + 4 : usual;
    }

    Set<String> fields() {
        return fields;
    }
}
