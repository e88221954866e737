package org.castellan.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.castellan.security.AuthenticatedUser;
import org.castellan.security.LoginThrottling;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two first logins of one account at once: both find no login record to update and both insert
 * one. The later insert meets the key of the row the other committed: it must update that row,
 * not fail the login with a database error.
 */
class LoginAttemptsRaceTest {

    @TempDir
    Path dir;

    @Test
    void twoFirstRecordsOfOneAccountAtOnceBothSucceed() throws Exception {
        try (CastellanStore store = CastellanStore.create(dir.resolve("race"), NewInstallation.unencrypted("Race"))) {
            AccountServiceImpl accounts = new AccountServiceImpl(store, new ExtensionRightsCatalog(RegistryFactory.getRegistry()),
                    PasswordHashing.OWASP_MINIMUM, Clock.systemUTC(), LoginThrottling.DEFAULT);
            AuthenticatedUser admin = accounts.createFirstAdministrator("admin", null, "Pharma-2026x".toCharArray());
            store.inTransaction(tx -> {
                try (PreparedStatement forget = tx.connection().prepareStatement("DELETE FROM login_attempts")) {
                    forget.executeUpdate(); // as before the account's first login
                }
                return null;
            });
            Instant first = Instant.parse("2026-12-07T08:00:00Z");
            Instant second = first.plusSeconds(1);
            // The second login found no row to update; just before it inserts one, the first login inserts and commits its own.
            run(store, connection -> LoginAttempts.recordSuccess(beforeInsert(connection,
                    () -> CompletableFuture.runAsync(() -> run(store, other -> LoginAttempts.recordSuccess(other, admin.id(), first)))
                            .get(60, TimeUnit.SECONDS)),
                    admin.id(), second));
            Instant last = store.inTransaction(tx -> {
                try (PreparedStatement read = tx.connection().prepareStatement("SELECT last_success_at FROM login_attempts WHERE user_id = ?")) {
                    read.setString(1, admin.id());
                    try (ResultSet rows = read.executeQuery()) {
                        rows.next();
                        return rows.getTimestamp(1).toInstant();
                    }
                }
            });
            assertEquals(second, last, "the second login updated the row the first inserted");
        }
    }

    /** The connection, running {@code meanwhile} when a statement inserting into login_attempts is prepared. */
    private static Connection beforeInsert(Connection connection, OnConnectionMeanwhile meanwhile) {
        return (Connection) Proxy.newProxyInstance(LoginAttemptsRaceTest.class.getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
                    if (method.getName().equals("prepareStatement") && String.valueOf(arguments[0]).startsWith("INSERT INTO login_attempts")) {
                        meanwhile.run();
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @FunctionalInterface
    private interface OnConnectionMeanwhile {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface OnConnection {
        void run(Connection connection) throws Exception;
    }

    private static void run(CastellanStore store, OnConnection work) {
        try {
            store.inTransaction(tx -> {
                try {
                    work.run(tx.connection());
                } catch (SQLException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
