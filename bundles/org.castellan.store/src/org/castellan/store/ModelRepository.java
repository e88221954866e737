package org.castellan.store;

import java.util.List;

import org.castellan.model.Entity;
import org.castellan.model.Installation;

/**
 * Reads and writes the EMF security model in the installation's tables. Each object is one row
 * of the table its class maps to (see the store annotations in {@code castellan.ecore}); the tables
 * stay plain SQL for reports.
 * <p>
 * Writes are checked against the version each object was read with: a write based on an old
 * version fails with {@link StaleObjectException} and changes nothing. The methods without a
 * {@link Transaction} run in a transaction of their own.
 *
 * @since 0.1
 */
public interface ModelRepository {

    /** Reads the whole model as it is stored now, as a new object graph. */
    Installation load() throws StoreException;

    /** Reads the whole model inside a transaction, seeing that transaction's own changes and locks. */
    Installation load(Transaction transaction) throws StoreException;

    /**
     * Stores a new object and everything it contains. Its container must already be stored;
     * objects without an id get one.
     */
    void insert(Entity entity) throws StoreException;

    void insert(Transaction transaction, Entity entity) throws StoreException;

    /**
     * Stores many new objects (each with what it contains) in one batch per table: how a whole
     * model is first written, or imported.
     */
    void insertAll(Transaction transaction, List<? extends Entity> entities) throws StoreException;

    /**
     * Stores the changes made to an object read earlier and to what it contains (contained objects
     * added, changed or removed). Fails if someone else stored the object since it was read.
     */
    void update(Entity entity) throws StoreException;

    void update(Transaction transaction, Entity entity) throws StoreException;

    /** Deletes a stored object and what it contains; fails if it changed since it was read. */
    void delete(Entity entity) throws StoreException;

    void delete(Transaction transaction, Entity entity) throws StoreException;
}
