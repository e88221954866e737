package org.castellan.store.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.castellan.store.Transaction;

/** A transaction of {@link DerbyStore}, with work to do once it has committed. */
final class TransactionContext implements Transaction {

    private final Connection connection;
    private final List<Runnable> afterCommit = new ArrayList<>();

    TransactionContext(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    void committed() {
        afterCommit.forEach(Runnable::run);
    }
}
