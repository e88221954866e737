package org.castellan.app.internal;

/**
 * A start of Castellan that cannot go on for a reason outside the store and the accounts (those
 * have their own exceptions); the message is ready to show and says what to do.
 */
public class StartupException extends Exception {

    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
