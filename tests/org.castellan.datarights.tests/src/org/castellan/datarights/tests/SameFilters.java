package org.castellan.datarights.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.castellan.datarights.MemberFilter;
import org.castellan.datarights.ModelFilter;

/** Two ways of computing a filter compared: what is granted, and for every candidate member what is allowed and at which level. */
final class SameFilters {

    private SameFilters() {
    }

    static void assertSame(ModelFilter expected, ModelFilter actual, List<String> candidates, String where) {
        assertEquals(expected.granted(), actual.granted(), where);
        assertEquals(expected.measures(), actual.measures(), where);
        assertEquals(expected.dimensions().keySet(), actual.dimensions().keySet(), where);
        for (String dimension : expected.dimensions().keySet()) {
            MemberFilter e = expected.dimensions().get(dimension);
            MemberFilter a = actual.dimensions().get(dimension);
            assertEquals(e.toString(), a.toString(), where);
            assertEquals(e.unknown(), a.unknown(), where);
            for (String member : candidates) {
                assertEquals(e.allows(member), a.allows(member), where + ", member " + member + ", filter " + e);
                assertEquals(e.hierarchy().levelOf(member), a.hierarchy().levelOf(member), where + ", level of " + member);
            }
        }
    }
}
