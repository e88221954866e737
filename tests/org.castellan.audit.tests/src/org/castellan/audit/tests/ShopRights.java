package org.castellan.audit.tests;

import java.util.ArrayList;
import java.util.List;

import org.castellan.security.RightContribution;
import org.castellan.security.RightsCatalog;
import org.castellan.security.RoleContribution;

/** The installed bundles' rights plus three of a made-up shop bundle, for reports to give and take away. */
final class ShopRights implements RightsCatalog {

    static final String BUNDLE = "org.castellan.example.shop";
    static final String CASH = BUNDLE + ".cash";
    static final String PRICING = BUNDLE + ".pricing";
    static final String STOCK = BUNDLE + ".stock";

    private final RightsCatalog installed;

    ShopRights(RightsCatalog installed) {
        this.installed = installed;
    }

    @Override
    public List<RightContribution> rights() {
        List<RightContribution> rights = new ArrayList<>(installed.rights());
        for (String id : List.of(CASH, PRICING, STOCK)) {
            rights.add(new RightContribution(id, id.substring(BUNDLE.length() + 1), BUNDLE, null, BUNDLE));
        }
        return rights;
    }

    @Override
    public List<RoleContribution> roles() {
        return installed.roles();
    }
}
