package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.Share;
import org.kordon.ownership.Stake;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.store.Store;

/**
 * The service through real HTTP, against each database ({@link ServerH2Test}, {@link ServerPostgresTest}): screen,
 * alert, decide, reload a changed list, the delta re-screen and the audit trail, a restart on the same database.
 */
abstract class ServerContract {
    static final String WRITE_KEY = "w-3f9c2b7e51d04a8c9e6f";
    static final String READ_KEY = "r-81d6e0c4a2f94b1e8c3d";

    @TempDir
    Path dir;

    private Path listDir;
    private String url;
    private Store store;
    private KordonServer server;
    private Http http;
    private Workflow wf;

    abstract String newDatabaseUrl();

    @BeforeEach
    void start() throws IOException {
        listDir = dir.resolve("lists");
        useLists("v1");
        url = newDatabaseUrl();
        startServer();
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private void startServer() {
        store = Store.open(url);
        wf = Workflow.open(store, loadLists(), 0.78);
        // batch may act for others: decide() names analyst anna (AuditRoutesContract tests the roles)
        ApiKeys keys = ApiKeys.parse(ApiKeys.line("batch", Access.WRITE, true, WRITE_KEY) + "\n" + ApiKeys.line("web", Access.READ, READ_KEY), "test");
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withApiKeys(keys).withLimits(64 * 1024, 5, 300);
        server = KordonServer.start(cfg, wf, this::loadLists, Features.standard());
        http = Http.of(server.url());
    }

    private ListLoad loadLists() {
        List<Path> paths = List.of(listDir);
        return ListLoad.of(paths, ListLoader.load(paths, LoadOptions.defaults()));
    }

    private void useLists(String version) throws IOException {
        Files.createDirectories(listDir);
        try (InputStream in = ServerContract.class.getResourceAsStream("/lists/" + version + "/entities.ftm.json")) {
            Files.copy(in, listDir.resolve("entities.ftm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private JsonNode screen(String id, String name) {
        Http.Answer a = http.post("/screen", "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"schema\":\"Person\"}", WRITE_KEY);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private Http.Answer decide(long alertId, String outcome, String reason) {
        return http.post("/alerts/" + alertId + "/decisions",
                "{\"outcome\":\"" + outcome + "\",\"analyst\":\"anna\",\"reason\":\"" + reason + "\"}", WRITE_KEY);
    }

    // ------------------------------------------------------------------ yente-compatible /match

    @Test
    void match_yenteClientRequest_answersYenteShapes() {
        // the request body of yente's documentation and of nomenklatura/yente clients
        String body = """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Vladimir Putin"],
                  "birthDate": ["1952"], "nationality": ["ru"]}},
                 "q2": {"schema": "Company", "properties": {"name": "Rosneft", "jurisdiction": ["ru"]}}}}""";

        Http.Answer a = http.post("/match/default?threshold=0.7", body, READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode q1 = a.json().path("responses").path("q1");
        assertThat(q1.path("status").asInt()).isEqualTo(200);
        assertThat(q1.path("total").path("value").asInt()).isPositive();
        JsonNode top = q1.path("results").get(0);
        assertThat(top.path("id").asText()).isEqualTo("os:NK-putin");
        assertThat(top.path("caption").asText()).isEqualTo("Vladimir Vladimirovich PUTIN");
        assertThat(top.path("schema").asText()).isEqualTo("Person");
        assertThat(top.path("properties").path("birthDate").get(0).asText()).isEqualTo("1952-10-07");
        assertThat(top.path("properties").path("nationality").get(0).asText()).isEqualTo("ru");
        assertThat(top.path("score").asDouble()).isGreaterThan(0.7);
        assertThat(top.path("match").asBoolean()).isTrue();
        assertThat(top.path("features").has("name")).isTrue();
        assertThat(top.path("datasets").get(0).asText()).as("the OpenSanctions dataset of list os-us_ofac_sdn").isEqualTo("us_ofac_sdn");
        assertThat(a.json().path("responses").path("q2").path("results").get(0).path("id").asText()).isEqualTo("os:NK-rosneft");
        assertThat(a.json().path("limit").asInt()).isEqualTo(5);
        assertThat(a.json().path("matcher").has("name")).isTrue();
    }

    @Test
    void match_malformedBirthDateAndCountry_ignoredWithWarningAndNameStillScreened() {
        String body = """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Vladimir Putin"],
                  "birthDate": ["07.10.1952"], "nationality": ["Narnia"]}}}}""";

        Http.Answer a = http.post("/match/default", body, READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode q1 = a.json().path("responses").path("q1");
        assertThat(q1.path("results").get(0).path("id").asText()).isEqualTo("os:NK-putin");
        assertThat(q1.path("warnings").toString())
                .contains("queries.q1.properties.birthDate '07.10.1952' ignored")
                .contains("queries.q1.properties.nationality 'Narnia' ignored");
    }

    @Test
    void match_unknownDataset_404Problem() {
        Http.Answer a = http.post("/match/nope", "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"x\"]}}}}", READ_KEY);

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/problem+json");
    }

    @Test
    void match_nameTooLong_400ProblemNamingField() {
        String longName = "A".repeat(301);
        Http.Answer a = http.post("/match/default", "{\"queries\":{\"q1\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"" + longName + "\"]}}}}", READ_KEY);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("field").asText()).isEqualTo("queries.q1.properties.name");
        assertThat(a.json().path("detail").asText()).contains("301");
    }

    @Test
    void match_tooManyQueries_400Problem() {
        StringBuilder b = new StringBuilder("{\"queries\":{");
        for (int i = 0; i < 6; i++) {
            b.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"x\"]}}");
        }
        Http.Answer a = http.post("/match/default", b.append("}}").toString(), READ_KEY);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("field").asText()).isEqualTo("queries");
    }

    @Test
    void anyEndpoint_bodyOverLimit_413Problem() {
        Http.Answer a = http.post("/match/default", "{\"queries\":{},\"pad\":\"" + "x".repeat(70_000) + "\"}", READ_KEY);

        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().path("field").asText()).isEqualTo("body");
    }

    @Test
    void anyEndpoint_malformedJson_400Problem() {
        Http.Answer a = http.post("/screen", "{\"id\": \"C-1\", \"name\": ", WRITE_KEY);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("field").asText()).isEqualTo("body");
    }

    @Test
    void anyEndpoint_deeplyNestedJson_400Problem() {
        Http.Answer a = http.post("/match/default", "{\"queries\":" + "[".repeat(100) + "]".repeat(100) + "}", READ_KEY);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("field").asText()).isEqualTo("body");
    }

    // ------------------------------------------------------------------ keys

    @Test
    void writeEndpoint_noKey_401() {
        assertThat(http.post("/screen", "{\"id\":\"C-1\",\"name\":\"Vladimir Putin\"}").status()).isEqualTo(401);
    }

    @Test
    void writeEndpoint_readOnlyKey_403() {
        Http.Answer a = http.post("/screen", "{\"id\":\"C-1\",\"name\":\"Vladimir Putin\"}", READ_KEY);

        assertThat(a.status()).isEqualTo(403);
        assertThat(a.json().path("detail").asText()).contains("read-only");
    }

    @Test
    void readEndpoint_wrongKey_401_readKey_200() {
        assertThat(http.get("/alerts", "not-a-key").status()).isEqualTo(401);
        assertThat(http.get("/alerts", READ_KEY).status()).isEqualTo(200);
    }

    @Test
    void health_openapi_metrics_public() {
        assertThat(http.get("/health").json().path("entities").asInt()).isEqualTo(3);
        Http.Answer spec = http.get("/openapi.yaml");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi: 3.").contains("/match/{dataset}");
        http.get("/alerts", READ_KEY);
        assertThat(http.get("/metrics").body()).contains("kordon_requests_total{method=\"GET\",route=\"/alerts\",status=\"200\"} 1");
    }

    @Test
    void unknownRoute_404Problem() {
        Http.Answer a = http.get("/nowhere");

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/problem+json");
    }

    // ------------------------------------------------------------------ the workflow

    @Test
    void screen_malformedBirthDateAndCountry_ignoredWithWarningAndNameStillScreened() {
        Http.Answer a = http.post("/screen",
                "{\"id\":\"C-1\",\"name\":\"Vladimir Putin\",\"birthDate\":\"1952-13\",\"country\":\"Russland\"}", WRITE_KEY);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("warnings").toString()).contains("birthDate '1952-13' ignored (month 13)")
                .contains("country 'Russland' ignored");
        assertThat(a.json().path("subject").path("birthDate").isNull()).isTrue();
        assertThat(a.json().path("alerts")).isNotEmpty();
    }

    @Test
    void screen_badSubject_400NamingField() {
        Http.Answer a = http.post("/screen", "{\"id\":\"C-1\",\"name\":\"Vladimir Putin\",\"schema\":\"Planet\"}", WRITE_KEY);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("field").asText()).isEqualTo("schema");
    }

    @Test
    void workflow_screenDecideReloadDelta_auditTrail() throws IOException {
        long putinAlert = screen("C-1", "Vladimir Putin").path("opened").get(0).path("id").asLong();
        assertThat(screen("C-2", "Igor Sechin").path("opened")).isEmpty();
        long lavrovAlert = screen("C-3", "Sergei Lavrov").path("opened").get(0).path("id").asLong();
        screen("C-4", "Maria Gonzalez Ferreira");

        assertThat(decide(putinAlert, "false_positive", "namesake: born 1981 in Kazan").status()).isEqualTo(201);
        assertThat(decide(putinAlert, "true_match", "second thoughts").status()).isEqualTo(409);

        JsonNode detail = http.get("/alerts/" + putinAlert, READ_KEY).json();
        assertThat(detail.path("alert").path("status").asText()).isEqualTo("false_positive");
        assertThat(detail.path("subject").path("name").asText()).isEqualTo("Vladimir Putin");
        assertThat(detail.path("entity").path("caption").asText()).isEqualTo("Vladimir Vladimirovich PUTIN");
        assertThat(detail.path("decisions").get(0).path("reason").asText()).isEqualTo("namesake: born 1981 in Kazan");

        useLists("v2");
        Http.Answer reload = http.post("/lists/reload", "{}", WRITE_KEY);
        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
        JsonNode delta = reload.json();
        assertThat(delta.path("added").asInt()).isEqualTo(1);
        assertThat(delta.path("changed").asInt()).isEqualTo(1);
        assertThat(delta.path("removed").asInt()).isEqualTo(1);
        assertThat(delta.path("full").asBoolean()).isFalse();
        assertThat(delta.path("rescreened").asInt()).isLessThan(4);
        assertThat(delta.path("opened").asInt()).isEqualTo(1);
        assertThat(delta.path("closed").asInt()).isEqualTo(1);

        JsonNode sechin = http.get("/alerts?subject=C-2", READ_KEY).json();
        assertThat(sechin.path("total").asInt()).isEqualTo(1);
        assertThat(sechin.path("results").get(0).path("entityId").asText()).isEqualTo("ke:os:NK-sechin");
        assertThat(sechin.path("results").get(0).path("listingId").asText()).isEqualTo("os:NK-sechin");
        assertThat(http.get("/entities/ke:os:NK-sechin", READ_KEY).json().path("id").asText()).isEqualTo("os:NK-sechin");
        assertThat(http.get("/alerts/" + lavrovAlert, READ_KEY).json().path("alert").path("status").asText()).isEqualTo("closed");
        assertThat(http.get("/alerts?status=false_positive", READ_KEY).json().path("total").asInt()).isEqualTo(1);

        long v2 = delta.path("version").path("id").asLong();
        JsonNode changes = http.get("/lists/versions/" + v2, READ_KEY).json().path("changes");
        assertThat(changes).extracting(c -> c.path("kind").asText() + " " + c.path("entityId").asText())
                .containsExactly("added os:NK-sechin", "changed os:NK-rosneft", "removed os:NK-lavrov", "entity ke:os:NK-lavrov",
                        "entity ke:os:NK-sechin");
        assertThat(changes.get(4).path("detail").asText()).startsWith("newly listed by ");
        assertThat(changes.get(1).path("detail").asText()).contains("PJSC ROSNEFT OIL COMPANY");

        JsonNode trail = http.get("/subjects/C-3/audit", READ_KEY).json().path("results");
        assertThat(trail).extracting(e -> e.path("action").asText()).containsExactly("SUBJECT_CREATED", "ALERT_OPENED", "ALERT_CLOSED");
        JsonNode putinTrail = http.get("/alerts/" + putinAlert + "/audit", READ_KEY).json().path("results");
        assertThat(putinTrail).extracting(e -> e.path("action").asText()).containsExactly("ALERT_OPENED", "ALERT_DECIDED");
        assertThat(putinTrail.get(1).path("actor").asText()).isEqualTo("anna");
    }

    @Test
    void restart_sameDatabase_losesNothing() {
        long alert = screen("C-1", "Vladimir Putin").path("opened").get(0).path("id").asLong();
        decide(alert, "false_positive", "namesake");
        String auditBefore = http.get("/audit?limit=500", READ_KEY).body();

        server.close();
        store.close();
        startServer();

        assertThat(http.get("/audit?limit=500", READ_KEY).body()).isEqualTo(auditBefore);
        JsonNode detail = http.get("/alerts/" + alert, READ_KEY).json();
        assertThat(detail.path("decisions").get(0).path("outcome").asText()).isEqualTo("false_positive");
        assertThat(http.get("/lists/versions", READ_KEY).json().path("results")).hasSize(1);
        assertThat(screen("C-1", "Vladimir Putin").path("suppressed").asInt()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ analysts' judgements on the resolution

    private Http.Answer judge(String kind, String a, String b, String key) {
        return http.post("/resolution/judgements", "{\"kind\":\"" + kind + "\",\"a\":\"" + a + "\",\"b\":\"" + b
                + "\",\"analyst\":\"anna\",\"reason\":\"judged in the test\"}", key);
    }

    @Test
    void resolution_joinThenSplit_oneEntityThenTwo_listedWithTheirOutcomes_andKeptOverARestart() {
        Http.Answer join = judge("join", "os:NK-putin", "os:NK-lavrov", WRITE_KEY);

        assertThat(join.status()).as(join.body()).isEqualTo(201);
        assertThat(join.json().path("judgement").path("kind").asText()).isEqualTo("join");
        assertThat(join.json().path("judgement").path("analyst").asText()).isEqualTo("anna");
        assertThat(join.json().path("judgement").path("principal").asText()).isEqualTo("batch");
        assertThat(join.json().path("judgement").path("status").asText()).isEqualTo("applied");
        assertThat(join.json().path("entities")).singleElement().satisfies(e -> {
            assertThat(e.path("listings")).extracting(l -> l.path("id").asText()).containsExactly("os:NK-lavrov", "os:NK-putin");
            assertThat(e.path("links").get(0).path("reason").asText()).isEqualTo("analyst");
        });
        assertThat(http.get("/entities/os:NK-putin", READ_KEY).json().path("referents").get(0).asText()).isEqualTo("os:NK-lavrov");

        Http.Answer split = judge("split", "os:NK-putin", "os:NK-lavrov", WRITE_KEY);

        assertThat(split.status()).as(split.body()).isEqualTo(201);
        assertThat(split.json().path("entities")).hasSize(2);
        JsonNode all = http.get("/resolution/judgements", READ_KEY).json();
        assertThat(all.path("total").asInt()).isEqualTo(2);
        assertThat(all.path("mayJudge").asBoolean()).as("a read key may not judge").isFalse();
        assertThat(http.get("/resolution/judgements", WRITE_KEY).json().path("mayJudge").asBoolean()).isTrue();
        assertThat(all.path("results")).extracting(j -> j.path("kind").asText() + " " + j.path("status").asText())
                .containsExactly("join not applied", "split applied");
        assertThat(http.get("/audit?limit=500", READ_KEY).json().path("results"))
                .filteredOn(e -> e.path("action").asText().equals("RESOLUTION_JUDGED")).hasSize(2);

        server.close();
        store.close();
        startServer();

        assertThat(http.get("/resolution/judgements", READ_KEY).json().path("results"))
                .extracting(j -> j.path("status").asText()).containsExactly("not applied", "applied");
        assertThat(http.get("/entities/os:NK-putin", READ_KEY).json().path("referents")).isEmpty();
        assertThat(http.get("/audit/verify", READ_KEY).status()).isEqualTo(200);
    }

    @Test
    void resolution_badJudgements_400NamingTheField_404ForAnUnknownListing_403ForAReadKey() {
        Http.Answer kind = judge("merge", "os:NK-putin", "os:NK-lavrov", WRITE_KEY);
        assertThat(kind.status()).as(kind.body()).isEqualTo(400);
        assertThat(kind.json().path("field").asText()).isEqualTo("kind");
        Http.Answer same = judge("split", "os:NK-putin", "os:NK-putin", WRITE_KEY);
        assertThat(same.status()).as(same.body()).isEqualTo(400);
        assertThat(same.json().path("field").asText()).isEqualTo("b");
        Http.Answer noReason = http.post("/resolution/judgements", "{\"kind\":\"split\",\"a\":\"os:NK-putin\",\"b\":\"os:NK-lavrov\"}", WRITE_KEY);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("field").asText()).isEqualTo("reason");
        Http.Answer schemata = judge("join", "os:NK-putin", "os:NK-rosneft", WRITE_KEY);
        assertThat(schemata.status()).as(schemata.body()).isEqualTo(400);
        assertThat(schemata.json().path("field").asText()).isEqualTo("b");
        assertThat(schemata.json().path("detail").asText()).contains("schema Person (os:NK-putin) vs Company (os:NK-rosneft)");
        Http.Answer unknown = judge("split", "os:NK-putin", "os:NK-nobody", WRITE_KEY);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asText()).isEqualTo("b: no listing 'os:NK-nobody' in the lists in force");
        assertThat(judge("split", "os:NK-putin", "os:NK-lavrov", READ_KEY).status()).isEqualTo(403);

        assertThat(http.get("/resolution/judgements", READ_KEY).json().path("total").asInt()).isZero();
    }

    @Test
    void subjects_crud() {
        screen("C-9", "Maria Gonzalez Ferreira");
        Http.Answer put = http.send("PUT", "/subjects/C-9", "{\"name\":\"Maria Gonzalez\",\"country\":\"es\"}", WRITE_KEY);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(http.get("/subjects/C-9", READ_KEY).json().path("subject").path("country").asText()).isEqualTo("es");
        assertThat(http.send("DELETE", "/subjects/C-9", null, WRITE_KEY).json().path("active").asBoolean()).isFalse();
        assertThat(http.get("/subjects/C-9/audit", READ_KEY).json().path("results"))
                .extracting(e -> e.path("action").asText()).containsExactly("SUBJECT_CREATED", "SUBJECT_UPDATED", "SUBJECT_DELETED");
        assertThat(http.get("/subjects/nobody", READ_KEY).status()).isEqualTo(404);
    }

    @Test
    void alerts_paged_newestFirstWithTotal() {
        screen("P-1", "Vladimir Putin");
        screen("P-2", "Sergei Lavrov");
        screen("P-3", "Vladimir Vladimirovich Putin");

        JsonNode page = http.get("/alerts?limit=1&offset=1", READ_KEY).json();

        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(page.path("results")).singleElement().satisfies(a -> assertThat(a.path("subjectId").asText()).isEqualTo("P-2"));
        assertThat(http.get("/alerts?limit=501", READ_KEY).json().path("field").asText()).isEqualTo("limit");
        assertThat(http.get("/alerts?status=maybe", READ_KEY).json().path("field").asText()).isEqualTo("status");
    }

    @Test
    void putSubject_idDiffersFromPath_400NamingId() {
        Http.Answer a = http.send("PUT", "/subjects/C-1", "{\"id\":\"C-2\",\"name\":\"Maria Gonzalez\"}", WRITE_KEY);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("field").asText()).isEqualTo("id");
    }

    @Test
    void screenBatch_screensEach() {
        Http.Answer a = http.post("/screen/batch", "{\"subjects\":[{\"id\":\"B-1\",\"name\":\"Vladimir Putin\"},{\"id\":\"B-2\",\"name\":\"Maria Gonzalez\"}]}", WRITE_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("results")).hasSize(2);
        assertThat(a.json().path("results").get(0).path("opened")).hasSize(1);
    }

    @Test
    void entity_byId_ftmShape() {
        JsonNode e = http.get("/entities/os:NK-rosneft", READ_KEY).json();

        assertThat(e.path("schema").asText()).isEqualTo("Company");
        assertThat(e.path("properties").path("taxNumber").get(0).asText()).isEqualTo("7706107510");
        assertThat(e.path("properties").path("alias").get(0).asText()).isEqualTo("OAO ROSNEFT");
    }

    @Test
    void pricecap_check_answersVerdicts() {
        Http.Answer a = http.post("/pricecap/check", """
                {"cargoes": [{"id": "c1", "regime": "eu", "product": "crude", "loading_date": "2025-10-01",
                              "contract_date": "2025-08-01", "price_usd_per_bbl": "49.00"},
                             {"id": "c2", "regime": "us", "product": "crude", "loading_date": "2025-10-01",
                              "contract_date": "2025-08-01", "price_usd_per_bbl": "59.00"}]}""", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("results")).hasSize(2);
        assertThat(a.json().path("results").get(0).has("within_cap")).isTrue();
    }

    @Test
    void pricecap_badRegime_400NamingField() {
        Http.Answer a = http.post("/pricecap/check", """
                {"cargoes": [{"id": "c1", "regime": "xx", "product": "crude", "loading_date": "2025-10-01",
                              "contract_date": "2025-08-01", "price_usd_per_bbl": "49.00"}]}""", READ_KEY);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("field").asText()).isEqualTo("cargoes[0].regime");
    }

    private static Workflow.Stakes betaStakes(double beta) {
        OwnershipGraph g = OwnershipGraph.builder()
                .stake(Stake.shares("os:NK-rosneft", "Beta Holding Ltd", Share.exact(100)))
                .stake(Stake.shares("Beta Holding Ltd", "Beta Trade LLP", Share.exact(beta)))
                .build();
        return new Workflow.Stakes(g, Set.of(), "stakes.csv");
    }

    @Test
    void ownership_screenOwnedCompany_alertJsonCarriesKindAndPath_reloadedStakesRescreen() {
        AtomicReference<Workflow.Stakes> stakes = new AtomicReference<>(betaStakes(50));
        wf.useStakes(stakes::get, "kordon");

        Http.Answer a = http.post("/screen", "{\"id\":\"K-7\",\"name\":\"Beta Trade LLP\",\"schema\":\"Company\"}", WRITE_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode alert = a.json().path("opened").get(0);
        assertThat(alert.path("kind").asText()).isEqualTo("ownership");
        assertThat(alert.path("entityId").asText()).isEqualTo("os:NK-rosneft");
        assertThat(alert.path("explanation").asText())
                .isEqualTo("OFAC, EU: blocked, listed-owned 50%: os:NK-rosneft -100%-> Beta Holding Ltd(blocked) -50%-> Beta Trade LLP");
        long id = alert.path("id").asLong();
        assertThat(decide(id, "false_positive", "stake sold in 2025").status()).isEqualTo(201);
        assertThat(http.get("/alerts/" + id, READ_KEY).json().path("alert").path("kind").asText()).isEqualTo("ownership");
        assertThat(http.get("/alerts?kind=ownership", READ_KEY).json().path("total").asInt()).isEqualTo(1);
        assertThat(http.get("/alerts?kind=name&subject=K-7", READ_KEY).json().path("total").asInt()).isZero();
        assertThat(http.get("/alerts?kind=shares", READ_KEY).body()).contains("\"field\":\"kind\"");

        stakes.set(betaStakes(49));
        Http.Answer reload = http.post("/lists/reload", "{}", WRITE_KEY);

        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
        assertThat(reload.json().path("rescreened").asInt()).isEqualTo(1);
        assertThat(reload.json().path("opened").asInt()).isZero();
        assertThat(http.get("/alerts?subject=K-7", READ_KEY).json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void ownership_unreadableStakesOnReload_422Problem() {
        AtomicBoolean broken = new AtomicBoolean();
        wf.useStakes(() -> {
            if (broken.get()) {
                throw new IllegalStateException("stakes.csv line 2, field share_min: -5 is below 0");
            }
            return betaStakes(50);
        }, "kordon");
        broken.set(true);

        Http.Answer reload = http.post("/lists/reload", "{}", WRITE_KEY);

        assertThat(reload.status()).as(reload.body()).isEqualTo(422);
        assertThat(reload.body()).contains("stakes.csv line 2, field share_min");
    }
}
