package org.castellan.datarights;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.castellan.datarights.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A user's member filters as an SQL {@code WHERE} predicate over a star schema, with every member
 * name a {@code ?} parameter: values are never concatenated into the text.
 * <p>
 * For each dimension the schema maps and the filter allows with a member restriction, one
 * parenthesised condition: a member selected with the eraser option tests its own level's column
 * ({@code year_name IN (?, ?, ?)}, whatever the number of days below), a member selected one by
 * one tests the grain column. Conditions are joined with {@code AND}. A user whom no data right
 * gives the model, or a dimension whose filter allows nothing, gives {@code 1 = 0}; no
 * restriction at all gives {@code 1 = 1}. Refused dimensions restrict no rows: the host must not
 * let the user query by them (see {@link ModelFilter}). Unknown member names match nothing until
 * the model is reloaded with them.
 *
 * @param sql        the predicate, to follow {@code WHERE} or {@code AND}
 * @param parameters the values of its parameters, in order
 *
 * @since 0.1
 */
public record SqlPredicate(String sql, List<String> parameters) {

    private static final String FALSE = "1 = 0"; //$NON-NLS-1$
    private static final String TRUE = "1 = 1"; //$NON-NLS-1$

    public SqlPredicate {
        Objects.requireNonNull(sql);
        parameters = List.copyOf(parameters);
    }

    /**
     * Renders the filter over the schema.
     *
     * @throws DataRightsException when a selected member's level has no column in the schema
     */
    public static SqlPredicate of(ModelFilter filter, StarSchema schema) throws DataRightsException {
        if (!filter.granted()) {
            return new SqlPredicate(FALSE, List.of());
        }
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (String dimension : new TreeSet<>(schema.dimensions())) {
            MemberFilter members = filter.dimensions().get(dimension);
            if (members == null || members.everything()) {
                continue;
            }
            List<String> columns = schema.columns(dimension).orElseThrow();
            Map<Integer, List<String>> byColumn = new TreeMap<>();
            collect(dimension, members, members.subtrees(), columns, byColumn, false);
            collect(dimension, members, members.members(), columns, byColumn, true);
            if (byColumn.isEmpty()) {
                return new SqlPredicate(FALSE, List.of());
            }
            List<String> tests = new ArrayList<>();
            byColumn.forEach((column, names) -> {
                tests.add(columns.get(column) + " IN (" + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                parameters.addAll(names);
            });
            conditions.add(tests.size() == 1 ? tests.get(0) : '(' + String.join(" OR ", tests) + ')'); //$NON-NLS-1$
        }
        return new SqlPredicate(conditions.isEmpty() ? TRUE : String.join(" AND ", conditions), parameters); //$NON-NLS-1$
    }

    private static void collect(String dimension, MemberFilter filter, Set<String> names, List<String> columns, Map<Integer, List<String>> byColumn,
            boolean grainOnly) throws DataRightsException {
        int grain = columns.size() - 1;
        for (String name : new TreeSet<>(names)) {
            OptionalInt level = filter.hierarchy().levelOf(name);
            if (level.isEmpty()) {
                continue; // typed before a reload: matches nothing yet
            }
            if (level.getAsInt() > grain) {
                throw new DataRightsException(NLS.bind(Messages.sqlPredicateLevelWithoutColumn,
                        new Object[] { name, dimension, level.getAsInt() + 1, columns.size() }));
            }
            if (grainOnly && level.getAsInt() < grain) {
                continue; // a member selected alone above the grain allows no fact row by itself
            }
            byColumn.computeIfAbsent(level.getAsInt(), key -> new ArrayList<>()).add(name);
        }
    }

    /** Sets the parameters on a statement, the first at the given index; returns the next index. */
    public int bind(PreparedStatement statement, int firstIndex) throws SQLException {
        int index = firstIndex;
        for (String parameter : parameters) {
            statement.setString(index++, parameter);
        }
        return index;
    }
}
