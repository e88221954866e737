package org.castellan.nls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.VersionRange;

/**
 * Every string table of every bundle ({@code messages*.properties} for the NLS classes,
 * {@code plugin*.properties} for plugin.xml and the manifest) exists in every language Castellan
 * ships, with exactly the keys of the English base file and the same message arguments.
 *
 * <p>The test reads the source tree, not the installed bundles, so it sees every bundle of the
 * repository, including those no test runtime resolves. Each failure lists every problem found,
 * so a merge that brings new English keys shows at once everything there is to translate.
 */
class TranslationCompletenessTest {

    /** The languages of the seed systems besides English, which the base files hold. */
    static final List<String> LANGUAGES = List.of("fr", "es", "sl", "pl"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** Fewer base files than this means the scan went wrong, not that there is little to check. */
    private static final int MINIMUM_BASE_FILES = 25;

    private static final Pattern TABLE = Pattern.compile("(messages|plugin)(_[a-z]{2}(_[A-Z]{2})?)?\\.properties"); //$NON-NLS-1$
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*([a-z]+))?"); //$NON-NLS-1$
    private static final Pattern FIELD = Pattern.compile("public static String (\\w+);"); //$NON-NLS-1$
    private static final Pattern HOST_VERSION = Pattern.compile("bundle-version\\s*=\\s*\"([^\"]+)\""); //$NON-NLS-1$

    /** Fewer fragments than this means the scan went wrong (JFace, workbench, UI, e4 renderers, e4 add-ons, p2 UI). */
    private static final int MINIMUM_ECLIPSE_FRAGMENTS = 6;
    /** A translated table in a fragment of an Eclipse bundle (messages, plugin, or another resource bundle's). */
    private static final Pattern HOST_TABLE = Pattern.compile("[A-Za-z]+_[a-z]{2}\\.properties"); //$NON-NLS-1$

    private static Path root;
    private static List<Path> baseFiles;

    @BeforeAll
    static void findTables() throws IOException {
        root = repositoryRoot();
        try (Stream<Path> files = Files.walk(root.resolve("bundles"))) { //$NON-NLS-1$
            baseFiles = files.filter(TranslationCompletenessTest::isSource)
                    .filter(p -> p.getFileName().toString().equals("messages.properties") //$NON-NLS-1$
                            || p.getFileName().toString().equals("plugin.properties")) //$NON-NLS-1$
                    .sorted().toList();
        }
        assertTrue(baseFiles.size() >= MINIMUM_BASE_FILES, "Found only " + baseFiles.size() //$NON-NLS-1$
                + " English string tables under " + root.resolve("bundles") + ", expected at least " //$NON-NLS-1$ //$NON-NLS-2$
                + MINIMUM_BASE_FILES + ": " + baseFiles); //$NON-NLS-1$
    }

    @Test
    void everyTableExistsInEveryLanguageWithTheSameKeysAndArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        int translations = 0;
        for (Path base : baseFiles) {
            Map<String, String> english = load(base, problems);
            for (String language : LANGUAGES) {
                Path translated = base.resolveSibling(base.getFileName().toString()
                        .replace(".properties", "_" + language + ".properties")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (!Files.exists(translated)) {
                    problems.add(relative(translated) + ": missing (" + english.size() + " keys to translate)"); //$NON-NLS-1$ //$NON-NLS-2$
                    continue;
                }
                translations++;
                compare(relative(translated), base.getFileName().toString(), english, load(translated, problems), problems);
            }
        }
        report(problems);
        assertEquals(baseFiles.size() * LANGUAGES.size(), translations);
    }

    @Test
    void noTranslationWithoutItsEnglishBase() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("bundles"))) { //$NON-NLS-1$
            files.filter(TranslationCompletenessTest::isSource)
                    .filter(p -> TABLE.matcher(p.getFileName().toString()).matches())
                    .filter(p -> p.getFileName().toString().contains("_")) //$NON-NLS-1$
                    .forEach(p -> {
                        String name = p.getFileName().toString();
                        String language = name.substring(name.indexOf('_') + 1, name.indexOf('.'));
                        if (!LANGUAGES.contains(language)) {
                            problems.add(relative(p) + ": language " + language + " is not one Castellan ships " + LANGUAGES); //$NON-NLS-1$ //$NON-NLS-2$
                        }
                        // Eclipse's strings translated by a fragment have their English in the host (checked below).
                        if (!Files.exists(p.resolveSibling(name.substring(0, name.indexOf('_')) + ".properties")) //$NON-NLS-1$
                                && fragmentHost(bundleOf(p)) == null) {
                            problems.add(relative(p) + ": no English base file beside it"); //$NON-NLS-1$
                        }
                    });
        }
        report(problems);
    }

    /**
     * Castellan's fragments of Eclipse bundles (JFace, the workbench, ...) translate the strings of
     * their host that users see, as Eclipse's language packs do. Each table exists in every
     * language with the same keys, each key and its arguments taken from the host's English table
     * (read from the host bundle in this test runtime), and the host's version is one the fragment
     * attaches to.
     */
    @Test
    void eclipseStringsTranslatedByFragmentsMatchTheirHosts() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Bundle> installed = new TreeMap<>();
        for (Bundle bundle : FrameworkUtil.getBundle(TranslationCompletenessTest.class).getBundleContext().getBundles()) {
            installed.merge(bundle.getSymbolicName(), bundle, (a, b) -> a.getVersion().compareTo(b.getVersion()) >= 0 ? a : b);
        }
        Map<Path, Set<String>> fragments = fragmentTables();
        assertTrue(fragments.size() >= MINIMUM_ECLIPSE_FRAGMENTS, "Found only " + fragments.keySet() //$NON-NLS-1$
                + " as fragments translating Eclipse's strings, expected at least " + MINIMUM_ECLIPSE_FRAGMENTS); //$NON-NLS-1$
        for (Map.Entry<Path, Set<String>> fragment : fragments.entrySet()) {
            String header = fragmentHost(fragment.getKey());
            String hostName = header.split(";")[0].trim(); //$NON-NLS-1$
            Bundle host = installed.get(hostName);
            if (host == null) {
                problems.add(relative(fragment.getKey()) + ": its host " + hostName //$NON-NLS-1$
                        + " is not in the test runtime; add it to the extraRequirements of org.castellan.nls.tests"); //$NON-NLS-1$
                continue;
            }
            Matcher range = HOST_VERSION.matcher(header);
            if (!range.find()) {
                problems.add(relative(fragment.getKey()) + ": Fragment-Host gives no bundle-version range"); //$NON-NLS-1$
            } else if (!new VersionRange(range.group(1)).includes(host.getVersion())) {
                problems.add(relative(fragment.getKey()) + ": " + hostName + " " + host.getVersion() + " is outside " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + range.group(1) + ", so the translations do not attach; check the keys against it, then widen the range"); //$NON-NLS-1$
            }
            for (String table : fragment.getValue()) {
                URL entry = host.getEntry(table);
                if (entry == null) {
                    problems.add(relative(fragment.getKey().resolve(table)) + ": " + hostName + " " + host.getVersion() //$NON-NLS-1$ //$NON-NLS-2$
                            + " has no " + table + " any more"); //$NON-NLS-1$ //$NON-NLS-2$
                    continue;
                }
                Map<String, String> english;
                try (InputStream in = entry.openStream()) {
                    english = load(in, hostName + "/" + table, problems); //$NON-NLS-1$
                }
                Map<String, Map<String, String>> byLanguage = new TreeMap<>();
                for (String language : LANGUAGES) {
                    Path translated = fragment.getKey().resolve(table.replace(".properties", "_" + language + ".properties")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    if (Files.exists(translated)) {
                        byLanguage.put(language, load(translated, problems));
                    }
                }
                compareFragment(relative(fragment.getKey().resolve(table)), hostName + "/" + table, english, byLanguage, problems); //$NON-NLS-1$
            }
        }
        report(problems);
    }

    /**
     * Eclipse NLS and the manifest localization read these files as ISO-8859-1: any other
     * character must be written as a \\uXXXX escape, or users see mojibake.
     */
    @Test
    void tablesAreAsciiWithUnicodeEscapes() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        baseFiles.forEach(base -> files.addAll(family(base)));
        // A fragment's English base is in its host: only its translations are here.
        fragmentTables().forEach((fragment, tables) -> tables.forEach(table -> files.addAll(family(fragment.resolve(table)))));
        for (Path file : files.stream().filter(Files::exists).toList()) {
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0, line = 1; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                } else if (bytes[i] < 0) {
                    problems.add(relative(file) + ":" + line + ": non-ASCII byte; write \\uXXXX instead"); //$NON-NLS-1$ //$NON-NLS-2$
                    break;
                }
            }
        }
        report(problems);
    }

    /** Every NLS field has its English string and every English string its field. */
    @Test
    void messagesClassesAndBaseFilesAgree() throws IOException {
        List<String> problems = new ArrayList<>();
        int classes = 0;
        for (Path base : baseFiles) {
            if (!base.getFileName().toString().startsWith("messages")) { //$NON-NLS-1$
                continue;
            }
            Path type = base.resolveSibling("Messages.java"); //$NON-NLS-1$
            if (!Files.exists(type)) {
                problems.add(relative(base) + ": no Messages.java beside it"); //$NON-NLS-1$
                continue;
            }
            classes++;
            Set<String> fields = new TreeSet<>();
            Matcher m = FIELD.matcher(Files.readString(type, StandardCharsets.UTF_8));
            while (m.find()) {
                fields.add(m.group(1));
            }
            Set<String> keys = load(base, problems).keySet();
            for (String field : fields) {
                if (!keys.contains(field)) {
                    problems.add(relative(base) + ": no string for field Messages." + field); //$NON-NLS-1$
                }
            }
            for (String key : keys) {
                if (!fields.contains(key)) {
                    problems.add(relative(base) + ": key " + key + " has no field in Messages.java"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        report(problems);
        assertTrue(classes > MINIMUM_BASE_FILES / 2, "Found only " + classes + " Messages classes"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Translated plugin.properties only reach users if the bundle ships them and names its localization. */
    @Test
    void bundlesShipTheirTranslatedPluginProperties() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : baseFiles) {
            if (!base.getFileName().toString().equals("plugin.properties")) { //$NON-NLS-1$
                continue;
            }
            Path bundle = base.getParent();
            String manifest = Files.readString(bundle.resolve("META-INF/MANIFEST.MF"), StandardCharsets.UTF_8); //$NON-NLS-1$
            if (!manifest.contains("Bundle-Localization: plugin")) { //$NON-NLS-1$
                problems.add(relative(bundle) + ": MANIFEST.MF lacks Bundle-Localization: plugin"); //$NON-NLS-1$
            }
            String build = Files.readString(bundle.resolve("build.properties"), StandardCharsets.ISO_8859_1); //$NON-NLS-1$
            for (String language : LANGUAGES) {
                String name = "plugin_" + language + ".properties"; //$NON-NLS-1$ //$NON-NLS-2$
                if (!build.contains(name) && !build.contains("plugin*.properties")) { //$NON-NLS-1$
                    problems.add(relative(bundle) + ": build.properties bin.includes misses " + name); //$NON-NLS-1$
                }
            }
        }
        report(problems);
    }

    /** Adds to {@code problems} what differs between the English table and one translation of it. */
    static void compare(String where, String baseName, Map<String, String> english, Map<String, String> other,
            List<String> problems) {
        for (String key : english.keySet()) {
            if (!other.containsKey(key)) {
                problems.add(where + ": missing key " + key + " (English: " + english.get(key) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        compareValues(where, baseName, english, other, problems);
    }

    /**
     * Adds to {@code problems} what is wrong in the translations of an Eclipse string table that a
     * fragment of its host carries ({@code byLanguage}: each of {@link #LANGUAGES} to its table, or
     * absent when the file is missing). Such a table translates only the keys users see, the rest
     * falls back to the host's English; but every language translates the same keys, each of them
     * a key of the host's English table, with its arguments.
     */
    static void compareFragment(String where, String baseName, Map<String, String> english,
            Map<String, Map<String, String>> byLanguage, List<String> problems) {
        Set<String> translated = new TreeSet<>();
        byLanguage.values().forEach(table -> translated.addAll(table.keySet()));
        for (String language : LANGUAGES) {
            String file = where.replace(".properties", "_" + language + ".properties"); //$NON-NLS-1$ //$NON-NLS-2$
            Map<String, String> table = byLanguage.get(language);
            if (table == null) {
                problems.add(file + ": missing (" + translated.size() + " keys translated in other languages)"); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            for (String key : translated) {
                if (!table.containsKey(key)) {
                    List<String> others = byLanguage.entrySet().stream().filter(e -> e.getValue().containsKey(key))
                            .map(Map.Entry::getKey).sorted().toList();
                    problems.add(file + ": missing key " + key + ", which " + others + " translate (English: " //$NON-NLS-1$ //$NON-NLS-2$
                            + english.getOrDefault(key, "none") + ")"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            compareValues(file, baseName, english, table, problems);
        }
    }

    /** Adds the problems of the keys a translation has: unknown to English, empty, other arguments, wrong apostrophes. */
    private static void compareValues(String where, String baseName, Map<String, String> english, Map<String, String> other,
            List<String> problems) {
        for (String key : other.keySet()) {
            if (!english.containsKey(key)) {
                problems.add(where + ": key " + key + " is not in " + baseName); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        for (Map.Entry<String, String> entry : english.entrySet()) {
            String value = other.get(entry.getKey());
            if (value == null) {
                continue;
            }
            if (value.isBlank() && !entry.getValue().isBlank()) {
                problems.add(where + ": key " + entry.getKey() + " is empty"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Set<String> expected = arguments(entry.getValue());
            Set<String> actual = arguments(value);
            if (!expected.equals(actual)) {
                problems.add(where + ": key " + entry.getKey() + " has arguments " + actual + ", English has " + expected); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (!expected.isEmpty() && loneApostrophe(value) && !loneApostrophe(entry.getValue())) {
                problems.add(where + ": key " + entry.getKey() //$NON-NLS-1$
                        + " has arguments and a single apostrophe, which hides the text after it; write '' instead"); //$NON-NLS-1$
            }
            if (expected.stream().anyMatch(argument -> argument.contains(",")) && !parses(value)) { //$NON-NLS-1$
                problems.add(where + ": key " + entry.getKey() //$NON-NLS-1$
                        + " is not a valid MessageFormat pattern (a choice or number argument badly written): it would fail when shown"); //$NON-NLS-1$
            }
            if (expected.isEmpty() && value.contains("''") && !entry.getValue().contains("''")) { //$NON-NLS-1$ //$NON-NLS-2$
                problems.add(where + ": key " + entry.getKey() //$NON-NLS-1$
                        + " has no arguments, so '' shows doubled to users; write a single apostrophe"); //$NON-NLS-1$
            }
        }
    }

    /** Whether a message with typed arguments ({0,choice,...}) is one java.text.MessageFormat accepts. */
    private static boolean parses(String message) {
        try {
            new java.text.MessageFormat(message);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The argument placeholders of a message ({n} or {n,type}, nested ones too), outside the parts a pair of apostrophes quotes. */
    static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message.replace("''", "")); //$NON-NLS-1$ //$NON-NLS-2$
        while (m.find()) {
            found.add("{" + m.group(1) + (m.group(2) == null ? "" : "," + m.group(2)) + "}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return found;
    }

    private static boolean loneApostrophe(String message) {
        return message.replace("''", "").indexOf('\'') >= 0; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Map<String, String> load(Path file, List<String> problems) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, relative(file), problems);
        }
    }

    private static Map<String, String> load(InputStream in, String where, List<String> problems) throws IOException {
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    problems.add(where + ": key " + key + " is defined twice"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return super.put(key, value);
            }
        };
        properties.load(in);
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static List<Path> family(Path base) {
        List<Path> files = new ArrayList<>(List.of(base));
        for (String language : LANGUAGES) {
            Path p = base.resolveSibling(base.getFileName().toString().replace(".properties", "_" + language + ".properties")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (Files.exists(p)) {
                files.add(p);
            }
        }
        return files;
    }

    /**
     * The fragments under bundles/ that translate a host's string tables (translations with no
     * English file beside them), each with the tables' paths in the host, without language suffix.
     */
    private static Map<Path, Set<String>> fragmentTables() throws IOException {
        Map<Path, Set<String>> tables = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("bundles"))) { //$NON-NLS-1$
            for (Path p : files.filter(TranslationCompletenessTest::isSource).toList()) {
                String name = p.getFileName().toString();
                if (!HOST_TABLE.matcher(name).matches()) {
                    continue;
                }
                String baseName = name.substring(0, name.indexOf('_')) + ".properties"; //$NON-NLS-1$
                Path bundle = bundleOf(p);
                if (!Files.exists(p.resolveSibling(baseName)) && fragmentHost(bundle) != null) {
                    tables.computeIfAbsent(bundle, b -> new TreeSet<>())
                            .add(bundle.relativize(p.resolveSibling(baseName)).toString().replace('\\', '/'));
                }
            }
        }
        return tables;
    }

    /** The bundle folder (the nearest one with META-INF/MANIFEST.MF) a file belongs to. */
    private static Path bundleOf(Path file) {
        for (Path p = file.getParent(); p != null && p.startsWith(root); p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))) { //$NON-NLS-1$
                return p;
            }
        }
        return file.getParent();
    }

    /** The bundle's Fragment-Host header, or null when it is no fragment. */
    private static String fragmentHost(Path bundle) {
        Path manifest = bundle.resolve("META-INF/MANIFEST.MF"); //$NON-NLS-1$
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(manifest)) {
            return new Manifest(in).getMainAttributes().getValue("Fragment-Host"); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSource(Path p) {
        Path rel = root.relativize(p);
        for (Path part : rel) {
            String name = part.toString();
            if (name.equals("target") || name.equals("bin") || name.startsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return false;
            }
        }
        return Files.isRegularFile(p);
    }

    private static void report(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " translation problem(s):\n  " + String.join("\n  ", problems)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static String relative(Path p) {
        return root.relativize(p).toString();
    }

    /**
     * The repository root: the nearest folder, from the test's working folder upwards, that holds
     * the Castellan parent pom and a bundles folder. Surefire runs the test somewhere inside this
     * module; the system property {@code castellan.repository} overrides the search.
     */
    static Path repositoryRoot() throws IOException {
        String given = System.getProperty("castellan.repository"); //$NON-NLS-1$
        Path start = Path.of(given != null ? given : System.getProperty("user.dir")).toAbsolutePath(); //$NON-NLS-1$
        for (Path p = start; p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml"); //$NON-NLS-1$
            if (Files.isDirectory(p.resolve("bundles")) && Files.isRegularFile(pom) //$NON-NLS-1$
                    && Files.readString(pom, StandardCharsets.UTF_8).contains("<artifactId>castellan-parent</artifactId>")) { //$NON-NLS-1$
                return p;
            }
        }
        return fail("No Castellan repository (pom.xml of castellan-parent beside a bundles folder) in " + start //$NON-NLS-1$
                + " or above it; run the test from inside the repository or set -Dcastellan.repository"); //$NON-NLS-1$
    }
}
