package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The example partner feature (the pharmacy: rights cash, pricing and billing, its options, perspective
 * and views) installed into a product from the build's update site by the product's own p2 director
 * application, as an installer script runs it. The built product does not contain it.
 */
final class PharmacyProduct {

    static final String FEATURE = "org.castellan.example.pharmacy.feature.feature.group";
    static final String BUNDLE = "org.castellan.example.pharmacy";
    static final String CASH = "org.castellan.example.pharmacy.cash";
    static final String PRICING = "org.castellan.example.pharmacy.pricing";
    static final String BILLING = "org.castellan.example.pharmacy.billing";

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private PharmacyProduct() {
    }

    /** The update site the build made (system property {@code castellan.site.dir}), checked to be one. */
    static Path builtSite() {
        Path site = Path.of(System.getProperty("castellan.site.dir")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(site.resolve("content.jar")), "no update site in " + site + ": build releng/org.castellan.repository first");
        return site;
    }

    /**
     * A copy of the built product in {@code folder} (which must not exist) with the pharmacy installed;
     * the director's output goes to {@code output}.
     */
    static Path copyWithPharmacy(Path folder, Path workingDir, Path home, Path output) throws IOException, InterruptedException {
        Files.createDirectories(folder.getParent());
        Trees.copy(ProductRun.builtProduct(), folder);
        install(folder, builtSite(), workingDir, home, output);
        return folder;
    }

    /** Installs the pharmacy from {@code site} into {@code product} and checks that the launcher starts its bundle. */
    static void install(Path product, Path site, Path workingDir, Path home, Path output) throws IOException, InterruptedException {
        ProductRun.CommandLineRun install = ProductRun.commandLine(product,
                List.of("-nosplash", "-application", "org.eclipse.equinox.p2.director", "-repository", site.toUri().toString(), "-installIU", FEATURE),
                "", workingDir, home, output, TIMEOUT);
        assertEquals(0, install.exitCode(), install.toString());
        assertTrue(configuredBundles(product).stream().anyMatch(b -> b.startsWith(BUNDLE + "_")),
                "the partner bundle is not in the product's configuration: " + configuredBundles(product));
    }

    /** The bundles the launcher starts: the file names in config.ini's osgi.bundles. */
    static List<String> configuredBundles(Path product) throws IOException {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(product.resolve("configuration/config.ini"))) {
            config.load(in);
        }
        List<String> bundles = new ArrayList<>();
        for (String entry : config.getProperty("osgi.bundles", "").split(",")) {
            String file = entry.replaceFirst("^reference:file:", "").replaceFirst("@.*$", "");
            bundles.add(Path.of(file).getFileName().toString());
        }
        return bundles;
    }
}
