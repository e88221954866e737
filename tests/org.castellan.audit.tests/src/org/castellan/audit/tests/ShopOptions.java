package org.castellan.audit.tests;

import java.util.List;

import org.castellan.menu.MenuOption;
import org.castellan.menu.MenuOptionsCatalog;
import org.castellan.menu.Scope;

/** Two menu options of the made-up shop bundle: one gated by a right, one by a level. */
final class ShopOptions implements MenuOptionsCatalog {

    static final String PRICING = ShopRights.BUNDLE + ".pricing";
    static final String PRICING_VIEW = ShopRights.BUNDLE + ".views.pricing";
    static final String STOCK = ShopRights.BUNDLE + ".stock";
    static final String STOCK_VIEW = ShopRights.BUNDLE + ".views.stock";

    private static final String MENU = ShopRights.BUNDLE + ".menu";

    @Override
    public List<MenuOption> options() {
        return List.of(
                new MenuOption(PRICING, MENU, 10, "Pricing", 0, false, null, List.of(), Scope.BOTH, false, List.of(PRICING_VIEW), ShopRights.BUNDLE,
                        List.of(ShopRights.PRICING)),
                new MenuOption(STOCK, MENU, 20, "Stock", 5, false, null, List.of(), Scope.BOTH, false, List.of(STOCK_VIEW), ShopRights.BUNDLE));
    }

    @Override
    public long generation() {
        return 1;
    }
}
