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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.castellan.security.AuthenticatedUser;

/**
 * The bearer tokens the server gave at log-in, each bound to the session it opened. A token is
 * refused once its session is closed (log-out, a timeout seen at a heartbeat, a sweep that no
 * longer finds it open) and once its session has gone without a heartbeat for as long as makes a
 * session stale, measured on the server's clock. Only a hash of each token is kept: a memory dump
 * shows no usable token.
 */
public final class Tokens {

    /** One token's session. */
    public static final class Grant {
        private final String sessionId;
        private final AuthenticatedUser user;
        private volatile Instant lastSign;

        Grant(String sessionId, AuthenticatedUser user, Instant lastSign) {
            this.sessionId = sessionId;
            this.user = user;
            this.lastSign = lastSign;
        }

        public String sessionId() {
            return sessionId;
        }

        public AuthenticatedUser user() {
            return user;
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> byHash = new ConcurrentHashMap<>();
    private volatile Duration staleAfter;

    Tokens(Clock clock, Duration staleAfter) {
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** A new token for an open session; the caller hands it to the client once. */
    String issue(String sessionId, AuthenticatedUser user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byHash.put(hash(token), new Grant(sessionId, user, clock.instant()));
        return token;
    }

    /** The grant of a token still valid; a token whose session went silent too long is forgotten. */
    Optional<Grant> find(String token) {
        String key = hash(token);
        Grant grant = byHash.get(key);
        if (grant == null) {
            return Optional.empty();
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

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
