package org.castellan.cli.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.castellan.security.AccountException;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RightView;
import org.eclipse.osgi.util.NLS;

/**
 * Rights as the Role editor names them: "Category: label", or marked when no installed bundle
 * declares the right any more; with the id, which scripts and {@code role grant} use.
 */
final class RightLabels {

    private final Map<String, RightView> known;

    RightLabels(RoleAdministration roles) throws AccountException {
        this.known = roles.rights().stream().collect(Collectors.toMap(RightView::id, Function.identity()));
    }

    /** One line a right, "label (id)", sorted by label. */
    List<String> lines(Collection<String> rightIds) {
        return rightIds.stream().map(id -> NLS.bind(Messages.rightLine, label(id), id)).sorted(Comparator.comparing(String::toLowerCase)).toList();
    }

    private String label(String id) {
        RightView right = known.get(id);
        if (right == null) {
            return id;
        }
        String label = right.label() == null ? id : right.label();
        if (!right.declared()) {
            return NLS.bind(Messages.rightUndeclared, label);
        }
        return right.category() == null ? label : NLS.bind(Messages.rightInCategory, right.category(), label);
    }
}
