package org.castellan.config.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.castellan.config.ConfigurationException.Problem;
import org.eclipse.osgi.util.NLS;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a configuration text (YAML, read with SnakeYAML Engine as a tree of nodes that keep their
 * lines) into its entries, finding every problem of its shape at once: a key given twice, an
 * unknown section or field, a value of the wrong kind, a field an entry cannot do without. Values
 * are read as the text has them: {@code 01} stays the code "01", never a number.
 */
final class TextReader {

    /** The first key of every configuration text: the format's version. */
    static final String FORMAT_KEY = "castellan-configuration"; //$NON-NLS-1$
    /** The installation the text was exported from, for whoever reads it: not applied. */
    static final String INSTALLATION_KEY = "installation"; //$NON-NLS-1$

    /** Texts larger than SnakeYAML's default (3 MB) are legitimate: 10,000 users and their groups. */
    private static final int LARGEST_TEXT = 256 * 1024 * 1024;

    /**
     * What was read and what is wrong with it.
     *
     * @param readable whether the text is a configuration at all (YAML, a mapping), so that its
     *                 entries are worth checking further
     */
    record Result(Configuration configuration, List<Problem> problems, boolean readable) {
    }

    private final Configuration configuration = new Configuration();
    private final List<Problem> problems = new ArrayList<>();
    private boolean readable;

    private TextReader() {
    }

    static Result read(String text) {
        TextReader reader = new TextReader();
        reader.readText(text);
        return new Result(reader.configuration, List.copyOf(reader.problems), reader.readable);
    }

    private void readText(String text) {
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder().setCodePointLimit(LARGEST_TEXT).setParseComments(false).build();
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            problems.add(new Problem(e.getProblemMark().map(m -> m.getLine() + 1).orElse(0), NLS.bind(Messages.notYaml, e.getProblem())));
            return;
        } catch (YamlEngineException e) {
            problems.add(new Problem(0, NLS.bind(Messages.notYaml, e.getMessage())));
            return;
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode top)) {
            problems.add(new Problem(root.map(TextReader::line).orElse(0), NLS.bind(Messages.notAConfiguration, FORMAT_KEY, Configuration.FORMAT)));
            return;
        }
        readable = true;
        Map<String, Integer> seen = new HashMap<>();
        boolean format = false;
        for (NodeTuple tuple : top.getValue()) {
            Optional<String> key = key(tuple, seen, Messages.topLevel);
            if (key.isEmpty()) {
                continue;
            }
            if (key.get().equals(FORMAT_KEY)) {
                format = true;
                readFormat(tuple.getValueNode());
            } else if (key.get().equals(INSTALLATION_KEY)) {
                scalar(tuple.getValueNode(), INSTALLATION_KEY, Messages.topLevel);
            } else {
                Optional<Section> section = Section.of(key.get());
                if (section.isEmpty()) {
                    problems.add(new Problem(line(tuple.getKeyNode()), NLS.bind(Messages.sectionUnknown, key.get(), sectionKeys())));
                } else {
                    readSection(section.get(), tuple.getValueNode());
                }
            }
        }
        if (!format) {
            problems.add(0, new Problem(line(top), NLS.bind(Messages.notAConfiguration, FORMAT_KEY, Configuration.FORMAT)));
        }
    }

    private void readFormat(Node node) {
        Optional<String> value = scalar(node, FORMAT_KEY, Messages.topLevel);
        if (value.isPresent() && !value.get().equals(Integer.toString(Configuration.FORMAT))) {
            problems.add(new Problem(line(node), NLS.bind(Messages.formatUnknown, value.get(), Configuration.FORMAT)));
        }
    }

    private static String sectionKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(FORMAT_KEY);
        keys.add(INSTALLATION_KEY);
        for (Section section : Section.values()) {
            keys.add(section.key());
        }
        return String.join(", ", keys); //$NON-NLS-1$
    }

    private void readSection(Section section, Node node) {
        if (isNull(node)) {
            return; // an empty section: no entry
        }
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new Problem(line(node), NLS.bind(Messages.sectionNotMapping, section.key())));
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<String> key = key(tuple, seen, section.key());
            if (key.isEmpty()) {
                continue;
            }
            Entry entry = new Entry(section, key.get(), new Lines(line(tuple.getKeyNode())));
            if (section == Section.SETTINGS) {
                scalar(tuple.getValueNode(), key.get(), section.key()).ifPresent(value -> entry.put(Section.VALUE, value));
                entry.lines().field(Section.VALUE, line(tuple.getValueNode()));
            } else {
                readFields(entry, tuple.getValueNode());
            }
            configuration.add(entry.withDefaults());
        }
    }

    private void readFields(Entry entry, Node node) {
        String where = entry.section().key() + ": " + entry.key(); //$NON-NLS-1$
        Map<String, Integer> seen = new HashMap<>();
        List<NodeTuple> tuples;
        if (isNull(node)) {
            tuples = List.of();
        } else if (node instanceof MappingNode mapping) {
            tuples = mapping.getValue();
        } else {
            problems.add(new Problem(line(node), NLS.bind(Messages.entryNotMapping, where)));
            return;
        }
        for (NodeTuple tuple : tuples) {
            Optional<String> name = key(tuple, seen, where);
            if (name.isEmpty()) {
                continue;
            }
            Optional<Field> field = entry.section().field(name.get());
            if (field.isEmpty()) {
                problems.add(new Problem(line(tuple.getKeyNode()), NLS.bind(Messages.fieldUnknown, new Object[] { name.get(), where,
                        entry.section().fields().stream().map(Field::name).collect(Collectors.joining(", ")) }))); //$NON-NLS-1$
                continue;
            }
            entry.lines().field(name.get(), line(tuple.getValueNode()));
            readField(entry, field.get(), tuple.getValueNode(), where);
        }
        for (Field field : entry.section().fields()) {
            if (field.required() && !seen.containsKey(field.name())) {
                problems.add(new Problem(entry.lines().entry(), NLS.bind(Messages.fieldMissing, where, field.name())));
            }
        }
    }

    private void readField(Entry entry, Field field, Node node, String where) {
        String name = field.name();
        if (field.kind() == Field.Kind.LIST) {
            list(entry, name, node, where).ifPresent(items -> entry.put(name, items));
            return;
        }
        Optional<String> value = scalar(node, name, where);
        if (value.isEmpty()) {
            return;
        }
        switch (field.kind()) {
        case FLAG -> {
            if (value.get().equals("true") || value.get().equals("false")) { //$NON-NLS-1$ //$NON-NLS-2$
                entry.put(name, value.get());
            } else {
                problems.add(new Problem(line(node), NLS.bind(Messages.notFlag, new Object[] { name, where, value.get() })));
            }
        }
        case NUMBER -> {
            try {
                entry.put(name, Integer.parseInt(value.get()));
            } catch (NumberFormatException e) {
                problems.add(new Problem(line(node), NLS.bind(Messages.notNumber, new Object[] { name, where, value.get() })));
            }
        }
        default -> entry.put(name, value.get());
        }
    }

    /** A list field: a sequence of single values (an empty value is an empty list). */
    private Optional<List<String>> list(Entry entry, String name, Node node, String where) {
        if (isNull(node)) {
            return Optional.of(List.of());
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(new Problem(line(node), NLS.bind(Messages.notList, name, where)));
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            scalar(item, name, where).filter(v -> !v.isEmpty()).ifPresent(value -> {
                items.add(value);
                entry.lines().item(name, value, line(item));
            });
        }
        return Optional.of(items);
    }

    /** A key of a mapping, refused when it is not a single value or was given before. */
    private Optional<String> key(NodeTuple tuple, Map<String, Integer> seen, String where) {
        Optional<String> key = scalar(tuple.getKeyNode(), "?", where); //$NON-NLS-1$
        if (key.isEmpty()) {
            return key;
        }
        Integer first = seen.putIfAbsent(key.get(), line(tuple.getKeyNode()));
        if (first != null) {
            problems.add(new Problem(line(tuple.getKeyNode()), NLS.bind(Messages.keyTwice, new Object[] { key.get(), where, first })));
            return Optional.empty();
        }
        return key;
    }

    /** A single value as the text has it; empty, with a problem, when it is a list or a mapping. */
    private Optional<String> scalar(Node node, String name, String where) {
        if (node instanceof ScalarNode scalar) {
            return Optional.of(isNull(scalar) ? "" : scalar.getValue()); //$NON-NLS-1$
        }
        problems.add(new Problem(line(node), NLS.bind(Messages.notScalar, name, where)));
        return Optional.empty();
    }

    /** An empty value, {@code ~} or {@code null} written plain. */
    private static boolean isNull(Node node) {
        if (!(node instanceof ScalarNode scalar) || !scalar.isPlain()) {
            return false;
        }
        String value = scalar.getValue();
        return value.isEmpty() || value.equals("~") || value.equals("null"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }
}
