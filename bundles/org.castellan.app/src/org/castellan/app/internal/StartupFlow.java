package org.castellan.app.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.castellan.app.internal.dialogs.FirstStartDialog;
import org.castellan.app.internal.dialogs.LoginDialog;
import org.castellan.app.internal.dialogs.PassphraseDialog;
import org.castellan.app.internal.flow.FirstStart;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.app.internal.flow.PublishedStore;
import org.castellan.app.internal.flow.ServedInstallation;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.server.client.Enrolment;
import org.castellan.store.CastellanStore;
import org.castellan.store.InstallationOpener;
import org.castellan.store.StoreException;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;

/**
 * The dialogs before the workbench: on an enrolled client workstation, Login through the Castellan
 * server ({@link ServedInstallation}); otherwise First start for a folder without installation; otherwise the
 * passphrase (encrypted installations), then Login, or First start for the administrator only when
 * an earlier first start stopped before creating it.
 */
final class StartupFlow {

    private final BundleContext context;
    private final Shell parent;

    StartupFlow(BundleContext context, Shell parent) {
        this.context = Objects.requireNonNull(context);
        this.parent = parent;
    }

    /**
     * @return the logged-in user and the open installation, or empty when the person cancelled
     */
    Optional<LoggedIn> run(Path folder) throws StoreException, AccountException, StartupException {
        Optional<Enrolment> enrolment;
        try {
            enrolment = Enrolment.read(folder);
        } catch (IOException e) {
            throw new StartupException(e.getMessage(), e);
        }
        if (enrolment.isPresent()) {
            return client(ServedInstallation.of(context, enrolment.get()));
        }
        if (!InstallationOpener.holdsInstallation(folder)) {
            // A folder that is a file or cannot be written is refused before anyone types anything.
            CastellanStore.checkCanCreate(folder);
            return firstStart(FirstStart.newInstallation(folder, context));
        }
        Optional<CastellanStore> store = new InstallationOpener(PassphraseDialog.prompt(parent)).open(folder);
        if (store.isEmpty()) {
            return Optional.empty();
        }
        PublishedStore published = PublishedStore.publish(context, store.get());
        boolean handedOver = false;
        try {
            AccountService accounts = published.accounts();
            String name = published.installationName();
            if (accounts.needsFirstAdministrator()) {
                handedOver = true; // FirstStart closes it from here on
                return firstStart(FirstStart.administratorOnly(published, name, accounts.passwordPolicy()));
            }
            LoginDialog login = new LoginDialog(parent, accounts, name);
            if (login.open() != Window.OK || login.user().isEmpty()) {
                return Optional.empty();
            }
            handedOver = true;
            return Optional.of(new LoggedIn(published, name, login.user().get()));
        } finally {
            if (!handedOver) {
                published.close();
            }
        }
    }

    /**
     * An enrolled client workstation: the Login dialog checks the user with the server, which
     * refuses with its message (or the dialog says it cannot be reached); no store is opened.
     */
    private Optional<LoggedIn> client(ServedInstallation served) {
        boolean handedOver = false;
        try {
            String name = served.installationName();
            LoginDialog login = new LoginDialog(parent, served.accounts(), name);
            if (login.open() != Window.OK || login.user().isEmpty()) {
                return Optional.empty();
            }
            handedOver = true;
            return Optional.of(new LoggedIn(served, name, login.user().get()));
        } finally {
            if (!handedOver) {
                served.close();
            }
        }
    }

    private Optional<LoggedIn> firstStart(FirstStart action) {
        try (action) {
            FirstStartDialog dialog = new FirstStartDialog(parent, action);
            if (dialog.open() != Window.OK || dialog.administrator().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(action.complete(dialog.administrator().get()));
        }
    }
}
