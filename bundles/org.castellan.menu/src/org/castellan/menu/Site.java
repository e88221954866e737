package org.castellan.menu;

/**
 * What an installation is in a chain of sites: the central (which defines the menu and exports it
 * in packages) or a centre (which imports them). A stand-alone installation is its own central.
 *
 * @since 0.1
 */
public enum Site {
    CENTRAL, CENTRE
}
