package org.castellan.datarights;

import java.io.Reader;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.castellan.security.AuthenticatedUser;
import org.castellan.store.MemberRow;

/**
 * The members of the data models' dimensions (Declarative Services), for administrators of data
 * rights or security (checked here): registered in bulk from a member file, looked up by name and
 * read by pages. The store keeps them as rows of their own, not in the model
 * ({@link DataRightsAdministration#read} still gives the editors every member; a dimension of
 * millions is read through this service instead).
 * <p>
 * A member file is UTF-8 text, one member a line: its unique name, a tab, its parent's unique name
 * (nothing at the top) and, optionally, a tab and its caption. Blank lines and lines starting with
 * {@code #} are skipped. Parents may come after their children. A file with duplicates, unknown
 * parents, names or captions over their length, or a cycle registers nothing: every problem is
 * listed with its line ({@link MemberFileException}).
 *
 * @since 0.1
 */
public interface DimensionMembers {

    /** Longest unique name (characters). */
    int NAME_LENGTH = 400;

    /** Longest caption (characters). */
    int CAPTION_LENGTH = 200;

    /** How a file's members meet those already registered. */
    enum Mode {
        /**
         * The file is the whole dimension (the host reloaded its model): new members are added,
         * changed ones updated, and those the file lacks are flagged missing, kept with the data
         * rights that name them.
         */
        RELOAD,
        /** The file adds members (a new day) or changes some; nothing is flagged; a parent may be a registered member. */
        ADD
    }

    /**
     * What a load did.
     *
     * @param added          members new to the dimension
     * @param changed        members whose parent or caption changed, or that came back after being missing
     * @param flaggedMissing members the reload lacked, now flagged missing
     * @param keptForRights  each data right naming members now missing, with those members' names: the
     *                       rights are kept as they are, their selections flagged
     */
    record Loaded(int added, int changed, int flaggedMissing, java.util.Map<String, Set<String>> keptForRights) {
    }

    /** Hears how a load goes: once the file is read and checked, then after each batch written. */
    interface Progress {
        /** The file was read and checked: this many members are to be written. */
        void checked(int members);

        /** Rows written so far (members added, changed and flagged). */
        void written(long rows);

        /** Whether the user cancelled: the load stops and writes nothing. */
        default boolean cancelled() {
            return false;
        }

        /** A Job's monitor: one unit of work a row, cancelled when the user cancels the Job. */
        static Progress of(org.eclipse.core.runtime.IProgressMonitor monitor) {
            return new Progress() {
                private org.eclipse.core.runtime.SubMonitor work = org.eclipse.core.runtime.SubMonitor.convert(monitor);
                private long done;

                @Override
                public void checked(int members) {
                    work = org.eclipse.core.runtime.SubMonitor.convert(monitor, members);
                }

                @Override
                public void written(long rows) {
                    work.worked((int) Math.min(Integer.MAX_VALUE, rows - done));
                    done = rows;
                }

                @Override
                public boolean cancelled() {
                    return monitor.isCanceled();
                }
            };
        }

        /** Hears nothing. */
        Progress NONE = new Progress() {
            @Override
            public void checked(int members) {
            }

            @Override
            public void written(long rows) {
            }
        };
    }

    /**
     * Registers a dimension's members from a member file, in one transaction: nothing when the
     * file has a problem, the actor may not administer data rights or the load is cancelled.
     *
     * @throws MemberFileException listing every problem of the file with its line
     * @throws DataRightsException when the actor may not, the model or dimension is unknown, or the store fails
     */
    Loaded load(AuthenticatedUser actor, String modelId, String dimensionUniqueName, Reader file, Mode mode, Progress progress)
            throws DataRightsException;

    /** How many members the dimension has (missing ones left out). */
    long count(AuthenticatedUser actor, String dimensionId) throws DataRightsException;

    /** The names among these that are members of the dimension (missing ones left out). */
    Set<String> known(AuthenticatedUser actor, String dimensionId, Collection<String> uniqueNames) throws DataRightsException;

    /** One page of the members below a parent (null: the top ones), in order. */
    List<MemberRow> children(AuthenticatedUser actor, String dimensionId, String parentUniqueName, int offset, int limit) throws DataRightsException;

    /** One page of the members whose unique name or caption contains the text. */
    List<MemberRow> search(AuthenticatedUser actor, String dimensionId, String text, int offset, int limit) throws DataRightsException;
}
