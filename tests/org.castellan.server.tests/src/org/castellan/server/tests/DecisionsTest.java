package org.castellan.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.castellan.audit.AuditJournal;
import org.castellan.security.AccountService;
import org.castellan.server.tests.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Each decision endpoint answers for the user of the token, as the service that owns the rule decides. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionsTest {

    private ServerInstallation installation;
    private String clerk;
    private String cashier;
    private String admin;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        installation = new ServerInstallation(dir);
        clerk = installation.api.login("clerk", ServerInstallation.PASSWORD);
        cashier = installation.api.login("cashier", ServerInstallation.PASSWORD);
        admin = installation.api.login("admin", ServerInstallation.PASSWORD);
    }

    @AfterAll
    void stop() {
        installation.close();
    }

    private Answer option(String token, String option) throws Exception {
        Answer answer = installation.api.post("/api/v1/decisions/option", "{\"option\":\"" + option + "\"}", token);
        assertEquals(200, answer.status(), answer.toString());
        return answer;
    }

    @Test
    void anOptionIsDecidedByLevelAndRightsWithTheReason() throws Exception {
        Answer till = option(clerk, "org.castellan.server.tests.views.till");
        assertFalse(till.json().get("allowed").getAsBoolean());
        assertEquals("RIGHTS", till.json().get("reason").getAsString());
        assertEquals(List.of(ServerInstallation.CASH), strings(till.json().get("missingRights")));
        assertTrue(till.json().get("message").getAsString().contains("Till"), till.toString());
        assertEquals(2, till.json().get("requiredLevel").getAsInt());

        assertTrue(option(cashier, "org.castellan.server.tests.views.till").json().get("allowed").getAsBoolean(), "the Cashier role gives cash");
        Answer closing = option(cashier, "org.castellan.server.tests.views.closing");
        assertEquals("LEVEL", closing.json().get("reason").getAsString());
        assertTrue(closing.json().get("message").getAsString().contains("7"), closing.toString());
        assertTrue(option(admin, "org.castellan.server.tests.views.closing").json().get("allowed").getAsBoolean());
    }

    /** The ids /api/v1/options lists are options' own: asked with one, the option decides, not the default level. */
    @Test
    void anOptionNamedByItsOwnIdIsDecidedByItsLevelAndRights() throws Exception {
        Answer till = option(clerk, "org.castellan.server.tests.till");
        assertFalse(till.json().get("allowed").getAsBoolean(), till.toString());
        assertEquals("RIGHTS", till.json().get("reason").getAsString());
        assertEquals("org.castellan.server.tests.till", till.json().get("decidedBy").getAsString());
        Answer closing = option(cashier, "org.castellan.server.tests.closing");
        assertEquals("LEVEL", closing.json().get("reason").getAsString(), closing.toString());
        assertTrue(option(cashier, "org.castellan.server.tests.till").json().get("allowed").getAsBoolean());
    }

    /** A client workstation's menu: the overrides and his own level and rights; a change through the served MenuLevels is the administrator's only. */
    @Test
    void theMenuAnswersTheOverridesWithHisLevelAndRightsAndOnlyAnAdministratorChangesThem() throws Exception {
        Answer menu = installation.api.get("/api/v1/menu", clerk);
        assertEquals(200, menu.status(), menu.toString());
        assertEquals(2, menu.json().get("level").getAsInt());
        assertFalse(strings(menu.json().get("rights")).contains(ServerInstallation.CASH), menu.toString());
        assertTrue(strings(installation.api.get("/api/v1/menu", cashier).json().get("rights")).contains(ServerInstallation.CASH));
        long revision = menu.json().get("revision").getAsLong();
        String lowered = save("org.castellan.server.tests.till", 1, revision);
        Answer refused = installation.api.post("/api/v1/services/MenuLevels/save", lowered, clerk);
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("org.castellan.menu.MenuException", refused.json().get("exception").getAsString(), refused.toString());
        assertEquals(revision, installation.api.get("/api/v1/menu", clerk).json().get("revision").getAsLong(), "the clerk changed nothing");
        try {
            Answer saved = installation.api.post("/api/v1/services/MenuLevels/save", lowered, admin);
            assertEquals(200, saved.status(), saved.toString());
            JsonObject after = installation.api.get("/api/v1/menu", clerk).json();
            assertTrue(after.get("revision").getAsLong() > revision, after.toString());
            JsonObject till = after.getAsJsonArray("overrides").asList().stream().map(JsonElement::getAsJsonObject)
                    .filter(o -> o.get("optionId").getAsString().equals("org.castellan.server.tests.till")).findFirst().orElseThrow();
            assertEquals(1, till.get("level").getAsInt(), after.toString());
        } finally {
            long now = installation.api.get("/api/v1/menu", admin).json().get("revision").getAsLong();
            Answer back = installation.api.post("/api/v1/services/MenuLevels/save", save("org.castellan.server.tests.till", 2, now), admin);
            assertEquals(200, back.status(), back.toString());
        }
        assertEquals(2, option(clerk, "org.castellan.server.tests.till").json().get("requiredLevel").getAsInt(), "its declared level again");
    }

    private static String save(String option, int level, long revision) {
        return "{\"arguments\":[null,[{\"optionId\":\"" + option + "\",\"level\":" + level
                + ",\"askPassword\":false,\"details\":null,\"rights\":null}]," + revision + "]}";
    }

    @Test
    void rightsAreCheckedInABatch() throws Exception {
        Answer answer = installation.api.post("/api/v1/decisions/rights",
                "{\"rights\":[\"" + ServerInstallation.CASH + "\",\"" + ServerInstallation.REFUND + "\",\"no.such.right\"]}", cashier);
        assertEquals(200, answer.status(), answer.toString());
        JsonObject rights = answer.json().getAsJsonObject("rights");
        assertTrue(rights.get(ServerInstallation.CASH).getAsBoolean());
        assertFalse(rights.get(ServerInstallation.REFUND).getAsBoolean());
        assertFalse(rights.get("no.such.right").getAsBoolean());
        assertFalse(answer.json().get("all").getAsBoolean());
        Answer none = installation.api.post("/api/v1/decisions/rights", "{\"rights\":[]}", cashier);
        assertTrue(none.json().get("all").getAsBoolean(), "holding every right of none");
    }

    /** The answer is written as it is decided: still one valid JSON object whatever the names asked, in the order asked. */
    @Test
    void aBatchAnswersEachRightOnceInTheOrderAskedWhateverItsName() throws Exception {
        String odd = "quote\" <b>&amp; \\ \u00e9\u2028";
        JsonArray asked = new JsonArray();
        List.of(ServerInstallation.REFUND, odd, ServerInstallation.CASH, odd, ServerInstallation.CASH).forEach(asked::add);
        JsonObject body = new JsonObject();
        body.add("rights", asked);
        Answer answer = installation.api.post("/api/v1/decisions/rights", body.toString(), cashier);
        assertEquals(200, answer.status(), answer.toString());
        JsonObject rights = answer.json().getAsJsonObject("rights");
        assertEquals(List.of(ServerInstallation.REFUND, odd, ServerInstallation.CASH), List.copyOf(rights.keySet()), answer.toString());
        assertFalse(rights.get(odd).getAsBoolean());
        assertTrue(rights.get(ServerInstallation.CASH).getAsBoolean());
        assertFalse(answer.json().get("all").getAsBoolean());
        assertEquals(2, answer.json().keySet().size(), answer.toString());
    }

    @Test
    void theVisibleOptionsAreThoseHeMayOpen() throws Exception {
        Answer answer = installation.api.get("/api/v1/options", clerk);
        assertEquals(200, answer.status(), answer.toString());
        assertEquals(2, answer.json().get("level").getAsInt());
        List<String> ids = answer.json().getAsJsonArray("options").asList().stream().map(o -> o.getAsJsonObject().get("id").getAsString()).toList();
        assertTrue(ids.contains("org.castellan.server.tests.prices"), ids.toString());
        assertFalse(ids.contains("org.castellan.server.tests.till"), "he lacks cash: " + ids);
        assertFalse(ids.contains("org.castellan.server.tests.closing"), "level 7: " + ids);
        List<String> cashiers = installation.api.get("/api/v1/options", cashier).json().getAsJsonArray("options").asList().stream()
                .map(o -> o.getAsJsonObject().get("id").getAsString()).toList();
        assertTrue(cashiers.contains("org.castellan.server.tests.till"), cashiers.toString());
    }

    @Test
    void theLevelOnAFolderOrReportComesWithWhy() throws Exception {
        Answer report = installation.api.post("/api/v1/decisions/object", "{\"object\":\"" + installation.balanceId + "\"}", clerk);
        assertEquals(200, report.status(), report.toString());
        assertEquals("EDIT", report.json().get("level").getAsString());
        assertEquals(installation.balanceId, report.json().get("source").getAsString(), "its own grants decide under No access");
        assertEquals(List.of("Finance", "Balance"), strings(report.json().get("path")));
        assertEquals("clerk", report.json().getAsJsonArray("deciding").get(0).getAsJsonObject().get("principal").getAsString());
        assertFalse(report.json().get("explanation").getAsString().isBlank());

        Answer folder = installation.api.post("/api/v1/decisions/object", "{\"object\":\"" + installation.financeId + "\"}", clerk);
        assertEquals("NO_ACCESS", folder.json().get("level").getAsString());
        Answer unknown = installation.api.post("/api/v1/decisions/object", "{\"object\":\"no-such-object\"}", clerk);
        assertEquals("NO_ACCESS", unknown.json().get("level").getAsString(), "default deny");
    }

    @Test
    void theDataFilterComesWithItsSqlPredicate() throws Exception {
        String schema = ",\"schema\":{\"[Customer]\":[\"customer_name\"]}}";
        Answer sales = installation.api.post("/api/v1/decisions/data-filter", "{\"model\":\"" + installation.salesModelId + "\"" + schema, clerk);
        assertEquals(200, sales.status(), sales.toString());
        assertTrue(sales.json().get("granted").getAsBoolean(), sales.toString());
        assertEquals("1 = 1", sales.json().getAsJsonObject("predicate").get("sql").getAsString(), "no member restriction");

        Answer stock = installation.api.post("/api/v1/decisions/data-filter", "{\"model\":\"" + installation.stockModelId + "\"" + schema, clerk);
        assertFalse(stock.json().get("granted").getAsBoolean());
        assertEquals("1 = 0", stock.json().getAsJsonObject("predicate").get("sql").getAsString(), "no data right gives the model");
        Answer without = installation.api.post("/api/v1/decisions/data-filter", "{\"model\":\"" + installation.salesModelId + "\"}", clerk);
        assertFalse(without.json().has("predicate"), "no schema, no predicate");
    }

    @Test
    void menuEntriesExportsAndCopiesAreJournaledForTheTokensUser() throws Exception {
        int entered = installation.journaled(AuditJournal.TOPIC_ENTERED).size();
        Answer menu = installation.api.post("/api/v1/journal", "{\"kind\":\"menu\",\"id\":\"org.castellan.server.tests.till\",\"label\":\"Till\"}", cashier);
        assertEquals(201, menu.status(), menu.toString());
        List<String> enteredRows = installation.journaled(AuditJournal.TOPIC_ENTERED);
        assertEquals(entered + 1, enteredRows.size());
        assertTrue(enteredRows.get(enteredRows.size() - 1).contains("cashier"), enteredRows.toString());

        Answer export = installation.api.post("/api/v1/journal", "{\"kind\":\"export\",\"source\":\"Sales of the day\",\"rows\":42,\"right\":\""
                + ServerInstallation.CASH + "\",\"file\":\"/tmp/sales.csv\"}", cashier);
        assertEquals(201, export.status(), export.toString());
        assertTrue(export.json().get("rightHeld").getAsBoolean());
        String exported = last(AuditJournal.TOPIC_EXPORTED);
        assertTrue(exported.contains("Sales of the day") && exported.contains("42") && exported.contains("/tmp/sales.csv"), exported);

        Answer copy = installation.api.post("/api/v1/journal", "{\"kind\":\"copy\",\"source\":\"Customers\",\"rows\":3}", clerk);
        assertEquals(201, copy.status(), copy.toString());
        assertTrue(last(AuditJournal.TOPIC_COPIED).contains("Customers"));

        int exports = installation.journaled(AuditJournal.TOPIC_EXPORTED).size();
        Answer mixed = installation.api.post("/api/v1/journal", "{\"kind\":\"copy\",\"source\":\"Customers\",\"rows\":3,\"file\":\"x.csv\"}", clerk);
        assertEquals(400, mixed.status(), "a copy has no file: " + mixed);
        Answer negative = installation.api.post("/api/v1/journal", "{\"kind\":\"export\",\"source\":\"S\",\"rows\":-1,\"file\":\"x.csv\"}", clerk);
        assertEquals(400, negative.status(), negative.toString());
        assertEquals(400, installation.api.post("/api/v1/journal", "{\"kind\":\"print\"}", clerk).status());
        assertEquals(exports, installation.journaled(AuditJournal.TOPIC_EXPORTED).size(), "nothing journaled on refusal");
    }

    /** The server writes the rows, but the workstation and address they name are the caller's, never the server's own. */
    @Test
    void journalRowsNameTheCallersWorkstationNotTheServers() throws Exception {
        Answer refused = installation.api.post("/api/v1/sessions",
                "{\"login\":\"cashier\",\"password\":\"wrong-one\",\"workstation\":\"till-7\",\"program\":\"till\"}", null);
        assertEquals(401, refused.status(), refused.toString());
        assertEquals("till-7 127.0.0.1 null", installation.lastOrigin(AccountService.TOPIC_LOGIN_FAILED), "a failed log-in names where it was tried");

        Answer login = installation.api.post("/api/v1/sessions", "{\"login\":\"cashier\",\"password\":\"" + ServerInstallation.PASSWORD
                + "\",\"workstation\":\"till-7\",\"program\":\"till\"}", null);
        assertEquals(201, login.status(), login.toString());
        String till = login.json().get("token").getAsString();
        Answer menu = installation.api.post("/api/v1/journal", "{\"kind\":\"menu\",\"id\":\"org.castellan.server.tests.till\"}", till);
        assertEquals(201, menu.status(), menu.toString());
        assertEquals("till-7 127.0.0.1 null", installation.lastOrigin(AuditJournal.TOPIC_ENTERED), "a host's entry names its session's workstation");

        Answer unnamed = installation.api.post("/api/v1/journal", "{\"kind\":\"copy\",\"source\":\"Customers\",\"rows\":1}", clerk);
        assertEquals(201, unnamed.status(), unnamed.toString());
        assertEquals("127.0.0.1 127.0.0.1 null", installation.lastOrigin(AuditJournal.TOPIC_COPIED), "a log-in naming no workstation is its address");
    }

    private String last(String topic) throws Exception {
        List<String> rows = installation.journaled(topic);
        return rows.get(rows.size() - 1);
    }

    private static List<String> strings(JsonElement array) {
        return array.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
    }
}
