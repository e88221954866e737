package org.castellan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reads {@code --format json} output with the library that writes it: one document on stdout, nothing else. */
final class JsonOutput {

    private static final Pattern UTC_SECOND = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

    private JsonOutput() {
    }

    /** The document a successful run printed (Gson refuses anything after it). */
    static JsonElement of(Run run) {
        assertEquals(ExitCode.DONE, run.exitCode(), run.toString());
        return JsonParser.parseString(run.out());
    }

    static JsonArray array(Run run) {
        JsonElement document = of(run);
        assertTrue(document.isJsonArray(), run.toString());
        return document.getAsJsonArray();
    }

    static JsonObject object(Run run) {
        JsonElement document = of(run);
        assertTrue(document.isJsonObject(), run.toString());
        return document.getAsJsonObject();
    }

    /** The object of an array whose {@code field} is {@code value}. */
    static JsonObject find(JsonArray array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonElement::getAsJsonObject)
                .filter(o -> o.get(field).isJsonPrimitive() && o.get(field).getAsString().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
    }

    /** Checks the field names of an object, in any order. */
    static void fields(JsonObject object, String... names) {
        assertEquals(new TreeSet<>(List.of(names)), new TreeSet<>(object.keySet()), object.toString());
    }

    static List<String> strings(JsonElement array) {
        return StreamSupport.stream(array.getAsJsonArray().spliterator(), false).map(JsonElement::getAsString).toList();
    }

    static void isNull(JsonObject object, String field) {
        assertTrue(object.get(field).isJsonNull(), field + " is null: " + object);
    }

    static void isTrue(JsonObject object, String field, boolean value) {
        assertTrue(object.get(field).isJsonPrimitive() && object.get(field).getAsJsonPrimitive().isBoolean(), field + " is a boolean: " + object);
        assertEquals(value, object.get(field).getAsBoolean(), field + ": " + object);
    }

    static void isNumber(JsonObject object, String field, long value) {
        assertTrue(object.get(field).isJsonPrimitive() && object.get(field).getAsJsonPrimitive().isNumber(), field + " is a number: " + object);
        assertEquals(value, object.get(field).getAsLong(), field + ": " + object);
    }

    /** A time as ISO-8601 UTC to the second. */
    static void isTime(JsonObject object, String field) {
        assertTrue(UTC_SECOND.matcher(object.get(field).getAsString()).matches(), field + " is a UTC time: " + object);
    }

    static Set<String> keys(JsonObject object) {
        return object.keySet();
    }
}
