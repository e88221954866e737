package org.castellan.datarights.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Entity;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.MeasureGrant;
import org.castellan.model.Principal;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** A data right's edits carried to another reading of the installation, or to a new data right. */
final class DataRightCopies {

    private DataRightCopies() {
    }

    /** A new data right (no ids) with the same holders and grants under another name. */
    static DataRight copy(DataRight right, String name) {
        DataRight copy = EcoreUtil.copy(right);
        copy.setName(name);
        copy.setId(null);
        copy.setVersion(0);
        copy.eAllContents().forEachRemaining(o -> {
            if (o instanceof Entity entity) {
                entity.setId(null);
                entity.setVersion(0);
            }
        });
        return copy;
    }

    /**
     * Points the data right's grants and holders at the objects of {@code fresh} with the same ids,
     * and puts it in place of its stored version there. What {@code fresh} no longer has (a deleted
     * model, measure or dimension) is kept as it was: the grant stays, and is reported as ignored.
     */
    static void rebind(DataRight right, Installation fresh) {
        Map<String, Object> byId = new HashMap<>();
        fresh.eAllContents().forEachRemaining(o -> {
            if (o instanceof Entity entity && entity.getId() != null) {
                byId.put(entity.getId(), entity);
            }
        });
        for (DataModelGrant grant : right.getModelGrants()) {
            if (grant.getModel() != null && byId.get(grant.getModel().getId()) instanceof DataModel model) {
                grant.setModel(model);
            }
            for (MeasureGrant measure : grant.getMeasureGrants()) {
                if (measure.getMeasure() != null && byId.get(measure.getMeasure().getId()) instanceof Measure found) {
                    measure.setMeasure(found);
                }
            }
            for (DimensionGrant dimension : grant.getDimensionGrants()) {
                if (dimension.getDimension() != null && byId.get(dimension.getDimension().getId()) instanceof Dimension found) {
                    dimension.setDimension(found);
                }
            }
        }
        for (int i = 0; i < right.getHolders().size(); i++) {
            if (byId.get(right.getHolders().get(i).getId()) instanceof Principal found) {
                right.getHolders().set(i, found);
            }
        }
        if (right.getId() != null) {
            for (int i = 0; i < fresh.getDataRights().size(); i++) {
                if (fresh.getDataRights().get(i).getId().equals(right.getId())) {
                    fresh.getDataRights().set(i, right);
                    return;
                }
            }
        }
    }
}
