package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.castellan.security.SettingsAdministration;
import org.castellan.security.SettingsAdministration.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No setting is left that only SQL can change: every settings key the bundles' sources name, in the
 * classes that read or write the {@code settings} table, is described to administrators, unless it
 * is a row Castellan keeps for itself (listed here, each with why).
 */
class SettingsCoverageTest {

    /** Keys, or key prefixes ending with a dot, that are state rather than settings. */
    private static final Set<String> KEPT_BY_CASTELLAN = Set.of(
            "security.revision", // moved on by every security change
            "security.password.policy.group.", // a group's own policy: the Password Policy dialog
            "menu.revision", "menu.option.", "menu.rights.", // the Menu Levels editor and packages
            "backup.medium.id", "backup.medium.path", "backup.last.good", "backup.last.good.folder", // written by backups
            "backup.datasets", // chosen in the Backup view, beside the data sets themselves
            "datarights.lock.", // the models a data right has had
            "installation.properties", "datarights.editor.enabled"); // a file of the installation folder, not a row

    /** A settings key in a string literal. */
    private static final Pattern KEY = Pattern.compile("\"((?:security|sessions|audit|backup|menu|installation|datarights)\\.[A-Za-z.]+)\"");

    /** What a class that reads or writes the settings table says, or is named. */
    private static final Pattern USES_SETTINGS = Pattern.compile("SettingsTable|FROM settings|INTO settings|UPDATE settings|(class|record|interface) \\w*Settings");

    @TempDir
    Path dir;

    @Test
    void everySettingTheSourcesReadIsDescribed() throws Exception {
        Set<String> named = namedInSources(Path.of(System.getProperty("user.dir")).resolve("../../bundles").normalize());
        assertTrue(named.size() > 20, "the sources were found and read: " + named);
        CliInstallation installation = new CliInstallation(dir.resolve("installation"));
        List<Setting> described = installation.with(services -> services.get(SettingsAdministration.class)
                .settings(services.get(org.castellan.security.AccountService.class).authenticate(CliInstallation.ADMIN,
                        CliInstallation.PASSWORD.toCharArray())));
        Set<String> describedKeys = new TreeSet<>(described.stream().map(s -> s.descriptor().key()).toList());
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(describedKeys);
        missing.removeIf(key -> KEPT_BY_CASTELLAN.stream().anyMatch(kept -> kept.endsWith(".") ? key.startsWith(kept) : key.equals(kept)));
        assertEquals(Set.of(), missing, "settings read by the services but not described (describe them in the concern's SettingContribution)");
    }

    private static Set<String> namedInSources(Path bundles) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(bundles)) {
            files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/")).forEach(file -> {
                try {
                    String source = Files.readString(file);
                    boolean settingsClass = USES_SETTINGS.matcher(source).find();
                    for (String line : source.lines().toList()) {
                        if (settingsClass || line.contains("SETTING")) { // or a constant named as one: AuditJournal.SETTING_LOGINS
                            Matcher key = KEY.matcher(line);
                            while (key.find()) {
                                keys.add(key.group(1));
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return keys;
    }
}
