package org.castellan.menu;

import java.util.List;
import java.util.Objects;

/**
 * One option of the main menu as a bundle declares it (extension point
 * {@code org.castellan.menu.options}): the workbench contributions it covers and the level they need
 * by default.
 *
 * @param id            the option's identifier, by convention prefixed with the declaring bundle's name
 * @param menu          the menu it is listed under in the Main menu definition
 * @param order         its place in that menu
 * @param label         its description
 * @param level         the minimum authorization level (0 to 9) the declaring bundle gives it
 * @param askPassword   whether opening it also needs the password of a user of the maximum level
 * @param versions      the product versions it exists in (an OSGi version range), or null for all
 * @param editions      the editions it exists in, or empty for all
 * @param scope         central only, centres only, or both
 * @param essential     always reachable at level 0 (Exit, Log Out, Change Password): no override can raise it
 * @param contributions the contribution ids it covers (commands, views, perspectives, editors, wizards,
 *                      preference pages, menu items); an id ending in {@code *} covers every id that
 *                      starts with what precedes it
 * @param contributor   the symbolic name of the declaring bundle
 * @param rights        the rights (ids of {@code org.castellan.security.rights}) a user must all hold, besides
 *                      the level, to see and open it; empty when the level alone decides
 *
 * @since 0.1
 */
public record MenuOption(String id, String menu, int order, String label, int level, boolean askPassword, String versions,
        List<String> editions, Scope scope, boolean essential, List<String> contributions, String contributor, List<String> rights) {

    public MenuOption {
        Objects.requireNonNull(id);
        Objects.requireNonNull(menu);
        Objects.requireNonNull(label);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(contributor);
        editions = List.copyOf(editions);
        contributions = List.copyOf(contributions);
        rights = List.copyOf(rights);
        if (level < 0 || level > MenuLevels.MAXIMUM_LEVEL) {
            throw new IllegalArgumentException("level " + level + " is outside 0-9"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (essential && !rights.isEmpty()) {
            throw new IllegalArgumentException("the essential option " + id + " cannot require rights"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** An option the level alone decides. */
    public MenuOption(String id, String menu, int order, String label, int level, boolean askPassword, String versions, List<String> editions,
            Scope scope, boolean essential, List<String> contributions, String contributor) {
        this(id, menu, order, label, level, askPassword, versions, editions, scope, essential, contributions, contributor, List.of());
    }
}
