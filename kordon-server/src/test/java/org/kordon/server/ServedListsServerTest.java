package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.lists.ShrinkGuard;
import org.kordon.review.Workflow;
import org.kordon.store.Store;

/**
 * Fail closed through real HTTP: {@code POST /lists/reload} refuses lists that lost too much or are empty before
 * anything is recorded or any alert closed, unless forced; {@code /health} and {@code /readyz} report lists that
 * are missing, empty or too old.
 */
class ServedListsServerTest {
    static final String WRITE_KEY = "w-5e1b7c9d03a24f6e8b1c";

    @TempDir
    Path dir;

    private Store store;
    private KordonServer server;
    private Http http;
    private Path lists;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** An FTM file of {@code n} listed people (Putin first), last changed on {@code changed}. */
    private void writeList(int n, LocalDate changed) throws IOException {
        StringBuilder b = new StringBuilder();
        String[] names = {"Vladimir Vladimirovich PUTIN", "Sergei Viktorovich LAVROV", "Igor Ivanovich SECHIN",
                "Alisher Burkhanovich USMANOV", "Roman Arkadyevich ABRAMOVICH", "Oleg Vladimirovich DERIPASKA",
                "Viktor Felixovich VEKSELBERG", "Gennady Nikolayevich TIMCHENKO", "Arkady Romanovich ROTENBERG",
                "Yuri Valentinovich KOVALCHUK"};
        for (int i = 0; i < n; i++) {
            b.append("{\"id\":\"NK-").append(i).append("\",\"schema\":\"Person\",\"properties\":{\"name\":[\"")
                    .append(names[i]).append("\"],\"topics\":[\"sanction\"]},\"datasets\":[\"us_ofac_sdn\"],\"last_change\":\"")
                    .append(changed).append("T00:00:00\",\"target\":true}\n");
        }
        Files.createDirectories(lists);
        Files.writeString(lists.resolve("entities.ftm.json"), b);
    }

    private void start(Duration maxAge) {
        List<Path> paths = List.of(lists);
        ServedLists served = ServedLists.of(paths, null, () -> ListLoader.load(paths, LoadOptions.defaults()),
                ShrinkGuard.defaults(), maxAge);
        store = Store.open(Store.h2Url(dir.resolve("db").resolve("kordon")));
        ServedLists.Candidate first = served.load();
        Workflow wf = Workflow.open(store, first.load(), 0.78);
        served.inForce(first.files());
        ApiKeys keys = ApiKeys.parse(ApiKeys.line("batch", Access.WRITE, WRITE_KEY), "test");
        server = KordonServer.serve(ServerConfig.defaults().withPort(0).withApiKeys(keys), wf, served, Features.standard());
        http = Http.of(server.url());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private long putinAlert() {
        Http.Answer a = http.post("/screen", "{\"id\":\"C-1\",\"name\":\"Vladimir Putin\",\"schema\":\"Person\"}", WRITE_KEY);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().path("opened").get(0).path("id").asLong();
    }

    private String alertStatus(long id) {
        return http.get("/alerts/" + id, WRITE_KEY).json().path("alert").path("status").asText();
    }

    @Test
    void reload_sourceLostMoreThanItsShare_409NamingSourceAndCounts_nothingRecordedNoAlertClosed() throws IOException {
        lists = dir.resolve("lists");
        writeList(10, today());
        start(null);
        long alert = putinAlert();
        Http.Answer lavrov = http.post("/screen", "{\"id\":\"C-2\",\"name\":\"Sergei Lavrov\",\"schema\":\"Person\"}", WRITE_KEY);
        long lavrovAlert = lavrov.json().path("opened").get(0).path("id").asLong();
        // a file cut at a line boundary: the first five entities are left
        List<String> lines = Files.readAllLines(lists.resolve("entities.ftm.json"));
        Files.write(lists.resolve("entities.ftm.json"), lines.subList(0, 5));

        Http.Answer a = http.post("/lists/reload", "{}", WRITE_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(409);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("type").asText()).isEqualTo("urn:kordon:problem:untrusted-lists");
        assertThat(a.json().path("detail").asText()).isEqualTo("lists refused, the lists in force stay: os-us_ofac_sdn lost"
                + " 50.0% of its entities (10 -> 5; at most 10% allowed) since the lists in force; add ?force=true to load them anyway");
        assertThat(http.get("/lists/versions", WRITE_KEY).json().path("results")).hasSize(1);
        assertThat(http.get("/health").json().path("entities").asInt()).isEqualTo(10);
        assertThat(alertStatus(alert)).isEqualTo("open");
        assertThat(alertStatus(lavrovAlert)).isEqualTo("open");
    }

    @Test
    void reload_forced_loadsRecordsWhoForcedItAndClosesTheAlertsOfRemovedEntities() throws IOException {
        lists = dir.resolve("lists");
        writeList(10, today());
        start(null);
        putinAlert();
        Http.Answer lavrov = http.post("/screen", "{\"id\":\"C-2\",\"name\":\"Sergei Lavrov\",\"schema\":\"Person\"}", WRITE_KEY);
        long lavrovAlert = lavrov.json().path("opened").get(0).path("id").asLong();
        List<String> lines = Files.readAllLines(lists.resolve("entities.ftm.json"));
        Files.write(lists.resolve("entities.ftm.json"), List.of(lines.get(0)));

        Http.Answer a = http.post("/lists/reload?force=true", "{}", WRITE_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("removed").asInt()).isEqualTo(9);
        assertThat(alertStatus(lavrovAlert)).isEqualTo("closed");
        JsonNode v = http.get("/lists/versions", WRITE_KEY).json().path("results");
        assertThat(v).hasSize(2);
        assertThat(v.toString()).contains("[forced by batch: os-us_ofac_sdn lost 90.0% of its entities (10 -> 1;");
    }

    @Test
    void reload_badForceValue_400() throws IOException {
        lists = dir.resolve("lists");
        writeList(3, today());
        start(null);

        assertThat(http.post("/lists/reload?force=yes", "{}", WRITE_KEY).status()).isEqualTo(400);
    }

    @Test
    void reload_emptyList_409EvenWhenForced() throws IOException {
        lists = dir.resolve("lists");
        writeList(3, today());
        start(null);
        long alert = putinAlert();
        Files.writeString(lists.resolve("entities.ftm.json"),
                "{\"id\":\"addr-1\",\"schema\":\"Address\",\"properties\":{\"full\":[\"Moscow\"]},\"datasets\":[\"us_ofac_sdn\"]}\n");

        Http.Answer a = http.post("/lists/reload?force=true", "{}", WRITE_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(409);
        assertThat(a.json().path("detail").asText()).contains("entities.ftm.json (ftm-json) has 0 entities");
        assertThat(alertStatus(alert)).isEqualTo("open");
        assertThat(http.get("/lists/versions", WRITE_KEY).json().path("results")).hasSize(1);
    }

    @Test
    void reload_within10Percent_accepted() throws IOException {
        lists = dir.resolve("lists");
        writeList(10, today());
        start(null);
        List<String> lines = Files.readAllLines(lists.resolve("entities.ftm.json"));
        Files.write(lists.resolve("entities.ftm.json"), lines.subList(0, 9));

        assertThat(http.post("/lists/reload", "{}", WRITE_KEY).status()).isEqualTo(200);
        assertThat(http.get("/health").json().path("sources").path("os-us_ofac_sdn").asInt()).isEqualTo(9);
    }

    @Test
    void health_freshLists_200Ok_readyz200() throws IOException {
        lists = dir.resolve("lists");
        writeList(3, today());
        start(Duration.ofDays(7));

        Http.Answer h = http.get("/health");
        assertThat(h.status()).as(h.body()).isEqualTo(200);
        assertThat(h.json().path("status").asText()).isEqualTo("ok");
        assertThat(h.json().path("maxListAge").asText()).isEqualTo("7d");
        JsonNode list = h.json().path("lists").get(0);
        assertThat(list.path("list").asText()).isEqualTo("os-us_ofac_sdn");
        assertThat(list.path("entities").asInt()).isEqualTo(3);
        assertThat(list.path("asOfFrom").asText()).isEqualTo("published");
        Http.Answer r = http.get("/readyz");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("ready");
        assertThat(http.get("/healthz").status()).isEqualTo(200);
    }

    @Test
    void health_listOlderThanAllowed_503DegradedWithReason_readyz503() throws IOException {
        lists = dir.resolve("lists");
        writeList(3, today().minusDays(10));
        start(Duration.ofDays(7));

        Http.Answer h = http.get("/health");

        assertThat(h.status()).isEqualTo(503);
        assertThat(h.json().path("status").asText()).isEqualTo("degraded");
        assertThat(h.json().path("problems").get(0).asText()).startsWith("os-us_ofac_sdn (")
                .containsPattern("\\) is 10d( \\d+h)? old \\(published ").endsWith("at most 7d allowed: run 'kordon lists update' and reload");
        assertThat(h.json().path("entities").asInt()).isEqualTo(3);
        Http.Answer r = http.get("/readyz");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.json().path("status").asText()).isEqualTo("not ready");
        assertThat(r.json().path("problems")).hasSize(1);
        assertThat(http.get("/healthz").status()).as("liveness stays up").isEqualTo(200);
    }

    @Test
    void health_configuredListsRemoved_503Missing() throws IOException {
        lists = dir.resolve("lists");
        writeList(3, today());
        start(null);
        Files.delete(lists.resolve("entities.ftm.json"));
        Files.delete(lists);

        Http.Answer h = http.get("/health");

        assertThat(h.status()).isEqualTo(503);
        assertThat(h.json().path("problems").toString()).contains(lists + " is missing: the lists cannot be reloaded from it")
                .contains("is gone from disk");
        assertThat(http.get("/readyz").status()).isEqualTo(503);
    }
}
