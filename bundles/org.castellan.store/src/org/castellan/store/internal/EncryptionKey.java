package org.castellan.store.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns an installation's encryption passphrase into the secret Derby boots the encrypted
 * database with. The slow, salted derivation stays under Castellan's control, and the result is a
 * 256-bit hexadecimal string, so passphrases may hold any character (Derby's attribute syntax
 * forbids some) and Derby's own, weaker, password-to-key step starts from a strong secret.
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

    /** The derived secret, as a hexadecimal string. */
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

    /**
     * Derby connection attributes creating or booting a database encrypted with AES-256 (Derby's
     * default would be DES).
     */
    static String attributes(String hexSecret, boolean create) {
        String boot = "bootPassword=" + hexSecret; //$NON-NLS-1$
        return create ? "dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=256;" + boot : boot; //$NON-NLS-1$
    }
}
