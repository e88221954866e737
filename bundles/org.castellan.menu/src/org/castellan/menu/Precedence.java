package org.castellan.menu;

/**
 * Where the level of a contribution comes from, strongest first: an administrator's override in the
 * Main menu definition, the declaration of the bundle that contributes it, another bundle's
 * declaration, the installation's default level.
 *
 * @since 0.1
 */
public enum Precedence {
    OVERRIDE, CONTRIBUTING_BUNDLE, OTHER_BUNDLE, DEFAULT
}
