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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.EffectiveDataRights;
import org.castellan.datarights.SqlPredicate;
import org.castellan.datarights.StarSchema;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.Installation;
import org.castellan.model.Member;
import org.castellan.store.CastellanStore;
import org.castellan.store.NewInstallation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The predicate helper against a Derby star schema whose answers are known: the Sales model's
 * days (four years, two days a month: 96 days) for each of five customers, one fact row each
 * (480 rows), plus one day the loaded model does not have yet (2006-03-31, five more rows).
 */
class SqlPredicateTest {

    private static final StarSchema SCHEMA = StarSchema.builder().dimension("[Date]", "d.year_name", "d.month_name", "d.day_name")
            .dimension("[Customer]", "c.customer_name").build();
    private static final String COUNT = "SELECT COUNT(*) FROM f_sales f JOIN d_date d ON f.date_key = d.date_key "
            + "JOIN d_customer c ON f.customer_key = c.customer_key WHERE ";
    private static final String HOSTILE = "[Customer].[x') OR ('1'='1]";

    @TempDir
    static Path folder;
    static CastellanStore store;

    private final Installation installation = Models.sales();
    private final DataModel sales = installation.getDataModels().get(0);

    @BeforeAll
    static void starSchema() throws Exception {
        store = CastellanStore.create(folder.resolve("star"), NewInstallation.unencrypted("star"));
        Installation model = Models.sales();
        List<String[]> days = new ArrayList<>();
        model.getDataModels().get(0).getDimensions().get(0).eAllContents().forEachRemaining(o -> {
            Member m = (Member) o;
            if (m.getChildren().isEmpty()) {
                Member month = (Member) m.eContainer();
                days.add(new String[] { ((Member) month.eContainer()).getUniqueName(), month.getUniqueName(), m.getUniqueName() });
            }
        });
        days.add(new String[] { year(2006), month(2006, 3), day(2006, 3, 31) }); // loaded later
        List<String> customers = List.of(customer("ACME"), customer("Globex"), customer("Initech"), customer("Umbrella"), HOSTILE);
        store.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.execute("CREATE TABLE d_date (date_key INT PRIMARY KEY, year_name VARCHAR(100), month_name VARCHAR(100), day_name VARCHAR(100))");
                st.execute("CREATE TABLE d_customer (customer_key INT PRIMARY KEY, customer_name VARCHAR(100))");
                st.execute("CREATE TABLE f_sales (date_key INT, customer_key INT, amount DECIMAL(10, 2))");
            }
            try (PreparedStatement date = tx.connection().prepareStatement("INSERT INTO d_date VALUES (?, ?, ?, ?)");
                    PreparedStatement customer = tx.connection().prepareStatement("INSERT INTO d_customer VALUES (?, ?)");
                    PreparedStatement fact = tx.connection().prepareStatement("INSERT INTO f_sales VALUES (?, ?, 1)")) {
                for (int d = 0; d < days.size(); d++) {
                    date.setInt(1, d);
                    date.setString(2, days.get(d)[0]);
                    date.setString(3, days.get(d)[1]);
                    date.setString(4, days.get(d)[2]);
                    date.executeUpdate();
                    for (int c = 0; c < customers.size(); c++) {
                        fact.setInt(1, d);
                        fact.setInt(2, c);
                        fact.executeUpdate();
                    }
                }
                for (int c = 0; c < customers.size(); c++) {
                    customer.setInt(1, c);
                    customer.setString(2, customers.get(c));
                    customer.executeUpdate();
                }
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private int rows(SqlPredicate predicate) throws Exception {
        return store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(COUNT + predicate.sql())) {
                predicate.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private SqlPredicate predicateOf(String user) throws DataRightsException {
        return SqlPredicate.of(EffectiveDataRights.compile(installation).filter(user, "sales"), SCHEMA);
    }

    @Test
    void theEraserFiltersByYearWhateverTheNumberOfDaysIncludingDaysAddedLater() throws Exception {
        Models.user(installation, "anna");
        DataModelGrant grant = right(installation, "2006-2008 ACME", sales, installation.getUsers().get(0));
        measure(grant, "[Measures].[Amount]", true);
        dimension(grant, "[Date]", true, true, year(2006), year(2007), year(2008));
        dimension(grant, "[Customer]", true, false, customer("ACME"));
        SqlPredicate predicate = predicateOf("anna");
        assertEquals("c.customer_name IN (?) AND d.year_name IN (?, ?, ?)", predicate.sql());
        assertEquals(List.of(customer("ACME"), year(2006), year(2007), year(2008)), predicate.parameters());
        assertEquals(3 * 24 + 1, rows(predicate), "three years of ACME, with the day the model does not have yet");
    }

    @Test
    void anExplicitSelectionFiltersByDayAndLeavesOutDaysAddedLater() throws Exception {
        Models.user(installation, "bob");
        List<String> expanded = new ArrayList<>();
        Member y2006 = sales.getDimensions().get(0).getMembers().get(0);
        expanded.add(y2006.getUniqueName());
        y2006.eAllContents().forEachRemaining(o -> expanded.add(((Member) o).getUniqueName()));
        DataModelGrant grant = right(installation, "2006 by day", sales, installation.getUsers().get(0));
        dimension(grant, "[Date]", true, false, expanded.toArray(String[]::new));
        dimension(grant, "[Customer]", true, false);
        SqlPredicate predicate = predicateOf("bob");
        assertTrue(predicate.sql().startsWith("d.day_name IN (?"), predicate.sql());
        assertEquals(24, predicate.parameters().size(), "the days only: the year and months alone allow no fact row");
        assertEquals(24 * 5, rows(predicate));
    }

    @Test
    void leastPrivilegeAcrossRolesShowsInTheRows() throws Exception {
        Models.user(installation, "carl");
        DataModelGrant first = right(installation, "2006-2007", sales, installation.getUsers().get(0));
        dimension(first, "[Date]", true, true, year(2006), year(2007));
        dimension(first, "[Customer]", true, false, customer("ACME"), customer("Globex"));
        DataModelGrant second = right(installation, "March 2007 and 2008", sales, installation.getUsers().get(0));
        dimension(second, "[Date]", true, true, month(2007, 3), year(2008));
        dimension(second, "[Customer]", true, false, customer("Globex"), customer("Initech"));
        SqlPredicate predicate = predicateOf("carl");
        assertEquals(2, rows(predicate), "two days of March 2007, Globex only; a union would give far more");
    }

    @Test
    void valuesAreParametersNeverText() throws Exception {
        Models.user(installation, "dan");
        sales.getDimensions().get(1).getMembers().add(Models.member(HOSTILE));
        DataModelGrant grant = right(installation, "Hostile", sales, installation.getUsers().get(0));
        dimension(grant, "[Customer]", true, false, HOSTILE);
        SqlPredicate predicate = predicateOf("dan");
        assertFalse(predicate.sql().contains("'"), predicate.sql());
        assertEquals(96 + 1, rows(predicate), "exactly the rows of the customer of that odd name");
        assertThrows(IllegalArgumentException.class, () -> StarSchema.builder().dimension("[Date]", "year; DROP TABLE f_sales"));
    }

    @Test
    void noDataRightNoRowsAndNoMemberInCommonNoRows() throws Exception {
        Models.user(installation, "eve");
        assertEquals("1 = 0", predicateOf("eve").sql());
        assertEquals(0, rows(predicateOf("eve")));
        Models.user(installation, "fay");
        DataModelGrant first = right(installation, "ACME", sales, installation.getUsers().get(1));
        dimension(first, "[Customer]", true, false, customer("ACME"));
        DataModelGrant second = right(installation, "Globex", sales, installation.getUsers().get(1));
        dimension(second, "[Customer]", true, false, customer("Globex"));
        assertEquals(0, rows(predicateOf("fay")));
        Models.user(installation, "gus");
        DataModelGrant all = right(installation, "All customers", sales, installation.getUsers().get(2));
        dimension(all, "[Customer]", true, false);
        assertEquals("1 = 1", predicateOf("gus").sql());
        assertEquals(97 * 5, rows(predicateOf("gus")));
    }

    @Test
    void aMemberBelowTheMappedLevelsIsRefusedWithWhatToDo() {
        Models.user(installation, "hal");
        DataModelGrant grant = right(installation, "Days", sales, installation.getUsers().get(0));
        dimension(grant, "[Date]", true, true, day(2006, 1, 1));
        StarSchema yearsOnly = StarSchema.builder().dimension("[Date]", "d.year_name").build();
        DataRightsException e = assertThrows(DataRightsException.class,
                () -> SqlPredicate.of(EffectiveDataRights.compile(installation).filter("hal", "sales"), yearsOnly));
        assertTrue(e.getMessage().contains("Map a column for every level"), e.getMessage());
    }
}
