package org.castellan.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.EffectiveDataRights;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.SqlPredicate;
import org.castellan.datarights.StarSchema;
import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.MeasureGrant;
import org.castellan.model.Member;
import org.castellan.model.User;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A user's effective data filter on a model with a date dimension of 30 years of days (year >
 * month > day, 10,957 days) and a customer dimension of 1,000,000 members (1,000 regions of 1,000
 * customers), under 5 roles: years with the eraser, regions with the eraser, and explicit customers.
 * Also the SQL predicate rendered from it; the setup prints its parameter counts with the eraser
 * on 10 years and with the same years selected day by day.
 */
@Fork(value = 1, jvmArgsAppend = { "-Xms3g", "-Xmx3g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DataFilterBenchmark {

    private static final CastellanFactory F = CastellanFactory.eINSTANCE;
    private static final StarSchema SCHEMA = StarSchema.builder().dimension("[Date]", "d.year_name", "d.month_name", "d.day_name")
            .dimension("[Customer]", "c.region_name", "c.customer_name").build();

    @State(Scope.Benchmark)
    public static class Rights {
        EffectiveDataRights compiled;
        ModelFilter filter;

        @Setup(Level.Trial)
        public void build() throws DataRightsException {
            Installation installation = F.createInstallation();
            DataModel model = F.createDataModel();
            model.setId("sales");
            model.setName("Sales");
            for (String name : new String[] { "[Measures].[Amount]", "[Measures].[Margin]", "[Measures].[Quantity]" }) {
                Measure measure = F.createMeasure();
                measure.setUniqueName(name);
                model.getMeasures().add(measure);
            }
            Dimension date = dimension("[Date]");
            LocalDate day = LocalDate.of(1996, 1, 1);
            while (day.getYear() < 2026) {
                Member year = member("[Date].[" + day.getYear() + "]");
                int current = day.getYear();
                while (day.getYear() == current) {
                    Member month = member("[Date].[" + current + "].[" + day.getMonthValue() + "]");
                    int currentMonth = day.getMonthValue();
                    while (day.getYear() == current && day.getMonthValue() == currentMonth) {
                        month.getChildren().add(member("[Date].[" + day + "]"));
                        day = day.plusDays(1);
                    }
                    year.getChildren().add(month);
                }
                date.getMembers().add(year);
            }
            Dimension customer = dimension("[Customer]");
            for (int r = 0; r < 1000; r++) {
                Member region = member("[Customer].[R" + r + "]");
                for (int c = 0; c < 1000; c++) {
                    region.getChildren().add(member("[Customer].[R" + r + "].[C" + c + "]"));
                }
                customer.getMembers().add(region);
            }
            model.getDimensions().add(date);
            model.getDimensions().add(customer);
            installation.getDataModels().add(model);
            User user = F.createUser();
            user.setId("u");
            user.setLogin("u");
            installation.getUsers().add(user);
            for (int role = 0; role < 5; role++) {
                DataModelGrant grant = right(installation, user, model, "Role " + role);
                for (Measure measure : model.getMeasures()) {
                    MeasureGrant measureGrant = F.createMeasureGrant();
                    measureGrant.setMeasure(measure);
                    measureGrant.setAllowed(role != 4 || !measure.getUniqueName().contains("Margin"));
                    grant.getMeasureGrants().add(measureGrant);
                }
                DimensionGrant years = dimensionGrant(grant, date, true);
                for (int y = 2010 - role; y < 2026; y++) {
                    years.getMemberUniqueNames().add("[Date].[" + y + "]");
                }
                DimensionGrant customers = dimensionGrant(grant, customer, role < 3);
                if (role < 3) {
                    for (int r = role * 100; r < 600; r++) {
                        customers.getMemberUniqueNames().add("[Customer].[R" + r + "]");
                    }
                } else {
                    for (int c = 0; c < 2000; c++) {
                        customers.getMemberUniqueNames().add("[Customer].[R" + (200 + c % 500) + "].[C" + c / 2 + "]");
                    }
                }
            }
            compiled = EffectiveDataRights.compile(installation);
            filter = compiled.filter("u", "sales");
            SqlPredicate eraser = SqlPredicate.of(filter, SCHEMA);
            System.out.println("Effective filter: " + filter.measures().size() + " measures, Date " + filter.dimension("[Date]").orElseThrow().subtrees().size()
                    + " subtrees, Customer " + filter.dimension("[Customer]").orElseThrow().members().size() + " members; predicate with "
                    + eraser.parameters().size() + " parameters, " + eraser.sql().length() + " characters");
            // The same ten years day by day (what the eraser avoids): one parameter a day.
            DimensionGrant byDay = dimensionGrant(right(installation, user, model, "Day by day"), date, false);
            date.getMembers().stream().filter(y -> y.getUniqueName().compareTo("[Date].[2016]") >= 0)
                    .forEach(y -> y.eAllContents().forEachRemaining(o -> byDay.getMemberUniqueNames().add(((Member) o).getUniqueName())));
            SqlPredicate days = SqlPredicate.of(EffectiveDataRights.compile(installation).filter("u", "sales"), SCHEMA);
            System.out.println("Without the eraser, day by day: predicate with " + days.parameters().size() + " parameters, " + days.sql().length()
                    + " characters");
        }
    }

    static DataModelGrant right(Installation installation, User user, DataModel model, String name) {
        DataRight right = F.createDataRight();
        right.setName(name);
        right.getHolders().add(user);
        DataModelGrant grant = F.createDataModelGrant();
        grant.setModel(model);
        right.getModelGrants().add(grant);
        installation.getDataRights().add(right);
        return grant;
    }

    static DimensionGrant dimensionGrant(DataModelGrant grant, Dimension dimension, boolean eraser) {
        DimensionGrant dimensionGrant = F.createDimensionGrant();
        dimensionGrant.setDimension(dimension);
        dimensionGrant.setAllowed(true);
        dimensionGrant.setIncludeDescendants(eraser);
        grant.getDimensionGrants().add(dimensionGrant);
        return dimensionGrant;
    }

    static Dimension dimension(String uniqueName) {
        Dimension dimension = F.createDimension();
        dimension.setUniqueName(uniqueName);
        return dimension;
    }

    static Member member(String uniqueName) {
        Member member = F.createMember();
        member.setUniqueName(uniqueName);
        return member;
    }

    /** A user's effective filter on the model under his 5 roles, computed afresh. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ModelFilter effectiveFilter(Rights state) {
        return state.compiled.filter("u", "sales");
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SqlPredicate predicate(Rights state) throws DataRightsException {
        return SqlPredicate.of(state.filter, SCHEMA);
    }
}
