package org.castellan.menu.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.castellan.menu.LevelChange;
import org.castellan.menu.OptionDetails;
import org.castellan.menu.Scope;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.PackageSummary;
import org.castellan.menu.PackagedRole;
import org.eclipse.osgi.util.NLS;

/**
 * The text of a menu package, UTF-8, one item a line:
 *
 * <pre>
 * castellan-menu-package 1
 * version 7
 * source Central pharmacy
 * default 0
 * option org.castellan.example.pharmacy.pricing 6 true
 * rights org.castellan.example.pharmacy.pricing org.castellan.example.pharmacy.pricing,org.castellan.example.pharmacy.cash
 * sha256 3f1c...   (of every byte before this line)
 * </pre>
 *
 * The digest finds damage (a truncated copy, a changed byte); it is not a signature.
 */
public final class MenuPackageFormat {

    static final String HEADER = "castellan-menu-package 1"; //$NON-NLS-1$
    private static final String DIGEST = "sha256 "; //$NON-NLS-1$

    private static final char TAB = '\t';

    /** Written for "all versions" in a details line. */
    private static final String NO_VERSIONS = "-"; //$NON-NLS-1$

    private MenuPackageFormat() {
    }

    public static byte[] write(long version, String source, int defaultLevel, Map<String, LevelChange> overrides, List<PackagedRole> roles) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("version ").append(version).append('\n'); //$NON-NLS-1$
        text.append("source ").append(source.replace('\n', ' ')).append('\n'); //$NON-NLS-1$
        text.append("default ").append(defaultLevel).append('\n'); //$NON-NLS-1$
        for (LevelChange change : overrides.values()) {
            text.append("option ").append(change.optionId()).append(' ').append(change.level()).append(' ') //$NON-NLS-1$
                    .append(change.askPassword()).append('\n');
            OptionDetails details = change.details();
            if (details != null) {
                text.append("details ").append(change.optionId()).append(' ').append(details.order()).append(' ') //$NON-NLS-1$
                        .append(details.scope().name()).append(' ').append(details.versions() == null ? NO_VERSIONS : details.versions())
                        .append(' ').append(details.label().replace('\n', ' ')).append('\n');
            }
            if (change.rights() != null) {
                text.append("rights ").append(change.optionId()).append(' ').append(String.join(",", change.rights())).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        for (PackagedRole role : roles) {
            text.append("role").append(TAB).append(oneLine(role.name())).append(TAB) //$NON-NLS-1$
                    .append(role.description() == null ? "" : oneLine(role.description())).append(TAB) //$NON-NLS-1$
                    .append(String.join(",", role.rights())).append('\n'); //$NON-NLS-1$
        }
        String digest = digest(text.toString());
        text.append(DIGEST).append(digest).append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static PackagedRole role(String[] parts, int number, String line) throws MenuException {
        if (parts.length != 4 || parts[1].isBlank()) {
            throw new MenuException(NLS.bind(Messages.packageLine, number, line));
        }
        List<String> rights = parts[3].isEmpty() ? List.of() : List.of(parts[3].split(",")); //$NON-NLS-1$
        return new PackagedRole(parts[1], parts[2].isEmpty() ? null : parts[2], rights);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace(TAB, ' ');
    }

    /** The option line just read, with the expert-mode details of the line that follows it. */
    private static LevelChange withDetails(List<LevelChange> changes, String[] parts, int number, String line) throws MenuException {
        LevelChange last = changes.isEmpty() ? null : changes.remove(changes.size() - 1);
        if (last == null || parts.length != 6 || !last.optionId().equals(parts[1])) {
            throw new MenuException(NLS.bind(Messages.packageLine, number, line));
        }
        OptionDetails details = new OptionDetails(Integer.parseInt(parts[2]), parts[5], NO_VERSIONS.equals(parts[4]) ? null : parts[4],
                Scope.valueOf(parts[3]));
        return new LevelChange(last.optionId(), last.level(), last.askPassword(), details);
    }

    /** The option line just read, with the rights the line that follows it requires (empty: none). */
    private static LevelChange withRights(List<LevelChange> changes, String[] parts, int number, String line) throws MenuException {
        LevelChange last = changes.isEmpty() ? null : changes.remove(changes.size() - 1);
        if (last == null || parts.length != 3 || !last.optionId().equals(parts[1])) {
            throw new MenuException(NLS.bind(Messages.packageLine, number, line));
        }
        return last.withRights(parts[2].isEmpty() ? List.of() : List.of(parts[2].split(","))); //$NON-NLS-1$
    }

    /** @throws MenuException saying how the file is damaged; nothing is read from a damaged file */
    public static PackageSummary read(byte[] content) throws MenuException {
        String text = new String(content, StandardCharsets.UTF_8);
        int digestAt = text.lastIndexOf('\n' + DIGEST);
        if (!text.startsWith(HEADER + '\n') || digestAt < 0) {
            throw new MenuException(Messages.packageNotAPackage);
        }
        String body = text.substring(0, digestAt + 1);
        String digest = text.substring(digestAt + 1 + DIGEST.length()).trim();
        if (!digest.equals(digest(body))) {
            throw new MenuException(Messages.packageDamaged);
        }
        long version = -1;
        String source = ""; //$NON-NLS-1$
        int defaultLevel = -1;
        List<LevelChange> changes = new ArrayList<>();
        List<PackagedRole> roles = new ArrayList<>();
        String[] lines = body.split("\n"); //$NON-NLS-1$
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("role" + TAB)) { //$NON-NLS-1$
                roles.add(role(line.split(String.valueOf(TAB), -1), i + 1, line));
                continue;
            }
            String[] parts = line.split(" ", -1); //$NON-NLS-1$
            try {
                switch (parts[0]) {
                case "version" -> version = Long.parseLong(parts[1]); //$NON-NLS-1$
                case "source" -> source = line.substring("source ".length()); //$NON-NLS-1$ //$NON-NLS-2$
                case "default" -> defaultLevel = level(parts[1], i + 1); //$NON-NLS-1$
                case "option" -> { //$NON-NLS-1$
                    if (parts.length != 4 || parts[1].isBlank() || !(parts[3].equals("true") || parts[3].equals("false"))) { //$NON-NLS-1$ //$NON-NLS-2$
                        throw new MenuException(NLS.bind(Messages.packageLine, i + 1, line));
                    }
                    changes.add(new LevelChange(parts[1], level(parts[2], i + 1), Boolean.parseBoolean(parts[3])));
                }
                case "details" -> changes.add(withDetails(changes, line.split(" ", 6), i + 1, line)); //$NON-NLS-1$
                case "rights" -> changes.add(withRights(changes, parts, i + 1, line)); //$NON-NLS-1$
                default -> throw new MenuException(NLS.bind(Messages.packageLine, i + 1, line));
                }
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new MenuException(NLS.bind(Messages.packageLine, i + 1, line), e);
            }
        }
        if (version < 1 || defaultLevel < 0) {
            throw new MenuException(Messages.packageNotAPackage);
        }
        return new PackageSummary(version, source, defaultLevel, changes, List.of(), roles);
    }

    private static int level(String text, int line) throws MenuException {
        int level = Integer.parseInt(text);
        if (level < 0 || level > MenuLevels.MAXIMUM_LEVEL) {
            throw new MenuException(NLS.bind(Messages.packageLevel, line, text));
        }
        return level;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
