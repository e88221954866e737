package org.castellan.server.client;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.castellan.audit.Report;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.SecurityRules;
import org.castellan.store.SettingDescriptor;
import org.castellan.store.Transaction;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.ReflectionAccessFilter;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * The wire format of a service call, shared by the server and its clients so that both read what
 * the other writes: arguments and results as JSON through Gson (records by their components,
 * {@link Optional} as its value or null, {@link Instant}, {@link Duration}, {@link LocalDate} and
 * {@link ZoneId} as ISO-8601 text, a {@link Path} of the server as its text), and each served interface's methods by name and parameter
 * count. Reflection never reaches the JDK's own classes: a type without an adapter here is refused,
 * not taken apart. A {@link SettingDescriptor} travels as data without its check (code, which cannot
 * cross): the server checks the values it is given, and a client's copy asks the server.
 *
 * @since 0.1
 */
public final class ServiceCodec {

    /**
     * Parameters that tie a method to its caller's transaction (configuration as code applying a
     * file in one): such a method runs where the transaction is, never over the network.
     */
    private static final List<Class<?>> IN_TRANSACTION = List.of(Transaction.class, SecurityRules.Change.class);

    /** The check a descriptor read from JSON has where nobody said how to ask the server: it accepts nothing. */
    private static final BiFunction<String, String, Optional<String>> UNCHECKED = (key, value) -> Optional.of(key);

    private static final Gson GSON = gson(UNCHECKED);

    private static Gson gson(BiFunction<String, String, Optional<String>> problems) {
        return new GsonBuilder().serializeNulls().disableHtmlEscaping().addReflectionAccessFilter(ReflectionAccessFilter.BLOCK_ALL_PLATFORM)
                .registerTypeAdapter(Instant.class, new TextAdapter<>(Instant::toString, Instant::parse))
                .registerTypeAdapter(Duration.class, new TextAdapter<>(Duration::toString, Duration::parse))
                .registerTypeAdapter(LocalDate.class, new TextAdapter<>(LocalDate::toString, LocalDate::parse))
                .registerTypeHierarchyAdapter(ZoneId.class, new TextAdapter<>(ZoneId::getId, ZoneId::of))
                // a path is one of the server's (a backup medium), as its text: the client never opens it
                .registerTypeHierarchyAdapter(Path.class, new TextAdapter<>(Path::toString, Path::of))
                .registerTypeAdapter(Report.Row.class, new RowAdapter()).registerTypeAdapterFactory(new OptionalAdapters()).registerTypeAdapterFactory(new DescriptorAdapters(problems)).create();
    }

    private ServiceCodec() {
    }

    /** The JSON of a value of that type; null (what a void method returns) is JSON null. */
    public static JsonElement encode(Object value, Type type) {
        return value == null ? JsonNull.INSTANCE : GSON.toJsonTree(value, type);
    }

    /** JSON text that keeps its nulls: a record's empty Optional is there as null, not missing. */
    public static String text(JsonElement json) {
        return GSON.toJson(json);
    }

    /** @throws com.google.gson.JsonParseException when the JSON does not fit the type */
    public static Object decode(JsonElement json, Type type) {
        return GSON.fromJson(json, TypeToken.get(type));
    }

    /**
     * A client's reader of answers: as {@link #decode}, with each {@link SettingDescriptor}'s check
     * asking {@code problems} (the server's {@code SettingsAdministration.checkProblem(key, value)}), so
     * that an editor shows the problem the server would refuse the value with.
     */
    public static Function<JsonElement, Function<Type, Object>> reader(BiFunction<String, String, Optional<String>> problems) {
        Gson gson = gson(problems);
        return json -> type -> gson.fromJson(json, TypeToken.get(type));
    }

    /**
     * The methods of an interface a client may call, by {@link #key}: its abstract methods (a
     * default or static method runs where it is called) but those that work within their caller's
     * transaction ({@link #inTransaction}).
     *
     * @throws IllegalArgumentException when two share a name and a parameter count, which a call could not tell apart
     */
    public static Map<String, Method> methods(Class<?> service) {
        Map<String, Method> methods = new TreeMap<>();
        for (Method method : service.getMethods()) {
            if (Modifier.isAbstract(method.getModifiers()) && !inTransaction(method)) {
                Method other = methods.put(key(method.getName(), method.getParameterCount()), method);
                if (other != null) {
                    throw new IllegalArgumentException(service.getName() + '.' + method.getName() + " is overloaded with the same arity"); //$NON-NLS-1$
                }
            }
        }
        return methods;
    }

    /**
     * Whether a method works within a transaction its caller began ({@link Transaction},
     * {@link SecurityRules.Change}): there is no such transaction across the network, so it is
     * never served, and it does not hide a served method of the same name and parameter count.
     */
    public static boolean inTransaction(Method method) {
        return Arrays.stream(method.getParameterTypes()).anyMatch(IN_TRANSACTION::contains);
    }

    public static String key(String name, int arity) {
        return name + '/' + arity;
    }

    /** Whether a parameter is the acting user: never taken from a client, the server puts the user of the session there. */
    public static boolean isActor(Class<?> parameter) {
        return parameter == AuthenticatedUser.class;
    }

    /** A value written as its ISO-8601 text (or zone id); text that does not parse is the client's error. */
    private static final class TextAdapter<T> extends TypeAdapter<T> {

        private final Function<T, String> writer;
        private final Function<String, T> parser;

        TextAdapter(Function<T, String> writer, Function<String, T> parser) {
            this.writer = writer;
            this.parser = parser;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(writer.apply(value));
            }
        }

        @Override
        public T read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            try {
                return parser.apply(in.nextString());
            } catch (java.time.DateTimeException | java.nio.file.InvalidPathException e) {
                throw new com.google.gson.JsonSyntaxException(e.getMessage(), e);
            }
        }
    }

    /**
     * A report's row, whose cells are of several types: text and whole numbers as themselves, an
     * instant as {@code {"instant": text}}, so that the client shows and sorts them as the server would.
     */
    private static final class RowAdapter extends TypeAdapter<Report.Row> {

        private static final String INSTANT = "instant"; //$NON-NLS-1$
        private static final String CELLS = "cells"; //$NON-NLS-1$
        private static final String FLAGGED = "flagged"; //$NON-NLS-1$

        @Override
        public void write(JsonWriter out, Report.Row row) throws IOException {
            if (row == null) {
                out.nullValue();
                return;
            }
            out.beginObject().name(CELLS).beginArray();
            for (Object cell : row.cells()) {
                if (cell instanceof Instant instant) {
                    out.beginObject().name(INSTANT).value(instant.toString()).endObject();
                } else if (cell instanceof Long || cell instanceof Integer) {
                    out.value(((Number) cell).longValue());
                } else {
                    out.value(String.valueOf(cell));
                }
            }
            out.endArray().name(FLAGGED).value(row.flagged()).endObject();
        }

        @Override
        public Report.Row read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            List<Object> cells = new java.util.ArrayList<>();
            boolean flagged = false;
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if (name.equals(FLAGGED)) {
                    flagged = in.nextBoolean();
                } else if (name.equals(CELLS)) {
                    in.beginArray();
                    while (in.hasNext()) {
                        cells.add(cell(in));
                    }
                    in.endArray();
                } else {
                    throw new com.google.gson.JsonSyntaxException(name);
                }
            }
            in.endObject();
            return new Report.Row(cells, flagged);
        }

        private static Object cell(JsonReader in) throws IOException {
            return switch (in.peek()) {
            case NUMBER -> in.nextLong();
            case BEGIN_OBJECT -> {
                in.beginObject();
                if (!in.nextName().equals(INSTANT)) {
                    throw new com.google.gson.JsonSyntaxException(INSTANT);
                }
                Instant instant = Instant.parse(in.nextString());
                in.endObject();
                yield instant;
            }
            default -> in.nextString();
            };
        }
    }

    /**
     * A {@link SettingDescriptor} as the data of {@link DescriptorData}: its check is code, which
     * stays where it was written; the copy read here asks {@code problems} instead.
     */
    private record DescriptorAdapters(BiFunction<String, String, Optional<String>> problems) implements TypeAdapterFactory {

        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != SettingDescriptor.class) {
                return null;
            }
            TypeAdapter<DescriptorData> data = gson.getAdapter(DescriptorData.class);
            return (TypeAdapter<T>) new TypeAdapter<SettingDescriptor>() {

                @Override
                public void write(JsonWriter out, SettingDescriptor value) throws IOException {
                    data.write(out, value == null ? null : DescriptorData.of(value));
                }

                @Override
                public SettingDescriptor read(JsonReader in) throws IOException {
                    DescriptorData read = data.read(in);
                    return read == null ? null : read.descriptor(problems);
                }
            };
        }
    }

    /** What of a {@link SettingDescriptor} crosses the network: all but its check. */
    private record DescriptorData(String key, String category, String label, String description, SettingDescriptor.Kind kind, String defaultValue,
            List<String> choices, List<SettingDescriptor.Preset> presets, boolean readOnly) {

        static DescriptorData of(SettingDescriptor d) {
            return new DescriptorData(d.key(), d.category(), d.label(), d.description(), d.kind(), d.defaultValue(), d.choices(), d.presets(),
                    d.readOnly());
        }

        SettingDescriptor descriptor(BiFunction<String, String, Optional<String>> problems) {
            SettingDescriptor.Check check = value -> problems.apply(key, value);
            return new SettingDescriptor(key, category, label, description, kind, defaultValue, choices, presets, check, readOnly);
        }
    }

    /** {@code Optional<T>}: its value, or null for empty (never a null Optional). */
    private static final class OptionalAdapters implements TypeAdapterFactory {

        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != Optional.class) {
                return null;
            }
            Type inner = type.getType() instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0] : Object.class;
            TypeAdapter<Object> value = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(inner));
            return (TypeAdapter<T>) new TypeAdapter<Optional<Object>>() {

                @Override
                public void write(JsonWriter out, Optional<Object> optional) throws IOException {
                    if (optional == null || optional.isEmpty()) {
                        out.nullValue();
                    } else {
                        value.write(out, optional.get());
                    }
                }

                @Override
                public Optional<Object> read(JsonReader in) throws IOException {
                    if (in.peek() == JsonToken.NULL) {
                        in.nextNull();
                        return Optional.empty();
                    }
                    return Optional.ofNullable(value.read(in));
                }
            };
        }
    }
}
