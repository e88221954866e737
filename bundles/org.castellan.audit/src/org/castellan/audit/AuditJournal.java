package org.castellan.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.castellan.security.AuthenticatedUser;
import org.castellan.store.SealFinding;

/**
 * The installation's audit journal: every change Castellan's services make, written in the
 * change's own transaction (see {@link org.castellan.store.ChangeJournal}), each row chained to
 * the previous one by a SHA-256 hash, and the archive of every user's rights after each change.
 * <p>
 * What a failure to write does: for changes (users, groups, roles, rights, policies, passwords)
 * the change fails with it and nothing is saved; a login event that changes nothing is journaled
 * in a transaction of its own, and when that fails the login is refused. Nothing is dropped.
 * <p>
 * A database that fails under the journal's own methods is an {@link AuditException} whose cause
 * is the store's {@link org.castellan.store.StoreException}, as with the other concerns' services.
 *
 * @since 0.1
 */
public interface AuditJournal {

    /** Installation setting: which logins are journaled: {@code none}, {@code failures} or {@code all} (the default). */
    String SETTING_LOGINS = "audit.logins"; //$NON-NLS-1$

    /**
     * Installation setting: a folder outside the installation folder (another disk, a share another
     * user owns) where the journal also keeps its head after every commit, so that a tail cut off
     * is found even when the installation's own head file was rewritten. Absent: no mirror.
     *
     * @since 0.1
     */
    String SETTING_HEAD_MIRROR = "audit.head.mirror"; //$NON-NLS-1$

    /** Installation setting: how many days rows are kept before {@link #purge} may remove them (absent: forever). */
    String SETTING_RETENTION_DAYS = "audit.retention.days"; //$NON-NLS-1$

    /** The checkpoint a purge appends: the chain goes on from the last removed row's hash. */
    String TOPIC_PURGED = "org/castellan/audit/PURGED"; //$NON-NLS-1$

    /**
     * Removes the rows older than the installation's retention period, oldest first, and appends a
     * checkpoint row (itself journaled and chained) naming the last removed row and its hash, so
     * that {@link #verify} still checks everything that remains. Administrators only.
     *
     * @param actor the user asking; refused unless he holds "Administer security"
     * @return how many rows were removed
     * @throws AuditException when refused, when the retention setting is absent or unusable, or
     *                        when the database fails
     */
    int purge(AuthenticatedUser actor) throws AuditException;

    /** A user opened a menu, perspective, view or editor: {@code kind}, {@code id}, {@code label}, {@code login}. */
    String TOPIC_ENTERED = "org/castellan/audit/workbench/ENTERED"; //$NON-NLS-1$

    /** Table data copied to the clipboard: {@code source}, {@code rows}, {@code right}, {@code login}. */
    String TOPIC_COPIED = "org/castellan/audit/data/COPIED"; //$NON-NLS-1$

    /** Table data exported to a file: {@code source}, {@code rows}, {@code right}, {@code login}, {@code file}. */
    String TOPIC_EXPORTED = "org/castellan/audit/data/EXPORTED"; //$NON-NLS-1$

    /**
     * Journals that a user entered a part of the workbench.
     *
     * @param kind "menu", "perspective", "view" or "editor"
     */
    void entered(AuthenticatedUser user, String kind, String id, String label) throws AuditException;

    /**
     * Journals that table data left Castellan: copied ({@link #TOPIC_COPIED}) or exported
     * ({@link #TOPIC_EXPORTED}, with the file in {@code destination}); partners' table viewers
     * call it as Castellan's views do.
     *
     * @param source      the view or table the rows came from
     * @param right       the right under which the user was working there
     * @param destination the file written, or null for the clipboard
     */
    void dataLeft(AuthenticatedUser user, String topic, String source, int rows, String right, String destination) throws AuditException;

    /**
     * Journals many events in one transaction, chained in their order, with one durable commit:
     * for bursts (menu entries, logins of a busy installation) that would otherwise pay a disk
     * flush each. All or none are written.
     */
    void recordAll(List<JournalEvent> events) throws AuditException;

    /** The rows recorded between two instants (inclusive), oldest first. */
    List<JournalEntry> entries(Instant from, Instant to) throws AuditException;

    /** Checks the whole chain; names the first row whose hash or link does not match. */
    Verification verify() throws AuditException;

    /**
     * Checks the whole chain and that it still reaches a head kept outside the database: a tail
     * cut off (rows removed from the end) names the first missing row, a rewritten tail names the
     * anchored row. A head older than the oldest row kept (purged since) only checks the chain.
     */
    Verification verify(ChainHead anchor) throws AuditException;

    /**
     * Checks the whole chain once, and that it still reaches each head.
     *
     * @return the chain's own verification, then one per head in the order given (the chain's
     *         break when the chain is broken)
     * @since 0.1
     */
    List<Verification> verify(List<ChainHead> anchors) throws AuditException;

    /**
     * As {@link #verify(List)}, telling {@code progress} how far it is and stopping when it asks:
     * a check of millions of rows takes minutes, and the person who started it may change his mind.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} asked to stop: nothing
     *         was checked to the end, and nothing is recorded ({@link #recordVerification} is the caller's)
     * @since 0.1
     */
    List<Verification> verify(List<ChainHead> anchors, Progress progress) throws AuditException;

    /**
     * What a long check tells its caller and asks of it, on the checking thread.
     *
     * @since 0.1
     */
    interface Progress {

        /** No one watching: never stops. */
        Progress NONE = new Progress() {
            @Override
            public void checked(long rows, long total) {
                // nobody to tell
            }

            @Override
            public boolean stopRequested() {
                return false;
            }
        };

        /** {@code rows} of about {@code total} were checked (told every few thousand rows). */
        void checked(long rows, long total);

        /** Whether to stop now; asked as often as {@link #checked}. */
        boolean stopRequested();
    }

    /**
     * The files where the journal keeps its head outside the database, present or not: the
     * installation folder's {@link ChainHead#FILE} (none on a client workstation) and
     * {@code journal-head} in the folder {@value #SETTING_HEAD_MIRROR} names. A file whose head the
     * chain no longer reaches (its tail was cut) is never moved on: it stays as the evidence.
     *
     * @since 0.1
     */
    List<Path> headFiles() throws AuditException;

    /**
     * The chain, checked as {@link #verify(List)} does against each head kept outside the database
     * where the journal runs ({@link #headFiles}, those that exist): the chain's result first, then
     * one per head found. What a client workstation asks the Castellan server, which keeps the heads.
     *
     * @throws AuditException when a head file exists but cannot be read (it may have been altered)
     * @since 0.1
     */
    List<Verification> verifyKeptHeads() throws AuditException;

    /** The journal's last row and its hash, to keep outside the database; empty for an empty journal. */
    Optional<ChainHead> head() throws AuditException;

    /** The rights a user held at an instant, from the archive (empty when none was archived before it). */
    Optional<List<String>> rightsAt(String login, Instant when) throws AuditException;

    /**
     * Checks the seals of the security tables' rows (see {@link org.castellan.store.SealedRows}): every user, group,
     * role, right, right grant, membership, role assignment, company list, menu level or required
     * right and ban changed, added or removed outside Castellan's services, and whether the key
     * file is there and is this database's. Empty when everything matches.
     *
     * @since 0.1
     */
    List<SealFinding> verifySeals() throws AuditException;

    /**
     * Seals every row of the security tables as it is now, after an administrator reviewed what
     * {@link #verifySeals} found (a legitimate repair made by hand); with a new key file when it
     * was lost. Journaled with what was accepted. Administrators only.
     *
     * @return what did not match before, now accepted
     * @since 0.1
     */
    List<SealFinding> reseal(AuthenticatedUser actor) throws AuditException;

    /** Journaled by {@link #reseal}: {@code actor}, {@code accepted} (how many findings), {@code findings} (what they said). @since 0.1 */
    String TOPIC_RESEALED = "org/castellan/audit/seals/RESEALED"; //$NON-NLS-1$

    /**
     * A verification of the chain was journaled ({@link #recordVerification}): {@code login},
     * {@code rows} checked, {@code intact}, and {@code firstBroken} when it is not.
     *
     * @since 0.1
     */
    String TOPIC_VERIFIED = "org/castellan/audit/VERIFIED"; //$NON-NLS-1$

    /**
     * Journals what a verification found and who asked for it, so that the last one can be shown
     * (the home) without checking millions of rows again.
     *
     * @since 0.1
     */
    void recordVerification(AuthenticatedUser user, Verification result) throws AuditException;

    /**
     * The last verification journaled by {@link #recordVerification}, read from one row; empty
     * when none was.
     *
     * @since 0.1
     */
    Optional<RecordedVerification> lastVerification() throws AuditException;

    /**
     * A verification as it was journaled.
     *
     * @param at     when it was journaled
     * @param login  who asked for it
     * @param result what it found
     * @since 0.1
     */
    record RecordedVerification(Instant at, String login, Verification result) {
    }

    /** The result of {@link #verify}. */
    record Verification(long rowsChecked, Optional<Long> firstBrokenRow) {
        public boolean intact() {
            return firstBrokenRow.isEmpty();
        }
    }
}
