package org.castellan.menu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuContext;
import org.castellan.menu.MenuDefinition;
import org.castellan.menu.MenuOption;
import org.castellan.menu.Precedence;
import org.castellan.menu.Scope;
import org.castellan.menu.Site;
import org.castellan.menu.VisibleSet;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

/** Which option decides a contribution, and what a user of each level sees, without OSGi or a database. */
class MenuDefinitionTest {

    static final MenuContext CENTRAL = new MenuContext(Site.CENTRAL, new Version(1, 2, 0), "standard");

    static MenuOption option(String id, String contributor, int level, String... contributions) {
        return new MenuOption(id, "Shop", 0, id, level, false, null, List.of(), Scope.BOTH, false, List.of(contributions), contributor);
    }

    @Test
    void precedenceIsOverrideThenContributingBundleThenOtherBundlesThenDefault() {
        // com.partner contributes com.partner.views.stock; another bundle declares it too, at a lower level.
        MenuOption owner = option("com.partner.stock", "com.partner", 6, "com.partner.views.stock");
        MenuOption other = option("org.other.stock", "org.other", 2, "com.partner.views.stock");
        MenuOption third = option("org.third.stock", "org.third", 4, "com.partner.views.stock", "shared.view");
        MenuOption fourth = option("org.fourth.stock", "org.fourth", 7, "shared.view");

        MenuDefinition declared = new MenuDefinition(List.of(other, owner, third, fourth), Map.of(), 3, CENTRAL);
        assertEquals("com.partner.stock", declared.optionFor("com.partner.views.stock").orElseThrow().option().id(),
                "the contributing bundle wins over other bundles");
        assertEquals(Precedence.CONTRIBUTING_BUNDLE, declared.precedenceOf("com.partner.views.stock"));
        assertEquals(7, declared.optionFor("shared.view").orElseThrow().level(), "between non-contributors the more restrictive");
        assertEquals(Precedence.OTHER_BUNDLE, declared.precedenceOf("shared.view"));
        assertEquals(1, declared.conflicts().size(), declared.conflicts()::toString);
        assertEquals(Precedence.DEFAULT, declared.precedenceOf("nobody.declares.this"));
        assertFalse(declared.visibleTo(2).visible("nobody.declares.this"), "below the default level");
        assertTrue(declared.visibleTo(3).visible("nobody.declares.this"));

        MenuDefinition overridden = new MenuDefinition(List.of(other, owner, third, fourth),
                Map.of("org.other.stock", new LevelChange("org.other.stock", 1, false)), 3, CENTRAL);
        assertEquals("org.other.stock", overridden.optionFor("com.partner.views.stock").orElseThrow().option().id(),
                "an administrator's override wins over the contributing bundle");
        assertEquals(Precedence.OVERRIDE, overridden.precedenceOf("com.partner.views.stock"));
        assertTrue(overridden.visibleTo(1).visible("com.partner.views.stock"));
    }

    @Test
    void anExactIdIsMoreSpecificThanAPatternAndThePatternsSayTheSame() {
        MenuOption all = option("com.partner.all", "com.partner", 7, "com.partner.*");
        MenuOption cash = option("com.partner.cash", "com.partner", 0, "com.partner.commands.cash");
        MenuOption audit = option("com.partner.audit", "com.partner", 9, "com.partner.audit.*");
        MenuDefinition definition = new MenuDefinition(List.of(all, cash, audit), Map.of(), 0, CENTRAL);
        VisibleSet five = definition.visibleTo(5);
        assertTrue(five.visible("com.partner.commands.cash"));
        assertFalse(five.visible("com.partner.views.pricing"));
        assertTrue(five.visible("org.eclipse.ui.file.exit"), "undeclared: default level 0");
        assertEquals(List.of(true, false, true, false), activity(five, "com.partner/com.partner.commands.cash",
                "com.partner/com.partner.views.pricing", "org.eclipse.ui/org.eclipse.ui.file.exit", "com.partner/com.partner.audit.log"));

        VisibleSet eight = definition.visibleTo(8);
        assertEquals(List.of(true, true, false), activity(eight, "x/com.partner.commands.cash", "x/com.partner.views.pricing",
                "x/com.partner.audit.log"), "a longer hidden pattern inside a shown one stays hidden");

        MenuDefinition strict = new MenuDefinition(List.of(all, cash, audit), Map.of(), 9, CENTRAL);
        assertEquals(List.of(true, false), activity(strict.visibleTo(0), "x/com.partner.commands.cash", "org.eclipse.ui/anything"),
                "with a default of 9 only what is declared lower shows");
    }

    /** What the workbench's activity rule makes of the patterns: enabled when a shown pattern matches or no hidden one does. */
    private static List<Boolean> activity(VisibleSet set, String... identifiers) {
        List<Pattern> hidden = set.hiddenPatterns().stream().map(Pattern::compile).toList();
        List<Pattern> shown = set.shownPatterns().stream().map(Pattern::compile).toList();
        return java.util.Arrays.stream(identifiers)
                .map(id -> shown.stream().anyMatch(p -> p.matcher(id).matches()) || hidden.stream().noneMatch(p -> p.matcher(id).matches()))
                .toList();
    }

    @Test
    void anOptionsOwnIdDecidesBeforeAnyPatternThatCoversIt() {
        MenuOption all = option("com.partner.all", "com.partner", 7, "com.partner.*");
        MenuOption audit = option("com.partner.audit", "com.partner", 9, "com.partner.commands.audit");
        MenuDefinition definition = new MenuDefinition(List.of(all, audit), Map.of(), 0, CENTRAL);
        assertEquals("com.partner.audit", definition.deciding("com.partner.audit").orElseThrow().option().id(),
                "a host names the option by its id: its own level (9) decides, not the pattern's (7)");
        assertEquals("com.partner.audit", definition.deciding("com.partner.commands.audit").orElseThrow().option().id());
        assertEquals("com.partner.all", definition.deciding("com.partner.views.stock").orElseThrow().option().id());
        assertTrue(definition.deciding("org.eclipse.ui.file.exit").isEmpty(), "undeclared: the default level decides");
    }

    @Test
    void scopeVersionsAndEditionsDecideWhetherAnOptionExistsAtAll() {
        MenuOption centralOnly = new MenuOption("a.central", "Shop", 0, "Central", 0, false, null, List.of(), Scope.CENTRAL, false,
                List.of("a.central.view"), "a");
        MenuOption centresOnly = new MenuOption("a.centres", "Shop", 0, "Centres", 0, false, null, List.of(), Scope.CENTRES, false,
                List.of("a.centres.view"), "a");
        MenuOption newer = new MenuOption("a.newer", "Shop", 0, "Newer", 0, false, "[2.0,3.0)", List.of(), Scope.BOTH, false,
                List.of("a.newer.view"), "a");
        MenuOption pharmacy = new MenuOption("a.pharmacy", "Shop", 0, "Pharmacy", 0, false, null, List.of("pharmacy"), Scope.BOTH, false,
                List.of("a.pharmacy.view"), "a");
        List<MenuOption> all = List.of(centralOnly, centresOnly, newer, pharmacy);
        VisibleSet central = new MenuDefinition(all, Map.of(), 0, CENTRAL).visibleTo(9);
        assertTrue(central.visible("a.central.view"));
        assertFalse(central.visible("a.centres.view"));
        assertFalse(central.visible("a.newer.view"), "version 1.2 is outside [2.0,3.0)");
        assertFalse(central.visible("a.pharmacy.view"), "the standard edition");
        VisibleSet centre = new MenuDefinition(all, Map.of(), 0, new MenuContext(Site.CENTRE, new Version(2, 1, 0), "pharmacy")).visibleTo(9);
        assertEquals(List.of(false, true, true, true), List.of(centre.visible("a.central.view"), centre.visible("a.centres.view"),
                centre.visible("a.newer.view"), centre.visible("a.pharmacy.view")));
    }

    @Test
    void essentialsStayAtLevelZeroWhateverTheOverride() {
        MenuOption exit = new MenuOption("c.exit", "Castellan", 0, "Exit", 0, false, null, List.of(), Scope.BOTH, true,
                List.of("org.eclipse.ui.file.exit"), "c");
        MenuDefinition definition = new MenuDefinition(List.of(exit), Map.of("c.exit", new LevelChange("c.exit", 9, true)), 9, CENTRAL);
        assertTrue(definition.visibleTo(0).visible("org.eclipse.ui.file.exit"));
        assertFalse(definition.option("c.exit").orElseThrow().askPassword());
    }

    @Test
    void levelsOutsideZeroToNineCannotBeDeclared() {
        assertThrows(IllegalArgumentException.class, () -> option("x", "x", 10, "x.v"));
        assertThrows(IllegalArgumentException.class, () -> option("x", "x", -1, "x.v"));
    }
}
