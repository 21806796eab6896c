package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.maritime.VesselData;

/**
 * The engines' endpoints over real HTTP on H2: {@code POST /ownership}, {@code POST /vessels/screen},
 * {@code GET /vessels/{imo}}, {@code POST /scan}, {@code POST /shipments/screen}; a read-only key is enough.
 */
class FeatureRoutesTest {
    static final String READ_KEY = "r-5b8e1f0c7a2d4e93";

    @TempDir
    static Path dir;

    static FeatureServer fixture;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        fixture = FeatureServer.start(dir, READ_KEY, wf -> Features.standard(wf, VesselData.empty()));
        http = fixture.http();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static void assertProblem(Http.Answer a, int status, String field) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("field").asText()).isEqualTo(field);
    }

    // ------------------------------------------------------------------ POST /ownership

    static final String OFAC_EXAMPLE_3 = """
            {"stakes": [{"owner_id": "X3", "owned_id": "A3", "share_min": 50, "share_max": 50, "type": "shareholding"},
                        {"owner_id": "X3", "owned_id": "B3", "share_min": "10", "share_max": "10", "type": "shareholding"},
                        {"owner_id": "A3", "owned_id": "B3", "share_min": 40, "share_max": 40, "type": "shareholding"}],
             "listed": ["X3"], "regime": "%s", "as_of": "2026-01-01"}""";

    @Test
    void ownership_ofacExample3_blocksBWithPath() {
        Http.Answer a = http.post("/ownership", OFAC_EXAMPLE_3.formatted("ofac"), READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode results = a.json().path("results");
        assertThat(texts(results, "entity_id")).containsExactly("A3", "B3");
        JsonNode b3 = results.get(1);
        assertThat(b3.path("regime").asText()).isEqualTo("ofac");
        assertThat(b3.path("status").asText()).isEqualTo("blocked");
        assertThat(b3.path("share_min").asText()).isEqualTo("50");
        assertThat(b3.path("evidence").asText()).isEqualTo("X3 -10%-> B3; X3 -50%-> A3(blocked) -40%-> B3");
    }

    @Test
    void ownership_regimeAll_answersEachSanctionsRegime() {
        Http.Answer a = http.post("/ownership", OFAC_EXAMPLE_3.formatted("all"), READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(texts(a.json().path("results"), "regime")).containsExactly("ofac", "ofac", "eu", "eu", "uk", "uk");
        assertThat(a.json().path("results").get(5).path("status").asText()).isEqualTo("clear");
    }

    @Test
    void ownership_shareAbove100_400NamingItemAndField() {
        Http.Answer a = http.post("/ownership", """
                {"stakes": [{"owner_id": "X", "owned_id": "A", "share_min": 50, "type": "shareholding"},
                            {"owner_id": "X", "owned_id": "B", "share_min": 120, "type": "shareholding"}],
                 "listed": ["X"], "regime": "eu"}""", READ_KEY);

        assertProblem(a, 400, "stakes[1].share_min");
        assertThat(a.json().path("detail").asText()).contains("120");
    }

    @Test
    void ownership_badType_400NamingItemAndField() {
        Http.Answer a = http.post("/ownership", """
                {"stakes": [{"owner_id": "X", "owned_id": "A", "type": "friendship"}], "listed": ["X"], "regime": "uk"}""", READ_KEY);

        assertProblem(a, 400, "stakes[0].type");
    }

    @Test
    void ownership_minimumStakesOver100_400() {
        Http.Answer a = http.post("/ownership", """
                {"stakes": [{"owner_id": "X", "owned_id": "A", "share_min": 60, "type": "shareholding"},
                            {"owner_id": "Y", "owned_id": "A", "share_min": 60, "type": "shareholding"}],
                 "listed": ["X"], "regime": "ofac"}""", READ_KEY);

        assertProblem(a, 400, "stakes[1].share_min");
    }

    @Test
    void ownership_sameStakeTwice_countedOnceWithAWarningNamingBothItems() {
        Http.Answer a = http.post("/ownership", """
                {"stakes": [{"owner_id": "X", "owned_id": "A", "share_min": 30, "share_max": 30, "type": "shareholding"},
                            {"owner_id": "X", "owned_id": "A", "share_min": "30", "share_max": 30, "type": "shareholding"}],
                 "listed": ["X"], "regime": "ofac", "as_of": "2026-01-01"}""", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("warnings")).singleElement().extracting(JsonNode::asText)
                .isEqualTo("stakes[1]: the same stake as stakes[0] (same owner, owned, share, type and dates); counted once");
        JsonNode result = a.json().path("results").get(0);
        assertThat(result.path("entity_id").asText()).isEqualTo("A");
        assertThat(result.path("share_min").asText()).as("30%, not 60%").isEqualTo("30");
        assertThat(result.path("status").asText()).isNotEqualTo("blocked");
    }

    @Test
    void ownership_sameOwnerTwoStakesDifferingInStart_summedWithoutWarning() {
        Http.Answer a = http.post("/ownership", """
                {"stakes": [{"owner_id": "X", "owned_id": "A", "share_min": 30, "share_max": 30, "type": "shareholding", "start": "2020-01-01"},
                            {"owner_id": "X", "owned_id": "A", "share_min": 30, "share_max": 30, "type": "shareholding", "start": "2021-06-01"}],
                 "listed": ["X"], "regime": "ofac", "as_of": "2026-01-01"}""", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("warnings").isArray()).isTrue();
        assertThat(a.json().path("warnings")).isEmpty();
        assertThat(a.json().path("results").get(0).path("share_min").asText()).isEqualTo("60");
        assertThat(a.json().path("results").get(0).path("status").asText()).isEqualTo("blocked");
    }

    @Test
    void ownership_sameOwnerSamePeriodTwoShares_400NamingBothItems() {
        Http.Answer a = http.post("/ownership", """
                {"stakes": [{"owner_id": "X", "owned_id": "A", "share_min": 30, "share_max": 30, "type": "shareholding", "start": "2021-01-01"},
                            {"owner_id": "X", "owned_id": "A", "share_min": 25, "share_max": 25, "type": "shareholding", "start": "2021-01-01"}],
                 "listed": ["X"], "regime": "ofac", "as_of": "2026-01-01"}""", READ_KEY);

        assertProblem(a, 400, "stakes[1]");
        assertThat(a.json().path("detail").asText()).startsWith("stakes[1]: shareholding stake 'X' -> 'A' of 25% from 2021-01-01 contradicts the one of 30%")
                .endsWith("given at stakes[0]");
    }

    @Test
    void ownership_minimumStakesOver100_400NamingEveryItemOfTheSet() {
        Http.Answer a = http.post("/ownership", """
                {"stakes": [{"owner_id": "X", "owned_id": "A", "share_min": 60, "type": "shareholding"},
                            {"owner_id": "X", "owned_id": "B", "share_min": 90, "type": "shareholding"},
                            {"owner_id": "Y", "owned_id": "A", "share_min": 30, "type": "shareholding"},
                            {"owner_id": "Z", "owned_id": "A", "share_min": 20, "share_max": 40, "type": "shareholding"}],
                 "listed": ["X"], "regime": "ofac", "as_of": "2026-01-01"}""", READ_KEY);

        assertProblem(a, 400, "stakes[3].share_min");
        assertThat(a.json().path("detail").asText()).isEqualTo("stakes[0].share_min, stakes[2].share_min, stakes[3].share_min: "
                + "the minimum shareholding stakes in 'A' active on 2026-01-01 add up to 110%, more than 100%");
    }

    @Test
    void ownership_duplicateCountedOnceInTheSum_notOverfull() {
        Http.Answer a = http.post("/ownership", """
                {"stakes": [{"owner_id": "X", "owned_id": "A", "share_min": 60, "share_max": 60, "type": "shareholding"},
                            {"owner_id": "X", "owned_id": "A", "share_min": 60, "share_max": 60, "type": "shareholding"}],
                 "listed": ["X"], "regime": "ofac", "as_of": "2026-01-01"}""", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("warnings")).hasSize(1);
        assertThat(a.json().path("results").get(0).path("share_min").asText()).isEqualTo("60");
    }

    @Test
    void ownership_stakesEndedBeforeAsOf_notInTheSum() {
        Http.Answer a = http.post("/ownership", """
                {"stakes": [{"owner_id": "X", "owned_id": "A", "share_min": 60, "type": "shareholding", "end": "2025-01-01"},
                            {"owner_id": "Y", "owned_id": "A", "share_min": 60, "type": "shareholding", "start": "2025-01-01"}],
                 "listed": ["X"], "regime": "ofac", "as_of": "2026-01-01"}""", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    @Test
    void ownership_unknownRegime_400() {
        assertProblem(http.post("/ownership", """
                {"stakes": [], "listed": [], "regime": "fr"}""", READ_KEY), 400, "regime");
    }

    @Test
    void ownership_badAsOf_400() {
        assertProblem(http.post("/ownership", """
                {"stakes": [], "listed": [], "regime": "ofac", "as_of": "01/01/2026"}""", READ_KEY), 400, "as_of");
    }

    @Test
    void ownership_withoutKey_401() {
        assertThat(http.post("/ownership", OFAC_EXAMPLE_3.formatted("ofac")).status()).isEqualTo(401);
    }

    // ------------------------------------------------------------------ vessels

    @Test
    void vesselsScreen_formerNameWithImo_foundByImo() {
        Http.Answer a = http.post("/vessels/screen", """
                {"vessels": [{"id": "v1", "imo": "IMO 9224283", "name": "KAPAL CANTIK"}], "top": 3}""", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json().path("results").get(0);
        assertThat(r.path("query_id").asText()).isEqualTo("v1");
        JsonNode top = r.path("matches").get(0);
        assertThat(top.path("entity_id").asText()).isEqualTo("os:NK-neer1");
        assertThat(top.path("score").asDouble()).isEqualTo(1.0);
        assertThat(top.path("matched_by").asText()).isEqualTo("IMO");
    }

    @Test
    void vesselsScreen_invalidImo_400NamingField() {
        Http.Answer a = http.post("/vessels/screen", """
                {"vessels": [{"id": "v1", "name": "NEER1"}, {"id": "v2", "imo": "9224284"}]}""", READ_KEY);

        assertProblem(a, 400, "vessels[1].imo");
        assertThat(a.json().path("detail").asText()).contains("9224284");
    }

    @Test
    void vesselsScreen_badFlag_400NamingField() {
        assertProblem(http.post("/vessels/screen", """
                {"vessels": [{"id": "v1", "name": "NEER1", "flag": "zz"}]}""", READ_KEY), 400, "vessels[0].flag");
    }

    @Test
    void vesselsScreen_overBatchLimit_400() {
        String one = "{\"id\": \"v\", \"name\": \"NEER1\"}";
        String body = "{\"vessels\": [" + String.join(",", java.util.Collections.nCopies(6, one)) + "]}";
        assertProblem(http.post("/vessels/screen", body, READ_KEY), 400, "vessels");
    }

    @Test
    void vesselShow_listedVessel_profileWithListingAndFormerName() {
        Http.Answer a = http.get("/vessels/IMO%209224283?as_of=2026-11-24", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode p = a.json();
        assertThat(p.path("imo").asText()).isEqualTo("9224283");
        assertThat(texts(p.path("listed"), "id")).containsExactly("os:NK-neer1");
        assertThat(texts(p.path("history"), "value")).contains("KAPAL CANTIK");
    }

    @Test
    void vesselShow_invalidImo_400NamingField() {
        assertProblem(http.get("/vessels/9224284", READ_KEY), 400, "imo");
    }

    @Test
    void vesselShow_unknownVessel_404() {
        Http.Answer a = http.get("/vessels/9256858", READ_KEY);
        assertThat(a.status()).as(a.body()).isEqualTo(404);
        assertThat(a.json().path("detail").asText()).contains("9256858");
    }

    // ------------------------------------------------------------------ POST /scan

    @Test
    void scan_text_listedAndUnlistedMentionsWithOffsets() {
        String text = "Vladimir Putin met Angela Merkel in Moscow.";
        Http.Answer a = http.post("/scan", "{\"text\": \"" + text + "\"}", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode putin = a.json().path("mentions").get(0);
        assertThat(putin.path("text").asText()).isEqualTo("Vladimir Putin");
        assertThat(putin.path("start").asInt()).isZero();
        assertThat(putin.path("end").asInt()).isEqualTo(14);
        assertThat(putin.path("status").asText()).isEqualTo("listed");
        assertThat(putin.path("listings").get(0).path("entity_id").asText()).isEqualTo("os:NK-putin");
        assertThat(putin.path("listings").get(0).path("resolved_id").asText()).isEqualTo("ke:os:NK-putin");
        assertThat(a.json().path("mentions")).anySatisfy(m -> {
            assertThat(m.path("text").asText()).isEqualTo("Angela Merkel");
            assertThat(m.path("status").asText()).isEqualTo("not listed");
        });
    }

    @Test
    void scan_html_scansVisibleTextAndAnswersIt() {
        Http.Answer a = http.post("/scan", """
                {"text": "<html><body><script>var x='Putin';</script><p>Sanctions on <b>Rosneft Oil Company</b>.</p></body></html>",
                 "content_type": "html"}""", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        String text = a.json().path("text").asText();
        assertThat(text).doesNotContain("var x");
        JsonNode m = a.json().path("mentions").get(0);
        assertThat(text.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo(m.path("text").asText());
        assertThat(m.path("listings").get(0).path("entity_id").asText()).isEqualTo("os:NK-rosneft");
    }

    @Test
    void scan_missingText_400() {
        assertProblem(http.post("/scan", "{\"txt\": \"x\"}", READ_KEY), 400, "text");
    }

    @Test
    void scan_unknownContentType_400() {
        assertProblem(http.post("/scan", "{\"text\": \"x\", \"content_type\": \"pdf\"}", READ_KEY), 400, "content_type");
    }

    @Test
    void scan_textOverBodyLimit_413() {
        String body = "{\"text\": \"" + "Putin ".repeat(12_000) + "\"}";
        assertThat(http.post("/scan", body, READ_KEY).status()).isEqualTo(413);
    }

    // ------------------------------------------------------------------ POST /shipments/screen

    @Test
    void shipments_one_findingsWithCsvFieldNames() {
        Http.Answer a = http.post("/shipments/screen", """
                {"id": "S-1", "exporter": "Alpha Elektronik GmbH", "exporter_country": "DE",
                 "consignee": "Rosneft Oil Company", "consignee_country": "RU", "destination_country": "KZ",
                 "transit_countries": "RU", "hs_code": "8542.31.0000", "description": "microcontrollers"}""", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json().path("results").get(0);
        assertThat(r.path("shipment_id").asText()).isEqualTo("S-1");
        JsonNode findings = r.path("findings");
        assertThat(texts(findings, "finding")).contains("listed_party", "controlled_goods", "sanctioned_destination");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.path("finding").asText()).isEqualTo("listed_party");
            assertThat(f.path("party").asText()).isEqualTo("consignee");
            assertThat(f.path("entity_id").asText()).isEqualTo("os:NK-rosneft");
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.path("hs6").asText()).isEqualTo("854231"));
    }

    @Test
    void shipments_batchWithTransitArray_oneResultEach_cleanOneEmpty() {
        Http.Answer a = http.post("/shipments/screen", """
                {"shipments": [{"id": "S-1", "consignee": "Garage Dupont SARL", "consignee_country": "FR",
                                "destination_country": "FR", "hs_code": "870323"},
                               {"id": "S-2", "consignee": "Beta LLP", "destination_country": "KZ",
                                "transit_countries": ["GE", "AM"], "hs_code": "854231"}]}""", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode results = a.json().path("results");
        assertThat(texts(results, "shipment_id")).containsExactly("S-1", "S-2");
        assertThat(results.get(0).path("findings")).isEmpty();
        assertThat(texts(results.get(1).path("findings"), "finding")).contains("diversion_risk");
    }

    @Test
    void shipments_badTransitCountry_400NamingItemAndField() {
        Http.Answer a = http.post("/shipments/screen", """
                {"shipments": [{"id": "S-1", "transit_countries": "GE;XX", "hs_code": "854231"}]}""", READ_KEY);

        assertProblem(a, 400, "shipments[0].transit_countries");
        assertThat(a.json().path("detail").asText()).contains("XX");
    }

    @Test
    void shipments_badConsigneeCountry_400NamingField() {
        assertProblem(http.post("/shipments/screen", """
                {"id": "S-1", "consignee": "Beta LLP", "consignee_country": "Kazakhstan"}""", READ_KEY), 400, "consignee_country");
    }

    @Test
    void shipments_missingId_400() {
        assertProblem(http.post("/shipments/screen", "{\"consignee\": \"Beta LLP\"}", READ_KEY), 400, "id");
    }

    @Test
    void openapi_describesEveryFeatureEndpoint() {
        Http.Answer a = http.get("/openapi.yaml");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).contains("  /ownership:", "  /vessels/screen:", "  /vessels/{imo}:", "  /scan:", "  /shipments/screen:");
    }

    @Test
    void shipments_transitArrayWithObject_400NamingEntry() {
        assertProblem(http.post("/shipments/screen", """
                {"id": "S-1", "transit_countries": ["GE", {"x": 1}]}""", READ_KEY), 400, "transit_countries[1]");
    }

    @Test
    void ownership_listedNotAString_400NamingEntry() {
        assertProblem(http.post("/ownership", """
                {"stakes": [], "listed": ["X", 7], "regime": "ofac"}""", READ_KEY), 400, "listed[1]");
    }

    @Test
    void shipments_withTheSameStakeTwice_warningsSayItWasCountedOnce() {
        Http.Answer a = http.post("/shipments/screen", """
                {"id": "S-1", "consignee": "Beta Trade LLP", "consignee_country": "KZ",
                 "stakes": [{"owner_id": "X", "owned_id": "Beta Trade LLP", "share_min": 30, "share_max": 30, "type": "shareholding"},
                            {"owner_id": "X", "owned_id": "Beta Trade LLP", "share_min": 30, "share_max": 30, "type": "shareholding"}],
                 "listed": ["X"]}""", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("warnings")).singleElement().extracting(JsonNode::asText)
                .isEqualTo("stakes[1]: the same stake as stakes[0] (same owner, owned, share, type and dates); counted once");
        assertThat(texts(a.json().path("results").get(0).path("findings"), "finding")).as("30%, not 60%: not owned")
                .doesNotContain("owned_by_listed");
    }

    @Test
    void shipments_withStakes_consigneeOwnedByListedGetsPath() {
        Http.Answer a = http.post("/shipments/screen", """
                {"id": "S-1", "consignee": "Beta Trade LLP", "consignee_country": "KZ", "destination_country": "KZ",
                 "stakes": [{"owner_id": "os:NK-rosneft", "owned_id": "Beta Holding Ltd", "share_min": 100, "share_max": 100,
                             "type": "shareholding"},
                            {"owner_id": "Beta Holding Ltd", "owned_id": "Beta Trade LLP", "share_min": 50, "share_max": 50,
                             "type": "shareholding"}]}""", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("results").get(0).path("findings")).singleElement().satisfies(f -> {
            assertThat(f.path("finding").asText()).isEqualTo("owned_by_listed");
            assertThat(f.path("party").asText()).isEqualTo("consignee");
            assertThat(f.path("entity_id").asText()).isEqualTo("os:NK-rosneft");
            assertThat(f.path("detail").asText()).isEqualTo("'Beta Trade LLP' owned or controlled by listed 'ROSNEFT OIL COMPANY': "
                    + "OFAC, EU: blocked, listed-owned 50%: os:NK-rosneft -100%-> Beta Holding Ltd(blocked) -50%-> Beta Trade LLP");
        });
    }

    @Test
    void shipments_badStake_400NamingItemAndField() {
        assertProblem(http.post("/shipments/screen", """
                {"id": "S-1", "consignee": "Beta Trade LLP",
                 "stakes": [{"owner_id": "X", "owned_id": "Beta Trade LLP", "share_max": "lots", "type": "shareholding"}]}""", READ_KEY),
                400, "stakes[0].share_max");
    }

    @Test
    void shipments_listedWithoutStakes_400() {
        assertProblem(http.post("/shipments/screen", """
                {"id": "S-1", "consignee": "Beta Trade LLP", "listed": ["X"]}""", READ_KEY), 400, "listed");
    }
}
