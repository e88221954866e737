package org.castellan.server.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.datarights.AppliedGrant;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.MemberFilter;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.PermissionExplanation;
import org.castellan.datarights.SqlPredicate;
import org.castellan.datarights.StarSchema;
import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuDefinition;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.OptionDetails;
import org.castellan.menu.OptionDecision;
import org.castellan.menu.OptionState;
import org.castellan.menu.VisibleSet;
import org.castellan.security.AuthenticatedUser;
import org.castellan.server.DecisionServices;
import org.eclipse.osgi.util.NLS;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonWriter;

/**
 * The questions a host application asks about the user of its token, each answered by the
 * service that owns the rule (menu levels, access control, data rights), and the journal entries
 * it writes for him.
 */
final class DecisionEndpoints {

    /** Gson's settings for the answers written by hand (HTML-safe escaping, as {@code Gson.toJson}). */
    private static final Gson GSON = new Gson();

    private final DecisionServices services;

    DecisionEndpoints(DecisionServices services) {
        this.services = services;
    }

    /** May he run this option: level and rights, and why not. */
    Reply option(Call call) throws ApiError {
        String option = call.body().string("option"); //$NON-NLS-1$
        OptionDecision decision;
        try {
            decision = services.menus().decide(call.grant().user(), option);
        } catch (MenuException e) {
            throw Failures.unavailable(e);
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("option", option); //$NON-NLS-1$
        reply.put("allowed", decision.allowed()); //$NON-NLS-1$
        reply.put("reason", decision.reason().name()); //$NON-NLS-1$
        reply.put("missingRights", decision.missingRights()); //$NON-NLS-1$
        reply.put("message", decision.message()); //$NON-NLS-1$
        if (decision.option() != null) {
            reply.put("decidedBy", decision.option().option().id()); //$NON-NLS-1$
            reply.put("requiredLevel", decision.option().level()); //$NON-NLS-1$
            reply.put("requiredRights", decision.option().rights()); //$NON-NLS-1$
        }
        return Reply.ok(reply);
    }

    /**
     * Which of these rights he holds: one snapshot read for the whole batch, the answer written as
     * it is decided (the API's most frequent call: no map built only to be serialised).
     */
    Reply rights(Call call) throws ApiError {
        List<String> asked = call.body().strings("rights"); //$NON-NLS-1$
        Set<String> held = services.access().rightsOf(call.grant().user().id());
        StringWriter text = new StringWriter(32 + 40 * asked.size());
        try (JsonWriter json = GSON.newJsonWriter(text)) {
            json.beginObject().name("rights").beginObject(); //$NON-NLS-1$
            boolean all = true;
            Set<String> answered = new HashSet<>();
            for (String right : asked) {
                boolean holds = held.contains(right);
                all &= holds;
                if (answered.add(right)) { // a right asked twice is answered once, as a JSON object must
                    json.name(right).value(holds);
                }
            }
            json.endObject().name("all").value(all).endObject(); //$NON-NLS-1$
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return Reply.ok(new ApiHandler.RawJson(text.toString()));
    }

    /** The options he sees (and may open), in the menu's order. */
    Reply visibleOptions(Call call) throws ApiError {
        AuthenticatedUser user = call.grant().user();
        List<Map<String, Object>> options = new ArrayList<>();
        VisibleSet visible;
        try {
            visible = services.menus().visibleTo(user);
            MenuDefinition definition = services.menus().definition();
            for (OptionState state : definition.options()) {
                if (state.allows(visible.userLevel(), visible.userRights())) {
                    Map<String, Object> option = new LinkedHashMap<>();
                    option.put("id", state.option().id()); //$NON-NLS-1$
                    option.put("label", state.option().label()); //$NON-NLS-1$
                    option.put("menu", state.option().menu()); //$NON-NLS-1$
                    option.put("level", state.level()); //$NON-NLS-1$
                    option.put("rights", state.rights()); //$NON-NLS-1$
                    options.add(option);
                }
            }
        } catch (MenuException e) {
            throw Failures.unavailable(e);
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("level", visible.userLevel()); //$NON-NLS-1$
        reply.put("undeclaredVisible", visible.undeclaredVisible()); //$NON-NLS-1$
        reply.put("options", options); //$NON-NLS-1$
        return Reply.ok(reply);
    }

    /**
     * What a client workstation's workbench needs to hide what he may not open, as a local
     * workstation does: the revision of the main menu, the administrators' overrides of the
     * declared options (each as {@link MenuDefinition#overrideOf} stores it), the default level and
     * the site, with his own level and rights now. The client puts them over the options its own
     * bundles declare; whatever it then opens is checked again here.
     */
    Reply menu(Call call) throws ApiError {
        AuthenticatedUser user = call.grant().user();
        JsonObject reply = new JsonObject();
        try {
            MenuLevels menus = services.menus();
            long revision = menus.revision();
            MenuDefinition definition = menus.definition();
            VisibleSet visible = menus.visibleTo(user);
            List<LevelChange> overrides = new ArrayList<>();
            for (OptionState state : definition.options()) {
                if (state.overridden()) {
                    definition.overrideOf(new LevelChange(state.option().id(), state.level(), state.askPassword(), OptionDetails.of(state.option()),
                            state.rights())).ifPresent(overrides::add);
                }
            }
            reply.addProperty("revision", revision); //$NON-NLS-1$
            reply.addProperty("site", menus.site().name()); //$NON-NLS-1$
            reply.addProperty("defaultLevel", definition.defaultLevel()); //$NON-NLS-1$
            reply.addProperty("level", visible.userLevel()); //$NON-NLS-1$
            JsonArray rights = new JsonArray();
            new TreeSet<>(visible.userRights()).forEach(rights::add);
            reply.add("rights", rights); //$NON-NLS-1$
            reply.add("overrides", org.castellan.server.client.ServiceCodec.encode(overrides, new TypeToken<List<LevelChange>>() { //$NON-NLS-1$
            }.getType()));
        } catch (MenuException e) {
            throw Failures.unavailable(e);
        }
        return Reply.ok(new ApiHandler.RawJson(reply.toString()));
    }

    /** His level on a folder or report, and why. */
    Reply object(Call call) throws ApiError {
        String object = call.body().string("object"); //$NON-NLS-1$
        PermissionExplanation why = services.data().explain(call.grant().user().id(), object);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("object", object); //$NON-NLS-1$
        reply.put("level", why.level().name()); //$NON-NLS-1$
        reply.put("source", why.source().orElse(null)); //$NON-NLS-1$
        reply.put("path", why.path()); //$NON-NLS-1$
        reply.put("deciding", why.deciding().stream().map(DecisionEndpoints::grant).toList()); //$NON-NLS-1$
        reply.put("noAccessWinner", why.noAccessWinner().map(DecisionEndpoints::grant).orElse(null)); //$NON-NLS-1$
        reply.put("overridden", why.overridden().stream().map(DecisionEndpoints::grant).toList()); //$NON-NLS-1$
        reply.put("explanation", why.text()); //$NON-NLS-1$
        return Reply.ok(reply);
    }

    private static Map<String, Object> grant(AppliedGrant grant) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("object", grant.objectId()); //$NON-NLS-1$
        json.put("objectName", grant.objectName()); //$NON-NLS-1$
        json.put("principal", grant.principalName()); //$NON-NLS-1$
        json.put("throughGroup", grant.throughGroup()); //$NON-NLS-1$
        json.put("level", grant.level().name()); //$NON-NLS-1$
        return json;
    }

    /** His filter on a data model and, given the host's star schema, its SQL predicate. */
    Reply dataFilter(Call call) throws ApiError {
        String model = call.body().string("model"); //$NON-NLS-1$
        var schemaColumns = call.body().stringLists("schema"); //$NON-NLS-1$
        String userId = call.grant().user().id();
        ModelFilter filter = services.data().filter(userId, model);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("model", model); //$NON-NLS-1$
        reply.put("granted", filter.granted()); //$NON-NLS-1$
        reply.put("measures", new TreeSet<>(filter.measures())); //$NON-NLS-1$
        Map<String, Object> dimensions = new LinkedHashMap<>();
        for (String dimension : new TreeSet<>(filter.dimensions().keySet())) {
            MemberFilter members = filter.dimensions().get(dimension);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("everything", members.everything()); //$NON-NLS-1$
            json.put("nothing", members.nothing()); //$NON-NLS-1$
            json.put("subtrees", new TreeSet<>(members.subtrees())); //$NON-NLS-1$
            json.put("members", new TreeSet<>(members.members())); //$NON-NLS-1$
            dimensions.put(dimension, json);
        }
        reply.put("dimensions", dimensions); //$NON-NLS-1$
        if (schemaColumns.isPresent()) {
            StarSchema.Builder schema = StarSchema.builder();
            try {
                for (Map.Entry<String, List<String>> dimension : schemaColumns.get().entrySet()) {
                    schema.dimension(dimension.getKey(), dimension.getValue().toArray(String[]::new));
                }
                SqlPredicate predicate = services.data().predicate(userId, model, schema.build());
                reply.put("predicate", Map.of("sql", predicate.sql(), "parameters", predicate.parameters())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            } catch (DataRightsException | IllegalArgumentException e) {
                throw ApiError.badRequest(NLS.bind(Messages.schemaRefused, e.getMessage()));
            }
        }
        return Reply.ok(reply);
    }

    /** A menu entry, an export or a clipboard copy the host made for him, in the audit journal. */
    Reply journal(Call call) throws ApiError {
        JsonBody body = call.body();
        String kind = body.string("kind"); //$NON-NLS-1$
        AuthenticatedUser user = call.grant().user();
        Map<String, Object> reply = new LinkedHashMap<>();
        try {
            switch (kind) {
                case "menu" -> { //$NON-NLS-1$
                    only(body, kind, Set.of("kind", "id", "label")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    String id = body.string("id"); //$NON-NLS-1$
                    services.journal().entered(user, "menu", id, body.optionalString("label").orElse(id)); //$NON-NLS-1$ //$NON-NLS-2$
                }
                case "export", "copy" -> { //$NON-NLS-1$ //$NON-NLS-2$
                    boolean export = kind.equals("export"); //$NON-NLS-1$
                    only(body, kind, export ? Set.of("kind", "source", "rows", "right", "file") : Set.of("kind", "source", "rows", "right")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                    String source = body.string("source"); //$NON-NLS-1$
                    int rows = body.count("rows"); //$NON-NLS-1$
                    String right = body.optionalString("right").orElse(null); //$NON-NLS-1$
                    String file = export ? body.string("file") : null; //$NON-NLS-1$
                    services.journal().dataLeft(user, export ? AuditJournal.TOPIC_EXPORTED : AuditJournal.TOPIC_COPIED, source, rows, right, file);
                    if (right != null) {
                        reply.put("rightHeld", services.access().hasRight(user.id(), right)); //$NON-NLS-1$
                    }
                }
                default -> throw ApiError.badRequest(NLS.bind(Messages.journalKindUnknown, kind));
            }
        } catch (AuditException e) {
            throw Failures.unavailable(e);
        }
        reply.put("journaled", true); //$NON-NLS-1$
        return new Reply(201, reply);
    }

    /** The fields one kind of journal entry takes: another kind's field is refused, not ignored. */
    private static void only(JsonBody body, String kind, Set<String> fields) throws ApiError {
        for (String field : body.fields()) {
            if (!fields.contains(field)) {
                throw new ApiError(400, "unknown_field", NLS.bind(Messages.journalFieldUnknown, new Object[] { field, kind, //$NON-NLS-1$
                        String.join(", ", new TreeSet<>(fields)) })); //$NON-NLS-1$
            }
        }
    }
}
