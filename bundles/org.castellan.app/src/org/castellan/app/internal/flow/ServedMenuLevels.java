package org.castellan.app.internal.flow;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuContext;
import org.castellan.menu.MenuDefinition;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.MenuOptionsCatalog;
import org.castellan.menu.OptionDecision;
import org.castellan.menu.OptionState;
import org.castellan.menu.PackageSummary;
import org.castellan.menu.Site;
import org.castellan.menu.VisibleSet;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.SecurityRules;
import org.castellan.server.client.Answer;
import org.castellan.server.client.ConnectionException;
import org.castellan.server.client.PinnedServer;
import org.castellan.server.client.ServiceCodec;
import org.castellan.store.Transaction;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;

/**
 * The menu's levels on an enrolled client workstation, as the server decides them. The main menu
 * is the options this workstation's bundles declare (the same product as the server's) with the
 * administrators' overrides, default level and site the server answers at {@code GET /api/v1/menu},
 * together with the user's own level and rights now: so the workbench hides exactly what a local
 * workstation would. Whether he may open an option is the server's answer at
 * {@code POST /api/v1/decisions/option} ({@link #decide}) or its own {@code require} (which journals
 * a refusal); the administrators' changes (save,
 * default level, site, packages, the supervisor's step-up) are the served {@link MenuLevels} of the
 * server ({@code /api/v1/services/MenuLevels/...}), run as the token's user, where the service
 * checks his rights. Nothing here grants anything: every served call is checked again on the server.
 * <p>
 * It answers only for the user logged in: the API answers for the token's user, never another.
 */
final class ServedMenuLevels implements MenuLevels {

    private static final String MENU = "/api/v1/menu"; //$NON-NLS-1$
    private static final String OPTION = "/api/v1/decisions/option"; //$NON-NLS-1$
    /** The edition a local installation has unless a setting names another (as the menu's own service). */
    private static final String EDITION = "standard"; //$NON-NLS-1$
    private static final Type OVERRIDES = new TypeToken<List<LevelChange>>() {
    }.getType();
    /**
     * How long an answer serves again: the workbench asks the revision and then what the user sees
     * in one go, every second ({@code LevelState}); one request answers both.
     */
    private static final long REUSED_NANOS = 300_000_000L;

    /** The main menu as the server answered it, with the user's level and rights then, and when (for that token). */
    private record Answered(long revision, MenuDefinition definition, int level, Set<String> rights, Site site, String token, long at) {
    }

    private final PinnedServer server;
    private final Supplier<String> token;
    private final Supplier<Optional<AuthenticatedUser>> user;
    private final Supplier<Optional<MenuOptionsCatalog>> catalog;
    private final MenuLevels served;
    private final Version productVersion;
    private volatile Answered last;

    /**
     * @param served the server's own service, through the services endpoint, for the changes
     */
    ServedMenuLevels(PinnedServer server, Supplier<String> token, Supplier<Optional<AuthenticatedUser>> user,
            Supplier<Optional<MenuOptionsCatalog>> catalog, MenuLevels served) {
        this.server = server;
        this.token = token;
        this.user = user;
        this.catalog = catalog;
        this.served = served;
        Bundle menu = FrameworkUtil.getBundle(MenuLevels.class);
        this.productVersion = menu == null ? Version.emptyVersion : menu.getVersion();
    }

    private Answered answered() throws MenuException {
        String current = token.get();
        Answered recent = last;
        if (recent != null && recent.token().equals(current) && System.nanoTime() - recent.at() < REUSED_NANOS) {
            return recent;
        }
        Answered fresh = ask(current);
        last = fresh;
        return fresh;
    }

    /** Forgets the last answer: a change was just made through the server. */
    private void changed() {
        last = null;
    }

    private Answered ask(String current) throws MenuException {
        JsonObject json = ask(() -> server.get(MENU, Optional.of(current)));
        try {
            List<LevelChange> changes = ServiceCodec.decode(json.get("overrides"), OVERRIDES) instanceof List<?> list //$NON-NLS-1$
                    ? list.stream().map(LevelChange.class::cast).toList()
                    : List.of();
            Map<String, LevelChange> overrides = new LinkedHashMap<>();
            changes.forEach(change -> overrides.put(change.optionId(), change));
            Site site = Site.valueOf(json.get("site").getAsString()); //$NON-NLS-1$
            Set<String> rights = new HashSet<>();
            json.getAsJsonArray("rights").forEach(right -> rights.add(right.getAsString())); //$NON-NLS-1$
            MenuOptionsCatalog options = catalog.get().orElseThrow(() -> new MenuException(org.castellan.app.internal.Messages.clientMenuUnanswered));
            MenuDefinition definition = new MenuDefinition(options.options(), overrides, json.get("defaultLevel").getAsInt(), //$NON-NLS-1$
                    new MenuContext(site, productVersion, EDITION));
            return new Answered(json.get("revision").getAsLong(), definition, json.get("level").getAsInt(), Set.copyOf(rights), site, current, //$NON-NLS-1$ //$NON-NLS-2$
                    System.nanoTime());
        } catch (RuntimeException e) {
            throw new MenuException(org.castellan.app.internal.Messages.clientMenuUnanswered, e);
        }
    }

    @FunctionalInterface
    private interface Request {
        Answer send() throws ConnectionException;
    }

    /** The answer's JSON; the server's refusal or an unreachable server is a {@link MenuException} saying so. */
    private static JsonObject ask(Request request) throws MenuException {
        Answer answer;
        try {
            answer = request.send();
        } catch (ConnectionException e) {
            throw new MenuException(e.getMessage(), e);
        }
        if (!answer.ok()) {
            throw new MenuException(answer.message().isEmpty() ? org.castellan.app.internal.Messages.clientMenuUnanswered : answer.message());
        }
        return answer.json();
    }

    private void own(AuthenticatedUser asked) throws MenuException {
        if (user.get().map(u -> u.id().equals(asked.id())).orElse(false)) {
            return;
        }
        throw new MenuException(org.castellan.app.internal.Messages.clientMenuOtherUser);
    }

    @Override
    public MenuDefinition definition() throws MenuException {
        return answered().definition();
    }

    @Override
    public long revision() throws MenuException {
        return answered().revision();
    }

    @Override
    public VisibleSet visibleTo(AuthenticatedUser asked) throws MenuException {
        own(asked);
        Answered menu = answered();
        return menu.definition().visibleTo(menu.level(), menu.rights());
    }

    @Override
    public OptionDecision decide(AuthenticatedUser asked, String contributionId) throws MenuException {
        own(asked);
        JsonObject body = new JsonObject();
        body.addProperty("option", contributionId); //$NON-NLS-1$
        JsonObject json = ask(() -> server.post(OPTION, body, Optional.of(token.get())));
        OptionState state = definition().deciding(contributionId).orElse(null);
        List<String> missing = new java.util.ArrayList<>();
        JsonElement rights = json.get("missingRights"); //$NON-NLS-1$
        if (rights != null && rights.isJsonArray()) {
            rights.getAsJsonArray().forEach(right -> missing.add(right.getAsString()));
        }
        try {
            OptionDecision.Reason reason = OptionDecision.Reason.valueOf(json.get("reason").getAsString()); //$NON-NLS-1$
            return new OptionDecision(contributionId, state, reason, missing, json.get("message").getAsString()); //$NON-NLS-1$
        } catch (RuntimeException e) {
            throw new MenuException(org.castellan.app.internal.Messages.clientMenuUnanswered, e);
        }
    }

    /**
     * The server's own {@code require}, as the token's user: a refusal is journaled there and thrown
     * here with its message. The command the user then runs calls served services, which check him
     * again.
     */
    @Override
    public OptionState require(AuthenticatedUser asked, String contributionId) throws MenuException {
        own(asked);
        return served.require(asked, contributionId);
    }

    @Override
    public void stepUp(AuthenticatedUser asked, String contributionId, String supervisorLogin, char[] password) throws MenuException {
        own(asked);
        served.stepUp(asked, contributionId, supervisorLogin, password);
    }

    @Override
    public void save(AuthenticatedUser admin, List<LevelChange> changes, long expectedRevision) throws MenuException {
        changed();
        served.save(admin, changes, expectedRevision);
        changed();
    }

    @Override
    public Optional<String> problem(LevelChange change) throws MenuException {
        return served.problem(change);
    }

    /** Within a caller's transaction: never on a client (the proxy refuses it, saying so). */
    @Override
    public Map<String, LevelChange> overrides(Transaction tx) throws MenuException {
        return served.overrides(tx);
    }

    /** Within a caller's transaction: never on a client (the proxy refuses it, saying so). */
    @Override
    public boolean replaceOverrides(SecurityRules.Change change, Collection<LevelChange> overrides) throws MenuException {
        return served.replaceOverrides(change, overrides);
    }

    @Override
    public void setDefaultLevel(AuthenticatedUser admin, int level) throws MenuException {
        changed();
        served.setDefaultLevel(admin, level);
        changed();
    }

    @Override
    public Site site() throws MenuException {
        return answered().site();
    }

    @Override
    public void setSite(AuthenticatedUser admin, Site site) throws MenuException {
        changed();
        served.setSite(admin, site);
        changed();
    }

    @Override
    public byte[] exportPackage(AuthenticatedUser admin, boolean withRoles) throws MenuException {
        return served.exportPackage(admin, withRoles);
    }

    @Override
    public PackageSummary importPackage(AuthenticatedUser admin, byte[] content) throws MenuException {
        changed();
        try {
            return served.importPackage(admin, content);
        } finally {
            changed();
        }
    }

    @Override
    public long packageVersion() throws MenuException {
        return served.packageVersion();
    }
}
