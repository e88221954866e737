package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The product's command line on one installation, run as a script runs it: a user who acts
 * ({@code --as LOGIN --password-stdin}), his password on the first line of standard input, no
 * display (see {@link ProductRun#commandLine}).
 */
record ProductCommandLine(Path product, Path data, Path workingDir, Path home, Path output) {

    /**
     * A new installation in the work folder's data folder, made by {@code castellan init} (the
     * administrator {@code admin}) with the user {@code clerk}, and the command line on it.
     */
    static ProductCommandLine pharmacyWithClerk(Path product, WorkFolder work, Path output, String adminPassword, String clerkPassword)
            throws IOException, InterruptedException {
        ProductRun.CommandLineRun init = ProductRun.commandLine(product, List.of("init", "--name", "Pharmacy", "--admin", "admin", "--password-stdin",
                "-data", work.data().toString()), adminPassword + "\n", work.workingDir(), work.home(), output, ProductRun.EXIT_TIMEOUT);
        assertEquals(0, init.exitCode(), init.err());
        ProductCommandLine cli = new ProductCommandLine(product, work.data(), work.workingDir(), work.home(), output);
        ProductRun.CommandLineRun clerk = cli.addUser("admin", adminPassword, "clerk", clerkPassword);
        assertEquals(0, clerk.exitCode(), clerk.err());
        return cli;
    }

    /** A command run by {@code login}. */
    ProductRun.CommandLineRun as(String login, String password, String... arguments) throws IOException, InterruptedException {
        return run(login, password + "\n", arguments);
    }

    /** The same command line on another installation (a restored one, one kept aside). */
    ProductCommandLine on(Path otherData) {
        return new ProductCommandLine(product, otherData, workingDir, home, output);
    }

    /** {@code user add}: the new user's password on the line after the acting user's. */
    ProductRun.CommandLineRun addUser(String login, String password, String newLogin, String newPassword, String... options)
            throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("user", "add", newLogin));
        arguments.addAll(List.of(options));
        return run(login, password + "\n" + newPassword + "\n", arguments.toArray(String[]::new));
    }

    private ProductRun.CommandLineRun run(String login, String stdin, String... arguments) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--as", login, "--password-stdin", "-data", data.toString()));
        return ProductRun.commandLine(product, all, stdin, workingDir, home, output, ProductRun.EXIT_TIMEOUT);
    }
}
