package org.castellan.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one user may see: for every contribution id whether it is visible, and the same as
 * regular expressions over the {@code pluginId/localId} identifiers the workbench's activities
 * match, for the UI to hide the rest.
 *
 * @since 0.1
 */
public final class VisibleSet {

    /** Identifiers joined into one expression, so the workbench matches a few long patterns, not thousands. */
    private static final int IDS_PER_PATTERN = 500;

    private final MenuDefinition definition;
    private final int userLevel;
    private final Set<String> userRights;
    private final boolean undeclaredVisible;
    private final List<String> hiddenExact;
    private final List<String> shownExact;
    private final List<String> hiddenPrefixes;
    private final List<String> shownPrefixes;

    VisibleSet(MenuDefinition definition, int userLevel, Set<String> userRights, boolean undeclaredVisible, List<String> hiddenExact, List<String> shownExact,
            List<String> hiddenPrefixes, List<String> shownPrefixes) {
        this.definition = Objects.requireNonNull(definition);
        this.userLevel = userLevel;
        this.userRights = Set.copyOf(userRights);
        this.undeclaredVisible = undeclaredVisible;
        this.hiddenExact = List.copyOf(hiddenExact);
        this.shownExact = List.copyOf(shownExact);
        this.hiddenPrefixes = List.copyOf(hiddenPrefixes);
        this.shownPrefixes = List.copyOf(shownPrefixes);
    }

    public int userLevel() {
        return userLevel;
    }

    /** The rights the user held when the set was computed. */
    public Set<String> userRights() {
        return userRights;
    }

    /**
     * Whether this set hides exactly what {@code other} hides: a workbench that shows one need not
     * apply the other.
     */
    public boolean sameAs(VisibleSet other) {
        return other != null && undeclaredVisible == other.undeclaredVisible && sameElements(hiddenExact, other.hiddenExact)
                && sameElements(hiddenPrefixes, other.hiddenPrefixes) && sameElements(shownExact, other.shownExact)
                && sameElements(shownPrefixes, other.shownPrefixes);
    }

    private static boolean sameElements(List<String> a, List<String> b) {
        return a.size() == b.size() && Set.copyOf(a).equals(Set.copyOf(b));
    }

    /** Whether contributions no option covers are visible (the default level is at or below the user's). */
    public boolean undeclaredVisible() {
        return undeclaredVisible;
    }

    /** Whether the contribution with this id is visible to the user. */
    public boolean visible(String contributionId) {
        return definition.optionFor(contributionId).map(s -> s.allows(userLevel, userRights)).orElse(undeclaredVisible);
    }

    /** The option that decides the id, if any. */
    public Optional<OptionState> optionFor(String contributionId) {
        return definition.optionFor(contributionId);
    }

    /** Contribution ids (exact) the user must not see. */
    public List<String> hiddenIds() {
        return hiddenExact;
    }

    /**
     * Expressions matching the {@code pluginId/localId} of every contribution to hide; an identifier
     * that also matches one of {@link #shownPatterns()} stays visible.
     */
    public List<String> hiddenPatterns() {
        List<String> patterns = new ArrayList<>();
        if (!undeclaredVisible) {
            patterns.add(".*"); //$NON-NLS-1$
        }
        joined(hiddenExact, patterns);
        for (String prefix : hiddenPrefixes) {
            patterns.add("[^/]*/" + Pattern.quote(prefix) + ".*"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return patterns;
    }

    /** Expressions matching the contributions the user sees although a hidden pattern matches them too. */
    public List<String> shownPatterns() {
        List<String> patterns = new ArrayList<>();
        joined(shownExact, patterns);
        for (String prefix : shownPrefixes) {
            StringBuilder except = new StringBuilder();
            for (String hidden : hiddenExact) {
                if (hidden.startsWith(prefix)) {
                    except.append(except.isEmpty() ? "" : "|").append(Pattern.quote(hidden)).append('$'); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            for (String hidden : hiddenPrefixes) {
                if (hidden.length() > prefix.length() && hidden.startsWith(prefix)) {
                    except.append(except.isEmpty() ? "" : "|").append(Pattern.quote(hidden)); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            patterns.add("[^/]*/" + (except.isEmpty() ? "" : "(?!(?:" + except + "))") + Pattern.quote(prefix) + ".*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        return patterns;
    }

    private static void joined(List<String> ids, List<String> into) {
        for (int start = 0; start < ids.size(); start += IDS_PER_PATTERN) {
            StringBuilder pattern = new StringBuilder("[^/]*/(?:"); //$NON-NLS-1$
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_PATTERN));
            for (int i = 0; i < chunk.size(); i++) {
                pattern.append(i == 0 ? "" : "|").append(Pattern.quote(chunk.get(i))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            into.add(pattern.append(')').toString());
        }
    }
}
