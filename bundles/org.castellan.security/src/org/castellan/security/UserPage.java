package org.castellan.security;

import java.util.List;

/**
 * A page of the users list ({@link UserAdministration#users(AuthenticatedUser, String, int)}): the
 * first users, in natural order of login, of those that match, and how many match in all, people
 * with a licence seat and external users counted apart as the users view shows them.
 *
 * @param users            the users of the page, each section's in natural order of login
 * @param matchingInternal how many users with a seat match (the page may hold fewer)
 * @param matchingExternal how many external users match
 * @param externalUsers    how many external users the installation has, whatever the filter
 *
 * @since 0.1
 */
public record UserPage(List<UserView> users, int matchingInternal, int matchingExternal, int externalUsers) {

    public UserPage {
        users = List.copyOf(users);
    }

    /** Whether the page holds every user that matches. */
    public boolean complete() {
        return users.size() == matchingInternal + matchingExternal;
    }
}
