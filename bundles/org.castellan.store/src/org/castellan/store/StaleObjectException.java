package org.castellan.store;

/**
 * Thrown when an update or delete is based on an object version that is no longer the stored
 * one: another administrator saved (or deleted) the same object in the meantime. Nothing of the
 * failed change was written.
 *
 * @since 0.1
 */
public class StaleObjectException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String objectId;

    public StaleObjectException(String objectId, String message) {
        super(Problem.CONFLICT, message);
        this.objectId = objectId;
    }

    /** Identifier of the object whose stored version moved on. */
    public String objectId() {
        return objectId;
    }
}
