package org.castellan.store;

/**
 * How a workstation reaches the installation's database.
 *
 * @since 0.1
 */
public enum StoreMode {
    /** This program alone opens the database, in its own process (one workstation). */
    EMBEDDED,
    /** This program opens the database and shares it with other workstations through Derby Network Server. */
    SERVER,
    /** This program uses the database shared by the server workstation over the network. */
    CLIENT
}
