package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.cli.internal.TextTable.Field;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Group;
import org.castellan.model.MeasureGrant;
import org.castellan.model.Member;
import org.castellan.model.User;
import org.eclipse.osgi.util.NLS;

/**
 * A data right as the Data Rights editor shows it: its name, its holders, and for each model the
 * measures allowed and refused and what each dimension gives (every member, refused, some members,
 * with everything below them under the eraser), members typed before the model had them flagged.
 */
final class DataRightView {

    /** The fields of {@code datarights list}. */
    private static final List<String> KEYS = List.of("id", "name", "users", "groups", "models"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** Shown for what the model no longer has (a deleted measure or dimension). */
    private static final String GONE = "?"; //$NON-NLS-1$

    private DataRightView() {
    }

    static void list(List<DataRight> rights, OutputFormat format, PrintStream out) {
        TextTable.printRows(out, format, rights, KEYS, r -> Arrays.asList(r.getId(), r.getName(), users(r), groups(r), models(r)),
                List.of(Messages.listName, Messages.listHolders, Messages.listModels, Messages.listId),
                r -> List.of(r.getName(), TextTable.orNone(String.join(", ", r.getHolders().stream().map(ModelLookups::shown).toList())), //$NON-NLS-1$
                        TextTable.orNone(String.join(", ", models(r))), r.getId())); //$NON-NLS-1$
    }

    /** The data right field by field for people, or one JSON object. */
    static void show(DataRight right, OutputFormat format, PrintStream out) {
        if (format == OutputFormat.JSON) {
            JsonOutput.printObject(out, KEYS, Arrays.asList(right.getId(), right.getName(), users(right), groups(right),
                    right.getModelGrants().stream().map(DataRightView::json).toList()));
        } else {
            TextTable.printFields(out, fields(right), OutputFormat.TEXT);
        }
    }

    /** What {@link #show} prints for people: two readings that print the same are the same data right. */
    static List<Field> fields(DataRight right) {
        List<Field> fields = new ArrayList<>(List.of(Field.of("name", Messages.showDataRight, right.getName()), //$NON-NLS-1$
                Field.of("id", Messages.showId, right.getId() == null ? "" : right.getId()), //$NON-NLS-1$ //$NON-NLS-2$
                Field.list("users", Messages.showHolderUsers, users(right)), //$NON-NLS-1$
                Field.list("groups", Messages.showHolderGroups, groups(right)))); //$NON-NLS-1$
        for (DataModelGrant grant : right.getModelGrants()) {
            fields.add(Field.list("model", NLS.bind(Messages.showDataRightModel, modelName(grant)), lines(grant))); //$NON-NLS-1$
        }
        return fields;
    }

    private static List<String> lines(DataModelGrant grant) {
        List<String> lines = new ArrayList<>();
        List<String> allowed = measures(grant, true);
        List<String> refused = measures(grant, false);
        if (!allowed.isEmpty()) {
            lines.add(NLS.bind(Messages.showMeasuresAllowed, String.join(", ", allowed))); //$NON-NLS-1$
        }
        if (!refused.isEmpty()) {
            lines.add(NLS.bind(Messages.showMeasuresRefused, String.join(", ", refused))); //$NON-NLS-1$
        }
        for (DimensionGrant dimension : dimensions(grant)) {
            lines.add(NLS.bind(Messages.showDimensionGiven, dimensionName(dimension), given(dimension)));
        }
        if (lines.isEmpty()) {
            lines.add(Messages.showNothingAllowed);
        }
        return lines;
    }

    private static String given(DimensionGrant grant) {
        if (!grant.isAllowed()) {
            return Messages.showRefused;
        }
        if (grant.getMemberUniqueNames().isEmpty()) {
            return Messages.datarightsEveryMember;
        }
        String members = String.join(", ", grant.getMemberUniqueNames()); //$NON-NLS-1$
        String given = grant.isIncludeDescendants() ? NLS.bind(Messages.datarightsSubtrees, members) : NLS.bind(Messages.datarightsMembers, members);
        List<String> unknown = unknown(grant);
        return unknown.isEmpty() ? given : given + "; " + NLS.bind(Messages.datarightsUnknown, String.join(", ", unknown)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The members typed that the loaded model does not have (yet). */
    private static List<String> unknown(DimensionGrant grant) {
        if (grant.getDimension() == null) {
            return List.copyOf(grant.getMemberUniqueNames());
        }
        Set<String> known = new HashSet<>();
        grant.getDimension().eAllContents().forEachRemaining(o -> known.add(((Member) o).getUniqueName()));
        return grant.getMemberUniqueNames().stream().filter(m -> !known.contains(m)).toList();
    }

    private static Map<String, Object> json(DataModelGrant grant) {
        return JsonOutput.object("model", modelName(grant), //$NON-NLS-1$
                "measures", measures(grant).stream().map(m -> JsonOutput.object("measure", measureName(m), "allowed", m.isAllowed())).toList(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "dimensions", dimensions(grant).stream().map(d -> JsonOutput.object("dimension", dimensionName(d), "allowed", d.isAllowed(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "members", List.copyOf(d.getMemberUniqueNames()), "below", d.isIncludeDescendants(), "unknown", unknown(d))).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The measures given, in the model's order (as the editor shows them); those the model no longer has last. */
    private static List<MeasureGrant> measures(DataModelGrant grant) {
        List<?> order = grant.getModel() == null ? List.of() : grant.getModel().getMeasures();
        return grant.getMeasureGrants().stream().sorted(Comparator.comparingInt(g -> position(order, g.getMeasure()))).toList();
    }

    /** The dimensions given, in the model's order; those the model no longer has last. */
    private static List<DimensionGrant> dimensions(DataModelGrant grant) {
        List<?> order = grant.getModel() == null ? List.of() : grant.getModel().getDimensions();
        return grant.getDimensionGrants().stream().sorted(Comparator.comparingInt(g -> position(order, g.getDimension()))).toList();
    }

    private static int position(List<?> order, Object item) {
        int index = order.indexOf(item);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static List<String> measures(DataModelGrant grant, boolean allowed) {
        return measures(grant).stream().filter(m -> m.isAllowed() == allowed).map(DataRightView::measureName).toList();
    }

    private static String measureName(MeasureGrant grant) {
        return grant.getMeasure() == null ? GONE : grant.getMeasure().getUniqueName();
    }

    private static String dimensionName(DimensionGrant grant) {
        return grant.getDimension() == null ? GONE : grant.getDimension().getUniqueName();
    }

    private static String modelName(DataModelGrant grant) {
        return grant.getModel() == null ? GONE : grant.getModel().getName();
    }

    private static List<String> users(DataRight right) {
        return right.getHolders().stream().filter(User.class::isInstance).map(u -> ((User) u).getLogin()).toList();
    }

    private static List<String> groups(DataRight right) {
        return right.getHolders().stream().filter(Group.class::isInstance).map(g -> ((Group) g).getName()).toList();
    }

    private static List<String> models(DataRight right) {
        return right.getModelGrants().stream().map(DataRightView::modelName).toList();
    }
}
