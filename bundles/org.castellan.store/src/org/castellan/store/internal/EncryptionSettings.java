package org.castellan.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.eclipse.osgi.util.NLS;

/**
 * The salt and iteration count of an encrypted installation's key derivation, kept in
 * {@code encryption.properties}; the passphrase itself is never stored.
 */
final class EncryptionSettings {

    static final String FILE = "encryption.properties"; //$NON-NLS-1$

    private final byte[] salt;
    private final int iterations;
    private String hexKey;

    private EncryptionSettings(byte[] salt, int iterations) {
        this.salt = salt;
        this.iterations = iterations;
    }

    static EncryptionSettings create(char[] passphrase) {
        return new EncryptionSettings(EncryptionKey.newSalt(), EncryptionKey.ITERATIONS).key(passphrase);
    }

    static EncryptionSettings readFrom(InstallationFiles files) throws StoreException {
        Path file = files.folder().resolve(FILE);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return new EncryptionSettings(Base64.getDecoder().decode(p.getProperty("salt").trim()), //$NON-NLS-1$
                    Integer.parseInt(p.getProperty("iterations").trim())); //$NON-NLS-1$
        } catch (IOException | RuntimeException e) {
            throw new StoreException(Problem.NOT_AN_INSTALLATION,
                    NLS.bind(Messages.settingsUnreadable, files.folder(), FILE + ": " + e.getMessage()), e); //$NON-NLS-1$
        }
    }

    EncryptionSettings key(char[] passphrase) {
        hexKey = EncryptionKey.derive(passphrase, salt, iterations);
        return this;
    }

    String bootAttributes(boolean create) {
        return EncryptionKey.attributes(hexKey, create);
    }

    void writeTo(InstallationFiles files) throws IOException {
        Properties p = new Properties();
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt)); //$NON-NLS-1$
        p.setProperty("iterations", Integer.toString(iterations)); //$NON-NLS-1$
        p.setProperty("algorithm", "PBKDF2WithHmacSHA256, then Derby bootPassword: AES/CBC/NoPadding, 256 bits"); //$NON-NLS-1$ //$NON-NLS-2$
        try (OutputStream out = Files.newOutputStream(files.folder().resolve(FILE))) {
            p.store(out, "Castellan: key derivation of the database encryption (the passphrase is not stored)"); //$NON-NLS-1$
        }
    }
}
