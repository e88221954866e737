package org.castellan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.stream.JsonWriter;

/**
 * {@code --format json}: one JSON document on standard output, an array of objects for a listing
 * and an object for one record, written by Gson's {@link JsonWriter} (which escapes). Field names
 * are the tsv keys in lowerCamelCase ({@code display_name} becomes {@code displayName}); times are
 * ISO-8601 UTC to the second, booleans and numbers are JSON's own, absent values are null.
 */
final class JsonOutput {

    private JsonOutput() {
    }

    /** The JSON name of a tsv key. */
    static String name(String key) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** A nested object whose fields keep the order given: key, value, key, value... */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** Prints a listing: an array with one object a row, the values in the order of the keys. */
    static void printArray(PrintStream out, List<String> keys, List<List<Object>> rows) {
        print(out, writer -> {
            writer.beginArray();
            for (List<Object> row : rows) {
                writeObject(writer, keys, row);
            }
            writer.endArray();
        });
    }

    /** Prints one record as an object, the values in the order of the keys. */
    static void printObject(PrintStream out, List<String> keys, List<Object> values) {
        print(out, writer -> writeObject(writer, keys, values));
    }

    @FunctionalInterface
    private interface Document {
        void write(JsonWriter writer) throws IOException;
    }

    private static void print(PrintStream out, Document document) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = new JsonWriter(text)) {
            writer.setIndent("  "); //$NON-NLS-1$
            writer.setSerializeNulls(true);
            document.write(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        out.println(text);
    }

    private static void writeObject(JsonWriter writer, List<String> keys, List<Object> values) throws IOException {
        writer.beginObject();
        for (int i = 0; i < keys.size(); i++) {
            writer.name(name(keys.get(i)));
            write(writer, values.get(i));
        }
        writer.endObject();
    }

    private static void write(JsonWriter writer, Object value) throws IOException {
        if (value instanceof Optional<?> optional) {
            write(writer, optional.orElse(null));
        } else if (value == null) {
            writer.nullValue();
        } else if (value instanceof Boolean flag) {
            writer.value(flag.booleanValue());
        } else if (value instanceof Number number) {
            writer.value(number);
        } else if (value instanceof Instant instant) {
            writer.value(instant.truncatedTo(ChronoUnit.SECONDS).toString());
        } else if (value instanceof Map<?, ?> map) {
            writer.beginObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                writer.name(entry.getKey().toString());
                write(writer, entry.getValue());
            }
            writer.endObject();
        } else if (value instanceof Collection<?> list) {
            writer.beginArray();
            for (Object item : list) {
                write(writer, item);
            }
            writer.endArray();
        } else {
            writer.value(value.toString());
        }
    }
}
