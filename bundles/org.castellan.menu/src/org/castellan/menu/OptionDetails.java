package org.castellan.menu;

import java.util.Objects;

/**
 * What an administrator in expert mode sets for an option besides its level: the fields its bundle
 * declares and that are otherwise read-only in the Main menu definition.
 *
 * @param order    its place in its menu (0 to {@value #MAXIMUM_ORDER})
 * @param label    its description (not blank, at most {@value #MAXIMUM_LABEL} characters)
 * @param versions the product versions it exists in (an OSGi version range), or null for all
 * @param scope    central only, centres only, or both
 *
 * @since 0.1
 */
public record OptionDetails(int order, String label, String versions, Scope scope) {

    public static final int MAXIMUM_ORDER = 9999;
    public static final int MAXIMUM_LABEL = 200;

    public OptionDetails {
        Objects.requireNonNull(label);
        Objects.requireNonNull(scope);
        versions = versions == null || versions.isBlank() ? null : versions.trim();
    }

    /** The details an option declares. */
    public static OptionDetails of(MenuOption option) {
        return new OptionDetails(option.order(), option.label(), option.versions(), option.scope());
    }

    /** The option with these details in place of the declared ones. */
    MenuOption applyTo(MenuOption option) {
        return new MenuOption(option.id(), option.menu(), order, label, option.level(), option.askPassword(), versions, option.editions(), scope,
                option.essential(), option.contributions(), option.contributor(), option.rights());
    }
}
