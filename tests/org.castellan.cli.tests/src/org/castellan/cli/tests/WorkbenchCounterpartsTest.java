package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.castellan.cli.internal.Counterparts;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every administration command and every editor the workbench contributes has a command-line
 * counterpart, or a documented reason it has none: read from the plugin.xml of each UI bundle and
 * of the application in the source tree, checked against the tables the command line keeps
 * ({@link Counterparts}).
 */
class WorkbenchCounterpartsTest {

    private static final Path BUNDLES = Path.of(System.getProperty("user.dir")).resolve("../../bundles").normalize();

    /** Command id → its category id ("" for none), from every bundles/*.ui and org.castellan.app plugin.xml. */
    private static Map<String, String> contributedCommands() throws Exception {
        return contributed("org.eclipse.ui.commands", "command", "categoryId");
    }

    /** Editor id → its name, from the same plugin.xml files. */
    private static Map<String, String> contributedEditors() throws Exception {
        return contributed("org.eclipse.ui.editors", "editor", "name");
    }

    /** The elements of an extension point by id, each with one of its attributes. */
    private static Map<String, String> contributed(String point, String element, String attribute) throws Exception {
        Map<String, String> contributions = new TreeMap<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (Stream<Path> bundles = Files.list(BUNDLES)) {
            for (Path bundle : bundles.filter(b -> b.getFileName().toString().endsWith(".ui") || b.getFileName().toString().equals("org.castellan.app"))
                    .sorted().toList()) {
                Path pluginXml = bundle.resolve("plugin.xml");
                if (!Files.exists(pluginXml)) {
                    continue;
                }
                NodeList extensions = factory.newDocumentBuilder().parse(pluginXml.toFile()).getElementsByTagName("extension");
                for (int i = 0; i < extensions.getLength(); i++) {
                    Element extension = (Element) extensions.item(i);
                    if (!point.equals(extension.getAttribute("point"))) {
                        continue;
                    }
                    NodeList declared = extension.getElementsByTagName(element);
                    for (int j = 0; j < declared.getLength(); j++) {
                        Element contribution = (Element) declared.item(j);
                        contributions.put(contribution.getAttribute("id"), contribution.getAttribute(attribute));
                    }
                }
            }
        }
        return contributions;
    }

    @Test
    void everyAdministrationCommandOfTheWorkbenchHasACounterpartOrAReason() throws Exception {
        Map<String, String> contributed = contributedCommands();
        assertTrue(contributed.size() > 15, "the workbench's commands were read from " + BUNDLES + ": " + contributed);
        Map<String, String> table = Counterparts.table();
        Map<String, String> otherCategories = Counterparts.notAdministration();

        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, String> command : contributed.entrySet()) {
            if (!otherCategories.containsKey(command.getValue()) && !table.containsKey(command.getKey())) {
                missing.add(command.getKey() + " (category " + command.getValue() + ")");
            }
        }
        assertEquals(Set.of(), missing, "workbench commands without a command-line counterpart or a reason: add them to Counterparts");

        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(contributed.keySet());
        assertEquals(Set.of(), stale, "commands the workbench no longer contributes: remove them from Counterparts");
        for (String category : otherCategories.keySet()) {
            assertTrue(contributed.containsValue(category), category + " is still a category of the workbench's commands");
        }
        for (Map.Entry<String, String> counterpart : table.entrySet()) {
            assertFalse(counterpart.getValue().isBlank(), counterpart.getKey() + " has its counterpart or a reason");
        }
    }

    /** A view's buttons are not commands (Block Openings, Initialise Medium): each view has its own line. */
    @Test
    void everyViewOfTheWorkbenchHasACounterpartOrAReason() throws Exception {
        Set<String> views = contributed("org.eclipse.ui.views", "view", "class").keySet();
        assertTrue(views.contains("org.castellan.sessions.ui.views.active") && views.contains("org.castellan.backup.ui.view"),
                "the workbench's views were read from " + BUNDLES + ": " + views);
        assertEquals(views, Counterparts.views().keySet(), "each view of the workbench, and no other, has its counterparts in Counterparts");
        for (Map.Entry<String, String> counterpart : Counterparts.views().entrySet()) {
            assertFalse(counterpart.getValue().isBlank(), counterpart.getKey() + " has its counterpart or a reason");
        }
    }

    @Test
    void everyEditorOfTheWorkbenchHasACounterpartOrAReason() throws Exception {
        Map<String, String> contributed = contributedEditors();
        assertTrue(contributed.containsKey("org.castellan.datarights.ui.editor"), "the workbench's editors were read from " + BUNDLES + ": " + contributed);
        Map<String, String> table = Counterparts.editors();
        Set<String> missing = new TreeSet<>(contributed.keySet());
        missing.removeAll(table.keySet());
        assertEquals(Set.of(), missing, "workbench editors without a command-line counterpart or a reason: add them to Counterparts");
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(contributed.keySet());
        assertEquals(Set.of(), stale, "editors the workbench no longer contributes: remove them from Counterparts");
        assertTrue(table.get("org.castellan.datarights.ui.editor").contains("castellan permission grant"), table.toString());
    }

    @Test
    void theCounterpartsAreCommandsTheUsageDocuments() throws IOException {
        String usage = CliInstallation.run(Path.of(System.getProperty("java.io.tmpdir")), ScriptedTerminal.stdin(), Map.of(), "help").out();
        Map<String, String> counterparts = new TreeMap<>(Counterparts.table());
        counterparts.putAll(Counterparts.editors());
        counterparts.putAll(Counterparts.views());
        for (Map.Entry<String, String> counterpart : counterparts.entrySet()) {
            if (!counterpart.getValue().startsWith("castellan ")) {
                continue;
            }
            for (String command : counterpart.getValue().split(", ")) {
                assertTrue(usage.contains("  " + command.substring("castellan ".length()) + ' '), command + " (for " + counterpart.getKey() + ") is in the usage");
            }
        }
    }
}
