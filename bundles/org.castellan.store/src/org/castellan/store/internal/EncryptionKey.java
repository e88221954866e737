package org.castellan.store.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns an installation's encryption passphrase into the AES-256 key Derby encrypts the database
 * with. Giving Derby a derived key (rather than its own {@code bootPassword}) keeps the slow,
 * salted derivation under Castellan's control and lets passphrases hold any character.
 */
final class EncryptionKey {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    static final int ITERATIONS = 600_000;
    private static final int KEY_BITS = 256;

    private EncryptionKey() {
    }

    static byte[] newSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /** The key as the hexadecimal string Derby's {@code encryptionKey} attribute takes. */
    static String derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BITS);
        try {
            return HexFormat.of().formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded()); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e); //$NON-NLS-1$
        } finally {
            spec.clearPassword();
        }
    }

    /** Derby connection attributes creating or booting a database with this key. */
    static String attributes(String hexKey, boolean create) {
        String boot = "encryptionKey=" + hexKey; //$NON-NLS-1$
        return create ? "dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;" + boot : boot; //$NON-NLS-1$
    }
}
