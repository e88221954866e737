package org.castellan.security.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;

import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.castellan.security.LoginThrottling;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.GroupAdministrationImpl;
import org.castellan.security.internal.PasswordPolicyAdministrationImpl;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.RoleAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.test.support.TempFolders;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A new installation with its first administrator, and the account services on it (with the fast
 * OWASP-minimum hashing): where most security tests start. Registered as an extension
 * ({@code @RegisterExtension final AdministeredInstallation installation = ...}), it is made
 * afresh in a folder of its own before each test (before the test class's {@code @BeforeEach}) and
 * closed and deleted after it.
 */
final class AdministeredInstallation implements BeforeEachCallback, AfterEachCallback {

    static final char[] PASSWORD = "Pharma-2026x".toCharArray();

    private final String name;
    private final Clock clock;
    private Path folder;
    private boolean withPaul;

    // Set before each test, by beforeEach.
    CastellanStore store;
    AccountService accounts;
    UserAdministrationImpl users;
    RoleAdministrationImpl roles;
    GroupAdministrationImpl groups;
    PasswordPolicyAdministrationImpl policies;
    AuthenticatedUser admin;
    /** See {@link #withPaul()}; null without. */
    AuthenticatedUser paul;

    /** @param name the installation's name and its folder's */
    AdministeredInstallation(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
    }

    /** Creates paul too ({@link #createPaul}, no display name, {@link #PASSWORD}) before each test. */
    AdministeredInstallation withPaul() {
        withPaul = true;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("castellan-security-").resolve(name);
        store = CastellanStore.create(folder, NewInstallation.unencrypted(name));
        accounts = new AccountServiceImpl(store, Contributions.catalog(), PasswordHashing.OWASP_MINIMUM, clock, LoginThrottling.DEFAULT);
        users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
        roles = new RoleAdministrationImpl(store, Contributions.catalog(), clock);
        groups = new GroupAdministrationImpl(store, clock);
        policies = new PasswordPolicyAdministrationImpl(store, clock);
        admin = accounts.createFirstAdministrator("admin", null, PASSWORD);
        paul = withPaul ? createPaul(null, PASSWORD) : null;
    }

    /** Creates paul, authorization level 2, neither administrator nor external. */
    AuthenticatedUser createPaul(String displayName, char[] password) throws Exception {
        return users.createUser(admin, new NewUser("paul", displayName, null, false, false, 2, password));
    }

    /** Whether {@code user} holds {@code right}, as the installation's model stands now. */
    boolean hasRight(AuthenticatedUser user, String right) throws Exception {
        return EffectiveRights.compile(store.model().load()).hasRight(user.id(), right);
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
    public void afterEach(ExtensionContext context) throws IOException {
        store.close();
        TempFolders.deleteTree(folder.getParent());
    }
}
