package org.castellan.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The members of data-model dimensions, stored as rows of their own and not with the model (see
 * {@link ModelRepository}): a dimension may have millions. They are registered in JDBC batches,
 * looked up by name (an index on dimension and unique name) and read by pages; nothing here reads
 * a whole dimension into memory unless asked for one.
 * <p>
 * The rows given to {@link #register} must be consistent (every parent registered or given,
 * depths right, no cycle, no name twice): the data-rights service checks a member file and says
 * what is wrong, line by line, before anything is written.
 *
 * @since 0.1
 */
public interface MemberRows {

    /** Sizes of a registration: rows added, rows changed (parent, caption or depth, or back from missing), rows flagged missing. */
    record Registered(int added, int changed, int flaggedMissing) {
    }

    /** How many rows are written between two reports of progress. */
    int BATCH = 5_000;

    /**
     * Registers members of a dimension in the transaction: new ones are added, known ones updated.
     * With {@code reload}, the rows given are the whole dimension: the stored members they lack
     * are flagged missing (and kept). {@code progress} hears the number of rows written so far
     * after each batch.
     */
    Registered register(Transaction tx, String dimensionId, List<MemberRow> rows, boolean reload, LongConsumer progress) throws StoreException;

    /** The stored rows of these unique names (missing ones included), by unique name; names not stored are absent. */
    Map<String, MemberRow> find(Transaction tx, String dimensionId, Collection<String> uniqueNames) throws StoreException;

    /** The rows of these names and of every member above them, by unique name. */
    Map<String, MemberRow> withAncestors(Transaction tx, String dimensionId, Collection<String> uniqueNames) throws StoreException;

    /** One page of the members below a parent (null: the top members), in order, missing ones left out. */
    List<MemberRow> children(Transaction tx, String dimensionId, String parentUniqueName, int offset, int limit) throws StoreException;

    /** One page of the members whose unique name or caption contains the text (case ignored), missing ones left out. */
    List<MemberRow> search(Transaction tx, String dimensionId, String text, int offset, int limit) throws StoreException;

    /** How many members the dimension has, missing ones left out. */
    long count(Transaction tx, String dimensionId) throws StoreException;

    /** Every member of the dimension, missing ones included, in the order of the table: for checks and tests on small dimensions. */
    List<MemberRow> all(Transaction tx, String dimensionId) throws StoreException;
}
