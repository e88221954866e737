package org.castellan.datarights;

/**
 * A refusal by the object-permission or data-rights rules: a cycle in a registered tree, a grant
 * on an unknown object, a model that carries data rights used in a multi-source model, a change
 * by someone who may not make it. The message says what happened and what to do; nothing was
 * changed.
 *
 * @since 0.1
 */
public class DataRightsException extends Exception {

    private static final long serialVersionUID = 1L;

    public DataRightsException(String message) {
        super(message);
    }

    public DataRightsException(String message, Throwable cause) {
        super(message, cause);
    }
}
