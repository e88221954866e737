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

import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Folder;
import org.castellan.model.Installation;
import org.castellan.model.MeasureGrant;
import org.castellan.model.ObjectPermission;
import org.castellan.model.RepositoryObject;

/**
 * The object permissions and data rights an installation holds, as the permissions and data-rights
 * sections say them: each folder or report given levels, each data right.
 */
final class GrantEntries {

    private GrantEntries() {
    }

    static void addTo(Configuration configuration, Installation model) {
        for (RepositoryObject top : model.getObjects()) {
            permissions(configuration, top);
        }
        for (DataRight right : model.getDataRights()) {
            configuration.add(dataRight(right));
        }
    }

    private static void permissions(Configuration configuration, RepositoryObject object) {
        if (!object.getPermissions().isEmpty()) {
            Entry entry = new Entry(Section.PERMISSIONS, GrantNames.path(object), Lines.NONE);
            for (String level : GrantNames.LEVELS) {
                entry.put(level, object.getPermissions().stream().filter(p -> p.getPrincipal() != null && p.getLevel() == GrantNames.level(level))
                        .map(ObjectPermission::getPrincipal).map(GrantNames::principal).toList());
            }
            configuration.add(entry);
        }
        if (object instanceof Folder folder) {
            folder.getChildren().forEach(child -> permissions(configuration, child));
        }
    }

    private static Entry dataRight(DataRight right) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String field : List.of(MODELS, MEASURES, REFUSED_MEASURES, DIMENSIONS, REFUSED_DIMENSIONS, MEMBERS, MEMBERS_BELOW)) {
            lists.put(field, new ArrayList<>());
        }
        for (DataModelGrant grant : right.getModelGrants()) {
            if (grant.getModel() == null) {
                continue; // a grant on a model a host deleted: nothing a text can name
            }
            String model = grant.getModel().getName();
            lists.get(MODELS).add(model);
            for (MeasureGrant measure : grant.getMeasureGrants()) {
                if (measure.getMeasure() != null) {
                    lists.get(measure.isAllowed() ? MEASURES : REFUSED_MEASURES).add(GrantNames.item(model, measure.getMeasure().getUniqueName()));
                }
            }
            for (DimensionGrant dimension : grant.getDimensionGrants()) {
                if (dimension.getDimension() == null) {
                    continue;
                }
                String name = dimension.getDimension().getUniqueName();
                if (!dimension.isAllowed() || dimension.getMemberUniqueNames().isEmpty()) {
                    lists.get(dimension.isAllowed() ? DIMENSIONS : REFUSED_DIMENSIONS).add(GrantNames.item(model, name));
                } else {
                    String field = dimension.isIncludeDescendants() ? MEMBERS_BELOW : MEMBERS;
                    dimension.getMemberUniqueNames().forEach(member -> lists.get(field).add(GrantNames.item(model, name, member)));
                }
            }
        }
        Entry entry = new Entry(Section.DATA_RIGHTS, right.getName(), Lines.NONE).put("description", right.getDescription()) //$NON-NLS-1$
                .put(HOLDERS, right.getHolders().stream().map(GrantNames::principal).toList());
        lists.forEach(entry::put);
        return entry;
    }
}
