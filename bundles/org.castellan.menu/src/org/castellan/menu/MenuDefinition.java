package org.castellan.menu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * The main menu in force on an installation: every declared option with its level after the
 * administrator's overrides, and which option decides each contribution id.
 * <p>
 * Precedence when several declarations cover one contribution id: an option an administrator
 * overrode (the most restrictive if several were), then the option of the bundle that contributes
 * the id (its symbolic name starts the id), then the most restrictive option of the other bundles;
 * a contribution no option covers needs the installation's default level. An exact id is more
 * specific than a pattern ({@code prefix*}), and a longer pattern more specific than a shorter one.
 * Immutable; built once per change of the declarations or overrides, then asked per user.
 *
 * @since 0.1
 */
public final class MenuDefinition {

    private final List<OptionState> options;
    private final Map<String, OptionState> byOptionId;
    private final Map<String, MenuOption> declaredById;
    private final Map<String, OptionState> exact;
    private final List<Map.Entry<String, OptionState>> prefixes;
    private final int defaultLevel;
    private final List<String> conflicts;

    /**
     * @param declared     the options as bundles declare them (one per id: see {@code ExtensionMenuCatalog})
     * @param overrides    the administrator's changes by option id
     * @param defaultLevel the level of contributions no option covers
     */
    public MenuDefinition(Collection<MenuOption> declared, Map<String, LevelChange> overrides, int defaultLevel, MenuContext context) {
        this(declared, overrides, defaultLevel, context, right -> true);
    }

    /**
     * @param rightDeclared whether an installed bundle declares a right: an option requiring one that
     *                      none does is closed to everyone (see {@link OptionState#undeclaredRights()})
     */
    public MenuDefinition(Collection<MenuOption> declared, Map<String, LevelChange> overrides, int defaultLevel, MenuContext context,
            Predicate<String> rightDeclared) {
        this.defaultLevel = defaultLevel;
        List<OptionState> states = new ArrayList<>(declared.size());
        Map<String, OptionState> ids = new HashMap<>();
        Map<String, MenuOption> asDeclared = new HashMap<>();
        for (MenuOption option : declared) {
            asDeclared.put(option.id(), option);
            LevelChange change = overrides.get(option.id());
            boolean overridden = change != null && !option.essential();
            MenuOption effective = overridden && change.details() != null ? change.details().applyTo(option) : option;
            List<String> rights = overridden && change.rights() != null ? change.rights() : option.rights();
            OptionState state = new OptionState(effective, option.essential() ? 0 : overridden ? change.level() : option.level(),
                    overridden ? change.askPassword() : option.askPassword(), overridden, available(effective, context), rights,
                    rights.stream().filter(rightDeclared.negate()).toList());
            states.add(state);
            ids.put(option.id(), state);
        }
        states.sort(Comparator.comparing((OptionState s) -> s.option().menu()).thenComparingInt(s -> s.option().order())
                .thenComparing(s -> s.option().id()));
        this.options = List.copyOf(states);
        this.byOptionId = ids;
        this.declaredById = asDeclared;
        List<String> found = new ArrayList<>();
        Map<String, OptionState> exactIds = new HashMap<>();
        Map<String, OptionState> prefixIds = new LinkedHashMap<>();
        for (OptionState state : states) {
            for (String contribution : state.option().contributions()) {
                boolean pattern = contribution.endsWith("*"); //$NON-NLS-1$
                String key = pattern ? contribution.substring(0, contribution.length() - 1) : contribution;
                Map<String, OptionState> target = pattern ? prefixIds : exactIds;
                OptionState earlier = target.get(key);
                target.put(key, earlier == null ? state : stronger(key, earlier, state, found));
            }
        }
        this.exact = exactIds;
        List<Map.Entry<String, OptionState>> sorted = new ArrayList<>(prefixIds.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, OptionState> e) -> e.getKey().length()).reversed());
        this.prefixes = List.copyOf(sorted);
        this.conflicts = List.copyOf(found);
    }

    private static boolean available(MenuOption option, MenuContext context) {
        if (!option.scope().includes(context.site())) {
            return false;
        }
        if (!option.editions().isEmpty() && !option.editions().contains(context.edition())) {
            return false;
        }
        return option.versions() == null || new VersionRange(option.versions()).includes(context.productVersion());
    }

    /** The declaration that decides a contribution id two options cover (see the class comment). */
    private static OptionState stronger(String contribution, OptionState a, OptionState b, List<String> conflicts) {
        if (a.overridden() != b.overridden()) {
            return a.overridden() ? a : b;
        }
        if (!a.overridden()) {
            boolean aOwns = owns(a, contribution);
            if (aOwns != owns(b, contribution)) {
                return aOwns ? a : b;
            }
            if (!aOwns) {
                conflicts.add(contribution + ": " + a.option().id() + " (" + a.option().contributor() + "), " //$NON-NLS-1$ //$NON-NLS-2$
                        + b.option().id() + " (" + b.option().contributor() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return b.level() > a.level() ? b : a;
    }

    private static boolean owns(OptionState state, String contribution) {
        String bundle = state.option().contributor();
        return contribution.equals(bundle) || contribution.startsWith(bundle + '.');
    }

    /** Every option, by menu and order. */
    public List<OptionState> options() {
        return options;
    }

    public Optional<OptionState> option(String optionId) {
        return Optional.ofNullable(byOptionId.get(optionId));
    }

    /**
     * The option that decides for an id a caller names: an option's own id, else the option that
     * covers it as a contribution. Host applications name options by the ids the visible options
     * give them; the workbench names its commands, views and perspectives.
     */
    public Optional<OptionState> deciding(String id) {
        OptionState own = byOptionId.get(id);
        return own != null ? Optional.of(own) : optionFor(id);
    }

    /** The option as its bundle declares it, before any expert-mode details. */
    public Optional<MenuOption> declared(String optionId) {
        return Optional.ofNullable(declaredById.get(optionId));
    }

    /**
     * What an override stores for an administrator's change of a declared option: the change, its
     * rights left out when they are the declared ones; empty when the whole change repeats the
     * declaration (nothing to store), and the change itself for an option no bundle declares.
     *
     * @since 0.1
     */
    public Optional<LevelChange> overrideOf(LevelChange change) {
        MenuOption option = declaredById.get(change.optionId());
        if (option == null) {
            return Optional.of(change);
        }
        boolean sameRights = change.rights() == null || Set.copyOf(change.rights()).equals(Set.copyOf(option.rights()));
        boolean declared = option.level() == change.level() && option.askPassword() == change.askPassword()
                && (change.details() == null || change.details().equals(OptionDetails.of(option))) && sameRights;
        return declared ? Optional.empty() : Optional.of(sameRights ? change.withRights(null) : change);
    }

    /** The option that decides a contribution id, or empty when none covers it (the default level applies). */
    public Optional<OptionState> optionFor(String contributionId) {
        OptionState state = exact.get(contributionId);
        if (state != null) {
            return Optional.of(state);
        }
        for (Map.Entry<String, OptionState> prefix : prefixes) {
            if (contributionId.startsWith(prefix.getKey())) {
                return Optional.of(prefix.getValue());
            }
        }
        return Optional.empty();
    }

    /** Where the level of a contribution id comes from. */
    public Precedence precedenceOf(String contributionId) {
        return optionFor(contributionId).map(state -> state.overridden() ? Precedence.OVERRIDE
                : owns(state, contributionId) ? Precedence.CONTRIBUTING_BUNDLE : Precedence.OTHER_BUNDLE).orElse(Precedence.DEFAULT);
    }

    /** The level of contributions no option covers. */
    public int defaultLevel() {
        return defaultLevel;
    }

    /** Contribution ids that options of two bundles, neither of which contributes it, both cover: for the log. */
    public List<String> conflicts() {
        return conflicts;
    }

    /** What a user of that level who holds no right sees. */
    public VisibleSet visibleTo(int userLevel) {
        return visibleTo(userLevel, Set.of());
    }

    /** What a user of that level holding those rights sees. */
    public VisibleSet visibleTo(int userLevel, Set<String> heldRights) {
        Set<String> rights = Set.copyOf(heldRights);
        List<String> hiddenExact = new ArrayList<>();
        List<String> shownExact = new ArrayList<>();
        for (Map.Entry<String, OptionState> entry : exact.entrySet()) {
            (entry.getValue().allows(userLevel, rights) ? shownExact : hiddenExact).add(entry.getKey());
        }
        List<String> hiddenPrefixes = new ArrayList<>();
        List<String> shownPrefixes = new ArrayList<>();
        for (Map.Entry<String, OptionState> entry : prefixes) {
            (entry.getValue().allows(userLevel, rights) ? shownPrefixes : hiddenPrefixes).add(entry.getKey());
        }
        return new VisibleSet(this, userLevel, rights, defaultLevel <= userLevel, hiddenExact, shownExact, hiddenPrefixes, shownPrefixes);
    }

    /** The product version a range is checked against when none is known (outside OSGi). */
    public static Version versionOf(String text) {
        return Version.parseVersion(text);
    }
}
