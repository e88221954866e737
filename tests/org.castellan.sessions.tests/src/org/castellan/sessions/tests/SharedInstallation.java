package org.castellan.sessions.tests;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.RoleAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.SealedRows;
import org.castellan.store.StoreException;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * An installation with two companies (ACME, BETA) and three users: the first administrator
 * (holds "Administer security"), a security officer (holds only "Block openings", through the
 * "Security administrator" role this bundle declares) and a clerk (no right).
 */
final class SharedInstallation implements AutoCloseable {

    static final char[] PASSWORD = "Pharma-2026x".toCharArray();

    final CastellanStore store;
    final AuthenticatedUser admin;
    final AuthenticatedUser officer;
    final AuthenticatedUser clerk;
    /** What the registries made by {@link #registry} posted, in order. */
    final List<Event> events = new ArrayList<>();

    SharedInstallation(Path folder) throws Exception {
        store = CastellanStore.create(folder, NewInstallation.unencrypted(folder.getFileName().toString()));
        Clock clock = Clock.systemUTC();
        ExtensionRightsCatalog catalog = new ExtensionRightsCatalog(RegistryFactory.getRegistry());
        AccountService accounts = new AccountServiceImpl(store, catalog, PasswordHashing.OWASP_MINIMUM, clock);
        admin = accounts.createFirstAdministrator("admin", "Anne Admin", PASSWORD);
        UserAdministrationImpl users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
        officer = users.createUser(admin, new NewUser("officer", "Oscar Officer", null, false, false, 5, PASSWORD.clone()));
        clerk = users.createUser(admin, new NewUser("clerk", "Claire Clerk", null, false, false, 1, PASSWORD.clone()));
        new RoleAdministrationImpl(store, catalog, clock).assign(admin, "officer", "Security administrator");
        sql("INSERT INTO companies (id, version, owner_id, position, code, name) SELECT 'c-acme', 0, id, 0, 'ACME', 'Acme' FROM installation");
        sql("INSERT INTO companies (id, version, owner_id, position, code, name) SELECT 'c-beta', 0, id, 1, 'BETA', 'Beta' FROM installation");
    }

    /** A workstation's registry: its own clock, and the reference time (the database's, or a test's). */
    SessionRegistryImpl registry(Clock workstationClock, DatabaseTime time) {
        EventAdmin recorder = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                synchronized (events) {
                    events.add(event);
                }
            }

            @Override
            public void sendEvent(Event event) {
                postEvent(event);
            }
        };
        return new SessionRegistryImpl(store, new AccessControlImpl(store, Clock.systemUTC()), workstationClock, time, recorder);
    }

    List<String> topics() {
        synchronized (events) {
            return events.stream().map(Event::getTopic).toList();
        }
    }

    Event last(String topic) {
        synchronized (events) {
            return events.reversed().stream().filter(e -> e.getTopic().equals(topic)).findFirst()
                    .orElseThrow(() -> new AssertionError("no event " + topic + " among " + topics()));
        }
    }

    void setting(String name, String value) throws StoreException {
        sql("DELETE FROM settings WHERE name = '" + name + "'");
        sql("INSERT INTO settings (name, setting_value) VALUES ('" + name + "', '" + value + "')");
    }

    int count(String table) throws StoreException {
        return store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * Changes one user's row with plain SQL, as another of Castellan's tools would, naming the row
     * to the seals ({@code SealedRows.written}) as Castellan's own writes do: a row changed without
     * that is refused at login as tampered.
     */
    void updateUser(String login, String assignments) throws StoreException {
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE users SET " + assignments + " WHERE login = ?")) {
                ps.setString(1, login);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM users WHERE login = ?")) {
                ps.setString(1, login);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SealedRows.written(tx, "users", rs.getString(1));
                    }
                }
            }
            return null;
        });
    }

    void sql(String statement) throws StoreException {
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(statement)) {
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        store.close();
    }
}
