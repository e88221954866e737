package org.castellan.datarights;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a host's star schema keeps each dimension's members: for each dimension (by unique name),
 * one column a hierarchy level, top level first, holding the members' unique names, on the row
 * the fact joins to (for a date dimension: year, month, day). The last column is the grain of the
 * facts. Column names are SQL identifiers, optionally qualified ({@code d_date.year_name}); they
 * are checked here because they are the only text the predicate does not pass as parameters.
 *
 * @since 0.1
 */
public final class StarSchema {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?"); //$NON-NLS-1$

    private final Map<String, List<String>> levelColumns;

    private StarSchema(Map<String, List<String>> levelColumns) {
        this.levelColumns = Map.copyOf(levelColumns);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The level columns of a dimension, top level first; empty for a dimension the schema does not map. */
    public Optional<List<String>> columns(String dimensionUniqueName) {
        return Optional.ofNullable(levelColumns.get(dimensionUniqueName));
    }

    /** The dimensions the schema maps. */
    public java.util.Set<String> dimensions() {
        return levelColumns.keySet();
    }

    public static final class Builder {
        private final Map<String, List<String>> levelColumns = new HashMap<>();

        private Builder() {
        }

        /**
         * Maps a dimension to its level columns, top level first.
         *
         * @throws IllegalArgumentException for no column or a column that is not an SQL identifier
         */
        public Builder dimension(String uniqueName, String... columns) {
            Objects.requireNonNull(uniqueName);
            if (columns.length == 0) {
                throw new IllegalArgumentException("Give at least one column for dimension " + uniqueName); //$NON-NLS-1$
            }
            for (String column : columns) {
                if (!IDENTIFIER.matcher(column).matches()) {
                    throw new IllegalArgumentException("Not an SQL column name: " + column //$NON-NLS-1$
                            + "; give letters, digits and underscores, optionally qualified by a table name"); //$NON-NLS-1$
                }
            }
            levelColumns.put(uniqueName, List.of(columns));
            return this;
        }

        public StarSchema build() {
            return new StarSchema(levelColumns);
        }
    }
}
