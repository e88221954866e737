package org.castellan.datarights.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.castellan.datarights.DimensionMembers;
import org.castellan.datarights.MemberFileException.Problem;
import org.castellan.store.MemberRow;
import org.eclipse.osgi.util.NLS;

/**
 * A member file read and checked (see {@link DimensionMembers}): its members in the order of the
 * file, with their depths, or every problem with its line. Parents may come after their children,
 * so the checks that need the whole file (unknown parents, cycles) run once it is read. Held as
 * arrays: a file of a million members costs a few hundred bytes a member, no object tree.
 */
final class MemberFile {

    private static final char TAB = '\t';

    private final List<String> names = new ArrayList<>();
    private final List<String> parents = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private int[] lines = new int[1024];
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /** Reads the file; syntax, lengths and duplicates are checked line by line. */
    static MemberFile read(Reader file) throws IOException {
        MemberFile read = new MemberFile();
        BufferedReader reader = file instanceof BufferedReader buffered ? buffered : new BufferedReader(file, 1 << 16);
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1); // a byte order mark some editors write
            }
            if (line.isBlank() || line.charAt(0) == '#') {
                continue;
            }
            read.line(number, line);
        }
        return read;
    }

    private void line(int number, String line) {
        int first = line.indexOf(TAB);
        int second = first < 0 ? -1 : line.indexOf(TAB, first + 1);
        if (second >= 0 && line.indexOf(TAB, second + 1) >= 0) {
            problems.add(new Problem(number, NLS.bind(Messages.memberFileFields, number, line.split("\t", -1).length))); //$NON-NLS-1$
            return;
        }
        String name = (first < 0 ? line : line.substring(0, first)).strip();
        String parent = first < 0 ? "" : (second < 0 ? line.substring(first + 1) : line.substring(first + 1, second)).strip(); //$NON-NLS-1$
        String caption = second < 0 ? null : line.substring(second + 1).strip();
        if (name.isEmpty()) {
            problems.add(new Problem(number, NLS.bind(Messages.memberFileNoName, number)));
            return;
        }
        if (name.length() > DimensionMembers.NAME_LENGTH) {
            problems.add(new Problem(number, NLS.bind(Messages.memberFileNameTooLong,
                    new Object[] { number, name.length(), DimensionMembers.NAME_LENGTH, name.substring(0, 40) + '\u2026' })));
            return;
        }
        if (caption != null && caption.length() > DimensionMembers.CAPTION_LENGTH) {
            problems.add(new Problem(number, NLS.bind(Messages.memberFileCaptionTooLong,
                    new Object[] { number, name, caption.length(), DimensionMembers.CAPTION_LENGTH })));
        }
        Integer earlier = indexOf.putIfAbsent(name, names.size());
        if (earlier != null) {
            problems.add(new Problem(number, NLS.bind(Messages.memberFileDuplicate, new Object[] { number, name, lines[earlier] })));
            return;
        }
        if (names.size() == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[names.size()] = number;
        names.add(name);
        parents.add(parent.isEmpty() ? null : parent);
        captions.add(caption == null || caption.isEmpty() ? null : caption);
    }

    /** How many members the file gives (those read without a problem). */
    int size() {
        return names.size();
    }

    /** The members the file gives, in its order. */
    List<String> names() {
        return names;
    }

    /**
     * An added file may not move a registered member below another parent (its registered
     * members below would keep their old depths): a reload, which gives them all, moves members.
     */
    void refuseMoves(Map<String, MemberRow> registered) {
        for (int i = 0; i < names.size(); i++) {
            MemberRow row = registered.get(names.get(i));
            if (row != null && !row.missing() && !java.util.Objects.equals(row.parentUniqueName(), parents.get(i))) {
                problems.add(new Problem(lines[i], NLS.bind(Messages.memberFileMoved, new Object[] { lines[i], names.get(i),
                        row.parentUniqueName() == null ? "-" : row.parentUniqueName() }))); //$NON-NLS-1$
            }
        }
    }

    /** The parents named in the file that it does not give itself. */
    List<String> parentsOutside() {
        List<String> outside = new ArrayList<>();
        for (String parent : parents) {
            if (parent != null && !indexOf.containsKey(parent)) {
                outside.add(parent);
            }
        }
        return outside;
    }

    /**
     * The members as rows with their depths, parents outside the file taking theirs from
     * {@code registeredDepths} (a member registered and present, for an added file); with problems,
     * every one of them, the file's and those of the whole.
     */
    Checked check(Map<String, Integer> registeredDepths, boolean reload) {
        int n = names.size();
        int[] depth = new int[n];
        Arrays.fill(depth, UNKNOWN);
        List<Problem> found = new ArrayList<>(problems);
        for (int i = 0; i < n; i++) {
            String parent = parents.get(i);
            if (parent != null && !indexOf.containsKey(parent) && !registeredDepths.containsKey(parent)) {
                found.add(new Problem(lines[i], NLS.bind(reload ? Messages.memberFileParentNotInFile : Messages.memberFileParentUnknown,
                        new Object[] { lines[i], parent, names.get(i) })));
                depth[i] = BROKEN;
            }
        }
        for (int i = 0; i < n; i++) {
            depthOf(i, depth, registeredDepths, found);
        }
        if (!found.isEmpty()) {
            found.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new Checked(List.of(), found);
        }
        List<MemberRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(MemberRow.of(names.get(i), parents.get(i), captions.get(i), depth[i]));
        }
        return new Checked(rows, List.of());
    }

    /** The members read and their problems. */
    record Checked(List<MemberRow> rows, List<Problem> problems) {
    }

    private static final int UNKNOWN = -1;
    private static final int VISITING = -2;
    private static final int BROKEN = -3;

    /**
     * Walks up from a member until a depth is known, then sets the depths on the way down. A walk
     * that meets itself is a cycle, reported once at the line of its first member; members below
     * a cycle or an unknown parent get no depth (their problem is already reported).
     */
    private void depthOf(int start, int[] depth, Map<String, Integer> registeredDepths, List<Problem> found) {
        if (depth[start] != UNKNOWN) {
            return;
        }
        List<Integer> path = new ArrayList<>();
        int at = start;
        int base;
        while (true) {
            if (depth[at] == VISITING) {
                reportCycle(path, at, found);
                base = BROKEN;
                break;
            }
            if (depth[at] != UNKNOWN) {
                base = depth[at];
                break;
            }
            depth[at] = VISITING;
            path.add(at);
            String parent = parents.get(at);
            if (parent == null) {
                base = -1;
                break;
            }
            Integer inFile = indexOf.get(parent);
            if (inFile == null) {
                base = registeredDepths.getOrDefault(parent, BROKEN);
                break;
            }
            at = inFile;
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            base = base == BROKEN ? BROKEN : base + 1;
            depth[path.get(i)] = base;
        }
    }

    private void reportCycle(List<Integer> path, int closing, List<Problem> found) {
        List<Integer> cycle = path.subList(path.indexOf(closing), path.size());
        int first = cycle.stream().min((a, b) -> Integer.compare(lines[a], lines[b])).orElseThrow();
        List<String> chain = new ArrayList<>();
        int from = cycle.indexOf(first);
        for (int k = 0; k <= cycle.size(); k++) {
            chain.add(names.get(cycle.get((from + k) % cycle.size())));
        }
        found.add(new Problem(lines[first], NLS.bind(Messages.memberFileCycle, new Object[] { lines[first], names.get(first), String.join(" > ", chain) }))); //$NON-NLS-1$
    }
}
