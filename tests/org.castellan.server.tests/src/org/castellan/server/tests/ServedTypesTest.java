package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.castellan.audit.Report;
import org.castellan.directory.DirectoryService;
import org.castellan.security.SettingsAdministration;
import org.castellan.server.client.RemoteServices;
import org.castellan.server.client.ServiceCodec;
import org.castellan.store.SettingDescriptor;
import org.junit.jupiter.api.Test;

/**
 * Every method the server serves takes and answers data only: records of text, numbers, enums,
 * lists, sets, maps and optionals of them, and the few JDK types the codec writes as text. A type
 * that is code (a lambda, a stream, a callback), a JDK class taken apart by reflection or an EMF
 * object would not cross the network; such a method must be withheld, not served.
 */
class ServedTypesTest {

    /** Types the codec writes itself, whatever they hold. */
    private static final Set<Type> WRITTEN = Set.of(String.class, Instant.class, Duration.class, LocalDate.class, ZoneId.class, Path.class,
            SettingDescriptor.class, Report.Row.class, Boolean.class, Integer.class, Long.class, char[].class, byte[].class);

    private static final Set<Class<?>> CONTAINERS = Set.of(List.class, Set.class, Collection.class, Map.class, Optional.class);

    @Test
    void everyServedMethodTakesAndAnswersData() {
        List<String> problems = new ArrayList<>();
        int methods = 0;
        for (Class<?> service : RemoteServices.SERVED) {
            for (Method method : RemoteServices.methods(service).values()) {
                methods++;
                Type[] parameters = method.getGenericParameterTypes();
                for (int i = 0; i < parameters.length; i++) {
                    Class<?> raw = method.getParameterTypes()[i];
                    if (!ServiceCodec.isActor(raw) && !RemoteServices.isMonitor(raw)) {
                        check(parameters[i], service.getSimpleName() + '.' + method.getName(), new HashSet<>(), problems);
                    }
                }
                check(method.getGenericReturnType(), service.getSimpleName() + '.' + method.getName() + " answer", new HashSet<>(), problems);
            }
        }
        assertEquals(List.of(), problems, "types that cannot cross the network");
        assertTrue(methods > 100, "every served interface's methods looked at: " + methods);
    }

    @Test
    void methodsWithinACallersTransactionAreNotServedAndHideNothing() throws Exception {
        // both share a name and a parameter count with a served method that takes the acting user
        assertTrue(ServiceCodec.inTransaction(SettingsAdministration.class.getMethod("change", org.castellan.security.SecurityRules.Change.class,
                Map.class)));
        assertEquals(SettingsAdministration.class.getMethod("change", org.castellan.security.AuthenticatedUser.class, Map.class),
                RemoteServices.methods(SettingsAdministration.class).get(ServiceCodec.key("change", 2)));
        assertEquals(DirectoryService.class.getMethod("mappings", org.castellan.security.AuthenticatedUser.class),
                RemoteServices.methods(DirectoryService.class).get(ServiceCodec.key("mappings", 1)));
        assertThrows(IllegalArgumentException.class, () -> RemoteServices.methods(Runnable.class));
    }

    private static void check(Type type, String where, Set<Type> seen, List<String> problems) {
        if (WRITTEN.contains(type) || !seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized && CONTAINERS.contains(parameterized.getRawType())) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, where, seen, problems);
            }
        } else if (type instanceof Class<?> plain && (plain.isPrimitive() || plain.isEnum())) {
            return;
        } else if (type instanceof Class<?> plain && plain.isArray()) {
            check(plain.getComponentType(), where, seen, problems);
        } else if (type instanceof Class<?> plain && plain.isRecord()) {
            for (RecordComponent component : plain.getRecordComponents()) {
                check(component.getGenericType(), where + " > " + plain.getSimpleName() + '.' + component.getName(), seen, problems);
            }
        } else {
            problems.add(where + ": " + type.getTypeName());
        }
    }
}
