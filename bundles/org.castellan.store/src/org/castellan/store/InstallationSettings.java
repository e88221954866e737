package org.castellan.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code installation.properties} in an installation folder says about the installation.
 *
 * @param installationId stable identifier of the installation
 * @param mode           how this workstation reaches the database
 * @param encrypted      whether the database is encrypted at rest (a passphrase is needed to open it)
 * @param server         for {@link StoreMode#SERVER}, where to listen; for {@link StoreMode#CLIENT},
 *                       where the server is
 *
 * @since 0.1
 */
public record InstallationSettings(String installationId, StoreMode mode, boolean encrypted, Optional<ServerAddress> server) {

    public InstallationSettings {
        Objects.requireNonNull(installationId);
        Objects.requireNonNull(mode);
        Objects.requireNonNull(server);
        if (mode != StoreMode.EMBEDDED && server.isEmpty()) {
            throw new IllegalArgumentException(mode + " needs a server address");
        }
    }
}
