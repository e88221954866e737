package org.castellan.server.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.castellan.audit.JournalOrigin;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.PasswordExpiredException;
import org.castellan.server.DecisionServices;
import org.castellan.sessions.Heartbeat;
import org.castellan.sessions.LoginRefusedException;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionInfo;
import org.castellan.sessions.Workstation;
import org.eclipse.osgi.util.NLS;

/**
 * Log-in, heartbeat and log-out of a host application's user: the account service checks the
 * password (throttling and locks apply), the session registry opens the session (bans apply),
 * and the token the client gets lives as long as that session.
 */
final class SessionEndpoints {

    /** The program a session is shown with when the host does not name itself. */
    static final String DEFAULT_PROGRAM = "host application"; //$NON-NLS-1$

    private final DecisionServices services;
    private final Tokens tokens;
    private final AttemptLimits perAddress;
    private final AttemptLimits perLogin;
    private final PasswordChecks passwordChecks;

    SessionEndpoints(DecisionServices services, Tokens tokens, AttemptLimits perAddress, AttemptLimits perLogin, PasswordChecks passwordChecks) {
        this.services = services;
        this.passwordChecks = passwordChecks;
        this.tokens = tokens;
        this.perAddress = perAddress;
        this.perLogin = perLogin;
    }

    Reply login(Call call) throws ApiError {
        String login = call.body().string("login"); //$NON-NLS-1$
        String password = call.body().string("password"); //$NON-NLS-1$
        Optional<String> company = call.body().optionalString("company"); //$NON-NLS-1$
        boolean forceBan = call.body().flag("forceBan"); //$NON-NLS-1$
        Workstation workstation = new Workstation(call.body().optionalString("workstation").filter(s -> !s.isBlank()).orElse(call.clientAddress()), //$NON-NLS-1$
                call.clientAddress(), null, call.body().optionalString("program").filter(s -> !s.isBlank()).orElse(DEFAULT_PROGRAM), //$NON-NLS-1$
                call.body().optionalString("programVersion").orElse(null)); //$NON-NLS-1$
        // the log-in's and the session's journal rows name the workstation logging in
        try (JournalOrigin.Scope origin = new JournalOrigin(workstation.name(), call.clientAddress()).enter()) {
            return login(call, login, password, company, forceBan, workstation);
        }
    }

    private Reply login(Call call, String login, String password, Optional<String> company, boolean forceBan, Workstation workstation) throws ApiError {
        String addressKey = "address " + call.clientAddress(); //$NON-NLS-1$
        String loginKey = "login " + login.strip().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
        limit(perAddress.attempt(addressKey), Messages.tooManyFromAddress, call.clientAddress());
        Optional<Duration> loginWait = perLogin.attempt(loginKey);
        if (loginWait.isPresent()) {
            perAddress.giveBack(addressKey); // no password was tried
        }
        limit(loginWait, Messages.tooManyForLogin, login);

        AuthenticatedUser user;
        char[] secret = password.toCharArray();
        try {
            user = passwordChecks.run(() -> services.accounts().authenticate(login, secret));
            rightPassword(addressKey, loginKey);
        } catch (PasswordExpiredException e) {
            rightPassword(addressKey, loginKey); // the password was right: he must change it
            throw new ApiError(403, "password_expired", e.getMessage()); //$NON-NLS-1$
        } catch (AccountException e) {
            throw new ApiError(401, "login_refused", e.getMessage()); //$NON-NLS-1$
        } catch (ApiError busy) {
            rightPassword(addressKey, loginKey); // turned away before any check: not a failed attempt
            throw busy;
        } finally {
            Arrays.fill(secret, '\0');
        }
        SessionInfo session;
        try {
            session = services.sessions().open(user, company.orElse(null), workstation, forceBan);
        } catch (LoginRefusedException e) {
            Map<String, Object> ban = new LinkedHashMap<>();
            ban.put("id", e.ban().id()); //$NON-NLS-1$
            ban.put("company", e.ban().company()); //$NON-NLS-1$
            ban.put("startsAt", e.ban().startsAt().toString()); //$NON-NLS-1$
            ban.put("endsAt", e.ban().endsAt().toString()); //$NON-NLS-1$
            ban.put("message", e.ban().message()); //$NON-NLS-1$
            ban.put("author", e.ban().authorLogin()); //$NON-NLS-1$
            throw new ApiError(403, "banned", e.getMessage(), Map.of(), Map.of("ban", ban, "mayOverride", e.mayOverride())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (SessionException e) {
            throw new ApiError(400, "session_refused", e.getMessage()); //$NON-NLS-1$
        }
        String token;
        try {
            token = tokens.issue(session.id(), user, session.workstation().name());
        } catch (SessionException e) {
            closeQuietly(session.id()); // no token, so no one could use or close it
            throw Failures.unavailable(e);
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("token", token); //$NON-NLS-1$
        reply.put("tokenType", "Bearer"); //$NON-NLS-1$ //$NON-NLS-2$
        reply.put("sessionId", session.id()); //$NON-NLS-1$
        reply.put("user", user(user)); //$NON-NLS-1$
        reply.put("company", session.company().orElse(null)); //$NON-NLS-1$
        reply.put("heartbeatSeconds", heartbeatSeconds()); //$NON-NLS-1$
        return new Reply(201, reply);
    }

    private void closeQuietly(String sessionId) {
        try {
            services.sessions().close(sessionId, "log-out"); //$NON-NLS-1$
        } catch (SessionException e) {
            // the database fails: the session turns stale and the registry's sweep ends it
        }
    }

    private void rightPassword(String addressKey, String loginKey) {
        perAddress.giveBack(addressKey);
        perLogin.giveBack(loginKey);
    }

    private static void limit(Optional<Duration> wait, String message, String subject) throws ApiError {
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new ApiError(429, "too_many_attempts", NLS.bind(message, subject, seconds), Map.of("Retry-After", Long.toString(seconds)), //$NON-NLS-1$ //$NON-NLS-2$
                    Map.of("retryAfterSeconds", seconds)); //$NON-NLS-1$
        }
    }

    static Map<String, Object> user(AuthenticatedUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id()); //$NON-NLS-1$
        json.put("login", user.login()); //$NON-NLS-1$
        json.put("name", user.shownName()); //$NON-NLS-1$
        json.put("level", user.authorizationLevel()); //$NON-NLS-1$
        return json;
    }

    private long heartbeatSeconds() throws ApiError {
        try {
            return services.sessions().settings().heartbeatInterval().toSeconds();
        } catch (SessionException e) {
            throw Failures.unavailable(e);
        }
    }

    Reply heartbeat(Call call) throws ApiError {
        Heartbeat heartbeat;
        try {
            heartbeat = services.sessions().heartbeat(call.grant().sessionId(), call.body().flag("userActive")); //$NON-NLS-1$
        } catch (SessionException e) {
            throw Failures.unavailable(e);
        }
        if (heartbeat.open()) {
            tokens.signOfLife(call.grant(), heartbeat.settings().staleAfter());
        } else {
            tokens.revoke(call.grant());
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("open", heartbeat.open()); //$NON-NLS-1$
        heartbeat.endReason().ifPresent(reason -> reply.put("endReason", reason)); //$NON-NLS-1$
        heartbeat.logoutRequest().ifPresent(request -> reply.put("logoutRequest", //$NON-NLS-1$
                Map.of("message", request.message(), "requestedBy", request.requestedBy(), "requestedAt", request.requestedAt().toString()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        reply.put("heartbeatSeconds", heartbeat.settings().heartbeatInterval().toSeconds()); //$NON-NLS-1$
        return Reply.ok(reply);
    }

    Reply logout(Call call) throws ApiError {
        tokens.revoke(call.grant()); // first: the token is refused even if the registry fails below
        try {
            services.sessions().close(call.grant().sessionId(), "log-out"); //$NON-NLS-1$
        } catch (SessionException e) {
            throw Failures.unavailable(e);
        }
        return Reply.ok(Map.of("closed", true)); //$NON-NLS-1$
    }
}
