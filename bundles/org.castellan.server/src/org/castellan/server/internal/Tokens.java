package org.castellan.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.castellan.security.AuthenticatedUser;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.TokenSession;

/**
 * The bearer tokens the server gave at log-in, each bound to the session it opened. A token is
 * refused once its session is closed (log-out, a timeout seen at a heartbeat, a sweep that no
 * longer finds it open) and once its session has gone without a heartbeat for as long as makes a
 * session stale, measured on the server's clock. Only a hash of each token is kept, in memory and
 * in its session's row: a memory dump or the database shows no usable token, and a token this
 * server does not know (it restarted since) is looked up in the session registry, which accepts it
 * while its session is open and not stale. The hash covers the server's certificate too: a token
 * another server gave (another folder, another certificate) means nothing here even over the same
 * database, and renewing the certificate, which makes every host pin it again, ends every token.
 */
public final class Tokens {

    /** Where tokens' hashes outlive the server: the session registry, in the sessions' rows. */
    interface Records {

        /** Keeps the hash with its open session. */
        void bind(String sessionId, String tokenHash) throws SessionException;

        /** The open, not stale session a hash is bound to. */
        Optional<TokenSession> find(String tokenHash) throws SessionException;
    }

    /** One token's session. */
    public static final class Grant {
        private final String sessionId;
        private final AuthenticatedUser user;
        private final String workstation;
        private volatile Instant lastSign;

        Grant(String sessionId, AuthenticatedUser user, String workstation, Instant lastSign) {
            this.sessionId = sessionId;
            this.user = user;
            this.workstation = workstation;
            this.lastSign = lastSign;
        }

        public String sessionId() {
            return sessionId;
        }

        public AuthenticatedUser user() {
            return user;
        }

        /** The workstation the session was opened from, as its log-in named it: what the journal names for its rows. */
        public String workstation() {
            return workstation;
        }
    }

    private final Clock clock;
    private final Records records;
    /** What the hashes are bound to besides the token: the server's certificate's fingerprint. */
    private final String issuer;
    /** The digest fed with the issuer; never used itself, only copied. */
    private final MessageDigest issued;
    private static final HexFormat HEX = HexFormat.of();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> byHash = new ConcurrentHashMap<>();
    private volatile Duration staleAfter;

    Tokens(Clock clock, Duration staleAfter, Records records, String issuer) {
        this.clock = clock;
        this.issuer = issuer;
        this.issued = seeded(issuer);
        this.staleAfter = staleAfter;
        this.records = records;
    }

    /**
     * A new token for an open session, its hash kept with the session; the caller hands it to the
     * client once.
     *
     * @throws SessionException when the hash cannot be kept: no token is given
     */
    String issue(String sessionId, AuthenticatedUser user, String workstation) throws SessionException {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String key = hash(token);
        records.bind(sessionId, key);
        byHash.put(key, new Grant(sessionId, user, workstation, clock.instant()));
        return token;
    }

    /**
     * The grant of a token still valid; a token whose session went silent too long is forgotten.
     * One this server does not know is looked up in its session's row (the server restarted).
     *
     * @throws SessionException when the registry cannot be read
     */
    Optional<Grant> find(String token) throws SessionException {
        String key = hash(token);
        Grant grant = byHash.get(key);
        if (grant == null) {
            Optional<TokenSession> kept = records.find(key);
            if (kept.isEmpty()) {
                return Optional.empty();
            }
            Grant resumed = new Grant(kept.get().sessionId(), kept.get().user(), kept.get().workstation(),
                    clock.instant().minus(kept.get().sinceHeartbeat()));
            grant = Objects.requireNonNullElse(byHash.putIfAbsent(key, resumed), resumed);
        }
        if (clock.instant().isAfter(grant.lastSign.plus(staleAfter))) {
            byHash.remove(key, grant);
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    /** A heartbeat found the session open. */
    void signOfLife(Grant grant, Duration newStaleAfter) {
        grant.lastSign = clock.instant();
        staleAfter = newStaleAfter;
    }

    void revoke(Grant grant) {
        byHash.values().remove(grant);
    }

    /** Forgets the tokens whose session is not among those open; returns how many. */
    int keepOnly(Set<String> openSessionIds) {
        int before = byHash.size();
        byHash.values().removeIf(grant -> !openSessionIds.contains(grant.sessionId));
        return before - byHash.size();
    }

    int size() {
        return byHash.size();
    }

    private String hash(String token) {
        MessageDigest digest;
        try {
            // a copy of the digest already fed the issuer: no provider look-up per request
            digest = (MessageDigest) issued.clone();
        } catch (CloneNotSupportedException e) {
            digest = seeded(issuer);
        }
        return HEX.formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** SHA-256 fed with the issuer and a separator, ready for a token. */
    private static MessageDigest seeded(String issuer) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
            digest.update(issuer.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
