package org.castellan.datarights;

import java.util.Collection;

import org.castellan.model.Installation;
import org.castellan.security.AuthenticatedUser;

/**
 * The part of the model a question about one user's rights names, found by indexed reads instead
 * of the whole model (Declarative Services): what {@code castellan datarights filter} and
 * {@code datarights effective} look up by name, on an installation of any size. Only holders of
 * "Administer data rights" or "Administer security" may ask, checked on their own rights.
 *
 * @since 0.1
 */
public interface DataRightsLookup {

    /**
     * Reads, in one transaction and with the seals of their rows checked as a whole read checks
     * them: the user whose login is {@code login} with his groups, the data models whose names are
     * among {@code modelNames}, and the folders and reports at the top of the tree whose names are
     * among {@code topObjectNames}, each with everything below it and its permissions. Names are
     * matched exactly (the indexes are): a name given in another letter case, or not there, leaves
     * its object out, and the caller tells the person what exists. References to objects outside
     * the part (permissions of other users and groups) are left empty.
     *
     * @return the part (its installation holding only those objects); never null
     * @throws DataRightsException when the actor may not administer data rights or security, or the store fails
     */
    Installation part(AuthenticatedUser actor, String login, Collection<String> modelNames, Collection<String> topObjectNames) throws DataRightsException;
}
