package org.castellan.datarights.tests;

import static org.castellan.datarights.tests.Models.customer;
import static org.castellan.datarights.tests.Models.day;
import static org.castellan.datarights.tests.Models.dimension;
import static org.castellan.datarights.tests.Models.measure;
import static org.castellan.datarights.tests.Models.month;
import static org.castellan.datarights.tests.Models.right;
import static org.castellan.datarights.tests.Models.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.castellan.datarights.EffectiveDataRights;
import org.castellan.datarights.MemberFilter;
import org.castellan.datarights.ModelFilter;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.Dimension;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Member;
import org.junit.jupiter.api.Test;

/** The data-rights rules, each on the small Sales model with a known answer. */
class EffectiveDataRightsTest {

    private final Installation installation = Models.sales();
    private final DataModel sales = installation.getDataModels().get(0);

    @Test
    void leastPrivilegeAcrossRolesRefusesWhatAnyRoleRefuses() {
        Group north = Models.group(installation, "north");
        Models.user(installation, "anna", north);
        DataModelGrant viaGroup = right(installation, "North sales", sales, north);
        measure(viaGroup, "[Measures].[Amount]", true);
        measure(viaGroup, "[Measures].[Margin]", true);
        dimension(viaGroup, "[Customer]", true, false, customer("ACME"), customer("Globex"));
        dimension(viaGroup, "[Date]", true, false);
        DataModelGrant own = right(installation, "No margins", sales, installation.getUsers().get(0));
        measure(own, "[Measures].[Amount]", true);
        measure(own, "[Measures].[Margin]", false); // refused here, allowed above: refused
        dimension(own, "[Customer]", true, false, customer("Globex"), customer("Initech"));
        dimension(own, "[Date]", true, false);

        ModelFilter filter = EffectiveDataRights.compile(installation).filter("anna", "sales");
        assertTrue(filter.granted());
        assertEquals(Set.of("[Measures].[Amount]"), filter.measures(), "SSAS, Power BI and Mondrian would also give Margin (union)");
        MemberFilter customers = filter.dimension("[Customer]").orElseThrow();
        assertEquals(Set.of(customer("Globex")), customers.members(), "only the customer both roles allow");
        assertFalse(customers.allows(customer("ACME")));
        assertFalse(customers.allows(customer("Initech")));
        assertTrue(filter.dimension("[Date]").orElseThrow().everything());
    }

    @Test
    void whatNoRuleMentionsIsRefused() {
        Models.user(installation, "bob");
        Models.user(installation, "carl");
        DataModelGrant grant = right(installation, "Amounts only", sales, installation.getUsers().get(0));
        measure(grant, "[Measures].[Amount]", true);
        dimension(grant, "[Customer]", true, false);

        EffectiveDataRights rights = EffectiveDataRights.compile(installation);
        ModelFilter bob = rights.filter("bob", "sales");
        assertEquals(Set.of("[Measures].[Amount]"), bob.measures(), "Margin is mentioned nowhere: refused");
        assertTrue(bob.dimension("[Date]").isEmpty(), "Date is mentioned nowhere: refused");
        ModelFilter carl = rights.filter("carl", "sales");
        assertFalse(carl.granted(), "no data right at all: nothing of the model");
        assertEquals(Set.of(), carl.measures());
        assertEquals(Set.of(), carl.dimensions().keySet());
        // A role that is silent on a dimension refuses it even if another role allows it.
        DataModelGrant silent = right(installation, "Silent on customers", sales, installation.getUsers().get(0));
        measure(silent, "[Measures].[Amount]", true);
        assertTrue(EffectiveDataRights.compile(installation).filter("bob", "sales").dimension("[Customer]").isEmpty());
    }

    @Test
    void theEraserMeansEverythingBelowIncludingMembersAddedLaterAndExplicitSelectionDoesNot() {
        Models.user(installation, "eraser");
        Models.user(installation, "explicit");
        DataModelGrant withEraser = right(installation, "2006-2008 (eraser)", sales, installation.getUsers().get(0));
        dimension(withEraser, "[Date]", true, true, year(2006), year(2007), year(2008));
        DataModelGrant selected = right(installation, "2006 day by day", sales, installation.getUsers().get(1));
        // What the editor stores when the year 2006 is ticked without the eraser: the year and every member below it.
        List<String> expanded = new java.util.ArrayList<>();
        Dimension date = sales.getDimensions().get(0);
        Member y2006 = date.getMembers().get(0);
        expanded.add(y2006.getUniqueName());
        y2006.eAllContents().forEachRemaining(o -> expanded.add(((Member) o).getUniqueName()));
        dimension(selected, "[Date]", true, false, expanded.toArray(String[]::new));

        EffectiveDataRights before = EffectiveDataRights.compile(installation);
        MemberFilter eraser = before.filter("eraser", "sales").dimension("[Date]").orElseThrow();
        assertEquals(Set.of(year(2006), year(2007), year(2008)), eraser.subtrees(), "three members, no expansion into days");
        assertEquals(Set.of(), eraser.members());
        assertTrue(eraser.allows(day(2007, 6, 15)));
        assertFalse(eraser.allows(day(2009, 1, 1)));
        MemberFilter explicit = before.filter("explicit", "sales").dimension("[Date]").orElseThrow();
        assertEquals(1 + 12 + 24, explicit.members().size());
        assertTrue(explicit.allows(day(2006, 3, 15)));

        // The model is reloaded with a new day in 2006: the eraser covers it, the explicit selection does not.
        Member newDay = Models.member(day(2006, 3, 31));
        y2006.getChildren().get(2).getChildren().add(newDay);
        EffectiveDataRights after = EffectiveDataRights.compile(installation);
        assertTrue(after.filter("eraser", "sales").dimension("[Date]").orElseThrow().allows(day(2006, 3, 31)));
        assertFalse(after.filter("explicit", "sales").dimension("[Date]").orElseThrow().allows(day(2006, 3, 31)));
    }

    @Test
    void eraserAndExplicitSelectionsIntersectWithoutExpansion() {
        Models.user(installation, "anna");
        DataModelGrant years = right(installation, "Years", sales, installation.getUsers().get(0));
        dimension(years, "[Date]", true, true, year(2006), year(2007));
        DataModelGrant months = right(installation, "Some months", sales, installation.getUsers().get(0));
        dimension(months, "[Date]", true, true, month(2007, 3), month(2008, 1));
        DataModelGrant days = right(installation, "Some days", sales, installation.getUsers().get(0));
        dimension(days, "[Date]", true, true, year(2007));

        MemberFilter filter = EffectiveDataRights.compile(installation).filter("anna", "sales").dimension("[Date]").orElseThrow();
        assertEquals(Set.of(month(2007, 3)), filter.subtrees(), "2006-2007 and March 2007/January 2008 and 2007: March 2007 only");
        assertTrue(filter.allows(day(2007, 3, 1)));
        assertFalse(filter.allows(day(2007, 4, 1)));
        assertFalse(filter.allows(year(2007)), "the year itself is not wholly allowed");
    }

    @Test
    void typedUniqueNamesAreKeptFlaggedAndSelectedOnceTheModelHasThem() {
        Models.user(installation, "anna");
        DataModelGrant grant = right(installation, "Typed", sales, installation.getUsers().get(0));
        dimension(grant, "[Customer]", true, false, customer("ACME"), customer("Wayne"));

        MemberFilter before = EffectiveDataRights.compile(installation).filter("anna", "sales").dimension("[Customer]").orElseThrow();
        assertEquals(Set.of(customer("Wayne")), before.unknown(), "typed before the reload: kept and flagged");
        assertEquals(Set.of(customer("ACME"), customer("Wayne")), before.members());
        assertFalse(before.allows("[Customer].[Wayne Enterprises]"), "a unique name, not a caption: matched exactly");

        sales.getDimensions().get(1).getMembers().add(Models.member(customer("Wayne")));
        MemberFilter after = EffectiveDataRights.compile(installation).filter("anna", "sales").dimension("[Customer]").orElseThrow();
        assertEquals(Set.of(), after.unknown());
        assertTrue(after.allows(customer("Wayne")), "after the reload the typed member shows as selected");
    }

    @Test
    void aGrantOnADeletedModelIsKeptAndReported() {
        Models.user(installation, "anna");
        DataModelGrant grant = right(installation, "Old model", sales, installation.getUsers().get(0));
        measure(grant, "[Measures].[Amount]", true);
        installation.getDataModels().remove(sales);
        EffectiveDataRights rights = EffectiveDataRights.compile(installation);
        assertEquals(1, rights.problems().size());
        assertTrue(rights.problems().get(0).contains("\"Old model\" has a grant on a data model that no longer exists"), rights.problems().get(0));
        assertEquals(1, installation.getDataRights().get(0).getModelGrants().size(), "nothing is dropped from the model");
        assertFalse(rights.filter("anna", "sales").granted());
    }

    @Test
    void aDisabledUserSeesNothing() {
        Models.user(installation, "off").setEnabled(false);
        DataModelGrant grant = right(installation, "All", sales, installation.getUsers().get(0));
        measure(grant, "[Measures].[Amount]", true);
        assertFalse(EffectiveDataRights.compile(installation).filter("off", "sales").granted());
    }
}
