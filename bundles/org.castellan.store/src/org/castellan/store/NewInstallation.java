package org.castellan.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Choices made once, when an installation is created.
 *
 * @param name                 name of the installation shown to administrators
 * @param encryptionPassphrase when present, the database is encrypted at rest with AES-256 and
 *                             this passphrase is needed at every start (it cannot be recovered)
 * @param server               when present, the installation is shared from its creation: this
 *                             workstation is its server and listens there (see {@link StoreMode#SERVER})
 *
 * @since 0.1
 */
public record NewInstallation(String name, Optional<char[]> encryptionPassphrase, Optional<Listen> server) {

    /** Derby refuses shorter boot passwords. */
    public static final int MINIMUM_PASSPHRASE_LENGTH = 8;

    /**
     * Where the server of a shared installation listens: its host name or address ({@code localhost}
     * for this machine only) and port.
     *
     * @since 0.1
     */
    public record Listen(String host, int port) {

        public Listen {
            Objects.requireNonNull(host);
            if (host.isBlank() || port <= 0 || port > 65535) {
                throw new IllegalArgumentException("not a listening address: " + host + ':' + port); //$NON-NLS-1$
            }
        }
    }

    public NewInstallation {
        Objects.requireNonNull(name);
        Objects.requireNonNull(encryptionPassphrase);
        Objects.requireNonNull(server);
        encryptionPassphrase.ifPresent(p -> {
            if (p.length < MINIMUM_PASSPHRASE_LENGTH) {
                throw new IllegalArgumentException("encryption passphrase shorter than " + MINIMUM_PASSPHRASE_LENGTH); //$NON-NLS-1$
            }
        });
    }

    public static NewInstallation unencrypted(String name) {
        return new NewInstallation(name, Optional.empty(), Optional.empty());
    }

    public static NewInstallation encrypted(String name, char[] passphrase) {
        return new NewInstallation(name, Optional.of(passphrase), Optional.empty());
    }

    /** The same choices, the installation shared from its creation by this workstation's server. */
    public NewInstallation servedAt(Listen listen) {
        return new NewInstallation(name, encryptionPassphrase, Optional.of(listen));
    }
}
