package org.castellan.security.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.castellan.security.AccountException;
import org.castellan.security.RoleAdministration;
import org.castellan.security.RoleAdministration.RoleLabel;
import org.castellan.ui.Services;
import org.eclipse.core.runtime.ILog;

/**
 * Role names as a screen shows them: a predefined role by the name its bundle declares in the
 * user's language, a role made by administrators by its own name. The stored name stays the role's
 * identity in everything the screens hand to the services.
 */
public final class RoleLabels {

    private final Map<String, RoleLabel> predefined;

    private RoleLabels(Map<String, RoleLabel> predefined) {
        this.predefined = predefined;
    }

    /** The labels as the installation's predefined roles are now; stored names alone when they cannot be read. */
    public static RoleLabels now() {
        try {
            return new RoleLabels(Services.get(RoleAdministration.class).predefinedLabels());
        } catch (AccountException | IllegalStateException e) {
            ILog.of(RoleLabels.class).warn(e.getMessage(), e);
            return new RoleLabels(Map.of());
        }
    }

    /** Stored names alone, until the roles are read. */
    public static RoleLabels none() {
        return new RoleLabels(Map.of());
    }

    /** The name shown for a role stored as {@code stored}. */
    public String name(String stored) {
        RoleLabel label = predefined.get(stored);
        return label == null ? stored : label.name();
    }

    /** The description shown for a role: a predefined one's translated, else the stored one. */
    public String description(String stored, String storedDescription) {
        RoleLabel label = predefined.get(stored);
        return label == null || label.description() == null ? storedDescription : label.description();
    }

    /** Several roles' names as a cell shows them. */
    public String names(List<String> stored) {
        return stored.stream().map(this::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }
}
