package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.Address;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.model.VesselInfo;
import org.kordon.review.ListLoad;

/**
 * The yente-compatible API (issue 22) through real HTTP, every answer checked against yente's own response models
 * ({@link YenteModels}: yente 5.5.0, and 5.0.0 and 4.5.1 for {@code /match}) and every documented parameter either honoured with
 * yente's meaning or refused with 400 and a {@code detail}. Putin is on four lists (OFAC SDN, EU, OFSI, UK Sanctions
 * List), Lavrov on OFAC's only; a vessel, an aircraft and a bank complete the lists.
 */
class YenteApiTest {
    static final String KEY = "r-5d1e3c7a9b2f4e6d8c0a";

    @TempDir
    Path dir;

    private FeatureServer server;
    private Http http;

    private static Entity.Builder person(String id, String list, String program, String name, String born) {
        Entity.Builder b = Entity.builder(id, Schema.PERSON).name(name, NameKind.PRIMARY).source(new SourceRef(list, "2026-11-30"))
                .sanction(new Sanction(list.startsWith("ofac") ? "OFAC" : list.startsWith("eu") ? "EU" : "UK", List.of(program),
                        PartialDate.parse("2022-02-25"), "asset freeze", null));
        if (born != null) {
            b.birthDate(DateRange.parse(born));
        }
        return b;
    }

    static ListSnapshot lists() {
        List<Entity> es = new ArrayList<>();
        es.add(person("eu:32014R0269-I.PERSONS-669", "eu-32014R0269", "EU-UKR", "Vladimir Vladimirovich PUTIN", "1952-10-07")
                .gender("Male").build());
        es.add(person("ofac-sdn:35096", "ofac-sdn", "RUSSIA-EO14024", "PUTIN, Vladimir Vladimirovich", "1952-10-07").nationality("ru")
                .nationality("Narnia").name("PUTIN, Vladimir", NameKind.ALIAS).gender("Male").build());
        es.add(person("uk:14196", "uk-ofsi", "Russia", "Vladimir Vladimirovich PUTIN", "1952-10-07")
                .identifier(new Identifier(IdType.OTHER, "RUS0251", null, "UK Sanctions List Ref")).build());
        es.add(person("uk:RUS0251", "uk-sl", "Russia", "PUTIN Vladimir Vladimirovich", null)
                .identifier(new Identifier(IdType.OTHER, "14196", null, "OFSI Group ID"))
                .identifier(new Identifier(IdType.OTHER, "RUS0251", null, "UK Sanctions List Ref")).build());
        es.add(person("ofac-sdn:35097", "ofac-sdn", "RUSSIA-EO14024", "LAVROV, Sergei Viktorovich", "1950..1952").build());
        es.add(Entity.builder("eu:32014R0833-XLII-102", Schema.VESSEL).name("NEER 1", NameKind.PRIMARY)
                .name("KAPAL CANTIK", NameKind.PREVIOUS).identifier(IdType.IMO, "IMO 9224283").identifier(IdType.NATIONAL_ID, "V-77123")
                .vessel(new VesselInfo("Cook islands", "Crude Oil Tanker", null, "28,000", null))
                .source(new SourceRef("eu-32014R0833", "2026-11-30"))
                .sanction(new Sanction("EU", List.of("EU-UKR"), PartialDate.parse("2024-12-16"), "port ban", null)).build());
        es.add(Entity.builder("ofac-sdn:15037", Schema.AIRCRAFT).name("EP-CFD", NameKind.PRIMARY)
                .identifier(IdType.AIRCRAFT_SERIAL, "1013409321").identifier(IdType.AIRCRAFT_TAIL, "EP-CFD")
                .source(new SourceRef("ofac-sdn", "2026-11-30")).sanction(new Sanction("OFAC", List.of("SDGT"), null, null, null)).build());
        es.add(Entity.builder("ofac-sdn:17013", Schema.COMPANY).name("VTB BANK PUBLIC JOINT STOCK COMPANY", NameKind.PRIMARY)
                .identifier(IdType.BIC, "VTBRRUMM").identifier(IdType.TAX_ID, "7702070139").country("ru")
                .address(new Address("Vorontsovskaya 43, Moscow, Russia", null, "Moscow", null, null, "ru"))
                .source(new SourceRef("ofac-sdn", "2026-11-30")).sanction(new Sanction("OFAC", List.of("UKRAINE-EO13662"), null, null, null)).build());
        // a member of the US Congress from OpenSanctions' data: no sanction, topic role.pep (as the Senzing reader keeps it)
        es.add(Entity.builder("os:Q123", Schema.PERSON).name("Marjorie Taylor Greene", NameKind.PRIMARY).remark("topic: role.pep")
                .source(new SourceRef("os-us_congress", "2026-11-30")).build());
        return new ListSnapshot(List.of(), es);
    }

    @BeforeEach
    void start() {
        server = FeatureServer.start(dir, ListLoad.ofSnapshot(lists(), "test"),
                ApiKeys.parse(ApiKeys.line("web", Access.READ, KEY), "test"), wf -> Features.standard());
        http = server.http();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String query(String schema, String props) {
        return "{\"queries\":{\"q\":{\"schema\":\"" + schema + "\",\"properties\":" + props + "}}}";
    }

    private static final String PUTIN = query("Person", "{\"name\":[\"Vladimir Putin\"],\"birthDate\":[\"1952-10-07\"]}");

    private Http.Answer match(String pathAndParams, String body) {
        return http.post(pathAndParams, body, KEY);
    }

    private JsonNode ok(Http.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private static List<String> ids(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.path("responses").path("q").path("results").forEach(r -> out.add(r.path("id").asText()));
        return out;
    }

    private void refused(Http.Answer a, String field, String detail) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().path("field").asText()).isEqualTo(field);
        assertThat(a.json().path("detail").asText()).contains(detail);
        assertThat(YenteModels.errors("ErrorResponse", a.json())).isEmpty();
    }

    // ------------------------------------------------------------------ response models

    @Test
    void match_everyAnswer_validatesAgainstYente55And50And4xModels() {
        String body = """
                {"queries": {"putin": {"schema": "Person", "properties": {"name": ["Vladimir Putin"], "birthDate": ["1952"]}},
                  "bank": {"schema": "Company", "properties": {"name": ["VTB Bank"], "jurisdiction": ["ru"]}},
                  "ship": {"schema": "Vessel", "properties": {"name": ["Kapal Cantik"]}},
                  "plane": {"schema": "Airplane", "properties": {"name": ["EP-CFD"]}},
                  "imo": {"schema": "Vessel", "properties": {"imoNumber": ["9224283"]}}}}""";

        JsonNode answer = ok(match("/match/default?threshold=0.5", body));

        assertThat(YenteModels.errors(YenteModels.MATCH, answer)).isEmpty();
        assertThat(YenteModels.errors(YenteModels.MATCH_50, answer)).isEmpty();
        assertThat(YenteModels.errors(YenteModels.MATCH_4, answer)).isEmpty();
        for (String q : List.of("putin", "bank", "ship", "plane", "imo")) {
            assertThat(answer.path("responses").path(q).path("results").size()).as(q).isPositive();
        }
        JsonNode putin = answer.path("responses").path("putin").path("results").get(0);
        assertThat(putin.path("explanations").path("name").path("score").asDouble()).isGreaterThan(0.8);
        assertThat(putin.path("explanations").path("name").path("query").asText()).isEqualTo("Vladimir Putin");
        assertThat(putin.path("features").path("name").isNumber()).isTrue();
        assertThat(putin.path("first_seen").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
        assertThat(putin.path("last_change").asText()).isEqualTo(putin.path("first_seen").asText());
        assertThat(answer.path("responses").path("plane").path("results").get(0).path("schema").asText()).isEqualTo("Airplane");
    }

    @Test
    void match_oldKordonShape_brokeYenteModels_regression() {
        // what Kordon answered before issue 22: a sanction nested without id or caption, no explanations
        JsonNode old = Http.JSON.valueToTree(Map.of("limit", 5, "responses", Map.of("q", Map.of(
                "status", 200, "total", Map.of("value", 1, "relation", "eq"), "query", Map.of("schema", "Person", "properties", Map.of()),
                "results", List.of(Map.of("id", "x", "caption", "X", "schema", "Person", "score", 1.0, "match", true,
                        "features", Map.of("name", 1.0),
                        "properties", Map.of("sanctions", List.of(Map.of("schema", "Sanction", "properties", Map.of("authority", "UN"))))))))));

        assertThat(YenteModels.errors(YenteModels.MATCH, old)).isNotEmpty();
        assertThat(YenteModels.errors(YenteModels.MATCH_50, old)).isNotEmpty();
    }

    @Test
    void match_sanctions_areSanctionEntitiesWithIdsNamingTheListing() {
        JsonNode top = ok(match("/match/us_ofac_sdn", PUTIN)).path("responses").path("q").path("results").get(0);

        JsonNode sanction = top.path("properties").path("sanctions").get(0);
        assertThat(sanction.path("id").asText()).isEqualTo("ofac-sdn:35096-sanction-1");
        assertThat(sanction.path("schema").asText()).isEqualTo("Sanction");
        assertThat(sanction.path("caption").asText()).isEqualTo("OFAC: RUSSIA-EO14024");
        assertThat(sanction.path("properties").path("entity").get(0).asText()).isEqualTo("ofac-sdn:35096");
        assertThat(sanction.path("properties").path("listingDate").get(0).asText()).isEqualTo("2022-02-25");
        assertThat(sanction.path("properties").path("program").get(0).isTextual()).isTrue();
    }

    @Test
    void match_entityProperties_areFtmValues() {
        JsonNode top = ok(match("/match/us_ofac_sdn", PUTIN)).path("responses").path("q").path("results").get(0);

        JsonNode p = top.path("properties");
        assertThat(p.path("gender").get(0).asText()).isEqualTo("male");
        assertThat(p.path("nationality").toString()).isEqualTo("[\"ru\"]");
        assertThat(p.path("notes").toString()).contains("nationality: Narnia");
        assertThat(p.path("topics").toString()).isEqualTo("[\"sanction\"]");
        JsonNode lavrov = ok(match("/match/default", query("Person", "{\"name\":[\"Sergei Lavrov\"]}"))).path("responses").path("q").path("results").get(0);
        assertThat(lavrov.path("properties").path("birthDate").toString()).isEqualTo("[\"1950\",\"1951\",\"1952\"]");
    }

    @Test
    void match_total_countsTheMatchesNotTheResultsReturned() {
        JsonNode answer = ok(match("/match/default?limit=1&threshold=0.3&cutoff=0.3",
                query("Person", "{\"name\":[\"Vladimir Putin\"],\"alias\":[\"Sergei Lavrov\"]}")));

        assertThat(ids(answer)).hasSize(1);
        assertThat(answer.path("responses").path("q").path("total").path("value").asInt()).isEqualTo(2);
    }

    @Test
    void match_limit_upTo500_then400() {
        assertThat(ok(match("/match/default?limit=500", PUTIN)).path("limit").asInt()).isEqualTo(500);
        refused(match("/match/default?limit=501", PUTIN), "limit", "1 to 500");
    }

    // ------------------------------------------------------------------ parameters

    @Test
    void match_algorithm_kordonYenteNamesAndOfac_othersRefused() {
        JsonNode own = ok(match("/match/default", PUTIN)).path("responses").path("q").path("results").get(0);
        double kordon = own.path("score").asDouble();
        assertThat(own.path("features").has("birth_date")).isTrue();
        for (String alias : List.of("best", "logic-v2", "logic-v1", "kordon")) {
            assertThat(ok(match("/match/default?algorithm=" + alias, PUTIN)).path("responses").path("q").path("results").get(0)
                    .path("score").asDouble()).as(alias).isEqualTo(kordon);
        }
        JsonNode ofac = ok(match("/match/default?algorithm=ofac&threshold=0.5", PUTIN)).path("responses").path("q").path("results").get(0);
        assertThat(ofac.path("features").has("birth_date")).as("OFAC's search compares names only").isFalse();
        assertThat(ofac.path("explanation").asText()).doesNotContain("birth");

        refused(match("/match/default?algorithm=regression-v1", PUTIN), "algorithm", "Invalid algorithm: regression-v1");
    }

    @Test
    void match_unknownQueryParameter_refused_fuzzyAsOnYente() {
        refused(match("/match/default?treshold=0.9", PUTIN), "treshold", "unknown parameter");
        assertThat(ids(ok(match("/match/default?fuzzy=false", PUTIN)))).hasSize(1);
    }

    @Test
    void match_datasetsByOpenSanctionsNames_andCollections() {
        assertThat(ids(ok(match("/match/us_ofac_sdn", PUTIN)))).containsExactly("ofac-sdn:35096");
        assertThat(ids(ok(match("/match/gb_hmt_sanctions", PUTIN)))).containsExactly("uk:14196");
        assertThat(ids(ok(match("/match/eu_fsf", PUTIN)))).containsExactly("eu:32014R0269-I.PERSONS-669");
        assertThat(ids(ok(match("/match/sanctions", PUTIN)))).containsExactly("ofac-sdn:35096");
        assertThat(ids(ok(match("/match/ofac-sdn", PUTIN)))).as("Kordon's list names still work").containsExactly("ofac-sdn:35096");
        JsonNode top = ok(match("/match/default", PUTIN)).path("responses").path("q").path("results").get(0);
        assertThat(top.path("datasets").toString()).isEqualTo("[\"eu_fsf\",\"gb_fcdo_sanctions\",\"gb_hmt_sanctions\",\"us_ofac_sdn\"]");

        Http.Answer nope = match("/match/nope", PUTIN);
        assertThat(nope.status()).isEqualTo(404);
        assertThat(nope.json().path("detail").asText()).contains("us_ofac_sdn");
    }

    @Test
    void match_includeAndExcludeDataset_scopeMinusExcludedAmongIncluded() {
        assertThat(ids(ok(match("/match/default?include_dataset=gb_hmt_sanctions&include_dataset=eu_fsf", PUTIN))))
                .containsExactly("eu:32014R0269-I.PERSONS-669");
        String lavrov = query("Person", "{\"name\":[\"Sergei Lavrov\"]}");
        assertThat(ids(ok(match("/match/default?exclude_dataset=us_ofac_sdn", lavrov)))).isEmpty();
        assertThat(ids(ok(match("/match/default?exclude_dataset=us_ofac_sdn", PUTIN))))
                .as("Putin is still listed by the EU and the UK").hasSize(1).doesNotContain("ofac-sdn:35096");

        refused(match("/match/default?include_dataset=nope", PUTIN), "include_dataset", "no dataset 'nope'");
        refused(match("/match/default?exclude_dataset=nope", PUTIN), "exclude_dataset", "no dataset 'nope'");
    }

    @Test
    void match_excludeSchema_leavesThoseSchemataOut() {
        assertThat(ids(ok(match("/match/default?exclude_schema=Person", PUTIN)))).isEmpty();
        assertThat(ids(ok(match("/match/default?exclude_schema=Company", PUTIN)))).hasSize(1);
        refused(match("/match/default?exclude_schema=Unicorn", PUTIN), "exclude_schema", "unknown schema 'Unicorn'");
    }

    private static final String PUTIN_AND_GREENE = query("Person", "{\"name\":[\"Vladimir Putin\",\"Marjorie Taylor Greene\"]}");

    @Test
    void match_topics_anyOfTheRecordedTopics_withoutSanctionRefused() {
        assertThat(ids(ok(match("/match/default", PUTIN_AND_GREENE)))).contains("ofac-sdn:35096", "os:Q123");
        assertThat(ids(ok(match("/match/default?topics=sanction", PUTIN_AND_GREENE)))).containsExactly("ofac-sdn:35096");
        assertThat(ids(ok(match("/match/default?topics=role.pep&topics=sanction", PUTIN_AND_GREENE)))).contains("ofac-sdn:35096", "os:Q123");
        refused(match("/match/default?topics=role.pep", PUTIN), "topics", "cannot filter by [role.pep] alone");
    }

    @Test
    void match_sanctionsCollection_leavesOutListsWithoutSanctions() {
        assertThat(ids(ok(match("/match/default", PUTIN_AND_GREENE)))).contains("os:Q123");
        assertThat(ids(ok(match("/match/sanctions", PUTIN_AND_GREENE)))).containsExactly("ofac-sdn:35096");
        JsonNode pep = ok(match("/match/us_congress", PUTIN_AND_GREENE)).path("responses").path("q").path("results").get(0);
        assertThat(pep.path("properties").path("topics").toString()).isEqualTo("[\"role.pep\"]");
        assertThat(pep.path("properties").has("notes")).as("the topic remark is the topic, not a note").isFalse();
    }

    @Test
    void match_changedSince_filtersOnLastChange_malformedRefused() {
        assertThat(ids(ok(match("/match/default?changed_since=2000-01-01", PUTIN)))).hasSize(1);
        assertThat(ids(ok(match("/match/default?changed_since=2999-01-01T10", PUTIN)))).isEmpty();
        refused(match("/match/default?changed_since=yesterday", PUTIN), "changed_since", "'yesterday' is not a date");
        refused(match("/match/default?changed_since=2024-1-1", PUTIN), "changed_since", "not a date");
    }

    @Test
    void match_excludeEntityIds_anyReferentExcludesTheEntity() {
        assertThat(ids(ok(match("/match/default?exclude_entity_ids=uk:RUS0251", PUTIN)))).isEmpty();
        assertThat(ids(ok(match("/match/default?exclude_entity_ids=ofac-sdn:35097", PUTIN)))).hasSize(1);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            many.append("&exclude_entity_ids=x").append(i);
        }
        refused(match("/match/default?limit=5" + many, PUTIN), "exclude_entity_ids", "at most 50");
    }

    @Test
    void match_weightsConfigAndUnknownBodyKeys_refused_emptyAccepted() {
        ok(match("/match/default", "{\"weights\":{},\"config\":{}," + PUTIN.substring(1)));
        refused(match("/match/default", "{\"weights\":{\"name_literal\":0.8}," + PUTIN.substring(1)), "weights.name_literal", "calibrated");
        refused(match("/match/default", "{\"config\":{\"nm_number_mismatch\":0.4}," + PUTIN.substring(1)), "config.nm_number_mismatch",
                "Invalid configuration parameter");
        refused(match("/match/default", "{\"params\":{}," + PUTIN.substring(1)), "params", "unknown field");
        refused(match("/match/default", "{\"queries\":{}}"), "queries", "No queries provided.");
    }

    @Test
    void match_unreadProperty_saysItWasIgnored() {
        JsonNode r = ok(match("/match/default", query("Person", "{\"name\":[\"Vladimir Putin\"],\"address\":[\"Moscow\"]}")));

        assertThat(r.path("responses").path("q").path("warnings").toString()).contains("properties.address ignored");
    }

    @Test
    void match_identifierOnly_matchesTheListedIdentifier() {
        JsonNode r = ok(match("/match/default", query("Vessel", "{\"imoNumber\":[\"IMO 9224283\"]}")));
        JsonNode top = r.path("responses").path("q").path("results").get(0);
        assertThat(top.path("id").asText()).isEqualTo("eu:32014R0833-XLII-102");
        assertThat(top.path("match").asBoolean()).isTrue();
        assertThat(top.path("explanations").path("identifier").path("detail").asText()).contains("imoNumber IMO 9224283 equals listed imoNumber");
        assertThat(ids(ok(match("/match/default", query("Company", "{\"swiftBic\":[\"VTBRRUMM\"]}"))))).containsExactly("ofac-sdn:17013");
        assertThat(ids(ok(match("/match/default", query("Company", "{\"swiftBic\":[\"NOPEXXXX\"]}"))))).isEmpty();

        refused(match("/match/default", query("Company", "{\"idNumber\":[\"12\"]}")), "queries.q.properties.name", "at least 5");
    }

    // ------------------------------------------------------------------ the other yente endpoints

    @Test
    void catalog_listsEachListAsItsDatasetAndTheCollections() {
        JsonNode c = ok(http.get("/catalog", KEY));

        assertThat(YenteModels.errors("DataCatalogModel", c)).isEmpty();
        List<String> names = new ArrayList<>();
        c.path("datasets").forEach(d -> names.add(d.path("name").asText()));
        assertThat(names).containsExactly("eu_fsf", "gb_fcdo_sanctions", "gb_hmt_sanctions", "us_congress", "us_ofac_sdn", "default", "sanctions");
        assertThat(c.path("datasets").get(5).path("children").toString())
                .isEqualTo("[\"eu_fsf\",\"gb_fcdo_sanctions\",\"gb_hmt_sanctions\",\"us_congress\",\"us_ofac_sdn\"]");
        assertThat(c.path("datasets").get(6).path("children").toString()).as("sanctions: the lists with a sanctioned entity")
                .isEqualTo("[\"eu_fsf\",\"gb_fcdo_sanctions\",\"gb_hmt_sanctions\",\"us_ofac_sdn\"]");
        assertThat(c.path("datasets").get(4).path("entity_count").asInt()).isEqualTo(4);
        assertThat(c.path("datasets").get(6).path("entity_count").asInt()).isEqualTo(8);
    }

    @Test
    void algorithms_kordonAndOfac() {
        JsonNode a = ok(http.get("/algorithms", KEY));

        assertThat(YenteModels.errors("AlgorithmResponse", a)).isEmpty();
        assertThat(a.path("algorithms").findValuesAsText("name")).contains("kordon", "ofac");
        assertThat(a.path("best").asText()).isEqualTo("kordon");
    }

    @Test
    void search_byName_validatesAndCountsFacets() {
        JsonNode s = ok(http.get("/search/default?q=Vladimir%20Putin", KEY));

        assertThat(YenteModels.errors("SearchResponse", s)).isEmpty();
        assertThat(s.path("results").get(0).path("caption").asText()).containsIgnoringCase("putin");
        assertThat(s.path("total").path("value").asInt()).isEqualTo(1);
        assertThat(s.path("facets").path("datasets").path("values").size()).isEqualTo(4);
    }

    @Test
    void search_withoutQuery_listsTheDatasetPaged_andRefusesWhatItCannotDo() {
        JsonNode s = ok(http.get("/search/us_ofac_sdn?limit=2&offset=1&schema=Person", KEY));

        assertThat(YenteModels.errors("SearchResponse", s)).isEmpty();
        assertThat(s.path("total").path("value").asInt()).isEqualTo(2);
        assertThat(s.path("results").size()).isEqualTo(1);
        refused(http.get("/search/default?q=putin&sort=caption:asc", KEY), "sort", "does not take sort");
        refused(http.get("/search/default?q=putin&fuzzy=true", KEY), "fuzzy", "only fuzzy=false");
        refused(http.get("/search/default?q=putin&filter_op=AND", KEY), "filter_op", "OR only");
        refused(http.get("/search/default?q=putin&nested=true", KEY), "nested", "unknown parameter");
        assertThat(ok(http.get("/search/default?q=Vladimir%20Putin&datasets=us_ofac_sdn&simple=false", KEY)).path("results").get(0)
                .path("id").asText()).isEqualTo("ofac-sdn:35096");
        refused(http.get("/search/default?facets=colour", KEY), "facets", "no facet 'colour'");
    }

    private Http.Answer reconcile(String path, String form) {
        return http.send("POST", path, form, KEY, Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    private static String form(String name, String json) {
        return name + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    @Test
    void reconcile_manifest_namesTypesAndView() {
        JsonNode m = ok(http.get("/reconcile/default", KEY));

        assertThat(m.path("versions").toString()).isEqualTo("[\"0.2\"]");
        assertThat(m.path("defaultTypes").findValuesAsText("id")).contains("Person", "Company", "Vessel", "Airplane");
        assertThat(m.path("view").path("url").asText()).endsWith("/#/entity/{{id}}");
        assertThat(http.get("/reconcile/nope", KEY).status()).isEqualTo(404);
    }

    @Test
    void reconcile_openRefineQueries_answersScoredCandidates() {
        String queries = """
                {"q0": {"query": "Vladimir Putin", "type": "Person", "limit": 3, "properties": [{"pid": "birthDate", "v": "1952-10-07"}]},
                 "q1": {"query": "VTB Bank", "type": ["Company"], "properties": [{"pid": "Company:jurisdiction", "v": "ru"}]},
                 "q2": {"query": "Ingeborg Abrahamsen", "type": "Person"}}""";

        JsonNode r = ok(reconcile("/reconcile/default", form("queries", queries)));

        JsonNode putin = r.path("q0").path("result").get(0);
        assertThat(putin.path("name").asText()).containsIgnoringCase("putin");
        assertThat(putin.path("type").get(0).path("id").asText()).isEqualTo("Person");
        assertThat(putin.path("match").asBoolean()).isTrue();
        assertThat(putin.path("score").asDouble()).isGreaterThan(0.9);
        assertThat(r.path("q1").path("result").get(0).path("id").asText()).isEqualTo("ofac-sdn:17013");
        assertThat(r.path("q2").path("result").findValuesAsText("match")).doesNotContain("true");
    }

    @Test
    void reconcile_extendOrNoQueriesOrJson_refused() {
        refused(reconcile("/reconcile/default", form("extend", "{\"ids\":[\"x\"],\"properties\":[]}")), "extend", "does not offer");
        refused(reconcile("/reconcile/default", ""), "queries", "No queries");
        refused(reconcile("/reconcile/default", form("queries", "[1,2]")), "queries", "JSON object");
        Http.Answer json = http.post("/reconcile/default", "{\"queries\":{}}", KEY);
        refused(json, "body", "must be a form");
    }

    @Test
    void entities_healthz_readyz_validate() {
        assertThat(YenteModels.errors("EntityResponse", ok(http.get("/entities/eu:32014R0833-XLII-102", KEY)))).isEmpty();
        assertThat(YenteModels.errors("StatusResponse", ok(http.get("/healthz")))).isEmpty();
        assertThat(YenteModels.errors("StatusResponse", ok(http.get("/readyz")))).isEmpty();
    }
}
