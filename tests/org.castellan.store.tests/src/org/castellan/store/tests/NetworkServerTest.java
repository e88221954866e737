package org.castellan.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.castellan.model.Installation;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.castellan.model.tests.fixtures.SampleInstallation;
import org.castellan.store.CastellanStore;
import org.castellan.store.DatabaseCredentials;
import org.castellan.store.DatabaseServer;
import org.castellan.store.StaleObjectException;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.castellan.store.StoreMode;
import org.castellan.store.tests.support.Installations;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several workstations on one installation through Derby Network Server on a loopback port. */
class NetworkServerTest {

    @TempDir
    Path dir;

    private CastellanStore server;
    private DatabaseServer listener;

    @BeforeEach
    void serverWorkstation() throws Exception {
        server = Installations.createWithSample(dir.resolve("shared"));
        listener = server.startServer("localhost", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClientReadsAndWritesTheSharedModel() throws Exception {
        assertEquals(StoreMode.SERVER, server.mode());
        assertEquals("localhost", listener.address().host(), "the server listens on loopback unless told otherwise");
        try (CastellanStore client = CastellanStore.connect(listener.address(), server.credentials(), sealKey())) {
            assertEquals(StoreMode.CLIENT, client.mode());
            assertTrue(EcoreUtil.equals(server.model().load(), client.model().load()), "both workstations see the same model");

            Installation seenByClient = client.model().load();
            User added = SampleInstallation.user(seenByClient, "jeanne", "Jeanne", 2);
            client.model().insert(added);

            assertTrue(server.model().load().getUsers().stream().anyMatch(u -> u.getLogin().equals("jeanne")),
                    "the server workstation sees what the client saved");
        }
    }

    @Test
    void aClientWithoutTheSealKeyReadsButWritesNoSecurityRow() throws Exception {
        try (CastellanStore client = CastellanStore.connect(listener.address(), server.credentials())) {
            Installation seenByClient = client.model().load();
            assertTrue(EcoreUtil.equals(server.model().load(), seenByClient), "it reads what it may");
            User added = SampleInstallation.user(seenByClient, "jeanne", "Jeanne", 2);

            StoreException e = assertThrows(StoreException.class, () -> client.model().insert(added));

            assertEquals(Problem.SEALS, e.problem());
            assertTrue(e.getMessage().contains("server workstation's installation folder"), e.getMessage());
            assertTrue(server.model().load().getUsers().stream().noneMatch(u -> u.getLogin().equals("jeanne")), "nothing was saved");
        }
    }

    private Path sealKey() {
        return server.folder().orElseThrow().resolve("seal.key");
    }

    @Test
    void conflictsBetweenWorkstationsAreDetected() throws Exception {
        try (CastellanStore client = CastellanStore.connect(listener.address(), server.credentials())) {
            Role onServer = server.model().load().getRoles().get(0);
            Role onClient = client.model().load().getRoles().get(0);
            onServer.setName("Owners");
            server.model().update(onServer);
            onClient.setName("Proprietors");
            assertThrows(StaleObjectException.class, () -> client.model().update(onClient));
        }
    }

    @Test
    void connectionsWithoutTheInstallationsCredentialsAreRefused() {
        DatabaseCredentials wrong = new DatabaseCredentials(server.credentials().user(), "not-the-password");
        StoreException e = assertThrows(StoreException.class, () -> CastellanStore.connect(listener.address(), wrong));
        assertEquals(Problem.AUTHENTICATION, e.problem(), e.getMessage());

        DatabaseCredentials stranger = new DatabaseCredentials("intruder", "guess");
        assertThrows(StoreException.class, () -> CastellanStore.connect(listener.address(), stranger));
    }

    @Test
    void aClientWhoseServerStoppedGetsAClearMessage() throws Exception {
        CastellanStore client = CastellanStore.connect(listener.address(), server.credentials());
        listener.close();
        StoreException e = assertThrows(StoreException.class, () -> client.model().load());
        assertEquals(Problem.SERVER_UNREACHABLE, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains(listener.address().host() + ":" + listener.address().port()), e.getMessage());
        client.close();
    }
}
