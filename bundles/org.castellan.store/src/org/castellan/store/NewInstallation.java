package org.castellan.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Choices made once, when an installation is created.
 *
 * @param name           name of the installation shown to administrators
 * @param encryptionPassphrase when present, the database is encrypted at rest with AES-256 and
 *                       this passphrase is needed at every start (it cannot be recovered)
 *
 * @since 0.1
 */
public record NewInstallation(String name, Optional<char[]> encryptionPassphrase) {

    /** Derby refuses shorter boot passwords. */
    public static final int MINIMUM_PASSPHRASE_LENGTH = 8;

    public NewInstallation {
        Objects.requireNonNull(name);
        Objects.requireNonNull(encryptionPassphrase);
        encryptionPassphrase.ifPresent(p -> {
            if (p.length < MINIMUM_PASSPHRASE_LENGTH) {
                throw new IllegalArgumentException("encryption passphrase shorter than " + MINIMUM_PASSPHRASE_LENGTH);
            }
        });
    }

    public static NewInstallation unencrypted(String name) {
        return new NewInstallation(name, Optional.empty());
    }

    public static NewInstallation encrypted(String name, char[] passphrase) {
        return new NewInstallation(name, Optional.of(passphrase));
    }
}
