package org.castellan.product.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The p2 director (the {@code org.eclipse.equinox.p2.director} application, run by Tycho's
 * {@code tycho-p2-director-plugin:director} goal in a Maven of its own), the tool an administrator
 * or an installer script uses to install and update a Castellan product from an update site
 * without a Castellan at hand. It runs without a project, in an empty working directory.
 */
final class P2Director {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final MavenRun maven;
    private final String tychoVersion;
    private final Path workingDir;
    private int runs;

    P2Director(MavenRun maven, String tychoVersion, Path workingDir) {
        this.maven = maven;
        this.tychoVersion = tychoVersion;
        this.workingDir = workingDir;
    }

    /** Installs the units into a new installation in the empty folder {@code destination}, for linux/gtk/x86_64. */
    void installNew(Path site, Path destination, String profile, String... units) throws IOException, InterruptedException {
        run(site, destination, profile, List.of("-DinstallIUs=" + String.join(",", units), "-Droaming=true",
                "-Dp2.os=linux", "-Dp2.ws=gtk", "-Dp2.arch=x86_64",
                "-Dprofileproperties=org.eclipse.update.install.features=true"));
    }

    /** Replaces an installed unit by another version of it, in one provisioning plan (what an update is). */
    void update(Path site, Path destination, String profile, String unit, String newVersion) throws IOException, InterruptedException {
        run(site, destination, profile, List.of("-DuninstallIUs=" + unit, "-DinstallIUs=" + unit + "/" + newVersion));
    }

    private void run(Path site, Path destination, String profile, List<String> operation) throws IOException, InterruptedException {
        runs++;
        List<String> arguments = new ArrayList<>();
        arguments.add("org.eclipse.tycho:tycho-p2-director-plugin:" + tychoVersion + ":director");
        arguments.add("-Drepositories=" + site.toUri());
        arguments.add("-Ddestination=" + destination);
        arguments.add("-Dprofile=" + profile);
        arguments.addAll(operation);
        maven.run(workingDir, arguments, workingDir.resolve("director-" + runs + ".log"), TIMEOUT);
    }
}
