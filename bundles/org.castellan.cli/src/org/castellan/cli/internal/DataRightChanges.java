package org.castellan.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.MeasureGrant;
import org.castellan.model.Member;
import org.castellan.model.Principal;
import org.eclipse.osgi.util.NLS;

/**
 * What {@code datarights create} and {@code update} set, as the Data Rights editor sets it: the
 * name, the holders (users and groups), and for one model ({@code --model}) its measures allowed or
 * refused, its dimensions allowed with every member, refused, or limited to members
 * ({@code --member DIMENSION=MEMBER}), those members meaning everything below them with
 * {@code --below DIMENSION} (the eraser); members the loaded model lacks only with {@code --typed}
 * (the editor's "+"). Contradictions are usage errors found before the installation is opened;
 * names are looked up when the changes are applied to the model read through the service.
 */
record DataRightChanges(Optional<String> name, List<String> holdersAdded, List<String> holdersRemoved, Optional<ModelChanges> model) {

    /** What a dimension is given. */
    enum Giving {
        /** Allowed, every member. */
        EVERY_MEMBER,
        /** Refused. */
        REFUSED,
        /** Allowed, limited to the members listed. */
        MEMBERS,
        /** The members it is limited to already, meaning everything below them from now on. */
        BELOW
    }

    /** @param below whether the members mean everything below them (the eraser) */
    record DimensionChange(Giving giving, List<String> members, boolean below) {
    }

    /**
     * @param measures   measure unique name to allowed (true) or refused
     * @param dimensions dimension unique name to what it is given
     * @param typed      whether members the loaded model lacks are kept as typed
     */
    record ModelChanges(String model, boolean remove, Map<String, Boolean> measures, Map<String, DimensionChange> dimensions, boolean typed) {
    }

    /** @throws CommandLineException a usage error for options that contradict each other */
    static DataRightChanges of(Invocation invocation) throws CommandLineException {
        List<String> added = invocation.values(Invocation.HOLDER);
        List<String> removed = invocation.values(Invocation.REMOVE_HOLDER);
        for (String who : added) {
            if (removed.stream().anyMatch(who.strip()::equalsIgnoreCase)) {
                throw CommandLineException.usage(NLS.bind(Messages.dataRightHolderTwice, who));
            }
        }
        Map<String, Boolean> measures = measures(invocation);
        Map<String, DimensionChange> dimensions = dimensions(invocation);
        boolean remove = invocation.flag(Invocation.REMOVE_MODEL);
        Optional<String> modelName = invocation.value(Invocation.MODEL);
        if (modelName.isEmpty() && (remove || !measures.isEmpty() || !dimensions.isEmpty())) {
            throw CommandLineException.usage(Messages.dataRightModelMissing);
        }
        if (remove && (!measures.isEmpty() || !dimensions.isEmpty())) {
            throw CommandLineException.usage(Messages.dataRightRemoveModelAlone);
        }
        DataRightChanges changes = new DataRightChanges(invocation.value(Invocation.NAME), added, removed,
                modelName.map(m -> new ModelChanges(m, remove, measures, dimensions, invocation.flag(Invocation.TYPED))));
        if (invocation.command() == Command.DATARIGHTS_UPDATE && changes.name().isEmpty() && added.isEmpty() && removed.isEmpty()
                && changes.model().isEmpty()) {
            throw CommandLineException.usage(Messages.dataRightUpdateNothing);
        }
        return changes;
    }

    private static Map<String, Boolean> measures(Invocation invocation) throws CommandLineException {
        Map<String, Boolean> measures = new LinkedHashMap<>();
        invocation.values(Invocation.MEASURE).forEach(m -> measures.put(m.strip(), true));
        for (String measure : invocation.values(Invocation.DENY_MEASURE)) {
            if (Boolean.TRUE.equals(measures.put(measure.strip(), false))) {
                throw CommandLineException.usage(NLS.bind(Messages.dataRightMeasureTwice, measure.strip()));
            }
        }
        return measures;
    }

    private static Map<String, DimensionChange> dimensions(Invocation invocation) throws CommandLineException {
        Map<String, DimensionChange> dimensions = new LinkedHashMap<>();
        for (String dimension : invocation.values(Invocation.DIMENSION)) {
            dimensions.put(dimension.strip(), new DimensionChange(Giving.EVERY_MEMBER, List.of(), false));
        }
        for (String dimension : invocation.values(Invocation.DENY_DIMENSION)) {
            once(dimensions, dimension.strip(), Giving.REFUSED);
            dimensions.put(dimension.strip(), new DimensionChange(Giving.REFUSED, List.of(), false));
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (String typed : invocation.values(Invocation.MEMBER)) {
            int equals = typed.indexOf('=');
            if (equals <= 0 || typed.substring(0, equals).isBlank() || typed.substring(equals + 1).isBlank()) {
                throw CommandLineException.usage(NLS.bind(Messages.dataRightMemberBad, typed));
            }
            String dimension = typed.substring(0, equals).strip();
            once(dimensions, dimension, Giving.MEMBERS);
            List<String> names = members.computeIfAbsent(dimension, key -> new ArrayList<>());
            if (!names.contains(typed.substring(equals + 1).strip())) {
                names.add(typed.substring(equals + 1).strip());
            }
        }
        Set<String> below = new HashSet<>();
        for (String dimension : invocation.values(Invocation.BELOW)) {
            once(dimensions, dimension.strip(), Giving.BELOW);
            below.add(dimension.strip());
        }
        members.forEach((dimension, names) -> dimensions.put(dimension, new DimensionChange(Giving.MEMBERS, List.copyOf(names), below.contains(dimension))));
        below.stream().filter(d -> !members.containsKey(d)).forEach(d -> dimensions.put(d, new DimensionChange(Giving.BELOW, List.of(), true)));
        return dimensions;
    }

    /**
     * A dimension is given one thing: every member, refused, or members (with or without --below).
     * Only the first two are in {@code dimensions} while the options are read.
     */
    private static void once(Map<String, DimensionChange> dimensions, String dimension, Giving giving) throws CommandLineException {
        DimensionChange given = dimensions.get(dimension);
        if (given != null && given.giving() != giving) {
            throw CommandLineException.usage(NLS.bind(Messages.dataRightDimensionTwice, dimension));
        }
    }

    /**
     * Applies the changes to a data right of {@code installation} (or a new one), looking each name
     * up there.
     *
     * @throws CommandLineException refused (exit 1) for a name the installation does not have
     */
    void applyTo(DataRight right, Installation installation) throws CommandLineException {
        name.ifPresent(right::setName);
        for (String who : holdersAdded) {
            Principal holder = ModelLookups.principal(installation, who);
            if (!right.getHolders().contains(holder)) {
                right.getHolders().add(holder);
            }
        }
        for (String who : holdersRemoved) {
            Principal holder = ModelLookups.principal(installation, who);
            if (!right.getHolders().remove(holder)) {
                throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.dataRightNotHolder, new Object[] { ModelLookups.shown(holder),
                        right.getName(), ModelLookups.names(right.getHolders().stream().map(ModelLookups::shown).toList()) }));
            }
        }
        if (model.isPresent()) {
            apply(model.get(), right, ModelLookups.dataModel(installation, model.get().model()));
        }
    }

    private static void apply(ModelChanges changes, DataRight right, DataModel dataModel) throws CommandLineException {
        Optional<DataModelGrant> given = right.getModelGrants().stream()
                .filter(g -> g.getModel() != null && dataModel.getId().equals(g.getModel().getId())).findFirst();
        if (changes.remove()) {
            right.getModelGrants().remove(given.orElseThrow(() -> new CommandLineException(ExitCode.REFUSED,
                    NLS.bind(Messages.dataRightModelNotGiven, right.getName(), dataModel.getName()))));
            return;
        }
        DataModelGrant grant = given.orElseGet(() -> {
            DataModelGrant added = CastellanFactory.eINSTANCE.createDataModelGrant();
            added.setModel(dataModel);
            right.getModelGrants().add(added);
            return added;
        });
        // Looked up first, then given in the model's order, so that new grants follow it as the editor shows them.
        Map<Measure, Boolean> measures = new HashMap<>();
        for (Map.Entry<String, Boolean> measure : changes.measures().entrySet()) {
            measures.put(ModelLookups.measure(dataModel, measure.getKey()), measure.getValue());
        }
        Map<Dimension, DimensionChange> dimensions = new HashMap<>();
        for (Map.Entry<String, DimensionChange> dimension : changes.dimensions().entrySet()) {
            dimensions.put(ModelLookups.dimension(dataModel, dimension.getKey()), dimension.getValue());
        }
        for (Measure measure : dataModel.getMeasures()) {
            if (measures.containsKey(measure)) {
                measureGrant(grant, measure).setAllowed(measures.get(measure));
            }
        }
        for (Dimension dimension : dataModel.getDimensions()) {
            if (dimensions.containsKey(dimension)) {
                give(dimensionGrant(grant, dimension), dimension, dimensions.get(dimension), changes.typed());
            }
        }
    }

    private static void give(DimensionGrant grant, Dimension dimension, DimensionChange change, boolean typed) throws CommandLineException {
        switch (change.giving()) {
            case EVERY_MEMBER, REFUSED -> {
                grant.setAllowed(change.giving() == Giving.EVERY_MEMBER);
                grant.getMemberUniqueNames().clear();
                grant.setIncludeDescendants(false);
            }
            case MEMBERS -> {
                if (!typed) {
                    checkMembers(dimension, change.members());
                }
                grant.setAllowed(true);
                grant.getMemberUniqueNames().clear();
                grant.getMemberUniqueNames().addAll(change.members());
                grant.setIncludeDescendants(change.below());
            }
            case BELOW -> {
                if (!grant.isAllowed() || grant.getMemberUniqueNames().isEmpty()) {
                    throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.dataRightBelowWithoutMembers, dimension.getUniqueName()));
                }
                grant.setIncludeDescendants(true);
            }
        }
    }

    /** Members the loaded model lacks are refused unless typed on purpose (--typed): a misspelt name would give nothing. */
    private static void checkMembers(Dimension dimension, List<String> members) throws CommandLineException {
        Set<String> known = new HashSet<>();
        dimension.eAllContents().forEachRemaining(o -> known.add(((Member) o).getUniqueName()));
        for (String member : members) {
            if (!known.contains(member)) {
                throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.dataRightMemberUnknown, member, dimension.getUniqueName()));
            }
        }
    }

    private static MeasureGrant measureGrant(DataModelGrant grant, Measure measure) {
        return grant.getMeasureGrants().stream().filter(g -> g.getMeasure() == measure).findFirst().orElseGet(() -> {
            MeasureGrant added = CastellanFactory.eINSTANCE.createMeasureGrant();
            added.setMeasure(measure);
            grant.getMeasureGrants().add(added);
            return added;
        });
    }

    private static DimensionGrant dimensionGrant(DataModelGrant grant, Dimension dimension) {
        return grant.getDimensionGrants().stream().filter(g -> g.getDimension() == dimension).findFirst().orElseGet(() -> {
            DimensionGrant added = CastellanFactory.eINSTANCE.createDimensionGrant();
            added.setDimension(dimension);
            grant.getDimensionGrants().add(added);
            return added;
        });
    }
}
