package org.castellan.menu.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuContext;
import org.castellan.menu.MenuDefinition;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.MenuOption;
import org.castellan.menu.MenuOptionsCatalog;
import org.castellan.menu.OptionDecision;
import org.castellan.menu.OptionDecision.Reason;
import org.castellan.menu.OptionDetails;
import org.castellan.menu.OptionState;
import org.castellan.menu.PackageSummary;
import org.castellan.menu.PackagedRole;
import org.castellan.menu.Site;
import org.castellan.menu.VisibleSet;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.RightContribution;
import org.castellan.security.RightsCatalog;
import org.castellan.security.RoleAdministration;
import org.castellan.security.SecurityRules;
import org.castellan.store.CastellanStore;
import org.castellan.store.JournaledEvents;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.castellan.store.TransactionWork;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/** The menu levels of the opened installation, kept in its settings table. */
@Component(service = MenuLevels.class)
public final class MenuLevelsImpl implements MenuLevels {

    /** The edition of an installation whose settings name none. */
    static final String DEFAULT_EDITION = "standard"; //$NON-NLS-1$

    private final CastellanStore store;
    private final MenuOptionsCatalog catalog;
    private final AccountService accounts;
    private final AccessControl access;
    private final RightsCatalog rights;
    private final Version productVersion;
    private final Clock clock;
    private volatile Cached cached;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** Where the roles of a package go; packages with roles are refused without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile RoleAdministration roles;

    private record Cached(long generation, long revision, MenuDefinition definition) {
    }

    /** The revision as a decision last read it, and when (System.nanoTime). */
    private record SeenRevision(long revision, long readAt) {
    }

    /** Read again at most once a refresh interval, as the rights are: a decision is then no query. */
    private volatile SeenRevision seen;

    @Activate
    public MenuLevelsImpl(@Reference CastellanStore store, @Reference MenuOptionsCatalog catalog, @Reference AccountService accounts,
            @Reference AccessControl access, @Reference RightsCatalog rights) {
        this(store, catalog, accounts, access, rights, bundleVersion(), Clock.systemUTC());
    }

    public MenuLevelsImpl(CastellanStore store, MenuOptionsCatalog catalog, AccountService accounts, AccessControl access, RightsCatalog rights,
            Version productVersion, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.catalog = Objects.requireNonNull(catalog);
        this.accounts = Objects.requireNonNull(accounts);
        this.access = Objects.requireNonNull(access);
        this.rights = Objects.requireNonNull(rights);
        this.productVersion = Objects.requireNonNull(productVersion);
        this.clock = Objects.requireNonNull(clock);
    }

    private static Version bundleVersion() {
        Bundle bundle = FrameworkUtil.getBundle(MenuLevelsImpl.class);
        return bundle == null ? Version.emptyVersion : bundle.getVersion();
    }

    /** For tests and other components: the events go there. */
    public void setEventAdmin(EventAdmin admin) {
        this.events = admin;
    }

    @Override
    public MenuDefinition definition() throws MenuException {
        long generation = catalog.generation();
        long revision = recentRevision();
        Cached current = cached;
        if (current != null && current.generation() == generation && current.revision() == revision) {
            return current.definition();
        }
        MenuDefinition definition = read(this::definition);
        definition.conflicts().forEach(conflict -> ILog.of(getClass()).warn(NLS.bind(Messages.contributionConflict, conflict)));
        for (OptionState state : definition.options()) {
            for (String right : state.undeclaredRights()) {
                ILog.of(getClass()).warn(NLS.bind(Messages.optionRightUndeclared, new Object[] { state.option().id(), state.option().contributor(), right }));
            }
        }
        cached = new Cached(generation, revision, definition);
        return definition;
    }

    /** The definition as the transaction sees the overrides and settings. */
    private MenuDefinition definition(Transaction tx) throws SQLException {
        Set<String> declaredRights = rights.rights().stream().map(RightContribution::id).collect(Collectors.toSet());
        Site site = site(MenuSettings.read(tx, MenuSettings.SITE));
        String edition = MenuSettings.read(tx, MenuSettings.EDITION).orElse(DEFAULT_EDITION);
        int defaultLevel = (int) Math.min(MAXIMUM_LEVEL, Math.max(0, MenuSettings.number(tx, MenuSettings.DEFAULT_LEVEL, 0)));
        return new MenuDefinition(catalog.options(), MenuSettings.overrides(tx), defaultLevel, new MenuContext(site, productVersion, edition),
                declaredRights::contains);
    }

    private static Site site(Optional<String> value) {
        return value.map(v -> v.trim().toLowerCase(Locale.ROOT)).filter("centre"::equals).map(v -> Site.CENTRE).orElse(Site.CENTRAL); //$NON-NLS-1$
    }

    /** The revision, read again only when the last read is older than the refresh interval or a change was made here. */
    private long recentRevision() throws MenuException {
        SeenRevision known = seen;
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < TimeUnit.MILLISECONDS.toNanos(AccessControl.REFRESH_INTERVAL_MILLIS)) {
            return known.revision();
        }
        long revision = revision();
        seen = new SeenRevision(revision, now);
        return revision;
    }

    @Override
    public long revision() throws MenuException {
        return read(tx -> MenuSettings.number(tx, MenuSettings.REVISION, 0));
    }

    @Override
    public VisibleSet visibleTo(AuthenticatedUser user) throws MenuException {
        return definition().visibleTo(currentLevel(user), access.rightsOf(user.id()));
    }

    /**
     * The level now, not the one he logged in with: an administrator may have changed it since. It
     * is as fresh as his rights, from the same snapshot (a row changed outside Castellan is not
     * believed there).
     */
    private int currentLevel(AuthenticatedUser user) throws MenuException {
        OptionalInt level = access.authorizationLevel(user.id());
        if (level.isEmpty()) {
            throw new UnknownUser(NLS.bind(Messages.userUnknown, user.login()));
        }
        return level.getAsInt();
    }

    @Override
    public OptionDecision decide(AuthenticatedUser user, String contributionId) throws MenuException {
        MenuDefinition definition = definition();
        int level;
        try {
            level = currentLevel(user);
        } catch (UnknownUser e) {
            return refusal(contributionId, definition.deciding(contributionId).orElse(null), Reason.UNKNOWN_USER, List.of(), e.getMessage());
        }
        return decide(definition, contributionId, level, access.rightsOf(user.id()));
    }

    /** Whether a user of that level holding those rights may open the contribution, and if not why. */
    private OptionDecision decide(MenuDefinition definition, String contributionId, int level, Set<String> held) {
        OptionState state = definition.deciding(contributionId).orElse(null);
        if (state == null) {
            return definition.defaultLevel() > level
                    ? refusal(contributionId, null, Reason.DEFAULT_LEVEL, List.of(),
                            NLS.bind(Messages.refusedUndeclared, new Object[] { contributionId, definition.defaultLevel(), level }))
                    : new OptionDecision(contributionId, null, Reason.ALLOWED, List.of(), ""); //$NON-NLS-1$
        }
        String label = state.option().label();
        if (!state.available()) {
            return refusal(contributionId, state, Reason.UNAVAILABLE, List.of(), NLS.bind(Messages.refusedUnavailable, label));
        }
        if (state.level() > level) {
            return refusal(contributionId, state, Reason.LEVEL, List.of(), NLS.bind(Messages.refusedLevel, new Object[] { label, state.level(), level }));
        }
        if (!state.undeclaredRights().isEmpty()) {
            return refusal(contributionId, state, Reason.UNDECLARED_RIGHT, state.undeclaredRights(),
                    NLS.bind(Messages.refusedRightUndeclared, label, String.join(", ", state.undeclaredRights()))); //$NON-NLS-1$
        }
        List<String> missing = state.missingRights(held);
        if (!missing.isEmpty()) {
            String names = missing.stream().map(this::rightLabel).collect(Collectors.joining(", ")); //$NON-NLS-1$
            return refusal(contributionId, state, Reason.RIGHTS, missing,
                    NLS.bind(missing.size() == 1 ? Messages.refusedRight : Messages.refusedRights, label, names));
        }
        return new OptionDecision(contributionId, state, Reason.ALLOWED, List.of(), ""); //$NON-NLS-1$
    }

    private static OptionDecision refusal(String contributionId, OptionState state, Reason reason, List<String> rights, String message) {
        return new OptionDecision(contributionId, state, reason, rights, message);
    }

    /** A right as administrators name it, its id when no bundle declares it any more. */
    private String rightLabel(String rightId) {
        return rights.right(rightId).map(RightContribution::label).orElse(rightId);
    }

    @Override
    public OptionState require(AuthenticatedUser user, String contributionId) throws MenuException {
        OptionDecision decision = decide(user, contributionId);
        if (!decision.allowed()) {
            String option = decision.option() == null ? contributionId : decision.option().option().id();
            publishAlone(TOPIC_REFUSED, "login", user.login(), "option", option, "contribution", contributionId, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "reason", decision.reason().name(), "message", decision.message()); //$NON-NLS-1$ //$NON-NLS-2$
            throw new MenuException(decision.message());
        }
        return decision.option();
    }

    @Override
    public void stepUp(AuthenticatedUser user, String contributionId, String supervisorLogin, char[] password) throws MenuException {
        OptionState state = require(user, contributionId);
        String option = state == null ? contributionId : state.option().id();
        String reason;
        try {
            AuthenticatedUser supervisor = accounts.authenticate(supervisorLogin, password);
            if (supervisor.authorizationLevel() >= MAXIMUM_LEVEL) {
                publishAlone(TOPIC_STEP_UP_SUCCEEDED, "login", user.login(), "supervisor", supervisor.login(), "option", option); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return;
            }
            reason = NLS.bind(Messages.stepUpNotSupervisor, supervisorLogin, MAXIMUM_LEVEL);
        } catch (AccountException e) {
            reason = e.getMessage();
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        publishAlone(TOPIC_STEP_UP_FAILED, "login", user.login(), "supervisor", supervisorLogin, "option", option, "reason", reason); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        throw new MenuException(reason);
    }

    /** Administrators only, and only at the level the Main menu definition needs. */
    private void checkAdministrator(AuthenticatedUser admin) throws MenuException {
        if (!access.hasRight(admin.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new MenuException(NLS.bind(Messages.notAdministrator, admin.login()));
        }
        if (!access.administersCompany(admin.id(), null)) { // the menu is every company's
            throw new MenuException(NLS.bind(Messages.notGlobalAdministrator, admin.login()));
        }
        require(admin, DEFINITION_OPTION);
    }

    @Override
    public void save(AuthenticatedUser admin, List<LevelChange> changes, long expectedRevision) throws MenuException {
        checkAdministrator(admin);
        MenuDefinition definition = definition();
        for (LevelChange change : changes) {
            check(definition, change);
        }
        String[] before = new String[1];
        write(tx -> {
            long now = MenuSettings.number(tx, MenuSettings.REVISION, 0);
            if (now != expectedRevision) {
                throw new StaleRevision();
            }
            Map<String, LevelChange> overrides = MenuSettings.overrides(tx);
            before[0] = describe(overrides.values());
            for (LevelChange change : changes) {
                MenuSettings.writeOverride(tx, change.optionId(), definition.overrideOf(change).orElse(null));
            }
            long advanced = MenuSettings.advanceRevision(tx);
            publish(tx, TOPIC_CHANGED, "actor", admin.login(), "revision", advanced, "before", before[0], "after", describe(changes)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return advanced;
        });
    }

    private void check(MenuDefinition definition, LevelChange change) throws MenuException {
        if (change.level() < 0 || change.level() > MAXIMUM_LEVEL) {
            throw new MenuException(NLS.bind(Messages.levelOutOfRange, change.optionId(), change.level()));
        }
        Optional<OptionState> state = definition.option(change.optionId());
        if (state.isEmpty()) {
            throw new MenuException(NLS.bind(Messages.optionUnknown, change.optionId()));
        }
        if (state.get().option().essential() && (change.level() != 0 || change.askPassword())) {
            throw new MenuException(NLS.bind(Messages.optionEssential, state.get().option().label()));
        }
        if ((MenuSettings.OPTION + change.optionId()).length() > MenuSettings.NAME_LENGTH) {
            throw new MenuException(NLS.bind(Messages.optionIdTooLong, change.optionId()));
        }
        if (change.details() != null) {
            checkDetails(definition.declared(change.optionId()).orElseThrow(), change.details());
        }
        checkRights(state.get().option(), change.rights());
    }

    @Override
    public Optional<String> problem(LevelChange change) throws MenuException {
        try {
            check(definition(), change);
            return Optional.empty();
        } catch (MenuException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Map<String, LevelChange> overrides(Transaction tx) throws MenuException {
        try {
            return MenuSettings.overrides(tx);
        } catch (SQLException e) {
            throw new MenuException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    @Override
    public boolean replaceOverrides(SecurityRules.Change change, Collection<LevelChange> wanted) throws MenuException {
        try {
            change.requireGlobal();
            Transaction tx = change.transaction();
            MenuDefinition definition = definition(tx);
            // who acts, as the transaction found him: checks made through another transaction would wait on its locks
            if (!change.actorRights().contains(AccountService.ADMINISTER_RIGHT)) {
                throw new MenuException(NLS.bind(Messages.notAdministrator, change.actor().login()));
            }
            OptionDecision allowed = decide(definition, DEFINITION_OPTION, change.actorLevel(), change.actorRights());
            if (!allowed.allowed()) {
                throw new MenuException(allowed.message());
            }
            Map<String, LevelChange> stored = new LinkedHashMap<>();
            for (LevelChange override : wanted) {
                check(definition, override);
                definition.overrideOf(override).ifPresent(o -> stored.put(o.optionId(), o));
            }
            Map<String, LevelChange> before = MenuSettings.overrides(tx);
            if (before.equals(stored)) {
                return false;
            }
            for (String optionId : before.keySet()) {
                if (!stored.containsKey(optionId)) {
                    MenuSettings.writeOverride(tx, optionId, null);
                }
            }
            for (LevelChange override : stored.values()) {
                if (!override.equals(before.get(override.optionId()))) {
                    MenuSettings.writeOverride(tx, override.optionId(), override);
                }
            }
            long advanced = MenuSettings.advanceRevision(tx);
            publish(tx, TOPIC_CHANGED, "actor", change.actor().login(), "revision", advanced, "before", describe(before.values()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "after", describe(stored.values())); //$NON-NLS-1$
            return true;
        } catch (AccountException e) {
            throw new MenuException(e.getMessage(), e);
        } catch (SQLException | StoreException e) {
            throw new MenuException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    /** Required rights: never on an essential option, and only rights an installed bundle declares. */
    private void checkRights(MenuOption option, List<String> required) throws MenuException {
        if (required == null) {
            return;
        }
        if (option.essential() && !required.isEmpty()) {
            throw new MenuException(NLS.bind(Messages.optionEssential, option.label()));
        }
        for (String right : required) {
            if (!rights.isDeclared(right)) {
                throw new MenuException(NLS.bind(Messages.optionRightUnknown, option.label(), right));
            }
        }
    }

    /** Expert-mode details: never on an essential option, an order and a description in range, a valid version range. */
    private static void checkDetails(MenuOption option, OptionDetails details) throws MenuException {
        if (option.essential() && !details.equals(OptionDetails.of(option))) {
            throw new MenuException(NLS.bind(Messages.optionEssential, option.label()));
        }
        if (details.order() < 0 || details.order() > OptionDetails.MAXIMUM_ORDER) {
            throw new MenuException(NLS.bind(Messages.orderOutOfRange, new Object[] { option.id(), details.order(), OptionDetails.MAXIMUM_ORDER }));
        }
        if (details.label().isBlank() || details.label().length() > OptionDetails.MAXIMUM_LABEL || details.label().indexOf('\n') >= 0) {
            throw new MenuException(NLS.bind(Messages.labelInvalid, option.id(), OptionDetails.MAXIMUM_LABEL));
        }
        if (details.versions() != null) {
            try {
                new VersionRange(details.versions());
            } catch (IllegalArgumentException e) {
                throw new MenuException(NLS.bind(Messages.versionsInvalid, option.id(), details.versions()));
            }
        }
    }

    private static String describe(Iterable<LevelChange> changes) {
        StringBuilder text = new StringBuilder();
        for (LevelChange change : changes) {
            text.append(change.optionId()).append(": ").append(change.level()).append(change.askPassword() ? ", ask password" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            OptionDetails details = change.details();
            if (details != null) {
                text.append(", order ").append(details.order()).append(", \"").append(details.label()).append("\", versions ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(details.versions() == null ? "all" : details.versions()).append(", scope ").append(details.scope()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (change.rights() != null) {
                text.append(", rights ").append(change.rights().isEmpty() ? "none" : String.join(",", change.rights())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            text.append('\n');
        }
        return text.toString();
    }

    @Override
    public void setDefaultLevel(AuthenticatedUser admin, int level) throws MenuException {
        checkAdministrator(admin);
        if (level < 0 || level > MAXIMUM_LEVEL) {
            throw new MenuException(NLS.bind(Messages.defaultLevelOutOfRange, level));
        }
        write(tx -> {
            MenuSettings.write(tx, MenuSettings.DEFAULT_LEVEL, Integer.toString(level));
            long advanced = MenuSettings.advanceRevision(tx);
            publish(tx, TOPIC_CHANGED, "actor", admin.login(), "revision", advanced, "after", "default: " + level); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return advanced;
        });
    }

    @Override
    public Site site() throws MenuException {
        return read(tx -> site(MenuSettings.read(tx, MenuSettings.SITE)));
    }

    @Override
    public void setSite(AuthenticatedUser admin, Site site) throws MenuException {
        checkAdministrator(admin);
        write(tx -> {
            MenuSettings.write(tx, MenuSettings.SITE, site == Site.CENTRE ? "centre" : "central"); //$NON-NLS-1$ //$NON-NLS-2$
            return MenuSettings.advanceRevision(tx);
        });
    }

    /** For programs without Declarative Services (tests, the command line). */
    public void setRoleAdministration(RoleAdministration administration) {
        roles = administration;
    }

    @Override
    public byte[] exportPackage(AuthenticatedUser admin, boolean withRoles) throws MenuException {
        checkAdministrator(admin);
        String source = installationName();
        List<PackagedRole> packaged = withRoles ? packagedRoles() : List.of();
        return write(tx -> {
            if (site(MenuSettings.read(tx, MenuSettings.SITE)) == Site.CENTRE) {
                throw new Refusal(Messages.exportOnCentre);
            }
            long version = Math.max(0, MenuSettings.number(tx, MenuSettings.PACKAGE_VERSION, 0)) + 1;
            MenuSettings.write(tx, MenuSettings.PACKAGE_VERSION, Long.toString(version));
            int defaultLevel = (int) MenuSettings.number(tx, MenuSettings.DEFAULT_LEVEL, 0);
            return MenuPackageFormat.write(version, source, defaultLevel, MenuSettings.overrides(tx), packaged);
        });
    }

    private String installationName() throws MenuException {
        try {
            return Objects.requireNonNullElse(store.installationName(), ""); //$NON-NLS-1$
        } catch (StoreException e) {
            throw new MenuException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    private List<PackagedRole> packagedRoles() throws MenuException {
        RoleAdministration administration = requireRoles();
        try {
            return administration.roles().stream().map(r -> new PackagedRole(r.name(), r.description(), r.rights())).toList();
        } catch (AccountException e) {
            throw new MenuException(e.getMessage(), e);
        }
    }

    private RoleAdministration requireRoles() throws MenuException {
        RoleAdministration administration = roles;
        if (administration == null) {
            throw new MenuException(Messages.rolesUnavailable);
        }
        return administration;
    }

    /** Gives the package's roles to this installation before its levels (both were checked first: see importPackage). */
    private void applyRoles(AuthenticatedUser admin, List<PackagedRole> packaged) throws MenuException {
        if (packaged.isEmpty()) {
            return;
        }
        try {
            requireRoles().applyRoles(admin,
                    packaged.stream().map(r -> new RoleAdministration.RoleView(r.name(), r.description(), false, r.rights(), 0)).toList());
        } catch (AccountException e) {
            throw new MenuException(NLS.bind(Messages.packageRolesRefused, e.getMessage()), e);
        }
    }

    /** Refuses a package whose roles name a right no bundle declares here, before anything is applied. */
    private void checkRoles(List<PackagedRole> packaged) throws MenuException {
        if (packaged.isEmpty()) {
            return;
        }
        try {
            Set<String> known = new HashSet<>();
            requireRoles().rights().forEach(right -> known.add(right.id()));
            for (PackagedRole role : packaged) {
                for (String right : role.rights()) {
                    if (!known.contains(right)) {
                        throw new MenuException(NLS.bind(Messages.packageRightUnknown, role.name(), right));
                    }
                }
            }
        } catch (AccountException e) {
            throw new MenuException(e.getMessage(), e);
        }
    }

    @Override
    public PackageSummary importPackage(AuthenticatedUser admin, byte[] content) throws MenuException {
        checkAdministrator(admin);
        PackageSummary read = MenuPackageFormat.read(content);
        MenuDefinition definition = definition();
        List<String> notInstalled = new ArrayList<>();
        Map<String, LevelChange> overrides = new LinkedHashMap<>();
        for (LevelChange change : read.changes()) {
            Optional<OptionState> state = definition.option(change.optionId());
            if (state.isEmpty()) {
                notInstalled.add(change.optionId());
            } else if (state.get().option().essential() && change.level() != 0) {
                throw new MenuException(NLS.bind(Messages.packageEssential, state.get().option().label()));
            } else {
                if (change.details() != null) {
                    checkDetails(definition.declared(change.optionId()).orElseThrow(), change.details());
                }
                checkRights(state.get().option(), change.rights());
            }
            if ((MenuSettings.OPTION + change.optionId()).length() > MenuSettings.NAME_LENGTH) {
                throw new MenuException(NLS.bind(Messages.optionIdTooLong, change.optionId()));
            }
            overrides.put(change.optionId(), change);
        }
        checkRoles(read.roles());
        // The site and the version are checked again in the write; checked here too so that a stale
        // package or a central applies no role either.
        read(tx -> {
            checkImportable(tx, read.version());
            return null;
        });
        applyRoles(admin, read.roles());
        write(tx -> {
            checkImportable(tx, read.version());
            MenuSettings.removeOverrides(tx);
            for (LevelChange change : overrides.values()) {
                MenuSettings.writeOverride(tx, change.optionId(), change);
            }
            MenuSettings.write(tx, MenuSettings.DEFAULT_LEVEL, Integer.toString(read.defaultLevel()));
            MenuSettings.write(tx, MenuSettings.PACKAGE_VERSION, Long.toString(read.version()));
            long advanced = MenuSettings.advanceRevision(tx);
            publish(tx, TOPIC_PACKAGE_IMPORTED, "actor", admin.login(), "version", read.version(), "revision", advanced); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return advanced;
        });
        return new PackageSummary(read.version(), read.source(), read.defaultLevel(), read.changes(), notInstalled, read.roles());
    }

    private static void checkImportable(Transaction tx, long version) throws SQLException, StoreException {
        if (site(MenuSettings.read(tx, MenuSettings.SITE)) != Site.CENTRE) {
            throw new Refusal(Messages.importOnCentral);
        }
        long applied = MenuSettings.number(tx, MenuSettings.PACKAGE_VERSION, 0);
        if (version <= applied) {
            throw new Refusal(NLS.bind(Messages.packageStale, version, applied));
        }
    }

    @Override
    public long packageVersion() throws MenuException {
        return read(tx -> MenuSettings.number(tx, MenuSettings.PACKAGE_VERSION, 0));
    }

    /** A refusal found inside the transaction: rolls it back and becomes the MenuException with that message. */
    private static class Refusal extends StoreException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(StoreException.Problem.DATABASE_ERROR, message);
        }
    }

    /** The user is unknown or disabled: a refusal, not a failure of the store. */
    private static final class UnknownUser extends MenuException {
        private static final long serialVersionUID = 1L;

        UnknownUser(String message) {
            super(message);
        }
    }

    private static final class StaleRevision extends Refusal {
        private static final long serialVersionUID = 1L;

        StaleRevision() {
            super(Messages.staleRevision);
        }
    }

    private <T> T read(TransactionWork<T> work) throws MenuException {
        try {
            return store.inTransaction(work);
        } catch (Refusal e) {
            throw new MenuException(e.getMessage(), e);
        } catch (StoreException e) {
            throw new MenuException(NLS.bind(Messages.storeFailed, e.getMessage()), e);
        }
    }

    /** A change here: the next decision reads the revision again at once (not a value read while it was under way). */
    private <T> T write(TransactionWork<T> work) throws MenuException {
        try {
            return read(work);
        } finally {
            seen = null;
        }
    }

    /**
     * Journals the event in the change's transaction (when the installation has a journal) and
     * posts it once the transaction has committed: a change and its journal row go together.
     */
    private void publish(Transaction tx, String topic, Object... properties) throws StoreException {
        Map<String, Object> map = JournaledEvents.pairs(properties);
        map.put("timestamp", clock.instant().toString()); //$NON-NLS-1$
        JournaledEvents.publish(store, tx, () -> events, topic, map);
    }

    /** An event that changes nothing else (a step-up): journaled in a transaction of its own. */
    private void publishAlone(String topic, Object... properties) throws MenuException {
        write(tx -> {
            publish(tx, topic, properties);
            return null;
        });
    }
}
