package org.castellan.menu;

import java.util.List;

/**
 * The menu options the installed bundles declare (extension point {@code org.castellan.menu.options}),
 * following bundles as they are installed and uninstalled; one per option id.
 *
 * @since 0.1
 */
public interface MenuOptionsCatalog {

    List<MenuOption> options();

    /** A counter that moves whenever the declarations change. */
    long generation();
}
