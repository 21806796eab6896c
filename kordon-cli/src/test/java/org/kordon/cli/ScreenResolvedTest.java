package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.testkit.SharedData;

/**
 * Screening speaks of resolved entities (issue 25): one result per person, company or vessel, with all its listings.
 * In the bundled sample Putin is listed by OFAC and the EU (the same name and birth date); on the shared lists also
 * twice by the UK.
 */
class ScreenResolvedTest {
    private static final String EU_PUTIN = "eu:32014R0269-I.PERSONS-669";
    private static final String PUTIN = "ke:" + EU_PUTIN;

    @TempDir static Path tmp;
    static Path sample;

    @BeforeAll
    static void unpackSample() {
        sample = ListOptions.BundledSample.extract();
    }

    private static JsonNode json(KordonRun r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void screen_putinOnFourLists_returnsOneResultWithSameAs() throws Exception {
        Path lists = SharedData.require("lists");
        // Only the files that list Putin (OFAC's SDN, the EU's Russia/Ukraine regulation, the two UK lists). Resolving
        // them costs a name screen per listing (about a minute on a shared machine): the first build after a clean
        // pays it and caches the resolution in target/kordon-cache (keyed by the files' checksum and Resolver.VERSION),
        // the next builds read it. The resolver itself is tested fresh on the shared lists by ResolutionEvaluationTest.
        JsonNode r = json(KordonRun.of("screen", "--list", lists.resolve("ofac/sdn.csv").toString(),
                lists.resolve("eu/32014R0269.csv").toString(), lists.resolve("uk").toString(), "--name", "Vladimir Putin", "--json"));

        JsonNode m = r.get("matches");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).get("entity_id").asText()).isEqualTo("ofac-sdn:35096");
        assertThat(m.get(0).get("resolved_id").asText()).isEqualTo(PUTIN);
        assertThat(m.get(0).get("same_as")).hasSize(3);
        assertThat(m.get(0).get("same_as").toString()).contains(EU_PUTIN).contains("uk:14196").contains("uk:RUS0251");
        assertThat(texts(m.get(0).get("listings"), "source")).containsExactly("eu-32014R0269", "ofac-sdn", "uk-ofsi", "uk-sl");
    }

    @Test
    void screen_putinInTheSample_isOneResultAndSaysWhichListingsAreTheSame() {
        KordonRun r = KordonRun.of("screen", "--list", sample.toString(), "--name", "Vladimir Putin");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.matches("[0-9]+ .*PUTIN.*"))).hasSize(1);
        assertThat(r.out()).contains("     same as: " + EU_PUTIN + "  (" + PUTIN + ")");
        assertThat(r.err()).containsPattern("resolved into [0-9,]+ entities");
    }

    @Test
    void screen_secondRun_readsTheResolutionFromTheCache_andAnswersTheSame() throws Exception {
        Path cache = tmp.resolve("cache-second-run");

        KordonRun first = KordonRun.withCache(cache, "screen", "--list", sample.toString(), "--name", "Vladimir Putin", "--json");
        KordonRun second = KordonRun.withCache(cache, "screen", "--list", sample.toString(), "--name", "Vladimir Putin", "--json");

        assertThat(first.err()).contains("resolved into 138 entities (not in the cache in " + cache + " yet: resolved and written)");
        assertThat(second.err()).contains("resolved into 138 entities: read from the cache in " + cache);
        assertThat(json(second)).isEqualTo(json(first));
    }

    @Test
    void screen_corruptCache_isIgnoredWithOneLine_andResolvedAnew() throws Exception {
        Path cache = tmp.resolve("cache-corrupt");
        KordonRun first = KordonRun.withCache(cache, "screen", "--list", sample.toString(), "--name", "Vladimir Putin", "--json");
        Path file;
        try (var files = Files.list(cache)) {
            file = files.filter(f -> f.getFileName().toString().startsWith("resolution-")).findFirst().orElseThrow();
        }
        Files.writeString(file, Files.readString(file).replace("NAME_AND_BIRTH_DATE", "NAME_AND_SHOE_SIZE"));

        KordonRun again = KordonRun.withCache(cache, "screen", "--list", sample.toString(), "--name", "Vladimir Putin", "--json");

        assertThat(again.err().lines().filter(l -> l.contains("ignored"))).singleElement().asString()
                .contains(file.toString()).contains("NAME_AND_SHOE_SIZE").contains("resolving anew");
        assertThat(again.err()).contains("not in the cache");
        assertThat(json(again)).isEqualTo(json(first));
        assertThat(Files.readString(file)).as("rewritten whole").doesNotContain("NAME_AND_SHOE_SIZE");
    }

    @Test
    void json_listsAllListings() throws Exception {
        JsonNode m = json(KordonRun.of("screen", "--list", sample.toString(), "--name", "Vladimir Putin", "--json")).get("matches");

        assertThat(m.get(0).get("entity_id").asText()).isEqualTo("ofac-sdn:35096");
        assertThat(m.get(0).get("resolved_id").asText()).isEqualTo(PUTIN);
        JsonNode listings = m.get(0).get("listings");
        assertThat(texts(listings, "id")).containsExactly(EU_PUTIN, "ofac-sdn:35096");
        assertThat(texts(listings, "source")).containsExactly("eu-32014R0269", "ofac-sdn");
        assertThat(texts(listings, "name")).containsExactly("Vladimir Vladimirovich PUTIN", "PUTIN, Vladimir Vladimirovich");
        assertThat(listings.get(1).get("programs").toString()).isEqualTo("[\"RUSSIA-EO14024\"]");
        assertThat(m.get(0).get("same_as").toString()).isEqualTo("[\"" + EU_PUTIN + "\"]");
    }

    @Test
    void screen_top_countsResolvedEntities_soTheEuListingIsNotASecondResult() throws Exception {
        JsonNode m = json(KordonRun.of("screen", "--list", sample.toString(), "--name", "Putin", "--top", "2", "--json")).get("matches");

        assertThat(texts(m, "resolved_id")).doesNotHaveDuplicates();
        assertThat(texts(m, "entity_id")).doesNotContain(EU_PUTIN);
    }

    @Test
    void batch_resultsGainSameAsAsTheLastColumn_oneRowPerResolvedEntity() throws Exception {
        Path in = Files.writeString(tmp.resolve("queries.csv"), "id,name\nq1,Vladimir Putin\nq2,Angela Merkel\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("results.csv");

        KordonRun r = KordonRun.of("screen", "--list", sample.toString(), "--input", in.toString(), "--output", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("query_id,rank,entity_id,score,matched_name,schema,explanation,same_as");
        assertThat(lines).filteredOn(l -> l.startsWith("q1,")).singleElement()
                .satisfies(l -> assertThat(l).startsWith("q1,1,ofac-sdn:35096,1.0000,").endsWith("," + EU_PUTIN));
    }

    @Test
    void listsShow_resolvedEntityId_showsItsListingsSideBySide() {
        KordonRun r = KordonRun.of("lists", "show", PUTIN, "--list", sample.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(PUTIN + "  Vladimir Vladimirovich PUTIN  (Person, 2 listings)")
                .contains("Listing              ofac-sdn:35096  ofac-sdn  [RUSSIA-EO14024]  PUTIN, Vladimir Vladimirovich")
                .contains("Link                 " + EU_PUTIN + " ~ ofac-sdn:35096 (name and birth date")
                .contains("Birth date           1952-10-07  [" + EU_PUTIN + ", ofac-sdn:35096]")
                .contains("Nationality          ru  [ofac-sdn:35096]");
    }

    @Test
    void listsShow_resolvedEntityIdAsJson_givesEveryListingInFullAndTheLinks() throws Exception {
        JsonNode e = json(KordonRun.of("lists", "show", PUTIN, "--list", sample.toString(), "--json"));

        assertThat(e.get("id").asText()).isEqualTo(PUTIN);
        assertThat(texts(e.get("listings"), "id")).containsExactly(EU_PUTIN, "ofac-sdn:35096");
        assertThat(e.get("listings").get(1).get("addresses")).isNotEmpty();
        assertThat(e.get("links").get(0).asText()).contains("name and birth date");
    }

    @Test
    void listsShow_listingId_stillShowsTheListingAlone() {
        KordonRun r = KordonRun.of("lists", "show", "ofac-sdn:35096", "--list", sample.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("ofac-sdn:35096  PUTIN, Vladimir Vladimirovich").doesNotContain(EU_PUTIN);
    }

    @Test
    void listsShow_unknownResolvedEntityId_isNotFound() {
        KordonRun r = KordonRun.of("lists", "show", "ke:ofac-sdn:0", "--list", sample.toString());

        assertThat(r.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(r.err()).contains("no resolved entity with id 'ke:ofac-sdn:0'");
    }
}
