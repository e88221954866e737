package org.castellan.store;

import java.sql.SQLException;

/**
 * Work run inside one transaction by {@link CastellanStore#inTransaction(TransactionWork)}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TransactionWork<T> {

    T run(Transaction transaction) throws SQLException, StoreException;
}
