package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.cli.internal.TextTable.Field;
import org.castellan.model.DataModel;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan model list|show|delete}: the data models hosts register, with their measures,
 * dimensions and how many members each has, as the Data Rights editor offers them, read through
 * the data-rights service (administrators of data rights or security only). {@code delete} is the
 * service's: refused while a data right has grants on the model or a multi-source model uses it.
 */
record ModelCommands(DataRightsService service, PrintStream out, PrintStream err) {

    private static final List<String> KEYS = List.of("name", "measures", "dimensions", "members", "parameters", "sources", "data_rights"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    void run(Invocation invocation) throws CommandLineException {
        Installation model = service.read();
        Map<Dimension, Long> counts = new java.util.HashMap<>();
        for (DataModel dataModel : model.getDataModels()) {
            for (Dimension dimension : dataModel.getDimensions()) {
                counts.put(dimension, service.memberCount(dimension));
            }
        }

        switch (invocation.command()) {
            case MODEL_LIST -> list(model, counts, invocation.format());
            case MODEL_SHOW -> show(model, ModelLookups.dataModel(model, invocation.argument(0)), counts, invocation.format());
            case MODEL_DELETE -> {
                DataModel dataModel = ModelLookups.dataModel(model, invocation.argument(0));
                service.change((administration, actor) -> administration.deleteModel(actor, dataModel.getId()));
                err.println(NLS.bind(Messages.modelDeleted, dataModel.getName()));
            }
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a model command"); //$NON-NLS-1$
        }
    }

    private void list(Installation model, Map<Dimension, Long> counts, OutputFormat format) {
        TextTable.printRows(out, format, model.getDataModels(), KEYS,
                m -> Arrays.asList(m.getName(), m.getMeasures().size(), m.getDimensions().size(), members(m, counts), parameters(m), sources(m), rights(model, m)),
                List.of(Messages.listName, Messages.listMeasures, Messages.listDimensions, Messages.listMemberCount, Messages.listDataRights),
                m -> List.of(m.getName(), Integer.toString(m.getMeasures().size()), Integer.toString(m.getDimensions().size()),
                        Long.toString(members(m, counts)), TextTable.orNone(String.join(", ", rights(model, m))))); //$NON-NLS-1$
    }

    private void show(Installation model, DataModel dataModel, Map<Dimension, Long> counts, OutputFormat format) throws CommandLineException {
        Map<String, Set<String>> locked = service.call((administration, actor) -> administration.lockedModels());
        List<String> lockedBy = List.copyOf(locked.getOrDefault(dataModel.getId(), Set.of()));
        TextTable.printFields(out, List.of(Field.of("name", Messages.showModel, dataModel.getName()), //$NON-NLS-1$
                Field.of("description", Messages.showDescription, TextTable.text(dataModel.getDescription())), //$NON-NLS-1$
                Field.list("parameters", Messages.showParameters, parameters(dataModel)), //$NON-NLS-1$
                Field.list("sources", Messages.showSources, sources(dataModel)), //$NON-NLS-1$
                new Field("measures", Messages.showMeasures, dataModel.getMeasures().stream().map(m -> captioned(m.getUniqueName(), m.getCaption())).toList(), //$NON-NLS-1$
                        String.join(",", dataModel.getMeasures().stream().map(Measure::getUniqueName).toList()), //$NON-NLS-1$
                        dataModel.getMeasures().stream().map(m -> JsonOutput.object("measure", m.getUniqueName(), "caption", m.getCaption())).toList()), //$NON-NLS-1$ //$NON-NLS-2$
                new Field("dimensions", Messages.showDimensions, //$NON-NLS-1$
                        dataModel.getDimensions().stream()
                                .map(d -> NLS.bind(Messages.showDimensionMembers, captioned(d.getUniqueName(), d.getCaption()), members(d, counts))).toList(),
                        String.join(",", dataModel.getDimensions().stream().map(d -> d.getUniqueName() + '=' + members(d, counts)).toList()), //$NON-NLS-1$
                        dataModel.getDimensions().stream()
                                .map(d -> JsonOutput.object("dimension", d.getUniqueName(), "caption", d.getCaption(), "members", members(d, counts))).toList()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Field.number("members", Messages.showMemberCount, (int) members(dataModel, counts)), //$NON-NLS-1$
                Field.list("data_rights", Messages.showDataRights, rights(model, dataModel)), //$NON-NLS-1$
                Field.list("locked_by", Messages.showLockedBy, lockedBy)), format); //$NON-NLS-1$
    }

    private static String captioned(String uniqueName, String caption) {
        return caption == null || caption.isBlank() || caption.equals(uniqueName) ? uniqueName : NLS.bind(Messages.showCaptioned, uniqueName, caption);
    }

    /** Every member of the model's dimensions, at every depth (counted by the store: the model holds none). */
    private static long members(DataModel model, Map<Dimension, Long> counts) {
        return model.getDimensions().stream().mapToLong(d -> members(d, counts)).sum();
    }

    private static long members(Dimension dimension, Map<Dimension, Long> counts) {
        return counts.getOrDefault(dimension, 0L);
    }

    private static List<String> parameters(DataModel model) {
        return model.getParameters().stream().map(p -> p.getName() + '=' + p.getDefaultValue()).toList();
    }

    private static List<String> sources(DataModel model) {
        return model.getComponents().stream().map(DataModel::getName).toList();
    }

    /** The data rights with grants on the model. */
    private static List<String> rights(Installation model, DataModel dataModel) {
        return model.getDataRights().stream().filter(r -> r.getModelGrants().stream().anyMatch(g -> g.getModel() == dataModel)).map(DataRight::getName)
                .toList();
    }
}
