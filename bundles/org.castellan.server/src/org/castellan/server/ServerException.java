package org.castellan.server;

/**
 * The server could not start: its certificate store cannot be read or written, or it cannot
 * listen on the address and port. The message says what to do.
 *
 * @since 0.1
 */
public class ServerException extends Exception {

    private static final long serialVersionUID = 1L;

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
