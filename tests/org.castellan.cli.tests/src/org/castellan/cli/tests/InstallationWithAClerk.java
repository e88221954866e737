package org.castellan.cli.tests;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.castellan.cli.tests.CliInstallation.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The tests of one group of commands, each on a new installation with its administrator and the clerk, who may administer nothing. */
abstract class InstallationWithAClerk {

    @TempDir
    Path dir;

    CliInstallation installation;

    @BeforeEach
    void installationWithAClerk() throws Exception {
        installation = CliInstallation.withClerk(dir);
    }

    /** Runs a command as the administrator. */
    Run admin(String... args) {
        return installation.asAdmin(args);
    }

    /** The fields a show command prints to the administrator, read in tsv (see {@link CliInstallation#fields}). */
    Map<String, String> shownToAdmin(String... args) {
        String[] tsv = Arrays.copyOf(args, args.length + 2);
        tsv[args.length] = "--format";
        tsv[args.length + 1] = "tsv";
        return CliInstallation.fields(admin(tsv));
    }
}
