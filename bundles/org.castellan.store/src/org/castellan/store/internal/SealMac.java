package org.castellan.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.castellan.store.internal.RowCanon.Unit;

/**
 * The keyed hash seals are made of (HMAC-SHA256 with the installation's {@code seal.key}), for
 * the three things sealed: a unit of rows, a table's totals, and the key itself (so that a wrong
 * key is told from changed rows). One per pass: a {@link Mac} is not shared between threads.
 */
final class SealMac {

    private static final String ALGORITHM = "HmacSHA256"; //$NON-NLS-1$
    private static final HexFormat HEX = HexFormat.of();
    /** The length of a seal in bytes, and of the exclusive-or of seals a table's totals keep. */
    static final int LENGTH = 32;

    private final Mac mac;

    SealMac(byte[] key) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seal of a unit as read now. */
    String of(Unit unit) {
        return seal(unit.canonical());
    }

    /** The seal of a unit's canonical bytes (see {@link RowCanon#canonical}). */
    String of(byte[] canonical) {
        return seal(canonical);
    }

    /** The seal of a table's totals: its number of seals and their exclusive-or. */
    String totals(String table, long count, String digest) {
        return seal(("castellan-seal-totals\n" + table + '\n' + count + '\n' + digest).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }

    /** What only the right key gives: stored once, compared before anything else is checked. */
    String keyCheck() {
        return seal("castellan-seal-key-check".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }

    private String seal(byte[] bytes) {
        return HEX.formatHex(mac.doFinal(bytes));
    }

    /** Adds (or takes away: the same) a seal to an exclusive-or of seals. */
    static void xorInto(byte[] xor, String seal) {
        byte[] bytes = HEX.parseHex(seal);
        for (int i = 0; i < xor.length; i++) {
            xor[i] ^= bytes[i];
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static byte[] parseHex(String hex) {
        return HEX.parseHex(hex);
    }
}
