package org.castellan.datarights;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.castellan.datarights.internal.Messages;
import org.castellan.model.PermissionLevel;
import org.eclipse.osgi.util.NLS;

/**
 * Why a user has the level he has on an object ("Effective permissions").
 *
 * @param objectId       the object asked about
 * @param level          the effective level
 * @param source         the object whose grants decide (the object itself or its nearest
 *                       ancestor with grants for the user or his groups); empty when no object on
 *                       the path has any, so the user has no access by default
 * @param path           the names from the top of the tree down to the object asked about
 * @param deciding       the grants on the deciding object that concern the user (to him or to his
 *                       groups)
 * @param noAccessWinner the No access grant that won over higher levels on the deciding object,
 *                       if one did
 * @param overridden     grants for the user on ancestors above the deciding object: they do not
 *                       apply, the nearest grants decide (a No access folder does not hide an
 *                       object that has rights of its own)
 *
 * @since 0.1
 */
public record PermissionExplanation(String objectId, PermissionLevel level, Optional<String> source, List<String> path,
        List<AppliedGrant> deciding, Optional<AppliedGrant> noAccessWinner, List<AppliedGrant> overridden) {

    public PermissionExplanation {
        Objects.requireNonNull(objectId);
        Objects.requireNonNull(level);
        Objects.requireNonNull(source);
        path = List.copyOf(path);
        deciding = List.copyOf(deciding);
        Objects.requireNonNull(noAccessWinner);
        overridden = List.copyOf(overridden);
    }

    /** The explanation as sentences for an administrator, one a line. */
    public String text() {
        StringBuilder text = new StringBuilder();
        String objectName = path.isEmpty() ? objectId : path.get(path.size() - 1);
        if (source.isEmpty()) {
            text.append(NLS.bind(Messages.explanationNoGrant, objectName));
            return text.toString();
        }
        String sourceName = deciding.get(0).objectName();
        if (source.get().equals(objectId)) {
            text.append(NLS.bind(Messages.explanationOwnGrants, level.getLiteral(), objectName));
        } else {
            text.append(NLS.bind(Messages.explanationInherited, new Object[] { level.getLiteral(), objectName, sourceName }));
        }
        for (AppliedGrant grant : deciding) {
            text.append("\n- ").append(line(grant)); //$NON-NLS-1$
        }
        noAccessWinner.ifPresent(winner -> text.append('\n').append(NLS.bind(Messages.explanationNoAccessWins, winner.principalName())));
        for (AppliedGrant grant : overridden) {
            text.append('\n').append(NLS.bind(Messages.explanationOverridden, line(grant), sourceName));
        }
        return text.toString();
    }

    private static String line(AppliedGrant grant) {
        String template = grant.throughGroup() ? Messages.explanationGroupGrant : Messages.explanationUserGrant;
        return NLS.bind(template, new Object[] { grant.level().getLiteral(), grant.objectName(), grant.principalName() });
    }
}
