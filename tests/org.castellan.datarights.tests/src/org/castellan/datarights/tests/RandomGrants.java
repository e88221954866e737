package org.castellan.datarights.tests;

import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DimensionGrant;

/** Random pieces of data rights for the property tests, drawn in one order so that a seed replays. */
final class RandomGrants {

    private RandomGrants() {
    }

    /**
     * Adds to {@code grant} a grant of its model's first dimension: allowed five times in six, with
     * or without descendants, none or up to {@code most} members from {@code pool}, one name in
     * {@code typedOneIn} typed in (unknown to the model, {@code typed} of the member's index).
     */
    static void dimension(Random random, DataModelGrant grant, List<String> pool, int most, int typedOneIn, IntFunction<String> typed) {
        DimensionGrant dimension = CastellanFactory.eINSTANCE.createDimensionGrant();
        dimension.setDimension(grant.getModel().getDimensions().get(0));
        dimension.setAllowed(random.nextInt(6) > 0);
        dimension.setIncludeDescendants(random.nextBoolean());
        int count = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(most);
        for (int k = 0; k < count; k++) {
            String member = random.nextInt(typedOneIn) == 0 ? typed.apply(k) : pool.get(random.nextInt(pool.size()));
            if (!dimension.getMemberUniqueNames().contains(member)) {
                dimension.getMemberUniqueNames().add(member);
            }
        }
        grant.getDimensionGrants().add(dimension);
    }
}
