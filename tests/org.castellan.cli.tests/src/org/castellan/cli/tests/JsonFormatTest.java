package org.castellan.cli.tests;

import static org.castellan.cli.tests.JsonOutput.array;
import static org.castellan.cli.tests.JsonOutput.fields;
import static org.castellan.cli.tests.JsonOutput.find;
import static org.castellan.cli.tests.JsonOutput.isNull;
import static org.castellan.cli.tests.JsonOutput.isNumber;
import static org.castellan.cli.tests.JsonOutput.isTime;
import static org.castellan.cli.tests.JsonOutput.isTrue;
import static org.castellan.cli.tests.JsonOutput.object;
import static org.castellan.cli.tests.JsonOutput.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.castellan.cli.internal.ExitCode;
import org.castellan.cli.tests.CliInstallation.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code --format json} of every command that prints records, parsed with Gson: the documented
 * field names, JSON's own booleans and numbers, UTC times, null for what is absent.
 * ({@code datarights effective|filter} are checked in {@link DataRightsCommandTest}.)
 */
class JsonFormatTest {

    @TempDir
    Path dir;

    private CliInstallation installation;

    /** The clerk is a member of Counter, which gives Cashier; a company's name holds what JSON must escape. */
    @BeforeEach
    void installationWithAClerkInAGroup() throws Exception {
        installation = CliInstallation.withClerk(dir).setUp(List.of("group", "create", "Counter"), List.of("group", "add", "Counter", "clerk"),
                List.of("group", "assign", "Counter", "Cashier"), List.of("company", "add", "NORTH", "--name", "North \"shop\" \\ one"));
    }

    private Run admin(String... args) {
        return installation.asAdmin(args);
    }

    @Test
    void userListIsAnArrayOfTypedUsers() {
        JsonArray users = array(admin("user", "list", "--format", "json"));
        assertEquals(3, users.size(), "the administrator, the clerk and the guest account: " + users);
        isTrue(find(users, "login", "guest"), "enabled", false);
        JsonObject admin = find(users, "login", CliInstallation.ADMIN);
        fields(admin, "login", "displayName", "level", "enabled", "external", "roles", "groups", "lastLogin", "lastFailure");
        assertEquals("Administrator", admin.get("displayName").getAsString());
        isNumber(admin, "level", 9);
        isTrue(admin, "enabled", true);
        isTrue(admin, "external", false);
        isTime(admin, "lastLogin");
        isNull(admin, "lastFailure");
        JsonObject clerk = find(users, "login", "clerk");
        isNull(clerk, "displayName");
        assertEquals(List.of("Counter"), strings(clerk.get("groups")));
        assertEquals(List.of(), strings(clerk.get("roles")));
    }

    @Test
    void userShowIsOneObjectAndRolesAndGroupsAreArrays() {
        JsonObject clerk = object(admin("user", "show", "clerk", "--format", "json"));
        fields(clerk, "login", "displayName", "email", "level", "enabled", "guest", "external", "domain", "sessionPolicy", "lockedUntil",
                "passwordExpires", "lastLogin", "lastFailure", "groups", "roles", "rolesThroughGroups", "rights",
                "worksIn", "administers", "securityAdministrator");
        assertEquals(0, clerk.getAsJsonArray("worksIn").size(), "no company of his own: every company");
        isNumber(clerk, "level", 0);
        isNull(clerk, "email");
        isNull(clerk, "lockedUntil");
        isTrue(clerk, "guest", false);
        JsonObject through = clerk.getAsJsonArray("rolesThroughGroups").get(0).getAsJsonObject();
        assertEquals("Cashier", through.get("role").getAsString());
        assertEquals("Counter", through.get("group").getAsString());
        assertTrue(strings(clerk.get("rights")).contains(CliInstallation.CASH), clerk.toString());

        JsonObject held = array(admin("user", "roles", "clerk", "--format", "json")).get(0).getAsJsonObject();
        fields(held, "role", "group");
        assertEquals("Counter", held.get("group").getAsString());
        JsonObject direct = array(admin("user", "roles", CliInstallation.ADMIN, "--format", "json")).get(0).getAsJsonObject();
        isNull(direct, "group");
        JsonObject group = array(admin("user", "groups", "clerk", "--format", "json")).get(0).getAsJsonObject();
        fields(group, "group", "roles");
        assertEquals(List.of("Cashier"), strings(group.get("roles")));
    }

    @Test
    void rolesGroupsCompaniesAndSettings() {
        JsonObject cashier = find(array(admin("role", "list", "--format", "json")), "name", "Cashier");
        fields(cashier, "name", "description", "rights", "holders", "predefined");
        isNumber(cashier, "rights", 1);
        isNumber(cashier, "holders", 1);
        isTrue(cashier, "predefined", true);
        JsonObject shown = object(admin("role", "show", "Cashier", "--format", "json"));
        fields(shown, "name", "description", "predefined", "rights", "users", "groups");
        assertEquals(List.of(CliInstallation.CASH), strings(shown.get("rights")));
        assertEquals(List.of("Counter"), strings(shown.get("groups")));

        JsonObject counter = find(array(admin("group", "list", "--format", "json")), "name", "Counter");
        fields(counter, "name", "roles", "members", "description");
        assertEquals(List.of("clerk"), strings(counter.get("members")));
        isNull(counter, "description");

        JsonObject north = find(array(admin("company", "list", "--format", "json")), "code", "NORTH");
        assertEquals("North \"shop\" \\ one", north.get("name").getAsString(), "quotes and backslashes come back as typed");
        isTrue(north, "archived", false);

        JsonObject logins = find(array(admin("settings", "list", "--format", "json")), "key", "audit.logins");
        fields(logins, "key", "value", "default", "set", "category", "label");
        assertEquals("all", logins.get("value").getAsString());
        isTrue(logins, "set", false);
        CliInstallation.done(admin("settings", "set", "audit.retention.days=365"), "");
        JsonObject retention = object(admin("settings", "get", "audit.retention.days", "--format", "json"));
        assertEquals("365", retention.get("value").getAsString());
        isTrue(retention, "set", true);
        assertEquals("365\n", admin("settings", "get", "audit.retention.days").out(), "text stays the value alone");
    }

    @Test
    void backupListOfAMediumIsAnArray() throws Exception {
        Path medium = Files.createDirectories(dir.resolve("medium"));
        assertEquals(0, array(admin("backup", "list", "--medium", medium.toString(), "--format", "json")).size());
    }

    @Test
    void unknownFormatsAreRefusedWithWhatEachCommandAccepts() {
        Run xml = admin("user", "list", "--format", "xml");
        assertEquals(ExitCode.USAGE, xml.exitCode(), xml.toString());
        assertTrue(xml.err().contains("--format takes text, tsv, json, not \u201cxml\u201d."), xml.toString());
        assertEquals("", xml.out());
        Run tsv = admin("settings", "get", "audit.logins", "--format", "tsv");
        assertEquals(ExitCode.USAGE, tsv.exitCode(), tsv.toString());
        assertTrue(tsv.err().contains("--format takes text, json, not \u201ctsv\u201d."), tsv.toString());
    }

    @Test
    void aClerkGetsNoDocumentOnlyTheRefusal() {
        Run refused = installation.asClerk("user", "list", "--format", "json");
        assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());
        assertEquals("", refused.out());
    }
}
