package org.castellan.backup.tests;

import java.nio.file.Path;

import org.castellan.test.support.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Each test starts with a fresh installation, "Pharmacie du Parc", in a temporary folder. */
abstract class InstallationTest {

    @TempDir
    Path dir;

    BackedUpInstallation installation;

    @BeforeEach
    void createInstallation() throws Exception {
        installation = new BackedUpInstallation(dir.resolve("pharmacy"), BackedUpInstallation.newClock());
    }

    @AfterEach
    void closeInstallation() {
        installation.close();
    }
}
