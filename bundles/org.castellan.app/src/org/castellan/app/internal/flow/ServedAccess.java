package org.castellan.app.internal.flow;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

import org.castellan.security.AccessControl;
import org.castellan.security.AuthenticatedUser;
import org.castellan.server.client.Answer;
import org.castellan.server.client.ConnectionException;
import org.castellan.server.client.PinnedServer;
import org.eclipse.core.runtime.ILog;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The rights of a client workstation's user, as the server decides them
 * ({@code POST /api/v1/decisions/rights} for the session's own user). The workbench uses the
 * answer to show or offer things; it never grants anything: each served call is checked again by
 * the service on the server. It answers only for the user logged in (the decision API answers for
 * the token's user, never for another): any other user, an unreachable server and what the API
 * does not answer (companies, the list of every right held) are answered "no".
 */
final class ServedAccess implements AccessControl {

    private static final String RIGHTS = "/api/v1/decisions/rights"; //$NON-NLS-1$

    private final PinnedServer server;
    private final Supplier<String> token;
    private final Supplier<Optional<AuthenticatedUser>> user;

    ServedAccess(PinnedServer server, Supplier<String> token, Supplier<Optional<AuthenticatedUser>> user) {
        this.server = server;
        this.token = token;
        this.user = user;
    }

    private boolean own(String userId) {
        return user.get().map(u -> u.id().equals(userId)).orElse(false);
    }

    @Override
    public boolean hasRight(String userId, String rightId) {
        if (!own(userId)) {
            return false;
        }
        JsonObject body = new JsonObject();
        JsonArray asked = new JsonArray();
        asked.add(rightId);
        body.add("rights", asked); //$NON-NLS-1$
        try {
            Answer answer = server.post(RIGHTS, body, Optional.of(token.get()));
            if (!answer.ok()) {
                return false;
            }
            JsonElement rights = answer.json().get("rights"); //$NON-NLS-1$
            JsonElement held = rights != null && rights.isJsonObject() ? rights.getAsJsonObject().get(rightId) : null;
            return held != null && held.isJsonPrimitive() && held.getAsBoolean();
        } catch (ConnectionException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            return false;
        }
    }

    @Override
    public Set<String> rightsOf(String userId) {
        return Set.of(); // the decision API answers about named rights only
    }

    @Override
    public boolean mayWorkIn(String userId, String companyCode) {
        return false;
    }

    @Override
    public boolean administersCompany(String userId, String companyCode) {
        return false;
    }

    @Override
    public OptionalInt authorizationLevel(String userId) {
        return user.get().filter(u -> u.id().equals(userId)).map(u -> OptionalInt.of(u.authorizationLevel())).orElse(OptionalInt.empty());
    }
}
