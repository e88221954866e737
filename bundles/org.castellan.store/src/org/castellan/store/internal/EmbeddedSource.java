package org.castellan.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castellan.store.DatabaseCredentials;

/** Connections to a database booted in this process. */
final class EmbeddedSource implements ConnectionSource {

    private final EmbeddedDataSource dataSource;

    EmbeddedSource(Path database, DatabaseCredentials credentials, String bootAttributes) {
        dataSource = dataSource(database, credentials, bootAttributes);
    }

    static EmbeddedDataSource dataSource(Path database, DatabaseCredentials credentials, String attributes) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(database.toString());
        ds.setUser(credentials.user());
        ds.setPassword(credentials.password());
        if (attributes != null && !attributes.isEmpty()) {
            ds.setConnectionAttributes(attributes);
        }
        return ds;
    }

    @Override
    public Connection open() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(dataSource.getDatabaseName());
        stop.setUser(dataSource.getUser());
        stop.setPassword(dataSource.getPassword());
        stop.setShutdownDatabase("shutdown"); //$NON-NLS-1$
        try {
            stop.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006.
        }
    }
}
