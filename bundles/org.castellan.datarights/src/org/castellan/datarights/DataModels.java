package org.castellan.datarights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.castellan.model.DataModel;
import org.castellan.model.ModelParameter;

/**
 * What a host needs to know about a data model when data rights are defined on it.
 *
 * @since 0.1
 */
public final class DataModels {

    private DataModels() {
    }

    /**
     * The parameter values a parameterised model is evaluated with when data rights are defined
     * on it (its parameters' default values, by name, in the model's order): the host lists the
     * model's members for these values. Empty for a model without parameters.
     */
    public static Map<String, String> evaluationValues(DataModel model) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ModelParameter parameter : model.getParameters()) {
            values.put(parameter.getName(), parameter.getDefaultValue());
        }
        return Collections.unmodifiableMap(values);
    }

    /** Whether the model is made of other models. */
    public static boolean isMultiSource(DataModel model) {
        return !model.getComponents().isEmpty();
    }
}
