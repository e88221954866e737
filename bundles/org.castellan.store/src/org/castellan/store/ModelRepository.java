package org.castellan.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.castellan.model.Entity;
import org.castellan.model.Installation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;

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
     * Reads part of the model, by indexed reads, as a new object graph: the installation (its own
     * attributes), those of its objects named in {@code ids} (users, groups, data rights...: the
     * objects of its own lists) with everything they contain, and, for the references in
     * {@code follow} held by those objects or their contents, the installation's object holding
     * each target, with everything it contains. Rows of sealed tables are checked as {@link #load}
     * checks them. References to objects outside the part are left empty, and lists of references
     * hold only the objects of the part: a question about a few objects (one user's data filter)
     * reads those, whatever the installation's size.
     *
     * @return null when the installation has no row yet
     * @since 0.1
     */
    Installation loadPart(Transaction transaction, Collection<String> ids, Set<EReference> follow) throws StoreException;

    /**
     * Like {@link #loadPart}, but the references in {@code follow} are followed from every object
     * read, the objects they lead to included, until each target was read or refused by its seal:
     * everything a few objects depend on (a user with his groups, their roles and the roles'
     * rights), each object as a whole read would make it. The installation's lists hold their
     * objects in the stored order, and such a part can be saved: {@link #update} of one of its
     * objects writes that object's rows (and what it contains), keeping its stored position, and
     * {@link #insert} of an object added to one of its lists stores it after the last one stored.
     * Follow every reference an object to be saved and its contents hold, else the references
     * left empty would be saved empty.
     *
     * @return null when the installation has no row yet
     * @since 0.1
     */
    Installation loadClosure(Transaction transaction, Collection<String> ids, Set<EReference> follow) throws StoreException;

    /**
     * The ids of the stored objects whose attribute {@code attribute} holds {@code value} (an
     * indexed lookup by a unique name). Seals are not checked here: read the objects with
     * {@link #loadPart} or {@link #loadClosure} before believing them.
     *
     * @since 0.1
     */
    Set<String> idsWhere(Transaction transaction, EAttribute attribute, Object value) throws StoreException;

    /**
     * The ids of the installation's own objects holding (containing, or being) an object whose
     * reference {@code feature} points to one of {@code targetIds}: the users and groups a role is
     * given to. Seals are not checked here, as in {@link #referrers}.
     *
     * @since 0.1
     */
    Set<String> holders(Transaction transaction, EReference feature, Collection<String> targetIds) throws StoreException;

    /**
     * The ids of the stored objects whose reference {@code feature} (single or many-valued) points
     * to one of {@code targetIds}: for instance the data rights a user or group holds. Seals are not
     * checked here: read the objects with {@link #loadPart} before believing them.
     *
     * @since 0.1
     */
    Set<String> referrers(Transaction transaction, EReference feature, Collection<String> targetIds) throws StoreException;

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
