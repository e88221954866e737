package org.castellan.directory.internal;

import java.io.IOException;
import java.util.Objects;

import org.castellan.security.DirectoryAuthenticator;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Domain users' passwords, checked by the installation's directory as its settings say at each login. */
@Component(service = DirectoryAuthenticator.class)
public final class DirectoryAuthenticatorImpl implements DirectoryAuthenticator {

    private final CastellanStore store;

    @Activate
    public DirectoryAuthenticatorImpl(@Reference CastellanStore store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public Outcome authenticate(String login, char[] password) {
        if (password == null || password.length == 0) {
            return new Outcome(Result.REFUSED, Messages.passwordEmpty); // before anything is read or asked
        }
        Directory directory;
        try {
            directory = InstallationDirectory.of(store);
        } catch (StoreException | IOException e) {
            return new Outcome(Result.UNAVAILABLE, NLS.bind(Messages.loginUnavailable, DirectoryAnswer.reason(e)));
        }
        try {
            return directory.authenticate(login, password);
        } finally {
            directory.forget();
        }
    }
}
