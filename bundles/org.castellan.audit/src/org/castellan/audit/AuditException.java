package org.castellan.audit;

/**
 * A refused journal operation; the message says what is wrong and what to do.
 *
 * @since 0.1
 */
public class AuditException extends Exception {

    private static final long serialVersionUID = 1L;

    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
