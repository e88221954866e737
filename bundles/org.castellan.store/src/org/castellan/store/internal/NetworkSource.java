package org.castellan.store.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.castellan.store.DatabaseCredentials;
import org.castellan.store.ServerAddress;

/** Connections to a database shared by another workstation's Derby Network Server. */
final class NetworkSource implements ConnectionSource {

    private final Driver driver;
    private final String url;
    private final Properties properties = new Properties();

    NetworkSource(Driver driver, ServerAddress server, DatabaseCredentials credentials) {
        this.driver = driver;
        this.url = server.jdbcUrl();
        properties.setProperty("user", credentials.user()); //$NON-NLS-1$
        properties.setProperty("password", credentials.password()); //$NON-NLS-1$
    }

    @Override
    public Connection open() throws SQLException {
        Connection c = driver.connect(url, properties);
        if (c == null) {
            throw new SQLException("The Derby client does not accept " + url, "08001"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return c;
    }

    @Override
    public void shutdown() {
        // the server owns the database
    }
}
