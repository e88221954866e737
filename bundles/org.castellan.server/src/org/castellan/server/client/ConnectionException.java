package org.castellan.server.client;

/**
 * The server could not be reached, or it presented another certificate than the one pinned. The
 * message says what happened and what to do.
 *
 * @since 0.1
 */
public class ConnectionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        /** Nothing answers at the address (the server is stopped, the address or port is wrong, a firewall). */
        UNREACHABLE,
        /** The server presented a certificate other than the pinned one. */
        CERTIFICATE_CHANGED
    }

    private final Problem problem;

    public ConnectionException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
