package org.castellan.datarights;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a user may see of one data model, for a host: the measures allowed and, for each dimension
 * allowed, its member filter. A measure or dimension missing here is refused: the host must not
 * show it nor let the user query by it. A user whom no data right gives the model sees nothing of
 * it ({@link #granted()} false).
 *
 * @param modelId    the data model
 * @param granted    whether at least one of the user's data rights covers the model
 * @param measures   unique names of the measures allowed
 * @param dimensions member filter of each dimension allowed, by dimension unique name
 *
 * @since 0.1
 */
public record ModelFilter(String modelId, boolean granted, Set<String> measures, Map<String, MemberFilter> dimensions) {

    public ModelFilter {
        Objects.requireNonNull(modelId);
        measures = Set.copyOf(measures);
        dimensions = Map.copyOf(dimensions);
    }

    /** The filter of an allowed dimension; empty when the dimension is refused. */
    public Optional<MemberFilter> dimension(String uniqueName) {
        return Optional.ofNullable(dimensions.get(uniqueName));
    }
}
