package org.castellan.server.client;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 fingerprint of a certificate, as the server prints it ({@code AB:CD:...}) and as a
 * person compares it; letter case, colons and spaces do not matter when two are compared.
 *
 * @since 0.1
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase() //$NON-NLS-1$
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether two fingerprints, however typed, are the same. */
    public static boolean same(String a, String b) {
        String left = bare(a);
        return left.length() == 64 && left.equals(bare(b));
    }

    private static String bare(String fingerprint) {
        return fingerprint.replaceAll("[:\\s]", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
