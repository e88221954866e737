package org.castellan.security.tests;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;

import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.LoginThrottling;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.GroupAdministrationImpl;
import org.castellan.security.internal.PasswordPolicyAdministrationImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.RoleAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;

/**
 * A new installation with its first administrator, and the two account services on it (with
 * the fast OWASP-minimum hashing): where most security tests start.
 */
final class AdministeredInstallation implements AutoCloseable {

    static final char[] PASSWORD = "Pharma-2026x".toCharArray();

    final CastellanStore store;
    final AccountService accounts;
    final UserAdministrationImpl users;
    final RoleAdministrationImpl roles;
    final GroupAdministrationImpl groups;
    final PasswordPolicyAdministrationImpl policies;
    final AuthenticatedUser admin;

    AdministeredInstallation(Path folder, Clock clock) throws Exception {
        store = CastellanStore.create(folder, NewInstallation.unencrypted(folder.getFileName().toString()));
        accounts = new AccountServiceImpl(store, Contributions.catalog(), PasswordHashing.OWASP_MINIMUM, clock, LoginThrottling.DEFAULT);
        users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
        roles = new RoleAdministrationImpl(store, Contributions.catalog(), clock);
        groups = new GroupAdministrationImpl(store, clock);
        policies = new PasswordPolicyAdministrationImpl(store, clock);
        admin = accounts.createFirstAdministrator("admin", null, PASSWORD);
    }

    /** Writes an installation setting straight into the table, as another workstation's tool would. */
    void setting(String name, String value) throws StoreException {
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO settings (name, setting_value) VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    int userCount() throws StoreException {
        return store.model().load().getUsers().size();
    }

    @Override
    public void close() {
        store.close();
    }
}
