package org.castellan.sessions.tests;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.castellan.sessions.DatabaseTime;
import org.castellan.sessions.internal.SessionRegistryImpl;
import org.castellan.test.support.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Where the headless tests start: a {@link SharedInstallation} and a registry whose database time the test moves. */
abstract class RegistryFixture {

    @TempDir
    Path dir;

    SharedInstallation installation;
    /** The database's time, a Monday in Paris at the hour the test class chose. */
    SettableClock database;
    SessionRegistryImpl registry;

    private final int hour;
    private final int minute;

    RegistryFixture(int hour, int minute) {
        this.hour = hour;
        this.minute = minute;
    }

    @BeforeEach
    void openInstallation() throws Exception {
        installation = new SharedInstallation(dir.resolve("installation"));
        database = SettableClock.at(LocalDateTime.of(2026, 11, 23, hour, minute), ZoneId.of("Europe/Paris"));
        registry = installation.registry(database, DatabaseTime.of(database));
    }

    @AfterEach
    void closeInstallation() {
        installation.close();
    }
}
