package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.cli.internal.CommandLine;
import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.internal.Terminal;
import org.castellan.security.AccountService;
import org.castellan.security.UserAdministration;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.castellan.store.StoreException;
import org.castellan.store.StoreRegistration;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * A new installation with its administrator, created through the real security services (DS, on
 * the published store), on which the command line runs in this JVM.
 */
final class CliInstallation {

    static final String ADMIN = "admin";
    static final String PASSWORD = "Pharma-2026x";
    /** A user without any right, whom {@link #withClerk} adds. */
    static final String CLERK_PASSWORD = "Counter-2026y";
    /** The right the test fragment declares, held by its predefined role Cashier. */
    static final String CASH = "org.castellan.cli.tests.cash";
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(30);

    /** What one run of the command line returned and printed. */
    record Run(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /** Something to do with the services of the installation, for checks beside the command line. */
    @FunctionalInterface
    interface ServiceWork<T> {
        T apply(Services services) throws Exception;
    }

    /** The services bound to an installation opened by a test. */
    interface Services {
        <S> S get(Class<S> type);
    }

    final Path folder;

    CliInstallation(Path folder) throws Exception {
        this.folder = folder;
        try (StoreRegistration published = StoreRegistration.publish(context(),
                CastellanStore.create(folder, NewInstallation.unencrypted("Command line")))) {
            published.awaitService(AccountService.class, SERVICE_TIMEOUT).orElseThrow()
                    .createFirstAdministrator(ADMIN, "Administrator", PASSWORD.toCharArray());
        }
    }

    /** Runs a command as the administrator, his password on standard input. */
    Run asAdmin(String... args) {
        return as(ADMIN, PASSWORD, args);
    }

    /** Runs a command as {@code login}, his password on standard input. */
    Run as(String login, String password, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 3);
        all[args.length] = "--as";
        all[args.length + 1] = login;
        all[args.length + 2] = "--password-stdin";
        return run(ScriptedTerminal.stdin(password), all);
    }

    /** Adds a user (level 0, no role) as the administrator; fails the test when refused. */
    void addUser(String login, String password) {
        Run added = run(ScriptedTerminal.stdin(PASSWORD, password), "user", "add", login, "--as", ADMIN, "--password-stdin");
        if (added.exitCode() != 0) {
            throw new AssertionError(added.toString());
        }
    }

    /** A new installation in {@code dir}/installation with its administrator and the user clerk (level 0, no role). */
    static CliInstallation withClerk(Path dir) throws Exception {
        CliInstallation installation = new CliInstallation(dir.resolve("installation"));
        installation.addUser("clerk", CLERK_PASSWORD);
        return installation;
    }

    /** Runs commands as the administrator, in order; fails the test at the first that does not succeed. */
    @SafeVarargs
    final CliInstallation setUp(List<String>... commands) {
        for (List<String> command : commands) {
            Run run = asAdmin(command.toArray(String[]::new));
            if (run.exitCode() != 0) {
                throw new AssertionError(command + ": " + run);
            }
        }
        return this;
    }

    /** Runs a command as the clerk, who may not administer anything. */
    Run asClerk(String... args) {
        return as("clerk", CLERK_PASSWORD, args);
    }

    /** Fails the test unless the run succeeded and said {@code says}. */
    static void done(Run run, String says) {
        assertEquals(ExitCode.DONE, run.exitCode(), run.toString());
        assertTrue(run.err().contains(says), run.toString());
    }

    /** Fails the test unless the run ended with {@code exitCode} and said {@code says}. */
    static void refused(Run run, int exitCode, String says) {
        assertEquals(exitCode, run.exitCode(), run.toString());
        assertTrue(run.err().contains(says), run.toString());
    }

    Run run(Terminal terminal, String... args) {
        return run(terminal, Map.of(), args);
    }

    Run run(Terminal terminal, Map<String, String> environment, String... args) {
        return run(folder, terminal, environment, args);
    }

    /** Runs the command line on any folder, with or without an installation. */
    static Run run(Path folder, Terminal terminal, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new CommandLine(context(), folder, terminal, environment, o, e).run(args);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Opens the installation, as another program would, and works with its services. */
    <T> T with(ServiceWork<T> work) throws Exception {
        try (StoreRegistration published = StoreRegistration.publish(context(), CastellanStore.open(folder, Optional.empty()))) {
            return work.apply(new Services() {
                @Override
                public <S> S get(Class<S> type) {
                    try {
                        return published.awaitService(type, SERVICE_TIMEOUT).orElseThrow();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
    }

    /** The details of the journal's rows on a topic, oldest first. */
    List<String> journaled(String topic) throws Exception {
        return with(services -> {
            try {
                return services.get(CastellanStore.class).inTransaction(tx -> {
                    List<String> details = new ArrayList<>();
                    try (var st = tx.connection().prepareStatement("SELECT details FROM audit_journal WHERE topic = ? ORDER BY seq")) {
                        st.setString(1, topic);
                        try (var rs = st.executeQuery()) {
                            while (rs.next()) {
                                details.add(rs.getString(1));
                            }
                        }
                    }
                    return details;
                });
            } catch (StoreException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Locks an account until {@code until}, as ten wrong passwords in a row would (the tests never wait for throttling). */
    void lock(String login, Instant until) throws Exception {
        with(services -> {
            String id = services.get(UserAdministration.class)
                    .user(services.get(AccountService.class).authenticate(ADMIN, PASSWORD.toCharArray()), login).id();
            try {
                return services.get(CastellanStore.class).inTransaction(tx -> {
                    try (var delete = tx.connection().prepareStatement("DELETE FROM login_attempts WHERE user_id = ?");
                            var insert = tx.connection().prepareStatement(
                                    "INSERT INTO login_attempts (user_id, failures, last_failure_at, locked_until) VALUES (?, 10, ?, ?)")) {
                        delete.setString(1, id);
                        delete.executeUpdate();
                        insert.setString(1, id);
                        insert.setTimestamp(2, Timestamp.from(Instant.now()));
                        insert.setTimestamp(3, Timestamp.from(until));
                        return insert.executeUpdate();
                    }
                });
            } catch (StoreException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** The key/value lines of a {@code show} command in tsv, by key. */
    static Map<String, String> fields(Run run) {
        if (run.exitCode() != 0) {
            throw new AssertionError(run.toString());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        run.out().lines().forEach(line -> {
            String[] parts = line.split("\t", -1);
            if (parts.length != 2 || fields.put(parts[0], parts[1]) != null) {
                throw new AssertionError("not one key and one value, or a key twice: " + line + "\n" + run);
            }
        });
        return fields;
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(CliInstallation.class).getBundleContext();
    }
}
