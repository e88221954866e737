package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.castellan.server.CastellanServer;
import org.castellan.server.client.RemoteServices;
import org.castellan.server.internal.Route;
import org.castellan.server.tests.Api.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** The OpenAPI description the server serves describes every route it serves, and nothing it does not. */
class OpenApiTest {

    @TempDir
    Path dir;

    @Test
    void everyRouteIsDescribedAndEveryDescribedOperationIsServed() throws Exception {
        try (ServerInstallation installation = new ServerInstallation(dir)) {
            Answer answer = installation.api.get(CastellanServer.OPENAPI_PATH, null);
            assertEquals(200, answer.status(), answer.toString());
            JsonObject spec = answer.json();
            assertTrue(spec.get("openapi").getAsString().startsWith("3."), "OpenAPI 3");
            JsonObject paths = spec.getAsJsonObject("paths");
            List<String> missing = new ArrayList<>();
            for (Route route : Route.values()) {
                JsonObject path = paths.getAsJsonObject(route.path());
                if (path == null || !path.has(route.method().toLowerCase(Locale.ROOT))) {
                    missing.add(route.method() + " " + route.path());
                }
            }
            assertEquals(List.of(), missing, "routes the description lacks");
            List<String> extra = new ArrayList<>();
            for (String path : paths.keySet()) {
                for (String method : paths.getAsJsonObject(path).keySet()) {
                    boolean served = java.util.Arrays.stream(Route.values())
                            .anyMatch(r -> r.path().equals(path) && r.method().equalsIgnoreCase(method));
                    if (!served) {
                        extra.add(method + " " + path);
                    }
                }
            }
            assertEquals(List.of(), extra, "operations described but not served");
            // Each operation answers as described: a described path with its method is never 404 or 405.
            for (Route route : Route.values()) {
                // a template's variables filled with their names: /api/v1/services/service/method
                Answer served = installation.api.send(route.method(), route.path().replaceAll("[{}]", ""), null, null, null);
                assertTrue(served.status() != 404 && served.status() != 405, route + ": " + served);
            }
        }
    }

    @Test
    void theServiceCallNamesEveryServedInterfaceAndEachIsServed() throws Exception {
        try (ServerInstallation installation = new ServerInstallation(dir)) {
            JsonObject spec = installation.api.get(CastellanServer.OPENAPI_PATH, null).json();
            String description = spec.getAsJsonObject("paths").getAsJsonObject(Route.SERVICE.path()).getAsJsonObject("post").get("description")
                    .getAsString();
            String token = installation.api.login("admin", ServerInstallation.PASSWORD);
            List<String> undescribed = new ArrayList<>();
            for (Class<?> served : RemoteServices.SERVED) {
                if (!description.contains('`' + served.getSimpleName() + '`')) {
                    undescribed.add(served.getSimpleName());
                }
                Answer answer = installation.api.post(RemoteServices.PATH + served.getSimpleName() + "/noSuchMethod", "{\"arguments\":[]}", token);
                assertEquals("method_unknown", answer.error(), served + ": " + answer);
            }
            assertEquals(List.of(), undescribed, "served interfaces the description does not name");
        }
    }
}
