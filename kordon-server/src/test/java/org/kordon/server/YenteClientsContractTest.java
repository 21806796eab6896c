package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.store.Store;

/**
 * yente's own published clients, as their documented requests, against a Kordon server with its default limits:
 * the example client ({@code examples/match_api.py}: {@code POST /match/sanctions?algorithm=best&fuzzy=false}, a
 * person in two alphabets and a company, {@code Authorization: Apikey …}) and the validation-report client
 * ({@code contrib/validation_report/generate_report_data.py}: {@code GET /catalog} for the dataset's
 * {@code index_version}, then batches of up to 100 slim person queries to {@code /match/default} with
 * {@code algorithm} {@code logic-v1} and {@code logic-v2}, {@code limit=5}, {@code threshold=0.7}). Each answer is
 * checked against yente's models ({@link YenteModels}), and read the way those clients read it.
 */
class YenteClientsContractTest {
    static final String KEY = "r-0c2e4a6b8d1f3a5c7e9b";

    @TempDir
    Path dir;

    private Store store;
    private KordonServer server;
    private Http http;

    static ListSnapshot lists() {
        List<Entity> es = new ArrayList<>();
        es.add(Entity.builder("ofac-sdn:10435", Schema.PERSON).name("ROTENBERG, Arkadii Romanovich", NameKind.PRIMARY)
                .name("РОТЕНБЕРГ, Аркадий Романович", NameKind.ORIGINAL_SCRIPT).birthDate(DateRange.parse("1951-12-15"))
                .nationality("ru").gender("Male").source(new SourceRef("ofac-sdn", "2026-11-30"))
                .sanction(new Sanction("OFAC", List.of("UKRAINE-EO13661"), PartialDate.parse("2014-03-20"), null, null)).build());
        es.add(Entity.builder("ofac-sdn:16084", Schema.COMPANY).name("STROYGAZMONTAZH CORPORATION", NameKind.PRIMARY)
                .name("OOO STROYGAZMONTAZH", NameKind.ALIAS).country("ru").source(new SourceRef("ofac-sdn", "2026-11-30"))
                .sanction(new Sanction("OFAC", List.of("UKRAINE-EO13661"), null, null, null)).build());
        es.add(Entity.builder("un:QDi.006", Schema.PERSON).name("AIMAN MUHAMMED RABI AL-ZAWAHIRI", NameKind.PRIMARY)
                .birthDate(DateRange.parse("1951-06-19")).nationality("eg").source(new SourceRef("un", "2026-11-30"))
                .sanction(new Sanction("UN", List.of("Al-Qaida"), PartialDate.parse("2001-01-25"), null, null)).build());
        return new ListSnapshot(List.of(), es);
    }

    @BeforeEach
    void start() {
        store = Store.open(Store.h2Url(dir.resolve("db").resolve("kordon")));
        Workflow wf = Workflow.open(store, ListLoad.ofSnapshot(lists(), "test"), 0.78);
        server = KordonServer.start(ServerConfig.defaults().withPort(0).withApiKeys(ApiKeys.parse(ApiKeys.line("client", Access.READ, KEY), "test")),
                wf, null, Features.standard());
        http = Http.of(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private Http.Answer apikey(String method, String path, String body) {
        // the example client's header, "Apikey" as it spells it
        return http.send(method, path, body, null, Map.of("Authorization", "Apikey " + KEY));
    }

    @Test
    void exampleClient_matchSanctions_bestFuzzyFalse() {
        String batch = """
                {"queries": {
                  "q1": {"schema": "Person", "properties": {"name": ["Arkadiii Romanovich Rotenberg", "Ротенберг Аркадий"], "birthDate": ["1951"]}},
                  "q2": {"schema": "Company", "properties": {"name": ["Stroygazmontazh"], "jurisdiction": ["Russia"]}}}}""";

        Http.Answer a = apikey("POST", "/match/sanctions?algorithm=best&fuzzy=false", batch);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(YenteModels.errors(YenteModels.MATCH, a.json())).isEmpty();
        assertThat(YenteModels.errors(YenteModels.MATCH_50, a.json())).isEmpty();
        assertThat(YenteModels.errors(YenteModels.MATCH_4, a.json())).isEmpty();
        JsonNode responses = a.json().get("responses");
        assertThat(responses.path("q2").path("query").path("properties").path("jurisdiction").get(0).asText()).isEqualTo("Russia");
        assertThat(responses.path("q1").path("results").get(0).path("id").asText()).isEqualTo("ofac-sdn:10435");
        assertThat(responses.path("q2").path("results").get(0).path("id").asText()).isEqualTo("ofac-sdn:16084");
        assertThat(a.json().path("algorithm").asText()).isEqualTo("kordon");
    }

    @Test
    void validationReportClient_catalogThenBatchesOfSlimPersons_bothAlgorithms() {
        JsonNode catalog = http.get("/catalog", KEY).json();
        assertThat(YenteModels.errors("DataCatalogModel", catalog)).isEmpty();
        String version = null;
        for (JsonNode d : catalog.path("datasets")) {
            if (d.path("name").asText().equals("default")) {
                version = d.path("index_version").asText();
            }
        }
        assertThat(version).as("the client reads the dataset's index_version").isNotBlank();

        ObjectNode queries = Http.JSON.createObjectNode();
        // true positives as the client slims them (first value of name, firstName, secondName, lastName, birthDate,
        // birthPlace, nationality, gender), then true negatives as it makes them from its CSV rows
        queries.set("q0", person("{\"name\":[\"Arkadii Rotenberg\"],\"birthDate\":[\"1951-12-15\"],\"nationality\":[\"ru\"],\"gender\":[\"male\"]}"));
        queries.set("q1", person("{\"name\":[\"Ayman al-Zawahiri\"],\"firstName\":[\"Ayman\"],\"lastName\":[\"al-Zawahiri\"],\"birthPlace\":[\"Giza\"]}"));
        for (int i = 2; i < 100; i++) {
            queries.set("q" + i, person("{\"name\":[\"Ingeborg Abrahamsen " + i + "\"],\"firstName\":[\"Ingeborg\"],\"lastName\":[\"Abrahamsen\"],"
                    + "\"gender\":[\"female\"],\"birthDate\":[\"1972-11-21\"],\"birthPlace\":[\"Birmingham\"],\"nationality\":[\"France\"]}"));
        }
        String body = "{\"queries\":" + queries + "}";

        for (String algorithm : List.of("logic-v1", "logic-v2")) {
            Http.Answer a = http.post("/match/default?algorithm=" + algorithm + "&limit=5&threshold=0.7", body, KEY);

            assertThat(a.status()).as(algorithm + ": " + a.body()).isEqualTo(200);
            assertThat(YenteModels.errors(YenteModels.MATCH, a.json())).as(algorithm).isEmpty();
            JsonNode responses = a.json().path("responses");
            assertThat(responses.size()).isEqualTo(100);
            assertThat(responses.path("q0").path("results").get(0).path("id").asText()).isEqualTo("ofac-sdn:10435");
            assertThat(responses.path("q1").path("results").get(0).path("id").asText()).isEqualTo("un:QDi.006");
            assertThat(responses.path("q50").path("results").findValuesAsText("match")).doesNotContain("true");
        }
    }

    private static JsonNode person(String properties) {
        ObjectNode q = Http.JSON.createObjectNode();
        q.put("schema", "Person");
        try {
            q.set("properties", Http.JSON.readTree(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return q;
    }
}
