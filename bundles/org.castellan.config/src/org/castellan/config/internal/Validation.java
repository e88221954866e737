package org.castellan.config.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.castellan.config.ConfigurationException.Problem;
import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.Scope;
import org.castellan.model.Installation;
import org.castellan.model.Right;
import org.castellan.model.Role;
import org.castellan.model.SessionPolicy;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.SecurityRules;
import org.castellan.security.SettingsAdministration;
import org.castellan.security.UserAdministration;
import org.eclipse.osgi.util.NLS;

/**
 * Checks a text's configuration against the installation before anything is written, finding every
 * problem at once, each on its line: each value with the rules the services check
 * ({@link SecurityRules}, {@link SettingsAdministration#problem}, {@link MenuLevels#problem}), and
 * that every role, user and company an entry names is one the installation will have.
 */
final class Validation {

    private final Installation model;
    private final Configuration current;
    private final Configuration wanted;
    private final SettingsAdministration settings;
    private final MenuLevels menu;
    private final String domainCharacters;
    /** The rights the installation knows, by id. */
    private final Set<String> knownRights;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param domainCharacters the characters domain logins may use now: the text's setting, if it
     *                         sets it, is checked in its place
     */
    private Validation(Installation model, Configuration current, Configuration wanted, SettingsAdministration settings, MenuLevels menu,
            String domainCharacters) {
        this.model = model;
        this.current = current;
        this.wanted = wanted;
        this.settings = settings;
        this.menu = menu;
        this.knownRights = model.getRights().stream().map(Right::getRightId).collect(Collectors.toSet());
        Entry domain = wanted.entry(Section.SETTINGS, UserAdministration.SETTING_DOMAIN_CHARACTERS);
        this.domainCharacters = domain != null && domain.text(Section.VALUE) != null ? domain.text(Section.VALUE) : domainCharacters;
    }

    static List<Problem> check(Installation model, Configuration current, Configuration wanted, SettingsAdministration settings, MenuLevels menu,
            String domainCharacters, java.util.function.BiPredicate<org.castellan.model.Dimension, String> registeredMember) throws MenuException {
        Validation validation = new Validation(model, current, wanted, settings, menu, domainCharacters);
        validation.companies();
        validation.roles();
        validation.groups();
        validation.directoryGroups();
        validation.users();
        validation.menu();
        validation.settings();
        validation.problems.addAll(GrantValidation.check(model, current, wanted, registeredMember));
        validation.problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return List.copyOf(validation.problems);
    }

    private void companies() {
        List<String> seen = new ArrayList<>();
        for (Entry entry : wanted.entries(Section.COMPANIES).values()) {
            int line = entry.lines().entry();
            rule(entry, line, () -> SecurityRules.checkCompanyCode(entry.key()));
            rule(entry, entry.lines().of("name"), () -> SecurityRules.checkCompanyName(entry.text("name"))); //$NON-NLS-1$
            // codes compare without letter case: against the others of the text, and those of the installation (never deleted)
            List<String> others = new ArrayList<>(seen);
            current.entries(Section.COMPANIES).keySet().stream().filter(code -> !code.equals(entry.key())).forEach(others::add);
            rule(entry, line, () -> SecurityRules.checkCompanyCodeFree(others, entry.key()));
            seen.add(entry.key());
        }
    }

    @FunctionalInterface
    private interface NameRule {
        void check(String name, String description) throws AccountException;
    }

    @FunctionalInterface
    private interface FreeNameRule {
        void check(List<String> others, String name) throws AccountException;
    }

    /** The named entries of a section (roles, groups): each name and description as the service checks them, and not taken. */
    private List<Entry> named(Section section, NameRule rule, FreeNameRule free) {
        List<String> seen = new ArrayList<>();
        for (Entry entry : wanted.entries(section).values()) {
            int line = entry.lines().entry();
            rule(entry, line, () -> rule.check(entry.key(), entry.text("description"))); //$NON-NLS-1$
            rule(entry, line, () -> free.check(othersKept(section, seen, entry.key()), entry.key()));
            seen.add(entry.key());
        }
        return List.copyOf(wanted.entries(section).values());
    }

    private void roles() {
        for (Entry entry : named(Section.ROLES, SecurityRules::checkRole, SecurityRules::checkRoleNameFree)) {
            int line = entry.lines().entry();
            Optional<Role> existing = model.getRoles().stream().filter(r -> r.getName().equals(entry.key())).findFirst();
            boolean predefined = existing.map(Role::isPredefined).orElse(false);
            if (entry.flag("predefined") && !predefined) { //$NON-NLS-1$
                problem(entry.lines().of("predefined"), NLS.bind(Messages.notPredefinedHere, where(entry), predefinedRoles())); //$NON-NLS-1$
            } else if (!entry.flag("predefined") && predefined) { //$NON-NLS-1$
                problem(line, NLS.bind(Messages.predefinedHere, where(entry)));
            }
            for (String right : entry.list("rights")) { //$NON-NLS-1$
                if (!knownRights.contains(right)) { // the service's refusal for the others
                    rule(entry, entry.lines().of("rights", right), () -> SecurityRules.right(model, right)); //$NON-NLS-1$
                }
            }
        }
    }

    /** The predefined roles of the installation, to name when a text's are not among them. */
    private String predefinedRoles() {
        return model.getRoles().stream().filter(Role::isPredefined).map(Role::getName).sorted().collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    private void groups() {
        for (Entry entry : named(Section.GROUPS, SecurityRules::checkGroup, SecurityRules::checkGroupNameFree)) {
            roleReferences(entry);
            for (String login : entry.list("members")) { //$NON-NLS-1$
                if (wanted.entry(Section.USERS, login) == null) {
                    problem(entry.lines().of("members", login), NLS.bind(Messages.unknownMember, where(entry), login)); //$NON-NLS-1$
                }
            }
        }
    }

    /** Each directory group leads to at least one Castellan group, each one of the text's groups (the others are removed by it). */
    private void directoryGroups() {
        for (Entry entry : wanted.entries(Section.DIRECTORY_GROUPS).values()) {
            List<String> groups = entry.list(Section.GROUPS_FIELD);
            if (groups.isEmpty()) {
                problem(entry.lines().entry(), NLS.bind(Messages.mappingWithoutGroup, where(entry)));
            }
            for (String group : groups) {
                if (wanted.entry(Section.GROUPS, group) == null) {
                    problem(entry.lines().of(Section.GROUPS_FIELD, group), NLS.bind(Messages.unknownMappedGroup, where(entry), group));
                }
            }
        }
    }

    /**
     * The names another entry of the text, or one the installation keeps, has: those of the text
     * already seen, and the installation's that stay (the text's own, and predefined roles it
     * leaves out); an entry the text removes frees its name.
     */
    private List<String> othersKept(Section section, List<String> seen, String key) {
        List<String> others = new ArrayList<>(seen);
        for (Entry existing : current.entries(section).values()) {
            boolean kept = wanted.entry(section, existing.key()) != null || section == Section.ROLES && existing.flag("predefined"); //$NON-NLS-1$
            if (kept && !existing.key().equals(key)) {
                others.add(existing.key());
            }
        }
        return others;
    }

    /** Every role an entry names is one of the text's, or a predefined role of the installation, which stays. */
    private void roleReferences(Entry entry) {
        for (String role : entry.list("roles")) { //$NON-NLS-1$
            Entry existing = current.entry(Section.ROLES, role);
            if (wanted.entry(Section.ROLES, role) == null && (existing == null || !existing.flag("predefined"))) { //$NON-NLS-1$
                problem(entry.lines().of("roles", role), NLS.bind(Messages.unknownRole, where(entry), role)); //$NON-NLS-1$
            }
        }
    }

    private void users() {
        SecurityRules.Logins logins = SecurityRules.logins(model.getUsers().stream().map(User::getLogin).toList());
        Map<String, User> byLogin = new HashMap<>();
        model.getUsers().forEach(u -> byLogin.put(u.getLogin(), u));
        for (Entry entry : wanted.entries(Section.USERS).values()) {
            int line = entry.lines().entry();
            Optional<User> existing = Optional.ofNullable(byLogin.get(entry.key()));
            rule(entry, line, () -> SecurityRules.checkLogin(entry.key()));
            if (existing.isEmpty()) {
                rule(entry, line, () -> logins.checkFree(entry.key()));
                logins.take(entry.key());
                if (entry.flag("domain")) { //$NON-NLS-1$
                    rule(entry, entry.lines().of("domain"), () -> SecurityRules.checkDomainLogin(entry.key(), domainCharacters)); //$NON-NLS-1$
                }
            } else if (existing.get().isDomain() != entry.flag("domain")) { //$NON-NLS-1$
                problem(entry.lines().of("domain"), NLS.bind(Messages.domainFixed, where(entry))); //$NON-NLS-1$
            }
            boolean guest = existing.map(User::isGuest).orElse(false);
            if (guest != entry.flag("guest")) { //$NON-NLS-1$
                problem(entry.lines().of("guest"), NLS.bind(guest ? Messages.isTheGuest : Messages.notTheGuest, where(entry))); //$NON-NLS-1$
            }
            Integer level = entry.number("level"); //$NON-NLS-1$
            rule(entry, line, () -> SecurityRules.checkProfile(entry.text("name"), entry.text("email"), entry.flag("external"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    level == null ? 0 : level, entry.flag("guest"))); //$NON-NLS-1$
            String policy = entry.text("session-policy"); //$NON-NLS-1$
            if (policy != null && SessionPolicy.getByName(policy) == null) {
                problem(entry.lines().of("session-policy"), NLS.bind(Messages.choiceUnknown, new Object[] { where(entry), "session-policy", //$NON-NLS-1$ //$NON-NLS-2$
                        SessionPolicy.VALUES.stream().map(SessionPolicy::getName).collect(Collectors.joining(", ")), policy })); //$NON-NLS-1$
            }
            companyReferences(entry, "works-in"); //$NON-NLS-1$
            companyReferences(entry, "administers"); //$NON-NLS-1$
            roleReferences(entry);
        }
    }

    private void companyReferences(Entry entry, String field) {
        for (String code : entry.list(field)) {
            if (wanted.entry(Section.COMPANIES, code) == null) {
                problem(entry.lines().of(field, code), NLS.bind(Messages.unknownCompany, where(entry), code));
            }
        }
    }

    private void menu() throws MenuException {
        for (Entry entry : wanted.entries(Section.MENU).values()) {
            Optional<LevelChange> change = levelChange(entry);
            if (change.isPresent()) {
                Optional<String> problem = menu.problem(change.get());
                if (problem.isPresent()) {
                    problem(entry.lines().entry(), NLS.bind(Messages.entryProblem, where(entry), problem.get()));
                }
            }
        }
    }

    /** The change of the menu an entry says, with the declared details where it gives only some; empty (with a problem) when its scope is none. */
    private Optional<LevelChange> levelChange(Entry entry) throws MenuException {
        Optional<Scope> scope = Optional.empty();
        String typed = entry.text("scope"); //$NON-NLS-1$
        if (typed != null) {
            scope = MenuEntries.scope(typed);
            if (scope.isEmpty()) {
                problem(entry.lines().of("scope"), NLS.bind(Messages.choiceUnknown, new Object[] { where(entry), "scope", //$NON-NLS-1$ //$NON-NLS-2$
                        Arrays.stream(Scope.values()).map(MenuEntries::written).collect(Collectors.joining(", ")), typed })); //$NON-NLS-1$
                return Optional.empty();
            }
        }
        return Optional.of(MenuEntries.change(entry, menu.definition().declared(entry.key()), scope));
    }

    private void settings() {
        for (Entry entry : wanted.entries(Section.SETTINGS).values()) {
            int line = entry.lines().of(Section.VALUE);
            if (entry.key().equals(UserAdministration.SETTING_GUEST_ACCESS)) {
                problem(line, NLS.bind(Messages.guestAccessSetting, entry.key()));
                continue;
            }
            String value = entry.text(Section.VALUE);
            settings.problem(entry.key(), value == null ? "" : value).ifPresent(p -> problem(line, p)); //$NON-NLS-1$
        }
    }

    @FunctionalInterface
    private interface Rule {
        void check() throws AccountException;
    }

    /** A service's rule for an entry: its refusal becomes a problem on that line. */
    private void rule(Entry entry, int line, Rule rule) {
        try {
            rule.check();
        } catch (AccountException e) {
            problem(line, NLS.bind(Messages.entryProblem, where(entry), e.getMessage()));
        }
    }

    private void problem(int line, String message) {
        problems.add(new Problem(line, message));
    }

    /** How problems name an entry: its section and key. */
    static String where(Entry entry) {
        return entry.section().key() + ": " + entry.key(); //$NON-NLS-1$
    }
}
