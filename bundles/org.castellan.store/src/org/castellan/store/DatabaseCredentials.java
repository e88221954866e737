package org.castellan.store;

import java.util.Objects;

/**
 * The account the installation's own programs use to reach its Derby database. Generated at
 * creation (a long random secret, so Derby's own password hashing is not what protects it) and
 * kept in the installation folder, readable only by its owner; people never type it.
 *
 * @since 0.1
 */
public record DatabaseCredentials(String user, String password) {

    public DatabaseCredentials {
        Objects.requireNonNull(user);
        Objects.requireNonNull(password);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[user=" + user + ", password=***]";
    }
}
