package org.castellan.server.client;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.castellan.security.AuthenticatedUser;

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
 * {@link Optional} as its value or null, {@link Instant} as ISO-8601 text), and each served
 * interface's methods by name and parameter count. Reflection never reaches the JDK's own classes:
 * a type without an adapter here is refused, not taken apart.
 *
 * @since 0.1
 */
public final class ServiceCodec {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping()
            .addReflectionAccessFilter(ReflectionAccessFilter.BLOCK_ALL_PLATFORM).registerTypeAdapter(Instant.class, new InstantAdapter())
            .registerTypeAdapterFactory(new OptionalAdapters()).create();

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
     * The methods of an interface a client may call, by {@link #key}: its abstract methods (a
     * default or static method runs where it is called).
     *
     * @throws IllegalArgumentException when two share a name and a parameter count, which a call could not tell apart
     */
    public static Map<String, Method> methods(Class<?> service) {
        Map<String, Method> methods = new TreeMap<>();
        for (Method method : service.getMethods()) {
            if (Modifier.isAbstract(method.getModifiers())) {
                Method other = methods.put(key(method.getName(), method.getParameterCount()), method);
                if (other != null) {
                    throw new IllegalArgumentException(service.getName() + '.' + method.getName() + " is overloaded with the same arity"); //$NON-NLS-1$
                }
            }
        }
        return methods;
    }

    public static String key(String name, int arity) {
        return name + '/' + arity;
    }

    /** Whether a parameter is the acting user: never taken from a client, the server puts the user of the session there. */
    public static boolean isActor(Class<?> parameter) {
        return parameter == AuthenticatedUser.class;
    }

    private static final class InstantAdapter extends TypeAdapter<Instant> {

        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            try {
                return Instant.parse(in.nextString());
            } catch (java.time.format.DateTimeParseException e) {
                throw new com.google.gson.JsonSyntaxException(e.getMessage(), e);
            }
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
