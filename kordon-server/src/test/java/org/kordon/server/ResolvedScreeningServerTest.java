package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.review.ListLoad;

/**
 * Screening over HTTP speaks of resolved entities (issue 25): {@code /match} returns one result per entity with
 * yente's {@code referents} and {@code datasets}; alerts and {@code /entities/{id}} name the entity's other listings.
 * Putin is on four lists here: OFAC and the EU with the same name and birth date, OFSI and the UK Sanctions List
 * under one UK reference, OFSI with his birth date too.
 */
class ResolvedScreeningServerTest {
    static final String KEY = "w-7a2c4e6b8d0f1a3c5e7b";
    static final String EU = "eu:32014R0269-I.PERSONS-669";

    @TempDir
    Path dir;

    private FeatureServer server;
    private Http http;

    private static Entity.Builder person(String id, String list, String program, String name, String born) {
        Entity.Builder b = Entity.builder(id, Schema.PERSON).name(name, NameKind.PRIMARY).source(new SourceRef(list, null))
                .sanction(new Sanction(list, List.of(program), null, null, null));
        if (born != null) {
            b.birthDate(DateRange.parse(born));
        }
        return b;
    }

    private static ListSnapshot lists() {
        List<Entity> es = new ArrayList<>();
        es.add(person(EU, "eu-32014R0269", "EU-UKR", "Vladimir Vladimirovich PUTIN", "1952-10-07").build());
        es.add(person("ofac-sdn:35096", "ofac-sdn", "RUSSIA-EO14024", "PUTIN, Vladimir Vladimirovich", "1952-10-07").nationality("ru")
                .name("PUTIN, Vladimir", NameKind.ALIAS).build());
        es.add(person("uk:14196", "uk-ofsi", "Russia", "Vladimir Vladimirovich PUTIN", "1952-10-07")
                .identifier(new Identifier(IdType.OTHER, "RUS0251", null, "UK Sanctions List Ref")).build());
        es.add(person("uk:RUS0251", "uk-sl", "Russia", "PUTIN Vladimir Vladimirovich", null)
                .identifier(new Identifier(IdType.OTHER, "14196", null, "OFSI Group ID"))
                .identifier(new Identifier(IdType.OTHER, "RUS0251", null, "UK Sanctions List Ref")).build());
        es.add(person("ofac-sdn:35097", "ofac-sdn", "RUSSIA-EO14024", "LAVROV, Sergei Viktorovich", "1950-03-21").build());
        return new ListSnapshot(List.of(), es);
    }

    @BeforeEach
    void start() {
        server = FeatureServer.start(dir, ListLoad.ofSnapshot(lists(), "test"),
                ApiKeys.parse(ApiKeys.line("batch", Access.WRITE, KEY), "test"), wf -> Features.standard());
        http = server.http();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isObject() ? n.path("id").asText() : n.asText()));
        return out;
    }

    private JsonNode match(String dataset, String name) {
        Http.Answer a = http.post("/match/" + dataset, "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\""
                + name + "\"]}}}}", KEY);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().path("responses").path("q").path("results");
    }

    @Test
    void match_returnsReferents() {
        JsonNode results = match("default", "Vladimir Putin");

        assertThat(results).hasSize(1);
        JsonNode putin = results.get(0);
        assertThat(putin.path("id").asText()).isEqualTo("ofac-sdn:35096");
        assertThat(texts(putin.path("referents"))).containsExactly(EU, "uk:14196", "uk:RUS0251");
        assertThat(texts(putin.path("datasets"))).containsExactly("eu_fsf", "gb_fcdo_sanctions", "gb_hmt_sanctions", "us_ofac_sdn");
        assertThat(putin.path("resolved_id").asText()).isEqualTo("ke:" + EU);
        assertThat(putin.path("listings")).hasSize(4);
        assertThat(putin.path("listings").get(3).path("source").asText()).isEqualTo("uk-sl");
        assertThat(putin.path("properties").path("nationality").get(0).asText())
                .as("properties stay the matched listing's own").isEqualTo("ru");
        assertThat(putin.path("properties").has("birthDate")).isTrue();
    }

    @Test
    void match_listingsCarryEachListsOwnData_sideBySide() {
        JsonNode listings = match("default", "Vladimir Putin").get(0).path("listings");

        assertThat(texts(listings)).containsExactly(EU, "ofac-sdn:35096", "uk:14196", "uk:RUS0251");
        JsonNode eu = listings.get(0);
        JsonNode ofac = listings.get(1);
        JsonNode ukSl = listings.get(3);
        assertThat(eu.path("name").asText()).isEqualTo("Vladimir Vladimirovich PUTIN");
        assertThat(texts(eu.path("programs"))).containsExactly("EU-UKR");
        assertThat(texts(eu.path("birthDates"))).containsExactly("1952-10-07");
        assertThat(eu.path("nationalities")).isEmpty();
        assertThat(texts(ofac.path("names"))).containsExactly("PUTIN, Vladimir Vladimirovich", "PUTIN, Vladimir");
        assertThat(texts(ofac.path("nationalities"))).containsExactly("ru");
        assertThat(ukSl.path("birthDates")).isEmpty();
        assertThat(ukSl.path("identifiers")).extracting(i -> i.path("value").asText()).containsExactly("14196", "RUS0251");
        assertThat(ukSl.path("schema").asText()).isEqualTo("Person");
    }

    @Test
    void match_matchedWordsOfTheListedNameAsWritten_contributionsAddUpToTheScore() {
        Http.Answer a = http.post("/match/default", "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Владимир Путин\"],"
                + "\"birthDate\":[\"1952-10-07\"]}}}}", KEY);
        JsonNode putin = a.json().path("responses").path("q").path("results").get(0);

        String matched = putin.path("matched_name").asText();
        List<String> marked = new ArrayList<>();
        putin.path("matched_words").forEach(s -> marked.add(matched.substring(s.get(0).asInt(), s.get(1).asInt())));
        assertThat(marked).as(matched).containsExactlyInAnyOrder("PUTIN", "Vladimir");
        double sum = 0;
        for (JsonNode c : putin.path("contributions")) {
            sum += c.path("delta").asDouble();
        }
        assertThat(sum).isCloseTo(putin.path("score").asDouble(), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(putin.path("contributions")).anySatisfy(c -> {
            assertThat(c.path("feature").asText()).isEqualTo("birth-date");
            assertThat(c.path("detail").asText()).isEqualTo("birth date 1952-10-07 matches");
        });
    }

    @Test
    void match_oneDataset_countsOnlyItsListings_butNamesAllReferents() {
        JsonNode results = match("uk-sl", "Vladimir Putin");

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.path("id").asText()).isEqualTo("uk:RUS0251");
            assertThat(texts(r.path("referents"))).containsExactly(EU, "ofac-sdn:35096", "uk:14196");
        });
    }

    @Test
    void match_limitCountsEntities() {
        Http.Answer a = http.post("/match/default?limit=2&threshold=0.3&cutoff=0.3",
                "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Vladimir Putin\"],\"alias\":[\"Sergei Lavrov\"]}}}}", KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(texts(a.json().path("responses").path("q").path("results"))).containsExactly("ofac-sdn:35096", "ofac-sdn:35097");
    }

    @Test
    void screen_alertsNameTheResolvedEntityAndItsListings() {
        Http.Answer a = http.post("/screen", "{\"id\":\"C-1\",\"name\":\"Vladimir Putin\",\"schema\":\"Person\"}", KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode opened = a.json().path("opened");
        assertThat(opened).isNotEmpty();
        opened.forEach(alert -> {
            assertThat(alert.path("resolvedId").asText()).isEqualTo("ke:" + EU);
            assertThat(texts(alert.path("sameAs"))).hasSize(3).doesNotContain(alert.path("entityId").asText());
            assertThat(texts(alert.path("listings"))).containsExactly(EU, "ofac-sdn:35096", "uk:14196", "uk:RUS0251");
            String matched = alert.path("matchedName").asText();
            assertThat(alert.path("matchedWords")).as(matched).isNotEmpty().allSatisfy(w ->
                    assertThat(matched.substring(w.get(0).asInt(), w.get(1).asInt())).isIn("PUTIN", "Vladimir", "Putin"));
        });
    }

    @Test
    void entity_byListingId_namesTheOtherListingsAsReferents() {
        JsonNode e = http.get("/entities/uk:14196", KEY).json();

        assertThat(texts(e.path("referents"))).containsExactly(EU, "ofac-sdn:35096", "uk:RUS0251");
        assertThat(texts(e.path("datasets"))).containsExactly("eu_fsf", "gb_fcdo_sanctions", "gb_hmt_sanctions", "us_ofac_sdn");
        assertThat(e.path("resolved_id").asText()).isEqualTo("ke:" + EU);
        assertThat(texts(e.path("listings"))).containsExactly(EU, "ofac-sdn:35096", "uk:14196", "uk:RUS0251");
    }

    @Test
    void entity_byResolvedId_answersItsFirstListing() {
        Http.Answer a = http.get("/entities/ke:" + EU, KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("id").asText()).isEqualTo(EU);
        assertThat(texts(a.json().path("referents"))).containsExactly("ofac-sdn:35096", "uk:14196", "uk:RUS0251");
        assertThat(http.get("/entities/ke:nobody", KEY).status()).isEqualTo(404);
    }
}
