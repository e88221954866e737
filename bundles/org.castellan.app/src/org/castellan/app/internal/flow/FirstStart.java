package org.castellan.app.internal.flow;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.castellan.app.internal.StartupException;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.PasswordPolicy;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.osgi.framework.BundleContext;

/**
 * What the First-start dialog's OK does: creates the installation (once), publishes its store and
 * creates the first administrator. When the administrator is refused after the installation was
 * created, a second {@link #submit} only retries the administrator. Closing it without
 * {@link #complete} closes the store it opened.
 */
public final class FirstStart implements AutoCloseable {

    private final Path folder;
    private final BundleContext context;
    private final PasswordPolicy policy;
    private PublishedStore published;
    private String installationName;
    private boolean handedOver;

    private FirstStart(Path folder, BundleContext context, PasswordPolicy policy, PublishedStore published, String installationName) {
        this.folder = Objects.requireNonNull(folder);
        this.context = context;
        this.policy = Objects.requireNonNull(policy);
        this.published = published;
        this.installationName = installationName;
    }

    /** Creates a new installation in an empty folder, then its administrator. */
    public static FirstStart newInstallation(Path folder, BundleContext context) {
        return new FirstStart(folder, Objects.requireNonNull(context), PasswordPolicy.DEFAULT, null, null);
    }

    /**
     * Creates only the administrator of an installation that has no user (its first start was
     * interrupted after the database was created). Takes over closing the store.
     */
    public static FirstStart administratorOnly(PublishedStore published, String installationName, PasswordPolicy policy) {
        Path folder = published.store().folder().orElse(Path.of("")); //$NON-NLS-1$
        return new FirstStart(folder, null, policy, published, Objects.requireNonNull(installationName));
    }

    /** Whether {@link #submit} creates the installation, not only its administrator. */
    public synchronized boolean createsInstallation() {
        return published == null;
    }

    public Path folder() {
        return folder;
    }

    /** The rules the administrator's password must follow, for the dialog's live feedback. */
    public PasswordPolicy passwordPolicy() {
        return policy;
    }

    /**
     * Creates what is missing. Blocks (database creation and password hashing): call it outside
     * the UI thread.
     */
    public synchronized AuthenticatedUser submit(FirstStartInput input) throws StoreException, AccountException, StartupException {
        if (published == null) {
            NewInstallation options = input.newInstallation();
            CastellanStore store;
            try {
                store = CastellanStore.create(folder, options);
            } finally {
                options.encryptionPassphrase().ifPresent(p -> Arrays.fill(p, '\0'));
            }
            published = PublishedStore.publish(context, store);
            installationName = options.name();
        }
        return published.accounts().createFirstAdministrator(input.login(), input.displayName().strip(), input.password());
    }

    /** Hands the open installation over to the caller once the administrator exists. */
    public synchronized LoggedIn complete(AuthenticatedUser administrator) {
        if (published == null) {
            throw new IllegalStateException("nothing was created"); //$NON-NLS-1$
        }
        handedOver = true;
        return new LoggedIn(published, installationName, administrator);
    }

    /** The store opened so far, if any (for callers that report on a failed first start). */
    public synchronized Optional<PublishedStore> published() {
        return Optional.ofNullable(published);
    }

    @Override
    public synchronized void close() {
        if (!handedOver && published != null) {
            published.close();
            published = null;
        }
    }
}
