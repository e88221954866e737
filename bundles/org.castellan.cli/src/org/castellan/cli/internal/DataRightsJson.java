package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.castellan.datarights.AppliedGrant;
import org.castellan.datarights.MemberFilter;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.PermissionExplanation;
import org.castellan.datarights.SqlPredicate;

/**
 * The answers of {@code datarights effective|filter} as JSON objects: levels as the model's
 * literals, names sorted, an absent deciding object or predicate as null.
 */
final class DataRightsJson {

    private DataRightsJson() {
    }

    /** Why the user has his level on the object: the deciding grants, the No access that won, the grants overridden. */
    static void printExplanation(PrintStream out, String login, String path, PermissionExplanation explanation) {
        JsonOutput.printObject(out, List.of("user", "object", "path", "level", "decided_by", "deciding", "no_access_winner", "overridden"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                Arrays.asList(login, path, explanation.path(), explanation.level().getLiteral(),
                        explanation.deciding().isEmpty() ? null : explanation.deciding().get(0).objectName(), grants(explanation.deciding()),
                        explanation.noAccessWinner().map(DataRightsJson::grant), grants(explanation.overridden())));
    }

    /** What the user may see of the model: measures, a filter per dimension, and the SQL predicate when a schema was given. */
    static void printFilter(PrintStream out, String login, String model, ModelFilter filter, Optional<SqlPredicate> predicate) {
        Map<String, Object> dimensions = new TreeMap<>();
        filter.dimensions().forEach((name, members) -> dimensions.put(name, members(members)));
        JsonOutput.printObject(out, List.of("user", "model", "granted", "measures", "dimensions", "where", "parameters"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                Arrays.asList(login, model, filter.granted(), List.copyOf(new TreeSet<>(filter.measures())), dimensions,
                        predicate.map(SqlPredicate::sql), predicate.map(SqlPredicate::parameters)));
    }

    private static Map<String, Object> members(MemberFilter filter) {
        return JsonOutput.object("everything", filter.everything(), "nothing", filter.nothing(), //$NON-NLS-1$ //$NON-NLS-2$
                "subtrees", List.copyOf(new TreeSet<>(filter.subtrees())), "members", List.copyOf(new TreeSet<>(filter.members())), //$NON-NLS-1$ //$NON-NLS-2$
                "unknown", List.copyOf(new TreeSet<>(filter.unknown()))); //$NON-NLS-1$
    }

    private static List<Map<String, Object>> grants(List<AppliedGrant> grants) {
        return grants.stream().map(DataRightsJson::grant).toList();
    }

    private static Map<String, Object> grant(AppliedGrant grant) {
        return JsonOutput.object("level", grant.level().getLiteral(), "object", grant.objectName(), "principal", grant.principalName(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "throughGroup", grant.throughGroup()); //$NON-NLS-1$
    }
}
