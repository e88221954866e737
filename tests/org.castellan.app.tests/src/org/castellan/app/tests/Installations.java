package org.castellan.app.tests;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.castellan.app.internal.flow.FirstStart;
import org.castellan.app.internal.flow.FirstStartInput;
import org.castellan.app.internal.flow.LoggedIn;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.SealedRows;
import org.castellan.store.Transaction;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Installations made for a test through the application's own first-start flow, without its dialog. */
final class Installations {

    static final String LOGIN = "admin";
    static final String DISPLAY_NAME = "Alice Martin";
    static final String PASSWORD = "Corr3ct-Horse!";

    private Installations() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(Installations.class).getBundleContext();
    }

    static FirstStartInput input(String name, String passphrase) {
        char[] secret = passphrase == null ? new char[0] : passphrase.toCharArray();
        return new FirstStartInput(true, name, LOGIN, DISPLAY_NAME, PASSWORD.toCharArray(), PASSWORD.toCharArray(), passphrase != null,
                secret, secret.clone());
    }

    /** A service of the running framework (the DS components bound to the published store). */
    static <S> S service(Class<S> type) {
        BundleContext context = context();
        return context.getService(java.util.Objects.requireNonNull(context.getServiceReference(type), type.getName()));
    }

    /** Creates an installation without encryption, left open with its administrator's session published to the workbench. */
    static LoggedIn createInSession(Path folder, String name) throws Exception {
        LoggedIn loggedIn = create(folder, name, null);
        try {
            loggedIn.publishSession();
            return loggedIn;
        } catch (Exception | Error e) {
            loggedIn.close();
            throw e;
        }
    }

    /** Creates an installation and its administrator, left open. */
    static LoggedIn create(Path folder, String name, String passphrase) throws Exception {
        FirstStart firstStart = FirstStart.newInstallation(folder, context());
        try {
            AuthenticatedUser admin = firstStart.submit(input(name, passphrase));
            return firstStart.complete(admin);
        } catch (Exception | Error e) {
            firstStart.close();
            throw e;
        }
    }

    /**
     * Names a user's row, changed by a test with plain SQL in {@code tx}, to the seals as Castellan's
     * own writes do ({@code SealedRows.written}): otherwise his login is refused as tampered.
     */
    static void sealUser(Transaction tx, String login) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM users WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SealedRows.written(tx, "users", rs.getString(1));
                }
            }
        }
    }
}
