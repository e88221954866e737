package org.castellan.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-time codes an administrator hands to a workstation to enrol it: short-lived, good for
 * one enrolment, kept only as keyed hashes (the key lives in this server's memory), so that a
 * memory dump or a log shows no usable code. A used code is remembered until it would have
 * expired, so that its second use is told apart from a wrong one.
 */
public final class Enrolments {

    /** How long a code may be used. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    /** Crockford's base 32 (no I, L, O, U): nothing a person reads twice. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; //$NON-NLS-1$
    private static final int LENGTH = 12;

    /** What became of a code offered by a workstation. */
    public enum Outcome {
        ACCEPTED, UNKNOWN, EXPIRED, USED
    }

    /** A code just issued: shown once, never kept as such. */
    public record Issued(String code, Instant expiresAt) {
    }

    private record Entry(Instant expiresAt, String issuedBy, Instant usedAt) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

    Enrolments(Clock clock) {
        this.clock = clock;
        random.nextBytes(key);
    }

    /** A new code, issued by the login named (the caller checked he may). */
    Issued issue(String issuedBy) {
        forgetOld();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Instant expires = clock.instant().plus(LIFETIME);
        byHash.put(hash(code.toString()), new Entry(expires, issuedBy, null));
        return new Issued(code.toString(), expires);
    }

    /** Uses a code: accepted once while it lives; the login that issued it is in {@link #issuer}. */
    synchronized Outcome use(String offered) {
        String hash = hash(offered);
        Entry entry = byHash.get(hash);
        Instant now = clock.instant();
        if (entry == null) {
            return Outcome.UNKNOWN;
        }
        if (entry.usedAt() != null) {
            return Outcome.USED;
        }
        if (!now.isBefore(entry.expiresAt())) {
            return Outcome.EXPIRED;
        }
        byHash.put(hash, new Entry(entry.expiresAt(), entry.issuedBy(), now));
        return Outcome.ACCEPTED;
    }

    /** Who issued a code (for the journal); empty for a code never issued. */
    String issuer(String offered) {
        Entry entry = byHash.get(hash(offered));
        return entry == null ? "" : entry.issuedBy(); //$NON-NLS-1$
    }

    /** Drops codes expired for a lifetime: an expired code is still told apart for as long again. */
    private void forgetOld() {
        Instant limit = clock.instant().minus(LIFETIME);
        byHash.values().removeIf(entry -> entry.expiresAt().isBefore(limit));
    }

    /** Letter case, spaces and dashes as a person may type them do not matter. */
    static String normalised(String code) {
        StringBuilder kept = new StringBuilder();
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c != '-' && !Character.isWhitespace(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private String hash(String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); //$NON-NLS-1$
            mac.init(new SecretKeySpec(key, "HmacSHA256")); //$NON-NLS-1$
            return HexFormat.of().formatHex(mac.doFinal(normalised(code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
