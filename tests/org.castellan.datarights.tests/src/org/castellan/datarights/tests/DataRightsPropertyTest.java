package org.castellan.datarights.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.castellan.datarights.EffectiveDataRights;
import org.castellan.datarights.MemberFilter;
import org.castellan.datarights.ModelFilter;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Installation;
import org.castellan.model.MeasureGrant;
import org.castellan.model.Member;
import org.castellan.model.User;
import org.junit.jupiter.api.Test;

/**
 * Compact member filters and least privilege against a naive reference that expands every
 * selection, on thousands of random roles over the Sales model. Each case has its own seed; a
 * failure names it, {@code -Dcastellan.seed=<seed>} replays it first.
 */
class DataRightsPropertyTest {

    private static final int CASES = 2000;

    @Test
    void compactFiltersEqualTheExpandedReference() {
        Seeds.forEachCase(8L, CASES, DataRightsPropertyTest::check);
    }

    private static void check(long seed) {
        Random random = new Random(seed);
        Installation installation = Models.sales();
        DataModel sales = installation.getDataModels().get(0);
        User user = Models.user(installation, "u");
        List<List<String>> allMembers = new ArrayList<>();
        for (Dimension dimension : sales.getDimensions()) {
            List<String> names = new ArrayList<>();
            dimension.eAllContents().forEachRemaining(o -> names.add(((Member) o).getUniqueName()));
            allMembers.add(names);
        }
        int roles = random.nextInt(5);
        for (int r = 0; r < roles; r++) {
            DataModelGrant grant = Models.right(installation, "r" + r, sales, user);
            for (String measure : List.of("[Measures].[Amount]", "[Measures].[Margin]")) {
                if (random.nextInt(4) > 0) {
                    Models.measure(grant, measure, random.nextInt(4) > 0);
                }
            }
            for (int d = 0; d < sales.getDimensions().size(); d++) {
                if (random.nextInt(5) == 0) {
                    continue; // the role does not mention the dimension
                }
                List<String> names = allMembers.get(d);
                int count = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(6);
                String[] picked = new String[count];
                for (int k = 0; k < count; k++) {
                    picked[k] = random.nextInt(15) == 0 ? "[Typed].[" + k + "]" : names.get(random.nextInt(names.size()));
                }
                Models.dimension(grant, sales.getDimensions().get(d).getUniqueName(), random.nextInt(6) > 0, random.nextBoolean(), picked);
            }
        }
        ModelFilter filter = EffectiveDataRights.compile(installation).filter("u", "sales");
        List<DataModelGrant> grants = installation.getDataRights().stream().map(r -> r.getModelGrants().get(0)).toList();
        assertEquals(!grants.isEmpty(), filter.granted());
        for (String measure : List.of("[Measures].[Amount]", "[Measures].[Margin]")) {
            boolean expected = !grants.isEmpty() && grants.stream().allMatch(g -> measureAllowed(g, measure));
            assertEquals(expected, filter.measures().contains(measure), measure);
        }
        for (int d = 0; d < sales.getDimensions().size(); d++) {
            Dimension dimension = sales.getDimensions().get(d);
            boolean expectedAllowed = !grants.isEmpty() && grants.stream().allMatch(g -> grantOf(g, dimension).isPresent()
                    && grantOf(g, dimension).get().isAllowed());
            Optional<MemberFilter> members = filter.dimension(dimension.getUniqueName());
            assertEquals(expectedAllowed, members.isPresent(), dimension.getUniqueName());
            if (!expectedAllowed) {
                continue;
            }
            List<String> candidates = new ArrayList<>(allMembers.get(d));
            candidates.add("[Typed].[0]");
            candidates.add("[Typed].[1]");
            for (String member : candidates) {
                boolean expected = grants.stream().allMatch(g -> expandedAllows(grantOf(g, dimension).get(), dimension, member));
                assertEquals(expected, members.get().allows(member), dimension.getUniqueName() + " member " + member + ", filter " + members.get());
            }
        }
    }

    private static boolean measureAllowed(DataModelGrant grant, String measure) {
        List<MeasureGrant> mentions = grant.getMeasureGrants().stream().filter(m -> m.getMeasure().getUniqueName().equals(measure)).toList();
        return !mentions.isEmpty() && mentions.stream().allMatch(MeasureGrant::isAllowed);
    }

    private static Optional<DimensionGrant> grantOf(DataModelGrant grant, Dimension dimension) {
        return grant.getDimensionGrants().stream().filter(g -> g.getDimension() == dimension).findFirst();
    }

    /** The reference: expand the selection into every member it covers, then look. */
    private static boolean expandedAllows(DimensionGrant grant, Dimension dimension, String member) {
        if (grant.getMemberUniqueNames().isEmpty()) {
            return true;
        }
        Set<String> expanded = new HashSet<>(grant.getMemberUniqueNames());
        if (grant.isIncludeDescendants()) {
            dimension.eAllContents().forEachRemaining(o -> {
                Member m = (Member) o;
                for (Object up = m; up instanceof Member ancestor; up = ancestor.eContainer()) {
                    if (grant.getMemberUniqueNames().contains(ancestor.getUniqueName())) {
                        expanded.add(m.getUniqueName());
                    }
                }
            });
        }
        return expanded.contains(member);
    }
}
