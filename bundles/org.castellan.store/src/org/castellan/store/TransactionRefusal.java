package org.castellan.store;

/**
 * A concern's refusal (a checked exception, such as an {@code AccountException}) carried out of
 * {@link CastellanStore#inTransaction}, which rolls back on any runtime exception: the work throws
 * it, the caller catches it around {@code inTransaction} and throws {@link #refusal} again.
 *
 * @since 0.1
 */
public final class TransactionRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransactionRefusal(Exception refusal) {
        super(refusal);
    }

    /** The refusal carried, of the type the caller's work throws. */
    public <E extends Exception> E refusal(Class<E> type) {
        return type.cast(getCause());
    }
}
