package org.castellan.menu;

/**
 * A refusal of the menu services; its message says what happened and what to do.
 *
 * @since 0.1
 */
public class MenuException extends Exception {

    private static final long serialVersionUID = 1L;

    public MenuException(String message) {
        super(message);
    }

    public MenuException(String message, Throwable cause) {
        super(message, cause);
    }
}
