package org.castellan.store;

import java.util.Objects;

/**
 * Where the server workstation of a shared installation listens, and the database path on that
 * machine.
 *
 * @since 0.1
 */
public record ServerAddress(String host, int port, String databasePath) {

    /** Derby Network Server's registered port. */
    public static final int DEFAULT_PORT = 1527;

    public ServerAddress {
        Objects.requireNonNull(host);
        Objects.requireNonNull(databasePath);
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** The JDBC URL of the Derby network client. */
    public String jdbcUrl() {
        return "jdbc:derby://" + host + ":" + port + "/" + databasePath;
    }
}
