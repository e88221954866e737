package org.castellan.sessions;

/**
 * A refused or failed session operation; the message says what happened and what to do.
 *
 * @since 0.1
 */
public class SessionException extends Exception {

    private static final long serialVersionUID = 1L;

    public SessionException(String message) {
        super(message);
    }

    public SessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
