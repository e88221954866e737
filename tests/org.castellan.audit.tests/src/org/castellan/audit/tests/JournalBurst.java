package org.castellan.audit.tests;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.castellan.audit.internal.JournalService;
import org.castellan.audit.internal.Workstation;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.TransactionWork;

/**
 * A separate program (its own JVM, no OSGi) that writes journal events one transaction each, as
 * fast as it can, and prints each event's number once its commit has returned; the test kills it
 * with SIGKILL in the middle.
 */
public final class JournalBurst {

    static final String TOPIC = "org/castellan/tests/BURST";
    static final String READY = "ready";

    private JournalBurst() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Clock clock = Clock.systemUTC();
        try (CastellanStore store = CastellanStore.open(Path.of(args[0]), Optional.empty())) {
            JournalService journal = new JournalService(store, new AccessControlImpl(store, clock), clock,
                    new Workstation("burst", "127.0.0.1", "tester", "0.1.0"));
            out.println(READY);
            out.flush();
            for (long n = 1;; n++) {
                long number = n;
                store.inTransaction((TransactionWork<Void>) tx -> {
                    journal.record(tx, TOPIC, Map.of("n", number));
                    return null;
                });
                out.println(number);
                out.flush();
            }
        }
    }
}
