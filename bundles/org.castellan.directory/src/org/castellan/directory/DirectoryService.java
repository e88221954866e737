package org.castellan.directory;

import java.util.List;
import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.SecurityRules;
import org.castellan.store.Transaction;

/**
 * The installation's directory (LDAP, Active Directory), as administrators set it up: its settings
 * are the {@code directory.*} installation settings; the service account's password is kept in the
 * installation folder, readable only by its owner, like the database credentials: never shown and
 * never journaled in clear. Every method checks in the service that the acting user holds
 * {@link org.castellan.security.AccountService#ADMINISTER_RIGHT}.
 *
 * @since 0.1
 */
public interface DirectoryService {

    /** Journaled when the service account's password is set or removed (properties {@code actor}, {@code timestamp}, {@code set}); never the password. */
    String TOPIC_SERVICE_PASSWORD_CHANGED = "org/castellan/directory/SERVICE_PASSWORD_CHANGED"; //$NON-NLS-1$

    /**
     * Journaled when a line of the group mapping is added or removed (properties {@code actor},
     * {@code timestamp}, {@code before} and {@code after}: the line as {@code DN -> group}, empty on
     * the side where it is not).
     */
    String TOPIC_MAPPING_CHANGED = "org/castellan/directory/MAPPING_CHANGED"; //$NON-NLS-1$

    /** The settings that apply now. */
    DirectorySettings settings(AuthenticatedUser actor) throws AccountException;

    /**
     * Tries the directory as a login would and says what works and what does not: each URL
     * (unreachable, TLS failure), the service account (wrong password), and, when given, whether
     * {@code sampleLogin} is found.
     */
    ConnectionReport testConnection(AuthenticatedUser actor, Optional<String> sampleLogin) throws AccountException;

    /**
     * Sets the service account's password, or removes it when {@code password} is empty; the
     * caller overwrites the array once done. Journaled without the password.
     */
    void setServicePassword(AuthenticatedUser actor, char[] password) throws AccountException;

    /** Whether the service account's password is set. */
    boolean servicePasswordSet(AuthenticatedUser actor) throws AccountException;

    /** The group mapping's lines, in the order they were added (a table of their own: no limit to their number). */
    List<GroupMapping> mappings(AuthenticatedUser actor) throws AccountException;

    /**
     * Adds a line to the group mapping (saved and journaled, {@link #TOPIC_MAPPING_CHANGED}): refused when the
     * DN is not one, the Castellan group does not exist, or the line is there already.
     */
    void addMapping(AuthenticatedUser actor, GroupMapping mapping) throws AccountException;

    /** Removes a line of the group mapping (journaled); refused when there is no such line. */
    void removeMapping(AuthenticatedUser actor, GroupMapping mapping) throws AccountException;

    /**
     * Removes the lines {@code removed}, then adds the lines {@code added}, in one transaction: all
     * or none (an editor's Save, a configuration applied). Each line journaled as by {@link
     * #addMapping} and {@link #removeMapping}, and refused for the same reasons; the first refusal
     * leaves the mapping as it was.
     */
    void changeMappings(AuthenticatedUser actor, List<GroupMapping> removed, List<GroupMapping> added) throws AccountException;

    /**
     * The group mapping's lines as read in {@code tx}: for a change of several services (a
     * configuration exported or applied) that reads them beside the rest of the installation.
     */
    List<GroupMapping> mappings(Transaction tx) throws AccountException;

    /**
     * {@link #changeMappings(AuthenticatedUser, List, List)} within a change of several services (a
     * configuration applied): written and journaled in the change's transaction, the Castellan groups
     * checked against the change's model (a group the same change creates counts). A refusal is
     * thrown before anything is written; the caller rolls the change back.
     */
    void changeMappings(SecurityRules.Change change, List<GroupMapping> removed, List<GroupMapping> added) throws AccountException;

    /**
     * Looks up every domain user in the directory and brings Castellan in line: one gone from the
     * directory or disabled there is disabled (never deleted), the mapped groups' membership follows
     * the directory's groups. Each change journaled with before and after. When the directory cannot
     * be read, nothing is changed and the refusal says why.
     */
    SyncReport synchronize(AuthenticatedUser actor) throws AccountException;

    /**
     * The directory's people whose login, name or e-mail address contains {@code text} (matched as
     * text: filter characters are escaped), at most {@link #SEARCH_LIMIT}, sorted by login. An empty
     * text is refused.
     */
    List<DirectoryPerson> search(AuthenticatedUser actor, String text) throws AccountException;

    /** How many people a search returns at most. */
    int SEARCH_LIMIT = 200;

    /**
     * Creates domain users for these directory logins in one step, all or none: no password (the
     * directory keeps it), name and e-mail from the directory, mapped groups as the directory says.
     *
     * @return the logins created, as the directory spells them
     */
    List<String> importUsers(AuthenticatedUser actor, List<String> logins, int authorizationLevel) throws AccountException;
}
