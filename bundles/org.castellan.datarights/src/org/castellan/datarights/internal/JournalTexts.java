package org.castellan.datarights.internal;

import java.util.ArrayList;
import java.util.List;

import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Group;
import org.castellan.model.MeasureGrant;
import org.castellan.model.ModelParameter;
import org.castellan.model.ObjectPermission;
import org.castellan.model.Principal;
import org.castellan.model.RepositoryObject;
import org.castellan.model.User;
import org.eclipse.osgi.util.NLS;

/**
 * What the audit journal shows of a data right, a data model or an object's permissions before and
 * after a change: readable names (logins, group, model, measure and dimension names, unique names
 * of members), never ids.
 */
final class JournalTexts {

    private JournalTexts() {
    }

    static String right(DataRight right) {
        List<String> holders = new ArrayList<>();
        right.getHolders().forEach(p -> holders.add(principal(p)));
        List<String> models = new ArrayList<>();
        for (DataModelGrant grant : right.getModelGrants()) {
            List<String> measures = new ArrayList<>();
            for (MeasureGrant measure : grant.getMeasureGrants()) {
                String name = measure.getMeasure() == null ? "?" : measure.getMeasure().getUniqueName(); //$NON-NLS-1$
                measures.add(measure.isAllowed() ? name : NLS.bind(Messages.journalRefused, name));
            }
            List<String> dimensions = new ArrayList<>();
            for (DimensionGrant dimension : grant.getDimensionGrants()) {
                dimensions.add(dimension(dimension));
            }
            models.add(NLS.bind(Messages.journalModel, new Object[] { grant.getModel() == null ? "?" : grant.getModel().getName(), //$NON-NLS-1$
                    list(measures), list(dimensions) }));
        }
        return NLS.bind(Messages.journalRight, new Object[] { right.getName(), holders.isEmpty() ? Messages.journalNobody : String.join(", ", holders), //$NON-NLS-1$
                models.isEmpty() ? Messages.journalNone : String.join("; ", models) }); //$NON-NLS-1$
    }

    private static String dimension(DimensionGrant grant) {
        String name = grant.getDimension() == null ? "?" : grant.getDimension().getUniqueName(); //$NON-NLS-1$
        if (!grant.isAllowed()) {
            return NLS.bind(Messages.journalRefused, name);
        }
        if (grant.getMemberUniqueNames().isEmpty()) {
            return name;
        }
        return NLS.bind(grant.isIncludeDescendants() ? Messages.journalMembersBelow : Messages.journalMembers, name,
                String.join(", ", grant.getMemberUniqueNames())); //$NON-NLS-1$
    }

    static String model(DataModel model) {
        List<String> parameters = new ArrayList<>();
        for (ModelParameter parameter : model.getParameters()) {
            parameters.add(parameter.getName() + " = " + parameter.getDefaultValue()); //$NON-NLS-1$
        }
        List<String> sources = new ArrayList<>();
        model.getComponents().forEach(c -> sources.add(c.getName()));
        return NLS.bind(Messages.journalDataModel, new Object[] { model.getName(), list(parameters), list(sources),
                model.getMeasures().size(), model.getDimensions().size() });
    }

    static String permissions(RepositoryObject object) {
        List<String> levels = new ArrayList<>();
        for (ObjectPermission permission : object.getPermissions()) {
            levels.add(NLS.bind(Messages.journalLevel, principal(permission.getPrincipal()),
                    permission.getLevel() == null ? "?" : permission.getLevel().getLiteral())); //$NON-NLS-1$
        }
        return NLS.bind(Messages.journalObject, object.getName(), levels.isEmpty() ? Messages.journalNoPermissions : String.join(", ", levels)); //$NON-NLS-1$
    }

    private static String principal(Principal principal) {
        if (principal instanceof User user) {
            return user.getLogin();
        }
        return principal instanceof Group group ? NLS.bind(Messages.journalGroup, group.getName()) : "?"; //$NON-NLS-1$
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? Messages.journalNone : String.join(", ", items); //$NON-NLS-1$
    }
}
