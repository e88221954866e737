package org.castellan.store;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What some users' rights are made of, as a whole read of the model believes it (see
 * {@link ModelRepository#userRoles}): each user with the roles he holds, directly or through his
 * groups, and the rights those roles grant. A user's rights are the union of his roles' rights;
 * a disabled user holds none.
 *
 * @param users        the users read and believed, in their stored order
 * @param rightsOfRole the rights (their declared ids) each of those roles grants, by the role's id
 * @since 0.1
 */
public record UserRoles(List<Held> users, Map<String, Set<String>> rightsOfRole) {

    /**
     * One user and the ids of the roles he holds.
     *
     * @param id      the user's object id
     * @param login   his login
     * @param enabled whether he is enabled
     * @param guest   whether he is the installation's guest
     * @param roleIds the roles given to him or to a group he belongs to
     */
    public record Held(String id, String login, boolean enabled, boolean guest, Set<String> roleIds) {
    }

    public UserRoles {
        users = List.copyOf(users);
        rightsOfRole = Map.copyOf(rightsOfRole);
    }
}
