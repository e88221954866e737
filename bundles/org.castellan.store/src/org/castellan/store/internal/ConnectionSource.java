package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens connections to the installation's database, embedded or over the network. */
interface ConnectionSource {

    Connection open() throws SQLException;

    /** Releases the database (shuts an embedded one down); connections are closed by then. */
    void shutdown();
}
