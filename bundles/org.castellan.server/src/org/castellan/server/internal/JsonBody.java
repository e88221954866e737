package org.castellan.server.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * A request body: one JSON object, parsed strictly by Gson, whose fields must all be among those
 * the endpoint accepts. Each getter refuses a field of the wrong type with a message naming it.
 */
final class JsonBody {

    private final JsonObject object;

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    /** An empty body stands for an empty object (a heartbeat needs nothing). */
    static JsonBody parse(String text, Set<String> accepted) throws ApiError {
        if (text.isBlank()) {
            return new JsonBody(new JsonObject());
        }
        JsonElement element;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw ApiError.badRequest(NLS.bind(Messages.jsonMalformed, "trailing data")); //$NON-NLS-1$
            }
        } catch (JsonParseException | IOException | IllegalStateException | StackOverflowError e) {
            throw ApiError.badRequest(NLS.bind(Messages.jsonMalformed, firstLine(e.getMessage())));
        }
        if (!element.isJsonObject()) {
            throw ApiError.badRequest(Messages.jsonNotObject);
        }
        JsonObject object = element.getAsJsonObject();
        for (String field : object.keySet()) {
            if (!accepted.contains(field)) {
                throw new ApiError(400, "unknown_field", NLS.bind(Messages.jsonUnknownField, field, //$NON-NLS-1$
                        accepted.isEmpty() ? "-" : String.join(", ", new TreeSet<>(accepted)))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new JsonBody(object);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "?"; //$NON-NLS-1$
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** The fields the body has. */
    Set<String> fields() {
        return object.keySet();
    }

    String string(String field) throws ApiError {
        String value = optionalString(field).orElseThrow(() -> missing(field));
        if (value.isBlank()) {
            throw ApiError.badRequest(NLS.bind(Messages.jsonEmptyField, field));
        }
        return value;
    }

    Optional<String> optionalString(String field) throws ApiError {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
            throw wrongType(field, Messages.jsonString);
        }
        return Optional.of(primitive.getAsString());
    }

    boolean flag(String field) throws ApiError {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return false;
        }
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isBoolean()) {
            throw wrongType(field, Messages.jsonBoolean);
        }
        return primitive.getAsBoolean();
    }

    int count(String field) throws ApiError {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            throw missing(field);
        }
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
            throw wrongType(field, Messages.jsonCount);
        }
        try {
            int count = primitive.getAsBigDecimal().intValueExact();
            if (count < 0) {
                throw wrongType(field, Messages.jsonCount);
            }
            return count;
        } catch (ArithmeticException | NumberFormatException e) {
            throw wrongType(field, Messages.jsonCount);
        }
    }

    List<String> strings(String field) throws ApiError {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            throw missing(field);
        }
        if (!value.isJsonArray()) {
            throw wrongType(field, Messages.jsonStrings);
        }
        return strings(field, value.getAsJsonArray());
    }

    private static List<String> strings(String field, JsonArray array) throws ApiError {
        List<String> strings = new ArrayList<>(array.size());
        for (JsonElement element : array) {
            if (!(element instanceof JsonPrimitive primitive) || !primitive.isString()) {
                throw wrongType(field, Messages.jsonStrings);
            }
            strings.add(primitive.getAsString());
        }
        return strings;
    }

    /** An array of any JSON values (a service call's arguments); empty when absent. */
    JsonArray array(String field) throws ApiError {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return new JsonArray();
        }
        if (!value.isJsonArray()) {
            throw wrongType(field, Messages.jsonArray);
        }
        return value.getAsJsonArray();
    }

    /** An object whose every value is a list of strings (a star schema's columns by dimension). */
    Optional<Map<String, List<String>>> stringLists(String field) throws ApiError {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonObject()) {
            throw wrongType(field, Messages.jsonStringLists);
        }
        Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            if (!entry.getValue().isJsonArray()) {
                throw wrongType(field, Messages.jsonStringLists);
            }
            lists.put(entry.getKey(), strings(field, entry.getValue().getAsJsonArray()));
        }
        return Optional.of(lists);
    }

    /** An object whose every value is a string (the files a verb reads, by name); empty when absent. */
    Map<String, String> stringMap(String field) throws ApiError {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return Map.of();
        }
        if (!value.isJsonObject()) {
            throw wrongType(field, Messages.jsonStringMap);
        }
        Map<String, String> strings = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            if (!(entry.getValue() instanceof JsonPrimitive primitive) || !primitive.isString()) {
                throw wrongType(field, Messages.jsonStringMap);
            }
            strings.put(entry.getKey(), primitive.getAsString());
        }
        return strings;
    }

    private static ApiError missing(String field) {
        return ApiError.badRequest(NLS.bind(Messages.jsonMissingField, field));
    }

    private static ApiError wrongType(String field, String type) {
        return ApiError.badRequest(NLS.bind(Messages.jsonWrongType, field, type));
    }
}
