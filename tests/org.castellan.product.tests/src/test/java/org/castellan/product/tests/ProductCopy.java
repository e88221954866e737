package org.castellan.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * A copy of the materialized product that tests may add bundles to: each goes into {@code plugins/}
 * and onto {@code config.ini}'s {@code osgi.bundles}, the list the product's framework installs.
 * Everything else stays the product's own (bundles, start levels, {@code config.ini}, the script).
 */
final class ProductCopy {

    private final Path folder;

    private ProductCopy(Path folder) {
        this.folder = folder;
    }

    /** Copies the product the build materialized into {@code folder} (replaced if there). */
    static ProductCopy of(Path folder) throws IOException, InterruptedException {
        Trees.delete(folder);
        Files.createDirectories(folder.getParent());
        Trees.copy(ProductRun.builtProduct(), folder);
        return new ProductCopy(folder);
    }

    Path folder() {
        return folder;
    }

    /**
     * Adds a bundle jar, installed (not started: the workbench or an application activates it).
     *
     * @param builtBy what to build when the jar is missing, for the failure message
     */
    ProductCopy add(Path jar, String builtBy) throws IOException {
        assertTrue(Files.isRegularFile(jar), "no bundle at " + jar + ": build " + builtBy + " first");
        String name;
        String version;
        try (JarFile bundle = new JarFile(jar.toFile())) {
            var attributes = bundle.getManifest().getMainAttributes();
            name = attributes.getValue("Bundle-SymbolicName").split(";")[0].trim();
            version = attributes.getValue("Bundle-Version");
        }
        String file = name + "_" + version + ".jar";
        Files.copy(jar, folder.resolve("plugins/" + file));
        Path configIni = folder.resolve("configuration/config.ini");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(configIni, StandardCharsets.ISO_8859_1)) {
            lines.add(line.startsWith("osgi.bundles=") ? line + ",reference\\:file\\:" + file : line);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains(file)), "no osgi.bundles in " + configIni);
        Files.write(configIni, lines, StandardCharsets.ISO_8859_1);
        return this;
    }
}
