package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.UserAdministration;
import org.castellan.server.client.Fingerprints;
import org.castellan.server.client.PinnedServer;
import org.castellan.server.client.RemoteServices;
import org.castellan.server.client.ServerLogin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client workstation logs its user in to the server: the server checks him and says who he is; the log-out ends his token. */
class ServerLoginTest {

    @TempDir
    Path dir;

    @Test
    void theServerChecksThePasswordAndSaysWhoActs() throws Exception {
        try (ServerInstallation installation = new ServerInstallation(dir)) {
            PinnedServer server = new PinnedServer("127.0.0.1", installation.server.port(), Fingerprints.of(installation.server.certificate()));

            AccountException wrong = assertThrows(AccountException.class,
                    () -> ServerLogin.logIn(server, "admin", "not-it".toCharArray(), Optional.empty(), "desk-2", "Castellan workbench", false));
            assertFalse(wrong.getMessage().isBlank());

            ServerLogin login = ServerLogin.logIn(server, "admin", ServerInstallation.PASSWORD.toCharArray(), Optional.empty(), "desk-2",
                    "Castellan workbench", false);
            AuthenticatedUser admin = login.user();
            assertEquals(installation.admin.id(), admin.id());
            assertEquals("admin", admin.login());
            assertEquals("Anne Admin", admin.displayName());
            assertEquals(installation.admin.authorizationLevel(), admin.authorizationLevel());
            assertTrue(login.heartbeatInterval().toSeconds() > 0);
            assertTrue(login.heartbeat(true), "the session is open");
            UserAdministration users = RemoteServices.of(UserAdministration.class, server, login::token, topic -> {
            });
            assertTrue(users.users(admin).stream().anyMatch(u -> u.login().equals("clerk")));

            // registered as OSGi services, as a client workstation's workbench finds them
            org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext();
            try (AutoCloseable registered = RemoteServices.register(context, server, login::token, topic -> {
            })) {
                var references = context.getServiceReferences(UserAdministration.class, "(" + RemoteServices.REMOTE_PROPERTY + "=true)");
                assertEquals(1, references.size());
                UserAdministration found = context.getService(references.iterator().next());
                assertTrue(found.users(admin).stream().anyMatch(u -> u.login().equals("cashier")));
                context.ungetService(references.iterator().next());
                for (Class<?> type : RemoteServices.REGISTERED) {
                    assertEquals(1, context.getServiceReferences(type.getName(), "(" + RemoteServices.REMOTE_PROPERTY + "=true)").length, type.getName());
                }
                // the workbench's session gate would wake up on it and open the session by id, which is not served
                assertEquals(null, context.getServiceReferences(org.castellan.sessions.SessionRegistry.class.getName(),
                        "(" + RemoteServices.REMOTE_PROPERTY + "=true)"));
            }
            assertTrue(context.getServiceReferences(UserAdministration.class, "(" + RemoteServices.REMOTE_PROPERTY + "=true)").isEmpty(), "unregistered");

            login.close();
            assertFalse(login.heartbeat(false), "logged out");
            assertThrows(AccountException.class, () -> users.users(admin), "the token is refused after the log-out");
        }
    }

    @Test
    void anUnreachableServerIsARefusalSayingSo() throws Exception {
        try (ServerInstallation installation = new ServerInstallation(dir)) {
            PinnedServer server = new PinnedServer("127.0.0.1", installation.server.port(), Fingerprints.of(installation.server.certificate()));
            installation.server.close();
            AccountException unreachable = assertThrows(AccountException.class,
                    () -> ServerLogin.logIn(server, "admin", ServerInstallation.PASSWORD.toCharArray(), Optional.empty(), "desk-2", "Castellan workbench",
                            false));
            assertTrue(unreachable.getMessage().contains("127.0.0.1"), unreachable.getMessage());
        }
    }
}
