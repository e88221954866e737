package org.castellan.datarights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.datarights.internal.Messages;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.MeasureGrant;
import org.castellan.model.Membership;
import org.castellan.model.Principal;
import org.castellan.model.User;
import org.eclipse.osgi.util.NLS;

/**
 * The data rights of every user, compiled once from a model into an immutable snapshot.
 * <p>
 * The rules, for a user and a data model:
 * <ol>
 * <li>The user's roles for the model are the data rights held by him or by one of his groups that
 * have a grant on the model. None: the user sees nothing of the model (default deny).</li>
 * <li>Least privilege: a measure or dimension is allowed only when every one of these roles allows
 * it. A role that does not mention it refuses it, and so does a role that mentions it refused. (BI
 * engines such as SSAS, Power BI or Mondrian take the union of roles instead.)</li>
 * <li>A dimension's members: a role that allows the dimension without members allows them all; with
 * members selected one by one, exactly those; with the eraser option, the selected members and
 * everything below them, including members added later. Across roles, the intersection.</li>
 * </ol>
 * Filters are computed without expanding a selection into the members below it.
 *
 * @since 0.1
 */
public final class EffectiveDataRights {

    /** One role's rules for one model. */
    private record RoleRules(String rightName, Map<String, Boolean> measures, Map<String, MemberFilter> dimensions) {
    }

    private record CompiledModel(String id, List<String> measures, Map<String, MemberHierarchy> dimensions) {
    }

    private final Map<String, CompiledModel> models;
    private final Map<String, Map<String, List<RoleRules>>> rolesOfUserByModel;
    private final List<String> problems;

    private EffectiveDataRights(Map<String, CompiledModel> models, Map<String, Map<String, List<RoleRules>>> roles, List<String> problems) {
        this.models = models;
        this.rolesOfUserByModel = roles;
        this.problems = List.copyOf(problems);
    }

    /**
     * Where the members of a dimension come from when data rights are compiled.
     *
     * @since 0.1
     */
    @FunctionalInterface
    public interface Hierarchies {
        /**
         * The hierarchy of a dimension; {@code named} are the unique names the data rights select
         * in it: a hierarchy read from the store needs those and the members above them only.
         */
        MemberHierarchy of(DataModel model, Dimension dimension, Set<String> named);
    }

    /** Compiles the data rights of every enabled user of the model (by user id), its dimensions' members as the model holds them. */
    public static EffectiveDataRights compile(Installation model) {
        return compile(model, (dataModel, dimension, named) -> MemberHierarchy.of(dimension));
    }

    /**
     * Compiles the data rights of every enabled user of the model (by user id), the dimensions'
     * members from where {@code hierarchies} finds them (the store's member rows for a model the
     * store read).
     *
     * @since 0.1
     */
    public static EffectiveDataRights compile(Installation model, Hierarchies hierarchies) {
        List<String> problems = new ArrayList<>();
        Map<String, CompiledModel> models = new HashMap<>();
        Map<Dimension, Set<String>> named = namedMembers(model);
        for (DataModel dataModel : model.getDataModels()) {
            Map<String, MemberHierarchy> dimensions = new HashMap<>();
            for (Dimension dimension : dataModel.getDimensions()) {
                dimensions.put(dimension.getUniqueName(), hierarchies.of(dataModel, dimension, named.getOrDefault(dimension, Set.of())));
            }
            models.put(dataModel.getId(), new CompiledModel(dataModel.getId(), dataModel.getMeasures().stream().map(Measure::getUniqueName).toList(),
                    dimensions));
        }
        Map<DataRight, Map<String, RoleRules>> rulesOfRight = new HashMap<>();
        for (DataRight right : model.getDataRights()) {
            rulesOfRight.put(right, compile(right, models, problems));
        }
        Map<String, Map<String, List<RoleRules>>> roles = new HashMap<>();
        for (User user : model.getUsers()) {
            if (!user.isEnabled()) {
                continue;
            }
            Set<Principal> principals = new HashSet<>();
            principals.add(user);
            for (Membership membership : user.getMemberships()) {
                principals.add(membership.getGroup());
            }
            Map<String, List<RoleRules>> byModel = new HashMap<>();
            for (DataRight right : model.getDataRights()) {
                if (right.getHolders().stream().anyMatch(principals::contains)) {
                    rulesOfRight.get(right).forEach((modelId, rules) -> byModel.computeIfAbsent(modelId, key -> new ArrayList<>()).add(rules));
                }
            }
            roles.put(user.getId(), byModel);
        }
        return new EffectiveDataRights(models, roles, problems);
    }

    /** The unique names the data rights select, per dimension. */
    private static Map<Dimension, Set<String>> namedMembers(Installation model) {
        Map<Dimension, Set<String>> named = new HashMap<>();
        for (DataRight right : model.getDataRights()) {
            for (DataModelGrant grant : right.getModelGrants()) {
                for (DimensionGrant dimensionGrant : grant.getDimensionGrants()) {
                    if (dimensionGrant.getDimension() != null) {
                        named.computeIfAbsent(dimensionGrant.getDimension(), key -> new HashSet<>()).addAll(dimensionGrant.getMemberUniqueNames());
                    }
                }
            }
        }
        return named;
    }

    private static Map<String, RoleRules> compile(DataRight right, Map<String, CompiledModel> models, List<String> problems) {
        Map<String, RoleRules> byModel = new HashMap<>();
        for (DataModelGrant grant : right.getModelGrants()) {
            DataModel dataModel = grant.getModel();
            CompiledModel compiled = dataModel == null ? null : models.get(dataModel.getId());
            if (compiled == null) {
                problems.add(NLS.bind(Messages.dataRightsDeletedModel, right.getName()));
                continue;
            }
            Map<String, Boolean> measures = new HashMap<>();
            for (MeasureGrant measureGrant : grant.getMeasureGrants()) {
                if (measureGrant.getMeasure() != null) {
                    measures.merge(measureGrant.getMeasure().getUniqueName(), measureGrant.isAllowed(), Boolean::logicalAnd);
                }
            }
            Map<String, MemberFilter> dimensions = new HashMap<>();
            for (DimensionGrant dimensionGrant : grant.getDimensionGrants()) {
                Dimension dimension = dimensionGrant.getDimension();
                MemberHierarchy hierarchy = dimension == null ? null : compiled.dimensions().get(dimension.getUniqueName());
                if (hierarchy == null) {
                    problems.add(NLS.bind(Messages.dataRightsDeletedDimension, right.getName(), dataModel.getName()));
                    continue;
                }
                MemberFilter filter = filterOf(dimensionGrant, hierarchy);
                dimensions.merge(dimension.getUniqueName(), filter, MemberFilter::and);
            }
            RoleRules rules = new RoleRules(right.getName(), measures, dimensions);
            // The same model twice in one right: both grants must allow (least privilege).
            byModel.merge(compiled.id(), rules, (first, second) -> new RoleRules(right.getName(), merged(first.measures(), second.measures()),
                    mergedDimensions(first.dimensions(), second.dimensions())));
        }
        return byModel;
    }

    private static Map<String, Boolean> merged(Map<String, Boolean> first, Map<String, Boolean> second) {
        Map<String, Boolean> both = new HashMap<>();
        first.forEach((name, allowed) -> both.put(name, allowed && second.getOrDefault(name, Boolean.FALSE)));
        return both;
    }

    private static Map<String, MemberFilter> mergedDimensions(Map<String, MemberFilter> first, Map<String, MemberFilter> second) {
        Map<String, MemberFilter> both = new HashMap<>();
        first.forEach((name, filter) -> {
            MemberFilter other = second.get(name);
            if (other != null) {
                both.put(name, filter.and(other));
            }
        });
        return both;
    }

    /** One role's member filter for one dimension grant. */
    static MemberFilter filterOf(DimensionGrant grant, MemberHierarchy hierarchy) {
        if (!grant.isAllowed()) {
            return MemberFilter.nothing(hierarchy);
        }
        if (grant.getMemberUniqueNames().isEmpty()) {
            return MemberFilter.everything(hierarchy);
        }
        Set<String> names = new LinkedHashSet<>(grant.getMemberUniqueNames());
        return grant.isIncludeDescendants() ? new MemberFilter(hierarchy, false, names, Set.of()) : new MemberFilter(hierarchy, false, Set.of(), names);
    }

    /**
     * What the user may see of the model, computed from the compiled roles without expanding any
     * selection (callers that ask often keep the answer with the snapshot).
     */
    public ModelFilter filter(String userId, String modelId) {
        CompiledModel model = models.get(modelId);
        List<RoleRules> roles = rolesOfUserByModel.getOrDefault(userId, Map.of()).getOrDefault(modelId, List.of());
        if (model == null || roles.isEmpty()) {
            return new ModelFilter(modelId, false, Set.of(), Map.of());
        }
        Set<String> measures = new HashSet<>();
        for (String measure : model.measures()) {
            if (roles.stream().allMatch(role -> role.measures().getOrDefault(measure, Boolean.FALSE))) {
                measures.add(measure);
            }
        }
        Map<String, MemberFilter> dimensions = new HashMap<>();
        for (String dimension : model.dimensions().keySet()) {
            MemberFilter filter = MemberFilter.everything(model.dimensions().get(dimension));
            boolean allowed = true;
            for (RoleRules role : roles) {
                MemberFilter ruled = role.dimensions().get(dimension);
                if (ruled == null || ruled.nothing()) {
                    allowed = false;
                    break;
                }
                filter = filter.and(ruled);
            }
            if (allowed) {
                // Allowed by every role; with no member in common the filter allows nothing.
                dimensions.put(dimension, filter);
            }
        }
        return new ModelFilter(modelId, true, measures, dimensions);
    }

    /**
     * What the compilation could not use, as messages for an administrator: grants on deleted models
     * or dimensions. They are kept in the model; nothing is dropped from it.
     */
    public List<String> problems() {
        return problems;
    }

    /** The loaded members of a dimension of a model, if both exist. */
    public java.util.Optional<MemberHierarchy> hierarchy(String modelId, String dimensionUniqueName) {
        CompiledModel model = models.get(modelId);
        return java.util.Optional.ofNullable(model == null ? null : model.dimensions().get(dimensionUniqueName));
    }
}
