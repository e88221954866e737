package org.castellan.store.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.store.Transaction;

/** A transaction of {@link DerbyStore}, with the sealed rows it wrote and work to do once it has committed. */
final class TransactionContext implements Transaction {

    private final Connection connection;
    private final Sealer sealer;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Map<String, Set<String>> touched = new HashMap<>();

    TransactionContext(Connection connection, Sealer sealer) {
        this.connection = connection;
        this.sealer = sealer;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    Sealer sealer() {
        return sealer;
    }

    /** Rows of sealed tables written in this transaction, by table: sealed just before it commits. */
    Map<String, Set<String>> touched() {
        return touched;
    }

    void touched(String table, String key) {
        touched.computeIfAbsent(table, t -> new HashSet<>()).add(key);
    }

    boolean isTouched(String table, String key) {
        Set<String> keys = touched.get(table);
        return keys != null && keys.contains(key);
    }

    void committed() {
        afterCommit.forEach(Runnable::run);
    }
}
