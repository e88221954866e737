package org.castellan.security;

/**
 * A refused account operation; the message says what is wrong and what to do.
 *
 * @since 0.1
 */
public class AccountException extends Exception {

    private static final long serialVersionUID = 1L;

    public AccountException(String message) {
        super(message);
    }

    public AccountException(String message, Throwable cause) {
        super(message, cause);
    }
}
