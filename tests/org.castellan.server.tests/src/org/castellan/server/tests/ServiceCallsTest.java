package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.GroupAdministration;
import org.castellan.security.NewUser;
import org.castellan.security.PasswordPolicy;
import org.castellan.security.PasswordPolicyAdministration;
import org.castellan.security.RoleAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserView;
import org.castellan.server.client.Fingerprints;
import org.castellan.server.client.PinnedServer;
import org.castellan.server.client.RemoteServices;
import org.castellan.server.tests.Api.Answer;
import org.castellan.sessions.SessionSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client workstation's workbench calls the administration services on the server
 * ({@code POST /api/v1/services/{service}/{method}}): the server's own services decide, as the
 * user of the token, whatever actor the body names; what is not served, malformed or sent with a
 * dead token changes nothing.
 */
class ServiceCallsTest {

    private static final String CREATE_USER = "/api/v1/services/UserAdministration/createUser";
    private static final String PAUL = "{\"login\":\"paul\",\"displayName\":\"Paul Pharmacist\",\"email\":null,\"external\":false,\"domain\":false,"
            + "\"authorizationLevel\":3,\"password\":[\"P\",\"h\",\"a\",\"r\",\"m\",\"a\",\"-\",\"2\",\"0\",\"2\",\"6\",\"y\"],"
            + "\"sessionPolicy\":\"NORMAL\",\"roles\":[],\"groups\":[],\"scope\":null}";

    @TempDir
    Path dir;
    ServerInstallation installation;
    UserAdministration users;

    @BeforeEach
    void start() throws Exception {
        installation = new ServerInstallation(dir);
        users = installation.service(UserAdministration.class);
    }

    @AfterEach
    void stop() {
        installation.close();
    }

    private boolean exists(String login) throws AccountException {
        return users.users(installation.admin).stream().anyMatch(u -> u.login().equals(login));
    }

    @Test
    void anAdministratorsTokenCreatesAUserOnTheServersService() throws Exception {
        String token = installation.api.login("admin", ServerInstallation.PASSWORD);
        int journaled = installation.journaled(UserAdministration.TOPIC_USER_CREATED).size();

        Answer answer = installation.api.post(CREATE_USER, "{\"arguments\":[null," + PAUL + "]}", token);

        assertEquals(200, answer.status(), answer.toString());
        assertEquals("paul", answer.json().getAsJsonObject("result").get("login").getAsString());
        UserView paul = users.user(installation.admin, "paul");
        assertEquals("Paul Pharmacist", paul.displayName());
        assertEquals(3, paul.authorizationLevel());
        assertEquals(journaled + 1, installation.journaled(UserAdministration.TOPIC_USER_CREATED).size(), "journaled on the server");
    }

    @Test
    void theActorIsTheTokensUserWhateverTheBodySays() throws Exception {
        String clerkToken = installation.api.login("clerk", ServerInstallation.PASSWORD);
        String admin = "{\"id\":\"" + installation.admin.id() + "\",\"login\":\"admin\",\"displayName\":\"Anne Admin\",\"authorizationLevel\":9}";

        Answer answer = installation.api.post(CREATE_USER, "{\"arguments\":[" + admin + "," + PAUL + "]}", clerkToken);

        assertEquals(422, answer.status(), answer.toString());
        assertEquals("refused", answer.error());
        assertEquals(AccountException.class.getName(), answer.json().get("exception").getAsString());
        assertFalse(answer.message().isBlank());
        assertFalse(exists("paul"), "the clerk is no administrator, whatever actor he names");
    }

    @Test
    void aReaderThatTakesNoActorAnswersAdministratorsOnly() throws Exception {
        String roles = "/api/v1/services/RoleAdministration/roles";
        Answer clerk = installation.api.post(roles, "{\"arguments\":[]}", installation.api.login("clerk", ServerInstallation.PASSWORD));
        assertEquals(403, clerk.status(), clerk.toString());
        assertEquals("forbidden", clerk.error());
        assertTrue(clerk.message().contains("Administer security"), clerk.message());

        Answer admin = installation.api.post(roles, "{\"arguments\":[]}", installation.api.login("admin", ServerInstallation.PASSWORD));
        assertEquals(200, admin.status(), admin.toString());
        assertTrue(admin.json().getAsJsonArray("result").size() > 0, admin.toString());
    }

    @Test
    void whatIsNotServedIsNotFound() throws Exception {
        String token = installation.api.login("admin", ServerInstallation.PASSWORD);

        Answer unknownMethod = installation.api.post("/api/v1/services/UserAdministration/dropEverything", "{\"arguments\":[]}", token);
        assertEquals(404, unknownMethod.status(), unknownMethod.toString());
        assertEquals("method_unknown", unknownMethod.error());

        Answer wrongArity = installation.api.post(CREATE_USER, "{\"arguments\":[" + PAUL + "]}", token);
        assertEquals(404, wrongArity.status(), wrongArity.toString());
        assertTrue(wrongArity.message().contains("2"), "says how many arguments it takes: " + wrongArity.message());

        // the account service is not served: its log-in would bypass the server's throttling
        Answer notServed = installation.api.post("/api/v1/services/AccountService/createFirstAdministrator",
                "{\"arguments\":[\"eve\",\"Eve\",[\"x\"]]}", token);
        assertEquals(404, notServed.status(), notServed.toString());
        assertEquals("service_unknown", notServed.error());
        Answer notAnInterface = installation.api.post("/api/v1/services/java.lang.Runtime/exit", "{\"arguments\":[0]}", token);
        assertEquals(404, notAnInterface.status(), notAnInterface.toString());
        assertFalse(exists("paul"));
        assertFalse(exists("eve"));
    }

    @Test
    void aMalformedBodyChangesNothing() throws Exception {
        PasswordPolicy before = installation.service(PasswordPolicyAdministration.class).installationPolicy();
        String token = installation.api.login("admin", ServerInstallation.PASSWORD);

        Answer truncated = installation.api.post(CREATE_USER, "{\"arguments\":[null," + PAUL.substring(0, 40), token);
        assertEquals(400, truncated.status(), truncated.toString());
        Answer unknownField = installation.api.post(CREATE_USER, "{\"arguments\":[null," + PAUL + "],\"actor\":\"admin\"}", token);
        assertEquals(400, unknownField.status(), unknownField.toString());
        assertEquals("unknown_field", unknownField.error());
        Answer wrongType = installation.api.post(CREATE_USER, "{\"arguments\":[null,\"paul\"]}", token);
        assertEquals(400, wrongType.status(), wrongType.toString());
        assertTrue(wrongType.message().contains("NewUser"), wrongType.message());
        Answer notAnArray = installation.api.post(CREATE_USER, "{\"arguments\":{\"login\":\"paul\"}}", token);
        assertEquals(400, notAnArray.status(), notAnArray.toString());
        // a record's own check: a minimum length beyond the longest allowed
        Answer outOfRange = installation.api.post("/api/v1/services/PasswordPolicyAdministration/setInstallationPolicy",
                "{\"arguments\":[null,{\"minimumLength\":999,\"digit\":true,\"lowerCase\":true,\"upperCase\":true,\"special\":true,"
                        + "\"maximumAgeDays\":0,\"warningDays\":0}]}",
                token);
        assertEquals(400, outOfRange.status(), outOfRange.toString());
        // valid JSON, but a value is missing: the service's own refusal where it has one, else 400
        Answer noLogin = installation.api.post(CREATE_USER, "{\"arguments\":[null,{\"displayName\":\"Nobody\",\"authorizationLevel\":3}]}", token);
        assertEquals(422, noLogin.status(), noLogin.toString());
        Answer noSets = installation.api.post("/api/v1/services/GroupAdministration/createGroup", "{\"arguments\":[null,\"Counter\",\"x\",null,null]}",
                token);
        assertEquals(400, noSets.status(), noSets.toString());
        assertTrue(installation.service(GroupAdministration.class).groups().stream().noneMatch(g -> g.name().equals("Counter")));
        assertFalse(exists("paul"));
        assertEquals(before, installation.service(PasswordPolicyAdministration.class).installationPolicy());
    }

    @Test
    void aDeadTokenIsRefused() throws Exception {
        String loggedOut = installation.api.login("admin", ServerInstallation.PASSWORD);
        assertEquals(200, installation.api.delete("/api/v1/session", loggedOut).status());
        Answer afterLogout = installation.api.post(CREATE_USER, "{\"arguments\":[null," + PAUL + "]}", loggedOut);
        assertEquals(401, afterLogout.status(), afterLogout.toString());

        String silent = installation.api.login("admin", ServerInstallation.PASSWORD);
        installation.clock.advance(SessionSettings.DEFAULT.staleAfter().plus(Duration.ofSeconds(1)));
        Answer expired = installation.api.post(CREATE_USER, "{\"arguments\":[null," + PAUL + "]}", silent);
        assertEquals(401, expired.status(), expired.toString());

        Answer none = installation.api.post(CREATE_USER, "{\"arguments\":[null," + PAUL + "]}", null);
        assertEquals(401, none.status(), none.toString());
        assertFalse(exists("paul"));
    }

    @Test
    void aClientsProxiesCallTheServerAndRethrowItsRefusals() throws Exception {
        PinnedServer server = new PinnedServer("127.0.0.1", installation.server.port(), Fingerprints.of(installation.server.certificate()));
        List<String> topics = new CopyOnWriteArrayList<>();
        String adminToken = installation.api.login("admin", ServerInstallation.PASSWORD);
        UserAdministration remoteUsers = RemoteServices.of(UserAdministration.class, server, () -> adminToken, topics::add);
        GroupAdministration remoteGroups = RemoteServices.of(GroupAdministration.class, server, () -> adminToken, topics::add);
        AuthenticatedUser anyone = new AuthenticatedUser("x", "nobody", null, 0); // not sent: the token's user acts

        AuthenticatedUser paul = remoteUsers.createUser(anyone,
                new NewUser("paul", "Paul Pharmacist", null, false, false, 3, "Pharma-2026y".toCharArray()));
        assertEquals("paul", paul.login());
        assertEquals(List.of(UserAdministration.TOPIC_USER_CREATED), topics, "the client publishes what the service published");
        remoteGroups.createGroup(anyone, "Counter", "The counter staff", Set.of("Cashier"), Set.of("paul"));
        assertEquals(UserAdministration.TOPIC_USER_CREATED, topics.get(0));
        assertEquals(GroupAdministration.TOPIC_GROUP_CHANGED, topics.get(1));

        // records, lists, sets and Optional<Instant> come back whole
        UserView seen = remoteUsers.users(anyone).stream().filter(u -> u.login().equals("paul")).findFirst().orElseThrow();
        assertEquals(List.of("Counter"), seen.groups());
        assertEquals(users.user(installation.admin, "paul"), seen);
        UserView admin = remoteUsers.user(anyone, "admin");
        assertTrue(admin.lastLogin().isPresent(), "logged in through the server");
        assertEquals(users.user(installation.admin, "admin").lastLogin(), admin.lastLogin());
        assertEquals(installation.service(RoleAdministration.class).roles(),
                RemoteServices.of(RoleAdministration.class, server, () -> adminToken, topics::add).roles());
        PasswordPolicyAdministration remotePolicies = RemoteServices.of(PasswordPolicyAdministration.class, server, () -> adminToken, topics::add);
        assertEquals(Optional.empty(), remotePolicies.groupPolicy("Counter"));
        remotePolicies.setGroupPolicy(anyone, "Counter", Optional.of(PasswordPolicy.PHARMACY_PRESET));
        assertEquals(Optional.of(PasswordPolicy.PHARMACY_PRESET), installation.service(PasswordPolicyAdministration.class).groupPolicy("Counter"));

        // the service's refusal, as the declared exception with the server's message
        AccountException taken = assertThrows(AccountException.class,
                () -> remoteUsers.createUser(anyone, new NewUser("paul", "Paul Again", null, false, false, 3, "Pharma-2026y".toCharArray())));
        AccountException local = assertThrows(AccountException.class,
                () -> users.createUser(installation.admin, new NewUser("paul", "Paul Again", null, false, false, 3, "Pharma-2026y".toCharArray())));
        assertEquals(local.getMessage(), taken.getMessage());
        String clerkToken = installation.api.login("clerk", ServerInstallation.PASSWORD);
        UserAdministration clerksUsers = RemoteServices.of(UserAdministration.class, server, () -> clerkToken, topics::add);
        int published = topics.size();
        assertThrows(AccountException.class, () -> clerksUsers.setEnabled(installation.admin, "paul", false), "the clerk, naming the admin");
        assertTrue(users.user(installation.admin, "paul").enabled());
        assertEquals(published, topics.size(), "nothing published for a refused call");

        // a dead token: the declared exception, saying why
        installation.api.delete("/api/v1/session", adminToken);
        AccountException dead = assertThrows(AccountException.class, () -> remoteUsers.users(anyone));
        assertFalse(dead.getMessage().isBlank());
    }
}
