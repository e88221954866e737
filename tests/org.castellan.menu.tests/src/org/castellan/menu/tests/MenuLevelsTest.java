package org.castellan.menu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.OptionDecision;
import org.castellan.menu.OptionDetails;
import org.castellan.menu.OptionState;
import org.castellan.menu.Scope;
import org.castellan.menu.PackageSummary;
import org.castellan.menu.PackagedRole;
import org.castellan.menu.Site;
import org.castellan.menu.internal.ExtensionMenuCatalog;
import org.castellan.menu.internal.MenuLevelsImpl;
import org.castellan.menu.internal.MenuPackageFormat;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.LoginThrottling;
import org.castellan.security.NewUser;
import org.castellan.security.internal.AccessControlImpl;
import org.castellan.security.internal.AccountServiceImpl;
import org.castellan.security.internal.ExtensionRightsCatalog;
import org.castellan.security.internal.PasswordHashing;
import org.castellan.security.internal.RoleAdministrationImpl;
import org.castellan.security.internal.UserAdministrationImpl;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The menu service on a real Derby installation, with the options this fragment and org.castellan.menu declare. */
class MenuLevelsTest {

    static final char[] PASSWORD = "Pharma-2026x".toCharArray();
    static final String CASH = "org.castellan.menu.tests.commands.cash";
    static final String PRICING = "org.castellan.menu.tests.views.pricing";
    static final String BILLING = "org.castellan.menu.tests.billing.run";

    @TempDir
    Path temp;

    private final List<CastellanStore> stores = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final ExtensionMenuCatalog catalog = new ExtensionMenuCatalog(RegistryFactory.getRegistry());
    private final ExtensionRightsCatalog rightsCatalog = new ExtensionRightsCatalog(RegistryFactory.getRegistry());
    private MenuLevelsImpl menu;
    private AuthenticatedUser admin;
    private AuthenticatedUser clerk;
    private AuthenticatedUser manager;
    private AuthenticatedUser supervisor;
    private AccountService accounts;
    private AccessControlImpl access;
    private RoleAdministrationImpl roles;

    /** An installation with its administrator (level 9), a clerk (0), a manager (5) and a second supervisor (9). */
    private MenuLevelsImpl installation(String name) throws Exception {
        Path folder = temp.resolve(name);
        CastellanStore store = CastellanStore.create(folder, NewInstallation.unencrypted(name));
        stores.add(store);
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
        accounts = new AccountServiceImpl(store, rightsCatalog, PasswordHashing.OWASP_MINIMUM, clock,
                LoginThrottling.DEFAULT);
        admin = accounts.createFirstAdministrator("admin", null, PASSWORD);
        UserAdministrationImpl users = new UserAdministrationImpl(store, PasswordHashing.OWASP_MINIMUM, clock);
        clerk = users.createUser(admin, new NewUser("clerk", "Clerk", null, false, false, 0, PASSWORD.clone()));
        manager = users.createUser(admin, new NewUser("manager", "Manager", null, false, false, 5, PASSWORD.clone()));
        supervisor = users.createUser(admin, new NewUser("boss", "Boss", null, false, false, 9, PASSWORD.clone()));
        access = new AccessControlImpl(store, clock);
        roles = new RoleAdministrationImpl(store, rightsCatalog, clock);
        MenuLevelsImpl levels = new MenuLevelsImpl(store, catalog, accounts, access, rightsCatalog, new Version(0, 1, 0), clock);
        levels.setEventAdmin(new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        });
        return levels;
    }

    @BeforeEach
    void open() throws Exception {
        menu = installation("central");
    }

    @AfterEach
    void close() {
        stores.forEach(CastellanStore::close);
    }

    @Test
    void theCatalogLeavesOutBrokenDeclarationsAndSaysWhy() {
        List<String> ids = catalog.options().stream().map(o -> o.id()).toList();
        assertTrue(ids.containsAll(List.of("org.castellan.menu.tests.cash", "org.castellan.menu.tests.pricing", "org.castellan.menu.exit")), ids::toString);
        assertFalse(ids.contains("org.castellan.menu.tests.tooHigh"));
        assertFalse(ids.contains("org.castellan.menu.tests.moon"));
        String problems = String.join("\n", catalog.problems());
        assertTrue(problems.contains("tooHigh has the level \"12\"; it must be a whole number from 0 to 9"), problems);
        assertTrue(problems.contains("the option org.castellan.menu.tests.moon has the scope \"moon\""), problems);
        assertFalse(ids.contains("org.castellan.menu.tests.essentialWithRight"));
        assertTrue(problems.contains("the essential option org.castellan.menu.tests.essentialWithRight names required rights"), problems);
        assertEquals(List.of("org.castellan.menu.tests.stock", "org.castellan.menu.tests.discount"),
                catalog.options().stream().filter(o -> o.id().equals("org.castellan.menu.tests.discounts")).findFirst().orElseThrow().rights());
    }

    @Test
    void eachLevelSeesAndMayOpenOnlyItsOptionsAndTheServiceRefusesTheRest() throws Exception {
        assertEquals(List.of(true, false, false), visible(clerk));
        assertEquals(List.of(true, true, false), visible(manager));
        assertEquals(List.of(true, true, true), visible(admin));
        assertTrue(menu.visibleTo(clerk).visible("org.eclipse.ui.file.exit"), "an essential");

        menu.require(clerk, CASH);
        MenuException refused = assertThrows(MenuException.class, () -> menu.require(clerk, PRICING));
        assertEquals("\"Pricing\" needs authorization level 5, and you have level 0. Ask an administrator if you need it.", refused.getMessage());
        assertTrue(menu.require(manager, PRICING).askPassword());
        assertThrows(MenuException.class, () -> menu.require(manager, BILLING));
        menu.require(admin, BILLING);
    }

    private List<Boolean> visible(AuthenticatedUser user) throws MenuException {
        return List.of(menu.visibleTo(user).visible(CASH), menu.visibleTo(user).visible(PRICING), menu.visibleTo(user).visible(BILLING));
    }

    @Test
    void anAdministratorsChangeAppliesAtOnceAndIsPublished() throws Exception {
        long revision = menu.revision();
        menu.save(admin, List.of(new LevelChange("org.castellan.menu.tests.pricing", 0, false)), revision);
        assertEquals(revision + 1, menu.revision());
        assertTrue(menu.visibleTo(clerk).visible(PRICING));
        assertFalse(menu.require(clerk, PRICING).askPassword());
        assertEquals(MenuLevels.TOPIC_CHANGED, events.get(0).getTopic());
        assertEquals("admin", events.get(0).getProperty("actor"));

        MenuException stale = assertThrows(MenuException.class,
                () -> menu.save(admin, List.of(new LevelChange("org.castellan.menu.tests.cash", 3, false)), revision));
        assertTrue(stale.getMessage().startsWith("Another administrator changed the main menu"), stale.getMessage());
        assertTrue(menu.visibleTo(clerk).visible(CASH), "nothing saved");
    }

    @Test
    void badChangesAreRefusedWholeWithTheReason() throws Exception {
        long revision = menu.revision();
        LevelChange good = new LevelChange("org.castellan.menu.tests.cash", 4, false);
        assertMessage("The level 10 of org.castellan.menu.tests.pricing is outside 0-9.",
                () -> menu.save(admin, List.of(good, new LevelChange("org.castellan.menu.tests.pricing", 10, false)), revision));
        assertMessage("The level -1 of org.castellan.menu.tests.pricing is outside 0-9.",
                () -> menu.save(admin, List.of(good, new LevelChange("org.castellan.menu.tests.pricing", -1, false)), revision));
        assertMessage("No installed bundle declares the menu option com.nobody.option.",
                () -> menu.save(admin, List.of(good, new LevelChange("com.nobody.option", 2, false)), revision));
        assertMessage("\"Exit\" must stay reachable by everyone",
                () -> menu.save(admin, List.of(good, new LevelChange("org.castellan.menu.exit", 3, false)), revision));
        assertMessage("manager may not change the main menu",
                () -> menu.save(manager, List.of(good), revision));
        assertMessage("The default level 12 is outside 0-9.", () -> menu.setDefaultLevel(admin, 12));
        assertEquals(revision, menu.revision(), "nothing was saved");
        assertTrue(menu.visibleTo(clerk).visible(CASH));
        assertTrue(events.isEmpty());
    }

    @Test
    void theDefaultLevelHidesWhatNobodyDeclaredButNotTheEssentials() throws Exception {
        menu.setDefaultLevel(admin, 3);
        assertFalse(menu.visibleTo(clerk).visible("org.eclipse.ui.views.ProblemView"));
        assertTrue(menu.visibleTo(clerk).visible("org.eclipse.ui.file.exit"));
        assertTrue(menu.visibleTo(clerk).visible("org.castellan.app.commands.logOut"));
        assertTrue(menu.visibleTo(manager).visible("org.eclipse.ui.views.ProblemView"));
        assertMessage("org.eclipse.ui.views.ProblemView needs authorization level 3 (the installation's default)",
                () -> menu.require(clerk, "org.eclipse.ui.views.ProblemView"));
    }

    @Test
    void theSupervisorsPasswordAllowsAnOptionThatAsksForItAndEveryAttemptIsPublished() throws Exception {
        menu.stepUp(manager, PRICING, "boss", PASSWORD.clone());
        assertEquals(MenuLevels.TOPIC_STEP_UP_SUCCEEDED, events.get(0).getTopic());
        assertEquals("boss", events.get(0).getProperty("supervisor"));
        assertEquals("org.castellan.menu.tests.pricing", events.get(0).getProperty("option"));

        MenuException wrong = assertThrows(MenuException.class, () -> menu.stepUp(manager, PRICING, "boss", "wrong-Pass-1".toCharArray()));
        assertEquals(MenuLevels.TOPIC_STEP_UP_FAILED, events.get(1).getTopic());
        assertEquals(wrong.getMessage(), events.get(1).getProperty("reason"));

        assertMessage("manager does not have authorization level 9", () -> menu.stepUp(manager, PRICING, "manager", PASSWORD.clone()));
        assertMessage("\"Pricing\" needs authorization level 5, and you have level 0.", () -> menu.stepUp(clerk, PRICING, "boss", PASSWORD.clone()));
    }

    @Test
    void aCentreImportsTheCentralsPackageOnceAndRefusesStaleOrDamagedOnes() throws Exception {
        menu.save(admin, List.of(new LevelChange("org.castellan.menu.tests.cash", 2, true)), menu.revision());
        byte[] first = menu.exportPackage(admin);
        menu.save(admin, List.of(new LevelChange("org.castellan.menu.tests.cash", 3, false)), menu.revision());
        byte[] second = menu.exportPackage(admin);
        assertEquals(2, menu.packageVersion());
        assertMessage("This installation is the central", () -> menu.importPackage(admin, second));

        MenuLevelsImpl centre = installation("centre");
        centre.setSite(admin, Site.CENTRE);
        assertMessage("This installation is a centre", () -> centre.exportPackage(admin));
        AuthenticatedUser centreClerk = clerk;

        byte[] damaged = second.clone();
        int at = new String(damaged, StandardCharsets.UTF_8).indexOf(" 3 false");
        damaged[at + 1] = '0';
        assertMessage("The menu package is damaged: its content does not match its SHA-256 digest.", () -> centre.importPackage(admin, damaged));
        assertMessage("The menu package is damaged", () -> centre.importPackage(admin, Arrays.copyOf(second, second.length - 10)));
        assertMessage("This file is not a Castellan menu package", () -> centre.importPackage(admin, "hello".getBytes(StandardCharsets.UTF_8)));
        assertMessage("manager may not change the main menu", () -> centre.importPackage(manager, second));
        assertTrue(centre.visibleTo(centreClerk).visible(CASH), "nothing applied");
        assertEquals(0, centre.packageVersion());

        PackageSummary applied = centre.importPackage(admin, second);
        assertEquals(2, applied.version());
        assertEquals("central", applied.source());
        assertEquals(List.of(new LevelChange("org.castellan.menu.tests.cash", 3, false)), applied.changes());
        assertFalse(centre.visibleTo(centreClerk).visible(CASH));
        assertEquals(2, centre.packageVersion());

        assertMessage("This menu package has version 1, and version 2 is already applied here", () -> centre.importPackage(admin, first));
        assertMessage("This menu package has version 2, and version 2 is already applied here", () -> centre.importPackage(admin, second));
        assertEquals(3, centre.definition().option("org.castellan.menu.tests.cash").orElseThrow().level());
    }

    @Test
    void expertDetailsChangeOrderDescriptionVersionsAndScopeAndTravelInPackages() throws Exception {
        String cash = "org.castellan.menu.tests.cash";
        OptionDetails centresOnly = new OptionDetails(7, "Till; front desk", "[0.1,1.0)", Scope.CENTRES);
        menu.save(admin, List.of(new LevelChange(cash, 0, false, centresOnly)), menu.revision());
        OptionState state = menu.definition().option(cash).orElseThrow();
        assertEquals(List.of(7, "Till; front desk", "[0.1,1.0)", Scope.CENTRES), List.of(state.option().order(), state.option().label(),
                state.option().versions(), state.option().scope()));
        assertEquals("Cash register", menu.definition().declared(cash).orElseThrow().label(), "the declaration stays");
        assertFalse(menu.visibleTo(admin).visible(CASH), "a centres-only option does not exist on the central");
        assertTrue(String.valueOf(events.get(0).getProperty("after")).contains("order 7, \"Till; front desk\", versions [0.1,1.0), scope CENTRES"));

        long revision = menu.revision();
        assertMessage("The versions \"1.x\" of org.castellan.menu.tests.cash are not a version range",
                () -> menu.save(admin, List.of(new LevelChange(cash, 0, false, new OptionDetails(1, "Cash", "1.x", Scope.BOTH))), revision));
        assertMessage("The order 10000 of org.castellan.menu.tests.cash is outside 0-9999.",
                () -> menu.save(admin, List.of(new LevelChange(cash, 0, false, new OptionDetails(10000, "Cash", null, Scope.BOTH))), revision));
        assertMessage("The description of org.castellan.menu.tests.cash must be one line",
                () -> menu.save(admin, List.of(new LevelChange(cash, 0, false, new OptionDetails(1, " ", null, Scope.BOTH))), revision));
        assertMessage("\"Exit\" must stay reachable by everyone", () -> menu.save(admin,
                List.of(new LevelChange("org.castellan.menu.exit", 0, false, new OptionDetails(1, "Quit", null, Scope.CENTRAL))), revision));
        assertEquals(revision, menu.revision(), "nothing was saved");

        byte[] exported = menu.exportPackage(admin);
        AuthenticatedUser centralAdmin = admin;
        MenuLevelsImpl centre = installation("centre-expert");
        centre.setSite(admin, Site.CENTRE);
        centre.importPackage(admin, exported);
        assertEquals("Till; front desk", centre.definition().option(cash).orElseThrow().option().label());
        assertTrue(centre.visibleTo(admin).visible(CASH), "on a centre it exists");

        menu.save(centralAdmin, List.of(new LevelChange(cash, 0, false, OptionDetails.of(menu.definition().declared(cash).orElseThrow()))),
                menu.revision());
        assertFalse(menu.definition().option(cash).orElseThrow().overridden(), "back to the declaration: no override kept");
    }

    @Test
    void aPackageWithRolesGivesTheCentreTheCentralsRolesAndRefusesARightTheCentreLacks() throws Exception {
        ExtensionRightsCatalog rights = new ExtensionRightsCatalog(RegistryFactory.getRegistry());
        RoleAdministrationImpl centralRoles = new RoleAdministrationImpl(stores.get(0), rights, Clock.systemUTC());
        menu.setRoleAdministration(centralRoles);
        centralRoles.createRole(admin, "Night auditor", "Checks the day's journal", Set.of("org.castellan.security.administer"));
        byte[] withRoles = menu.exportPackage(admin, true);
        assertTrue(new String(withRoles, StandardCharsets.UTF_8).contains("role\tNight auditor\tChecks the day's journal\torg.castellan.security.administer\n"));

        MenuLevelsImpl centre = installation("centre-roles");
        centre.setSite(admin, Site.CENTRE);
        assertMessage("The roles administration of this installation is not running", () -> centre.importPackage(admin, withRoles));
        RoleAdministrationImpl centreRoles = new RoleAdministrationImpl(stores.get(1), rights, Clock.systemUTC());
        centre.setRoleAdministration(centreRoles);
        PackageSummary applied = centre.importPackage(admin, withRoles);
        assertEquals(List.of("org.castellan.security.administer"), rights(centreRoles, "Night auditor"));
        assertTrue(applied.roles().stream().anyMatch(r -> r.name().equals("Night auditor")));

        byte[] lacking = MenuPackageFormat.write(5, "central", 0, Map.of(), List.of(new PackagedRole("Night auditor", null, List.of()),
                new PackagedRole("Partner clerk", null, List.of("com.partner.rights.sell"))));
        assertMessage("The role \"Partner clerk\" of the menu package grants the right com.partner.rights.sell, which no bundle declares",
                () -> centre.importPackage(admin, lacking));
        assertEquals(List.of("org.castellan.security.administer"), rights(centreRoles, "Night auditor"), "nothing applied");
        assertEquals(1, centre.packageVersion());
    }

    static final String STOCK = "org.castellan.menu.tests.commands.stock";
    static final String DISCOUNTS = "org.castellan.menu.tests.commands.discounts";
    static final String ORPHAN = "org.castellan.menu.tests.commands.orphan";
    static final String STOCK_RIGHT = "org.castellan.menu.tests.stock";
    static final String DISCOUNT_RIGHT = "org.castellan.menu.tests.discount";

    /** Gives the user a role holding those rights, and lets the rights snapshot see it at once. */
    private void give(AuthenticatedUser user, String role, String... rights) throws Exception {
        roles.createRole(admin, role, null, Set.of(rights));
        roles.assign(admin, user.login(), role);
        access.handleEvent(null);
    }

    @Test
    void anOptionThatRequiresRightsNeedsTheLevelAndEveryRight() throws Exception {
        assertFalse(menu.visibleTo(manager).visible(STOCK), "level 5 without the right");
        OptionDecision noRight = menu.decide(manager, STOCK);
        assertEquals(OptionDecision.Reason.RIGHTS, noRight.reason());
        assertEquals(List.of(STOCK_RIGHT), noRight.missingRights());
        assertEquals("\"Stock\" needs the right Manage stock, which none of your roles gives. Ask an administrator if you need it.",
                noRight.message());

        give(clerk, "Stock keepers", STOCK_RIGHT);
        assertFalse(menu.visibleTo(clerk).visible(STOCK), "the right without the level");
        assertEquals(OptionDecision.Reason.LEVEL, menu.decide(clerk, STOCK).reason());
        assertEquals("\"Discounts\" needs the right Give discounts, which none of your roles gives. Ask an administrator if you need it.",
                menu.decide(clerk, DISCOUNTS).message(), "one of two rights");

        give(manager, "Managers", STOCK_RIGHT, DISCOUNT_RIGHT);
        assertTrue(menu.visibleTo(manager).visible(STOCK));
        assertTrue(menu.visibleTo(manager).visible(DISCOUNTS));
        assertTrue(menu.decide(manager, STOCK).allowed());
        menu.require(manager, STOCK);
        assertTrue(menu.visibleTo(clerk).visible(CASH), "an option that requires no right: the level alone");
        assertTrue(menu.decide(clerk, CASH).allowed());
        assertEquals(Set.of(STOCK_RIGHT, DISCOUNT_RIGHT), menu.visibleTo(manager).userRights());

        roles.revoke(admin, "Managers", DISCOUNT_RIGHT);
        access.handleEvent(null);
        assertFalse(menu.visibleTo(manager).visible(DISCOUNTS), "a role change reaches the next visible set");
    }

    @Test
    void aRefusalIsJournaledAsARefusalWithItsReasonAndAQuestionIsNot() throws Exception {
        menu.decide(clerk, PRICING);
        assertTrue(events.isEmpty(), "decide only answers");

        MenuException refused = assertThrows(MenuException.class, () -> menu.require(manager, STOCK));
        assertEquals(1, events.size());
        Event event = events.get(0);
        assertEquals(MenuLevels.TOPIC_REFUSED, event.getTopic());
        assertEquals("manager", event.getProperty("login"));
        assertEquals("org.castellan.menu.tests.stock", event.getProperty("option"));
        assertEquals(STOCK, event.getProperty("contribution"));
        assertEquals("RIGHTS", event.getProperty("reason"));
        assertEquals(refused.getMessage(), event.getProperty("message"));

        assertThrows(MenuException.class, () -> menu.require(clerk, PRICING));
        assertEquals("LEVEL", events.get(1).getProperty("reason"));
    }

    @Test
    void anOptionNamingARightNoBundleDeclaresIsClosedToEveryoneUntilAnAdministratorCorrectsIt() throws Exception {
        OptionState orphan = menu.definition().option("org.castellan.menu.tests.orphan").orElseThrow();
        assertEquals(List.of("org.castellan.menu.tests.nobodyDeclaresThis"), orphan.undeclaredRights());
        assertFalse(menu.visibleTo(admin).visible(ORPHAN), "not even the administrator");
        OptionDecision decision = menu.decide(admin, ORPHAN);
        assertEquals(OptionDecision.Reason.UNDECLARED_RIGHT, decision.reason());
        assertTrue(decision.message().contains("org.castellan.menu.tests.nobodyDeclaresThis, which no installed bundle declares"), decision.message());

        long revision = menu.revision();
        assertMessage("\"Orphan\" cannot require the right com.nobody.right: no installed bundle declares it. Nothing was saved",
                () -> menu.save(admin, List.of(new LevelChange("org.castellan.menu.tests.orphan", 0, false).withRights(List.of("com.nobody.right"))),
                        revision));
        assertMessage("\"Exit\" must stay reachable by everyone", () -> menu.save(admin,
                List.of(new LevelChange("org.castellan.menu.exit", 0, false).withRights(List.of(STOCK_RIGHT))), revision));
        assertEquals(revision, menu.revision(), "nothing was saved");

        menu.save(admin, List.of(new LevelChange("org.castellan.menu.tests.orphan", 0, false).withRights(List.of())), revision);
        assertTrue(menu.visibleTo(clerk).visible(ORPHAN), "corrected: no right required any more");
        assertTrue(String.valueOf(events.get(0).getProperty("after")).contains("rights none"), String.valueOf(events.get(0).getProperty("after")));
    }

    @Test
    void requiredRightsAreAnOverrideOfTheirOwnAndTravelInMenuPackages() throws Exception {
        menu.save(admin, List.of(new LevelChange("org.castellan.menu.tests.cash", 0, false).withRights(List.of(STOCK_RIGHT))), menu.revision());
        OptionState cash = menu.definition().option("org.castellan.menu.tests.cash").orElseThrow();
        assertTrue(cash.overridden());
        assertEquals(List.of(STOCK_RIGHT), cash.rights());
        assertFalse(menu.visibleTo(clerk).visible(CASH), "the clerk lacks the right now required");

        byte[] exported = menu.exportPackage(admin);
        assertTrue(new String(exported, StandardCharsets.UTF_8).contains("\nrights org.castellan.menu.tests.cash " + STOCK_RIGHT + "\n"));
        AuthenticatedUser centralAdmin = admin;
        MenuLevelsImpl centre = installation("centre-rights");
        centre.setSite(admin, Site.CENTRE);
        centre.importPackage(admin, exported);
        assertEquals(List.of(STOCK_RIGHT), centre.definition().option("org.castellan.menu.tests.cash").orElseThrow().rights());

        menu.save(centralAdmin, List.of(new LevelChange("org.castellan.menu.tests.cash", 0, false).withRights(List.of())), menu.revision());
        assertTrue(menu.definition().option("org.castellan.menu.tests.cash").orElseThrow().rights().isEmpty());
        menu.save(centralAdmin, List.of(new LevelChange("org.castellan.menu.tests.cash", 0, false)), menu.revision());
        assertFalse(menu.definition().option("org.castellan.menu.tests.cash").orElseThrow().overridden(), "back to the declaration");
    }

    private static List<String> rights(RoleAdministrationImpl roles, String name) throws Exception {
        return roles.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().rights();
    }

    private static void assertMessage(String start, org.junit.jupiter.api.function.Executable call) {
        MenuException e = assertThrows(MenuException.class, call);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
