package org.castellan.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.castellan.store.CastellanStore;
import org.castellan.store.StoreMode;
import org.castellan.store.internal.InstallationFiles;
import org.castellan.store.tests.support.Installations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sharing an installation as the README documents it: the server workstation's
 * installation.properties says {@code store.mode=server}; a client workstation's folder holds an
 * installation.properties with {@code store.mode=client} and a copy of the server's
 * credentials.properties.
 */
class SharedInstallationSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theServerAndClientModesOfInstallationPropertiesWorkAsDocumented() throws Exception {
        Path serverFolder = dir.resolve("server");
        Installations.createWithSample(serverFolder).close();
        int port = freePort();
        Files.writeString(serverFolder.resolve(InstallationFiles.SETTINGS),
                "store.mode=server\nserver.host=localhost\nserver.port=" + port + "\n", java.nio.file.StandardOpenOption.APPEND);

        Path clientFolder = Files.createDirectories(dir.resolve("workstation-2"));
        Files.writeString(clientFolder.resolve(InstallationFiles.SETTINGS), "installation.id=workstation-2\nstore.mode=client\n"
                + "server.host=localhost\nserver.port=" + port + "\nserver.database=" + serverFolder.resolve(InstallationFiles.DATABASE) + "\n");
        Files.copy(serverFolder.resolve(InstallationFiles.CREDENTIALS), clientFolder.resolve(InstallationFiles.CREDENTIALS),
                StandardCopyOption.COPY_ATTRIBUTES);

        try (CastellanStore server = Installations.open(serverFolder)) {
            assertEquals(StoreMode.SERVER, server.mode());
            try (CastellanStore client = Installations.open(clientFolder)) {
                assertEquals(StoreMode.CLIENT, client.mode());
                assertEquals("Pharmacie du Centre", client.model().load().getName());
                assertEquals(3, client.model().load().getUsers().size());
            }
        }
        assertTrue(Files.notExists(clientFolder.resolve(InstallationFiles.DATABASE)), "a client workstation keeps no database");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
