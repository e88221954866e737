package org.castellan.config.internal;

import static org.castellan.config.internal.GrantNames.DIMENSIONS;
import static org.castellan.config.internal.GrantNames.HOLDERS;
import static org.castellan.config.internal.GrantNames.MEASURES;
import static org.castellan.config.internal.GrantNames.MEMBERS;
import static org.castellan.config.internal.GrantNames.MEMBERS_BELOW;
import static org.castellan.config.internal.GrantNames.MODELS;
import static org.castellan.config.internal.GrantNames.REFUSED_DIMENSIONS;
import static org.castellan.config.internal.GrantNames.REFUSED_MEASURES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.config.ConfigurationChange;
import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.MeasureGrant;
import org.castellan.model.ObjectPermission;
import org.castellan.model.RepositoryObject;
import org.castellan.security.SecurityRules;

/**
 * Makes the permissions and data rights of a change's model match a plan's target through the
 * data-rights service, in the change's transaction: the service checks who may, its rules, locks
 * the models given, and journals each change. Runs once the users and groups the target names
 * exist, before the groups it leaves out are deleted.
 */
final class GrantApplication {

    private static final CastellanFactory F = CastellanFactory.eINSTANCE;

    private final Installation model;

    private GrantApplication(Installation model) {
        this.model = model;
    }

    static void apply(DataRightsAdministration dataRights, SecurityRules.Change change, Configuration target, List<ConfigurationChange> changes)
            throws DataRightsException {
        GrantApplication application = new GrantApplication(change.model());
        Map<RepositoryObject, List<ObjectPermission>> permissions = new LinkedHashMap<>();
        List<DataRight> rights = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (ConfigurationChange c : changes) {
            if (c.section().equals(Section.PERMISSIONS.key())) {
                Entry entry = target.entry(Section.PERMISSIONS, c.key());
                permissions.put(GrantNames.object(change.model(), c.key()).orElseThrow(),
                        entry == null ? List.of() : application.permissions(entry));
            } else if (c.section().equals(Section.DATA_RIGHTS.key())) {
                Entry entry = target.entry(Section.DATA_RIGHTS, c.key());
                if (entry == null) {
                    deleted.add(c.key());
                } else {
                    rights.add(application.dataRight(entry));
                }
            }
        }
        if (!permissions.isEmpty() || !rights.isEmpty() || !deleted.isEmpty()) {
            dataRights.applyInChange(change, permissions, rights, deleted);
        }
    }

    private List<ObjectPermission> permissions(Entry entry) {
        List<ObjectPermission> permissions = new ArrayList<>();
        for (String level : GrantNames.LEVELS) {
            for (String who : entry.list(level)) {
                ObjectPermission permission = F.createObjectPermission();
                permission.setPrincipal(GrantNames.principal(model, who).orElseThrow());
                permission.setLevel(GrantNames.level(level));
                permissions.add(permission);
            }
        }
        return permissions;
    }

    /** A new data right as its entry says, its grants in the order of each model's measures and dimensions. */
    private DataRight dataRight(Entry entry) {
        DataRight right = F.createDataRight();
        right.setName(entry.key());
        right.setDescription(entry.text("description")); //$NON-NLS-1$
        entry.list(HOLDERS).forEach(who -> right.getHolders().add(GrantNames.principal(model, who).orElseThrow()));
        for (String name : entry.list(MODELS)) {
            DataModel dataModel = GrantNames.dataModel(model, name).orElseThrow();
            DataModelGrant grant = F.createDataModelGrant();
            grant.setModel(dataModel);
            for (Measure measure : dataModel.getMeasures()) {
                String item = GrantNames.item(name, measure.getUniqueName());
                if (entry.list(MEASURES).contains(item) || entry.list(REFUSED_MEASURES).contains(item)) {
                    MeasureGrant given = F.createMeasureGrant();
                    given.setMeasure(measure);
                    given.setAllowed(entry.list(MEASURES).contains(item));
                    grant.getMeasureGrants().add(given);
                }
            }
            for (Dimension dimension : dataModel.getDimensions()) {
                dimensionGrant(entry, name, dimension).ifPresent(grant.getDimensionGrants()::add);
            }
            right.getModelGrants().add(grant);
        }
        return right;
    }

    private static Optional<DimensionGrant> dimensionGrant(Entry entry, String modelName, Dimension dimension) {
        String item = GrantNames.item(modelName, dimension.getUniqueName());
        List<String> members = members(entry, MEMBERS, item);
        List<String> below = members(entry, MEMBERS_BELOW, item);
        boolean allowed = entry.list(DIMENSIONS).contains(item);
        if (!allowed && !entry.list(REFUSED_DIMENSIONS).contains(item) && members.isEmpty() && below.isEmpty()) {
            return Optional.empty();
        }
        DimensionGrant grant = F.createDimensionGrant();
        grant.setDimension(dimension);
        grant.setAllowed(allowed || !members.isEmpty() || !below.isEmpty());
        grant.getMemberUniqueNames().addAll(below.isEmpty() ? members : below);
        grant.setIncludeDescendants(!below.isEmpty());
        return Optional.of(grant);
    }

    /** The members an entry's field gives of a dimension, named by the item of the dimension. */
    private static List<String> members(Entry entry, String field, String dimensionItem) {
        String prefix = dimensionItem + GrantNames.SEPARATOR;
        return entry.list(field).stream().filter(i -> i.startsWith(prefix)).map(i -> i.substring(prefix.length())).toList();
    }
}
