package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.castellan.server.ServerOptions;
import org.castellan.server.tests.Api.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Log-in attempts are limited per client address and per login, before the password is even checked. */
class RateLimitTest {

    @TempDir
    Path dir;
    private ServerInstallation installation;

    @AfterEach
    void stop() {
        if (installation != null) {
            installation.close();
        }
    }

    private Answer attempt(String login, String password) throws Exception {
        return installation.api.post("/api/v1/sessions", "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}", null);
    }

    @Test
    void oneAddressMayNotTryManyLogins() throws Exception {
        installation = new ServerInstallation(dir, ServerOptions.defaults().withAddress("127.0.0.1", 0).withAttemptLimits(3, 100, Duration.ofMinutes(1)));
        for (String login : new String[] { "ann", "bob", "cid" }) {
            assertEquals(401, attempt(login, "guess").status());
        }
        Answer limited = attempt("clerk", ServerInstallation.PASSWORD);
        assertEquals(429, limited.status(), limited.toString());
        assertEquals("too_many_attempts", limited.error());
        assertTrue(limited.message().contains("127.0.0.1"), limited.message());
        long retryAfter = Long.parseLong(limited.response().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(0, installation.count("sessions"), "even the right password opens nothing while limited");

        installation.clock.advance(Duration.ofSeconds(retryAfter));
        assertEquals(201, attempt("clerk", ServerInstallation.PASSWORD).status(), "allowed again after Retry-After");
    }

    @Test
    void oneLoginMayNotBeTriedManyTimes() throws Exception {
        installation = new ServerInstallation(dir, ServerOptions.defaults().withAddress("127.0.0.1", 0).withAttemptLimits(100, 2, Duration.ofMinutes(1)));
        assertEquals(401, attempt("clerk", "guess-1").status());
        installation.clock.advance(Duration.ofSeconds(20));
        assertEquals(401, attempt("CLERK", "guess-2").status());
        Answer limited = attempt("clerk", ServerInstallation.PASSWORD);
        assertEquals(429, limited.status(), limited.toString());
        assertTrue(limited.message().contains("clerk"), limited.message());
        assertEquals("40", limited.response().headers().firstValue("Retry-After").orElseThrow(), "until the first attempt leaves the window");
        assertEquals(201, attempt("cashier", ServerInstallation.PASSWORD).status(), "another login is not limited");
    }

    @Test
    void loginsThatSucceedAreNotCountedFailuresAre() throws Exception {
        installation = new ServerInstallation(dir, ServerOptions.defaults().withAddress("127.0.0.1", 0).withAttemptLimits(3, 2, Duration.ofMinutes(1)));
        for (int i = 0; i < 5; i++) {
            assertEquals(201, attempt("clerk", ServerInstallation.PASSWORD).status(), "a script logging in for each command: login " + i);
        }
        assertEquals(401, attempt("clerk", "guess-1").status());
        assertEquals(401, attempt("clerk", "guess-2").status());
        assertEquals(429, attempt("clerk", ServerInstallation.PASSWORD).status(), "two failures fill the login's limit");
    }
}
