package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.castellan.security.AccountService;
import org.castellan.server.ServerOptions;
import org.castellan.server.tests.Api.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst of log-ins verifies at most as many passwords at once as the server allows: the others
 * wait their turn (a bounded number, for a bounded time) or are answered 503 busy with Retry-After,
 * without counting as failed attempts, while heartbeats and decisions are answered meanwhile. The
 * real account service verifies the passwords; a gate in front of it holds each verification until
 * the test lets it go, and counts how many are inside at once.
 */
class PasswordChecksTest {

    private static final int RUNNING = 2;

    @TempDir
    Path dir;
    private ServerInstallation installation;

    /** The account service, each log-in held at the gate while it is closed. */
    private static final class Gate {
        final AtomicBoolean closed = new AtomicBoolean();
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final Semaphore arrived = new Semaphore(0);
        final CountDownLatch open = new CountDownLatch(1);

        AccountService around(AccountService accounts) {
            return (AccountService) Proxy.newProxyInstance(AccountService.class.getClassLoader(), new Class<?>[] { AccountService.class },
                    (proxy, method, args) -> {
                        boolean held = method.getName().equals("authenticate") && closed.get();
                        if (held) {
                            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            arrived.release();
                            open.await(60, TimeUnit.SECONDS);
                        }
                        try {
                            return method.invoke(accounts, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        } finally {
                            if (held) {
                                inside.decrementAndGet();
                            }
                        }
                    });
        }
    }

    @AfterEach
    void stop() {
        if (installation != null) {
            installation.close();
        }
    }

    private CompletableFuture<Answer> logIn(String login) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return installation.api.post("/api/v1/sessions", "{\"login\":\"" + login + "\",\"password\":\"" + ServerInstallation.PASSWORD + "\"}",
                        null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void atMostTheBoundVerifiesAtOnceAndTheOverflowIsToldToComeBack() throws Exception {
        Gate gate = new Gate();
        // Two verify at once, one more may wait a moment; the address and login limits are not what is tested here.
        installation = new ServerInstallation(dir, ServerOptions.defaults().withAddress("127.0.0.1", 0).withAttemptLimits(100, 100, Duration.ofMinutes(1))
                .withPasswordChecks(RUNNING, 1, Duration.ofMillis(300)), gate::around);
        String till = installation.api.login("cashier", ServerInstallation.PASSWORD);

        gate.closed.set(true);
        List<CompletableFuture<Answer>> verifying = new ArrayList<>();
        for (int i = 0; i < RUNNING; i++) {
            verifying.add(logIn("clerk"));
        }
        assertTrue(gate.arrived.tryAcquire(RUNNING, 60, TimeUnit.SECONDS), "the first two reach the account service");

        // Two more while both are verifying: each waits its 300 ms (or finds the one place in the queue taken) and is turned away.
        List<CompletableFuture<Answer>> more = List.of(logIn("cashier"), logIn("admin"));
        for (CompletableFuture<Answer> turnedAway : more) {
            Answer busy = turnedAway.get(60, TimeUnit.SECONDS);
            assertEquals(503, busy.status(), busy.toString());
            assertEquals("busy", busy.error());
            assertTrue(busy.message().contains("nothing was checked. Log in again in 1"), busy.message());
            assertEquals("1", busy.response().headers().firstValue("Retry-After").orElseThrow(), busy.toString());
        }
        // Meanwhile the till's heartbeat and a decision are answered, and nothing else entered the account service.
        Answer beat = installation.api.post("/api/v1/session/heartbeat", "{\"userActive\":true}", till);
        assertEquals(200, beat.status(), beat.toString());
        Answer decision = installation.api.post("/api/v1/decisions/rights", "{\"rights\":[\"" + ServerInstallation.CASH + "\"]}", till);
        assertEquals(200, decision.status(), decision.toString());
        assertEquals(RUNNING, gate.inside.get());

        gate.open.countDown();
        for (CompletableFuture<Answer> login : verifying) {
            Answer opened = login.get(60, TimeUnit.SECONDS);
            assertEquals(201, opened.status(), opened.toString());
        }
        assertEquals(RUNNING, gate.most.get(), "never more than the bound inside the account service at once");

        gate.closed.set(false);
        assertEquals(201, logIn("admin").get(60, TimeUnit.SECONDS).status(), "a log-in turned away comes back and gets in");
    }

    @Test
    void aLogInTurnedAwayBusyIsNotAFailedAttempt() throws Exception {
        Gate gate = new Gate();
        // One attempt a minute per login: a busy answer must not use it up.
        installation = new ServerInstallation(dir, ServerOptions.defaults().withAddress("127.0.0.1", 0).withAttemptLimits(100, 1, Duration.ofMinutes(1))
                .withPasswordChecks(1, 0, Duration.ofMillis(100)), gate::around);
        gate.closed.set(true);
        CompletableFuture<Answer> first = logIn("clerk");
        assertTrue(gate.arrived.tryAcquire(60, TimeUnit.SECONDS));
        Answer busy = logIn("cashier").get(60, TimeUnit.SECONDS);
        assertEquals(503, busy.status(), busy.toString());
        gate.open.countDown();
        assertEquals(201, first.get(60, TimeUnit.SECONDS).status());
        Answer wrong = installation.api.post("/api/v1/sessions", "{\"login\":\"cashier\",\"password\":\"guess\"}", null);
        assertEquals(401, wrong.status(), "cashier's login still had its attempt: " + wrong);
    }
}
