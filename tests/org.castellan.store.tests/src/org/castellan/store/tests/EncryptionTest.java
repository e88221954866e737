package org.castellan.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.castellan.model.Installation;
import org.castellan.model.tests.fixtures.SampleInstallation;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.store.StoreException.Problem;
import org.castellan.store.internal.InstallationFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption at rest, chosen at creation: AES-256, and nothing readable in the files. */
class EncryptionTest {

    private static final String MARKER = "ZebraMarkerLogin42";

    @TempDir
    Path dir;

    @Test
    void anEncryptedDatabaseHoldsNoReadableDataAndUsesAes256() throws Exception {
        Path encrypted = dir.resolve("encrypted");
        try (CastellanStore store = CastellanStore.create(encrypted, NewInstallation.encrypted("Secret", "correct horse battery".toCharArray()))) {
            addMarkerUser(store);
        }
        Path plain = dir.resolve("plain");
        try (CastellanStore store = CastellanStore.create(plain, NewInstallation.unencrypted("Plain"))) {
            addMarkerUser(store);
        }

        assertTrue(containsBytes(plain.resolve(InstallationFiles.DATABASE), MARKER), "the scan finds data where it is not encrypted");
        assertFalse(containsBytes(encrypted.resolve(InstallationFiles.DATABASE), MARKER), "no file of the encrypted database shows the data");
        String service = Files.readString(encrypted.resolve(InstallationFiles.DATABASE).resolve("service.properties"), StandardCharsets.ISO_8859_1);
        assertTrue(service.contains("encryptionAlgorithm=AES/CBC/NoPadding"), service);
        assertTrue(service.contains("encryptionKeyLength=256"), service);
        assertFalse(service.contains("DES"), "never Derby's DES default");
    }

    @Test
    void anEncryptedInstallationOpensOnlyWithItsPassphrase() throws Exception {
        Path folder = dir.resolve("locked");
        CastellanStore.create(folder, NewInstallation.encrypted("Locked", "correct horse battery".toCharArray())).close();

        StoreException missing = assertThrows(StoreException.class, () -> CastellanStore.open(folder, Optional.empty()));
        assertEquals(Problem.BOOT_PASSWORD, missing.problem());
        assertTrue(missing.getMessage().contains("encrypted"), missing.getMessage());

        StoreException wrong = assertThrows(StoreException.class,
                () -> CastellanStore.open(folder, Optional.of("wrong horse battery".toCharArray())));
        assertEquals(Problem.BOOT_PASSWORD, wrong.problem(), wrong.getMessage());

        try (CastellanStore store = CastellanStore.open(folder, Optional.of("correct horse battery".toCharArray()))) {
            assertEquals("Locked", store.model().load().getName());
        }
    }

    @Test
    void aShortPassphraseIsRefusedBeforeAnythingIsCreated() {
        assertThrows(IllegalArgumentException.class, () -> NewInstallation.encrypted("Short", "1234567".toCharArray()));
    }

    private static void addMarkerUser(CastellanStore store) throws StoreException {
        Installation model = store.model().load();
        store.model().insert(SampleInstallation.user(model, MARKER, "Marker", 1));
    }

    private static boolean containsBytes(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
