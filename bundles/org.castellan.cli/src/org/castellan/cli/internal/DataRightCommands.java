package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataRight;
import org.castellan.model.Installation;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan datarights list|show|create|update|delete}: the data rights as the Data Rights
 * view lists them and its editor edits them, read and saved through the data-rights service, which
 * refuses anyone who does not administer data rights or security, refuses a name taken and a
 * change someone saved in between, keeps a model that had rights out of multi-source models, and
 * journals each change. A data right is named by its id or its name.
 */
record DataRightCommands(DataRightsService service, PrintStream out, PrintStream err) {

    void run(Invocation invocation) throws CommandLineException {
        Installation model = service.read(givenMembers(invocation));
        switch (invocation.command()) {
            case DATARIGHTS_LIST -> list(model, invocation.value(Invocation.MODEL), invocation.format());
            case DATARIGHTS_SHOW -> DataRightView.show(ModelLookups.dataRight(model, invocation.argument(0)), invocation.format(), out);
            case DATARIGHTS_CREATE -> create(model, invocation.argument(0).strip(), DataRightChanges.of(invocation));
            case DATARIGHTS_UPDATE -> update(model, ModelLookups.dataRight(model, invocation.argument(0)), DataRightChanges.of(invocation));
            case DATARIGHTS_DELETE -> {
                DataRight right = ModelLookups.dataRight(model, invocation.argument(0));
                service.change((administration, actor) -> administration.delete(actor, right.getId()));
                err.println(NLS.bind(Messages.dataRightDeleted, right.getName()));
            }
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a data rights command"); //$NON-NLS-1$
        }
    }

    /** The members a create or update names: read with the model, so that a known one is told from one typed. */
    private static java.util.Set<String> givenMembers(Invocation invocation) throws CommandLineException {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (invocation.command() == Command.DATARIGHTS_CREATE || invocation.command() == Command.DATARIGHTS_UPDATE) {
            DataRightChanges.of(invocation).model().ifPresent(m -> m.dimensions().values().forEach(d -> names.addAll(d.members())));
        }
        return names;
    }

    /** Every data right, or those with grants on one model. */
    private void list(Installation model, Optional<String> modelName, OutputFormat format) throws CommandLineException {
        List<DataRight> rights = model.getDataRights();
        if (modelName.isPresent()) {
            DataModel only = ModelLookups.dataModel(model, modelName.get());
            rights = rights.stream().filter(r -> r.getModelGrants().stream().anyMatch(g -> g.getModel() == only)).toList();
        }
        DataRightView.list(rights, format, out);
    }

    private void create(Installation model, String name, DataRightChanges changes) throws CommandLineException {
        DataRight right = CastellanFactory.eINSTANCE.createDataRight();
        right.setName(name);
        changes.applyTo(right, model);
        String id = service.call((administration, actor) -> administration.create(actor, right));
        err.println(NLS.bind(Messages.dataRightCreated, right.getName().strip(), id));
    }

    /** Changes what is given and keeps the rest; a change that changes nothing is said and not saved. */
    private void update(Installation model, DataRight right, DataRightChanges changes) throws CommandLineException {
        List<List<String>> before = shown(right);
        changes.applyTo(right, model);
        if (before.equals(shown(right))) {
            err.println(NLS.bind(Messages.dataRightUnchanged, right.getName()));
            return;
        }
        service.change((administration, actor) -> administration.save(actor, right));
        err.println(NLS.bind(Messages.dataRightSaved, right.getName().strip()));
    }

    private static List<List<String>> shown(DataRight right) {
        return DataRightView.fields(right).stream().map(f -> List.of(f.label(), String.join("\n", f.shown()))).toList(); //$NON-NLS-1$
    }
}
