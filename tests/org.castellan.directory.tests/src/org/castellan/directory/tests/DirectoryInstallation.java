package org.castellan.directory.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.castellan.directory.internal.DirectoryAuthenticatorImpl;
import org.castellan.directory.internal.DirectoryServiceImpl;
import org.castellan.directory.internal.DirectorySettingsContribution;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.LoginThrottling;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.DomainUsersImpl;
import org.castellan.security.internal.GroupAdministrationImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.SettingsAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.ChangeJournal;
import org.castellan.store.Transaction;
import org.castellan.store.NewInstallation;
import org.castellan.test.support.SettableClock;
import org.castellan.test.support.Slapd;
import org.castellan.test.support.TempFolders;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A new installation with its administrator, the account and settings services, and the directory's
 * services on it, made afresh before each test and deleted after; {@link #pointAt} sets the
 * directory settings the way an administrator does (through the settings service, journaled).
 */
final class DirectoryInstallation implements BeforeEachCallback, AfterEachCallback {

    static final char[] ADMIN_PASSWORD = "Pharma-2026x".toCharArray();

    final SettableClock clock = SettableClock.utc("2026-12-01T08:00:00Z");
    private Path folder;

    CastellanStore store;
    AccountServiceImpl accounts;
    UserAdministrationImpl users;
    SettingsAdministrationImpl settings;
    DirectoryServiceImpl directory;
    DomainUsersImpl domainUsers;
    GroupAdministrationImpl groups;
    AuthenticatedUser admin;
    final RecordingJournal journal = new RecordingJournal();

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("castellan-directory-").resolve("installation");
        store = CastellanStore.create(folder, NewInstallation.unencrypted("Directory"));
        store.journalTo(journal);
        accounts = new AccountServiceImpl(store, new ExtensionRightsCatalog(RegistryFactory.getRegistry()), PasswordHashing.OWASP_MINIMUM, clock,
                LoginThrottling.DEFAULT);
        accounts.setDirectory(new DirectoryAuthenticatorImpl(store));
        users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
        settings = new SettingsAdministrationImpl(store, clock);
        domainUsers = new DomainUsersImpl(store, clock);
        groups = new GroupAdministrationImpl(store, clock);
        DirectorySettingsContribution contribution = new DirectorySettingsContribution();
        settings.addContribution(contribution);
        directory = new DirectoryServiceImpl(store, new AccessControlImpl(store, clock), domainUsers, users, clock);
        admin = accounts.createFirstAdministrator("admin", null, ADMIN_PASSWORD);
    }

    /** Settings for {@code slapd} at {@code urls}, with the service account and its password, and {@code more} on top. */
    void pointAt(String urls, Map<String, String> more) throws Exception {
        Map<String, String> values = new java.util.HashMap<>(Map.of("directory.urls", urls, "directory.base.dn", Slapd.BASE_DN,
                "directory.service.dn", Slapd.SERVICE_DN, "directory.timeout.connect.seconds", "2", "directory.timeout.read.seconds", "2"));
        values.putAll(more);
        settings.change(admin, values);
        directory.setServicePassword(admin, Slapd.SERVICE_PASSWORD.toCharArray());
    }

    /** A domain user of Castellan, created as an administrator does. */
    void domainUser(String login) throws Exception {
        users.createUser(admin, new NewUser(login, null, null, false, true, 2, "Unused-2026x".toCharArray()));
    }

    /** A user who may log in but administers nothing. */
    AuthenticatedUser clerk() throws Exception {
        users.createUser(admin, new NewUser("clerk", null, null, false, false, 2, "Clerk-2026xy".toCharArray()));
        return accounts.authenticate("clerk", "Clerk-2026xy".toCharArray());
    }

    /** What the journal was given, in order. */
    static final class RecordingJournal implements ChangeJournal {

        final List<Map<String, ?>> entries = new ArrayList<>();
        final List<String> topics = new ArrayList<>();

        @Override
        public void record(Transaction tx, String topic, Map<String, ?> properties) {
            topics.add(topic);
            entries.add(Map.copyOf(properties));
        }

        @Override
        public void rightsChanged(Transaction tx, String userId, String login, List<String> rightIds, boolean revoke) {
            // the rights archive is the audit bundle's; not looked at here
        }

        /** The entries of {@code topic} about {@code login}. */
        List<Map<String, ?>> of(String topic, String login) {
            List<Map<String, ?>> found = new ArrayList<>();
            for (int i = 0; i < topics.size(); i++) {
                if (topics.get(i).equals(topic) && login.equals(entries.get(i).get("login"))) {
                    found.add(entries.get(i));
                }
            }
            return found;
        }
    }

    Path folder() {
        return folder;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        store.close();
        TempFolders.deleteTree(folder.getParent());
    }
}
