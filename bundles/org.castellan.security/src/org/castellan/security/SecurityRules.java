package org.castellan.security;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Principal;
import org.castellan.model.Right;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.castellan.security.internal.Assignments;
import org.castellan.security.internal.ChangeGuard;
import org.castellan.security.internal.FieldRules;
import org.castellan.security.internal.LoginRules;
import org.castellan.security.internal.Messages;
import org.castellan.security.internal.PasswordPolicies;
import org.castellan.security.internal.SeatCount;
import org.castellan.store.CastellanStore;
import org.castellan.store.SettingsTable;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.osgi.util.NLS;

/**
 * The rules the security services check before they save users, groups, roles and companies, for
 * a program that builds a change of its own from them (configuration as code): it checks each
 * value with the same rules, with the same refusals, and makes its change through a {@link Change},
 * which the services' own changes pass through too. A change built that way never bypasses a rule
 * the workbench's editors meet.
 *
 * @since 0.1
 */
public final class SecurityRules {

    /** Longest login, in characters. */
    public static final int MAXIMUM_LOGIN = 64;
    public static final int MAXIMUM_DISPLAY_NAME = 120;
    public static final int MAXIMUM_EMAIL = 254;

    /** What a company code may hold: it is typed at login and stands in file names and reports. */
    /** An e-mail address: one @, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+"); //$NON-NLS-1$
    private static final Pattern COMPANY_CODE = Pattern.compile("[\\p{L}\\p{N}_-]+"); //$NON-NLS-1$

    private SecurityRules() {
    }

    /** Refuses an empty login, one too long, or one with surrounding spaces or control characters. */
    public static void checkLogin(String login) throws AccountException {
        if (login == null || login.isBlank()) {
            throw new AccountException(Messages.loginEmpty);
        }
        if (login.codePointCount(0, login.length()) > MAXIMUM_LOGIN) {
            throw new AccountException(NLS.bind(Messages.loginTooLong, MAXIMUM_LOGIN));
        }
        if (!login.equals(login.strip()) || login.chars().anyMatch(Character::isISOControl)) {
            throw new AccountException(Messages.loginInvalidCharacters);
        }
    }

    /**
     * Refuses a domain user's login with characters outside those the installation allows
     * ({@link UserAdministration#SETTING_DOMAIN_CHARACTERS}, read in {@code tx}).
     */
    public static void checkDomainLogin(Transaction tx, String login) throws AccountException, SQLException {
        checkDomainLogin(login, domainCharacters(tx));
    }

    /** Refuses a domain user's login with characters outside {@code allowed} (a regular-expression class body). */
    public static void checkDomainLogin(String login, String allowed) throws AccountException {
        try {
            if (!LoginRules.usesOnly(login, allowed)) {
                throw new AccountException(NLS.bind(Messages.loginOutsideDomainCharacters, login, allowed));
            }
        } catch (PatternSyntaxException e) {
            throw new AccountException(NLS.bind(Messages.settingInvalid, UserAdministration.SETTING_DOMAIN_CHARACTERS, allowed), e);
        }
    }

    /**
     * The logins taken, to check new ones against: a login is refused when taken, and when it
     * differs from a taken one only by letter case or accents (too easily confused).
     */
    public static final class Logins {

        private final Set<String> taken = new HashSet<>();
        private final Map<String, String> bySkeleton = new HashMap<>();

        private Logins() {
        }

        /** Refuses a login that is taken or confusable with a taken one. */
        public void checkFree(String login) throws AccountException {
            if (taken.contains(login)) {
                throw new AccountException(NLS.bind(Messages.loginTaken, login));
            }
            String existing = bySkeleton.get(LoginRules.skeleton(login));
            if (existing != null) {
                throw new AccountException(NLS.bind(Messages.loginConfusable, login, existing));
            }
        }

        /** Takes a login: later ones are checked against it too. */
        public void take(String login) {
            taken.add(login);
            bySkeleton.putIfAbsent(LoginRules.skeleton(login), login);
        }
    }

    /** The logins of these users, taken. */
    public static Logins logins(Collection<String> taken) {
        Logins logins = new Logins();
        taken.forEach(logins::take);
        return logins;
    }

    /**
     * Refuses a display name or e-mail address too long or with control characters, an address
     * that is not one, an external user without an address, a level outside 0 to 9, and the guest
     * made external.
     */
    public static void checkProfile(String displayName, String email, boolean external, int level, boolean guest) throws AccountException {
        FieldRules.checkText(displayName, MAXIMUM_DISPLAY_NAME, Messages.fieldDisplayName, false);
        FieldRules.checkText(email, MAXIMUM_EMAIL, Messages.fieldEmail, false);
        String address = FieldRules.blankToNull(email);
        if (address != null && !EMAIL.matcher(address).matches()) {
            throw new AccountException(NLS.bind(Messages.emailInvalid, address));
        }
        if (external && address == null) {
            throw new AccountException(Messages.externalNeedsEmail);
        }
        if (level < 0 || level > AccountService.MAXIMUM_LEVEL) {
            throw new AccountException(NLS.bind(Messages.levelOutOfRange, level));
        }
        if (guest && external) {
            throw new AccountException(Messages.guestCannotBeExternal);
        }
    }

    /** Refuses an empty role name, one too long or with control characters, and a description too long. */
    public static void checkRole(String name, String description) throws AccountException {
        FieldRules.checkNameAndDescription(name, description, Messages.roleNameEmpty, Messages.fieldRoleName);
    }

    /** Refuses an empty group name, one too long or with control characters, and a description too long. */
    public static void checkGroup(String name, String description) throws AccountException {
        FieldRules.checkNameAndDescription(name, description, Messages.groupNameEmpty, Messages.fieldGroupName);
    }

    /** Refuses a role name another role has, letter case ignored. */
    public static void checkRoleNameFree(Collection<String> names, String name) throws AccountException {
        if (containsIgnoringCase(names, name)) {
            throw new AccountException(NLS.bind(Messages.roleNameTaken, name));
        }
    }

    /** Refuses a group name another group has, letter case ignored. */
    public static void checkGroupNameFree(Collection<String> names, String name) throws AccountException {
        if (containsIgnoringCase(names, name)) {
            throw new AccountException(NLS.bind(Messages.groupNameTaken, name));
        }
    }

    /** Refuses deleting a predefined role (a bundle declares it: copy it instead). */
    public static void checkDeletable(Role role) throws AccountException {
        if (role.isPredefined()) {
            throw new AccountException(NLS.bind(Messages.rolePredefined, role.getName()));
        }
    }

    /** Refuses renaming a predefined role. */
    public static void checkRenamable(Role role, String newName) throws AccountException {
        if (role.isPredefined() && !role.getName().equals(newName)) {
            throw new AccountException(NLS.bind(Messages.predefinedRoleKeepsName, role.getName()));
        }
    }

    /** A right the installation knows: declared by a bundle now or before (and then stored). */
    public static Right right(Installation model, String rightId) throws AccountException {
        return model.getRights().stream().filter(r -> r.getRightId().equals(rightId)).findFirst()
                .orElseThrow(() -> new AccountException(NLS.bind(Messages.unknownRight, rightId)));
    }

    /**
     * Refuses an empty company code, one longer than {@link CompanyAdministration#MAXIMUM_CODE} or
     * with anything but letters, digits, {@code -} and {@code _}.
     *
     * @return the code without surrounding spaces
     */
    public static String checkCompanyCode(String code) throws AccountException {
        String wanted = code == null ? "" : code.strip(); //$NON-NLS-1$
        if (wanted.isEmpty()) {
            throw new AccountException(Messages.companyCodeEmpty);
        }
        FieldRules.checkText(wanted, CompanyAdministration.MAXIMUM_CODE, Messages.fieldCompanyCode, false);
        if (!COMPANY_CODE.matcher(wanted).matches()) {
            throw new AccountException(NLS.bind(Messages.companyCodeCharacters, wanted));
        }
        return wanted;
    }

    /** Refuses a code another company has, letter case ignored. */
    public static void checkCompanyCodeFree(Collection<String> codes, String code) throws AccountException {
        if (containsIgnoringCase(codes, code)) {
            throw new AccountException(NLS.bind(Messages.companyCodeTaken, code));
        }
    }

    /**
     * Refuses an empty company name, or one too long or with control characters.
     *
     * @return the name without surrounding spaces
     */
    public static String checkCompanyName(String name) throws AccountException {
        if (name == null || name.isBlank()) {
            throw new AccountException(Messages.companyNameEmpty);
        }
        FieldRules.checkText(name.strip(), CompanyAdministration.MAXIMUM_NAME, Messages.fieldCompanyName, false);
        return name.strip();
    }

    private static boolean containsIgnoringCase(Collection<String> names, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(wanted));
    }

    /** The characters a domain user's login may use (the setting, or its default), as the transaction sees them. */
    public static String domainCharacters(Transaction tx) throws SQLException {
        return SettingsTable.read(tx, UserAdministration.SETTING_DOMAIN_CHARACTERS).orElse(UserAdministration.DEFAULT_DOMAIN_CHARACTERS);
    }

    /**
     * Gives a user or a group exactly these roles (names of the model's roles): assignments kept
     * keep their date, new ones are dated {@code now}; an unknown name is refused before anything changes.
     */
    public static void setRoles(Installation model, Principal principal, Set<String> roleNames, Date now) throws AccountException {
        Assignments.setRoles(model, principal, roleNames, now);
    }

    /** Makes a user a member of exactly these groups (names of the model's groups), as {@link #setRoles} does roles. */
    public static void setGroups(Installation model, User user, Set<String> groupNames, Date now) throws AccountException {
        Assignments.setGroups(model, user, groupNames, now);
    }

    /** Gives a role exactly these rights (ids the installation knows); grants kept keep their date. */
    public static void setRights(Installation model, Role role, Collection<String> rightIds, Date now) throws AccountException {
        Assignments.setRights(model, role, rightIds, now);
    }

    /** Deletes a group in {@code tx}, with the password policy of its own it may have: its members lose the roles it gave them. */
    public static void deleteGroup(CastellanStore store, Transaction tx, Group group) throws SQLException, StoreException {
        PasswordPolicies.setGroup(tx, group, null);
        store.model().delete(tx, group);
    }

    /** The licence seats and how many are taken, as the transaction sees them. */
    public static Seats seats(Transaction tx) throws AccountException, SQLException {
        return SeatCount.read(tx);
    }

    /**
     * Refuses a change that took licence seats beyond those bought: more seats taken than before
     * it and than there are. An installation already beyond them may still make other changes.
     */
    public static void checkSeatsAfter(Transaction tx, Seats before) throws AccountException, SQLException {
        Seats now = seats(tx);
        if (now.total() != Seats.UNLIMITED && now.occupied() > now.total() && now.occupied() > before.occupied()) {
            throw new AccountException(NLS.bind(Messages.seatsFull, now.total()));
        }
    }

    /** Refuses anyone but an administrator, on the model as a transaction read it. */
    public static void requireAdministrator(Installation model, AuthenticatedUser actor) throws AccountException {
        ChangeGuard.refuseNonAdministrator(model, actor);
    }

    /**
     * Begins a change of users, groups, roles, companies or settings in {@code tx}: locks the users
     * (two changes checking the same free login or seat one after the other), reads the model and
     * refuses anyone but an administrator.
     */
    public static Change beginChange(CastellanStore store, Transaction tx, AuthenticatedUser actor) throws AccountException, StoreException, SQLException {
        Objects.requireNonNull(store);
        Objects.requireNonNull(tx);
        try (Statement st = tx.connection().createStatement()) {
            st.execute("LOCK TABLE users IN EXCLUSIVE MODE"); //$NON-NLS-1$
        }
        return new Change(ChangeGuard.begin(store, tx, store.model().load(tx), actor));
    }

    /**
     * An administrator's change being made in one transaction: what proves to the services that take
     * it (the settings', the menu's) that the acting user was checked in that transaction. Its model
     * is the one the transaction read; the caller changes and writes it, then calls {@link #finish}.
     */
    public static final class Change {

        private final ChangeGuard guard;
        private final int actorLevel;

        private Change(ChangeGuard guard) {
            this.guard = guard;
            this.actorLevel = guard.model().getUsers().stream().filter(u -> u.getId().equals(guard.actor().id())).findFirst()
                    .map(u -> u.getAuthorizationLevel()).orElse(0);
        }

        public AuthenticatedUser actor() {
            return guard.actor();
        }

        public Transaction transaction() {
            return guard.transaction();
        }

        /** The model as the transaction read it when the change began, as the caller has changed it since. */
        public Installation model() {
            return guard.model();
        }

        /** The acting user's authorization level when the change began. */
        public int actorLevel() {
            return actorLevel;
        }

        /** The rights the acting user held when the change began. */
        public Set<String> actorRights() {
            return guard.rightsBefore().rightsOf(guard.actor().id());
        }

        /**
         * Refuses an administrator limited to some companies: the change concerns the whole
         * installation (see {@code User.administeredCompanies}).
         */
        public void requireGlobal() throws AccountException {
            guard.requireGlobal();
        }

        /**
         * Once every change is written: moves the security revision on, reads the model back and
         * refuses the change (the transaction must then roll back) when it leaves no enabled
         * administrator, no global one, gives the guest an administrative right in a new way, or
         * reaches beyond a limited administrator's companies; archives the rights of every user it
         * affected otherwise.
         *
         * @return the model as written
         */
        public Installation finish() throws AccountException, StoreException, SQLException {
            return guard.finish();
        }
    }
}
