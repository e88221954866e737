package org.castellan.directory;

/**
 * A person the directory holds, as a search for import shows him.
 *
 * @param login    his login attribute's value, the Castellan login he would get
 * @param name     his display name (or common name), empty when none
 * @param mail     his e-mail address, empty when none
 * @param existing whether a Castellan user already has this login
 *
 * @since 0.1
 */
public record DirectoryPerson(String login, String name, String mail, boolean existing) {
}
