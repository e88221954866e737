package org.castellan.test.support;

import java.util.List;

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
import org.castellan.model.ObjectPermission;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Principal;

/**
 * The pieces of data models, data rights and object permissions the tests build their
 * installations from, made one way for all of them. They carry no id: the store gives one when
 * they are saved, and a test that evaluates them unsaved sets its own (as the model tests' {@code SampleInstallation.withId} does).
 */
public final class ModelParts {

    private static final CastellanFactory F = CastellanFactory.eINSTANCE;

    private ModelParts() {
    }

    /** A data model with measures named {@code [Measures].[name]}, each captioned with its name. */
    public static DataModel dataModel(String name, String... measureNames) {
        DataModel model = F.createDataModel();
        model.setName(name);
        for (String measureName : measureNames) {
            model.getMeasures().add(measure("[Measures].[" + measureName + "]", measureName)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return model;
    }

    /** A measure; the caption may be null. */
    public static Measure measure(String uniqueName, String caption) {
        Measure measure = F.createMeasure();
        measure.setUniqueName(uniqueName);
        measure.setCaption(caption);
        return measure;
    }

    /** A dimension with its top members; the caption may be null. */
    public static Dimension dimension(String uniqueName, String caption, Member... members) {
        Dimension dimension = F.createDimension();
        dimension.setUniqueName(uniqueName);
        dimension.setCaption(caption);
        dimension.getMembers().addAll(List.of(members));
        return dimension;
    }

    /** A member with its children; the caption may be null. */
    public static Member member(String uniqueName, String caption, Member... children) {
        Member member = F.createMember();
        member.setUniqueName(uniqueName);
        member.setCaption(caption);
        member.getChildren().addAll(List.of(children));
        return member;
    }

    public static ObjectPermission permission(Principal principal, PermissionLevel level) {
        ObjectPermission permission = F.createObjectPermission();
        permission.setPrincipal(principal);
        permission.setLevel(level);
        return permission;
    }

    /**
     * A data right of these holders with its one grant on {@code model}, returned to be filled
     * (its right is the grant's container); added to {@code installation} unless that is null.
     */
    public static DataModelGrant dataRight(Installation installation, String name, DataModel model, Principal... holders) {
        DataRight right = F.createDataRight();
        right.setName(name);
        right.getHolders().addAll(List.of(holders));
        DataModelGrant grant = F.createDataModelGrant();
        grant.setModel(model);
        right.getModelGrants().add(grant);
        if (installation != null) {
            installation.getDataRights().add(right);
        }
        return grant;
    }

    /** What a data right allows or denies of a measure. */
    public static MeasureGrant measureGrant(DataModelGrant grant, Measure measure, boolean allowed) {
        MeasureGrant measureGrant = F.createMeasureGrant();
        measureGrant.setMeasure(measure);
        measureGrant.setAllowed(allowed);
        grant.getMeasureGrants().add(measureGrant);
        return measureGrant;
    }

    /** What a data right allows or denies of a dimension: these members, and their descendants if asked. */
    public static DimensionGrant dimensionGrant(DataModelGrant grant, Dimension dimension, boolean allowed, boolean descendants, String... members) {
        DimensionGrant dimensionGrant = F.createDimensionGrant();
        dimensionGrant.setDimension(dimension);
        dimensionGrant.setAllowed(allowed);
        dimensionGrant.setIncludeDescendants(descendants);
        dimensionGrant.getMemberUniqueNames().addAll(List.of(members));
        grant.getDimensionGrants().add(dimensionGrant);
        return dimensionGrant;
    }
}
