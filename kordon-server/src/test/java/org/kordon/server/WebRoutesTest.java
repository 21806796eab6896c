package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.store.Store;

/** The web page's files and its read-only views over real HTTP, on H2, with list versions v1 then v2. */
class WebRoutesTest {
    static final String KEY = "w-7d2c5e9b14a04f6b";

    @TempDir
    Path dir;

    private Store store;
    private KordonServer server;
    private Http http;

    @BeforeEach
    void start() throws IOException {
        store = Store.open(Store.h2Url(dir.resolve("db").resolve("kordon")));
        Workflow wf = Workflow.open(store, lists("v1"), 0.78);
        wf.load(lists("v2"), "test");
        ApiKeys keys = ApiKeys.parse(ApiKeys.line("analyst", Access.WRITE, KEY), "test");
        server = KordonServer.start(ServerConfig.defaults().withPort(0).withApiKeys(keys), wf, null, Features.standard());
        http = Http.of(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private ListLoad lists(String version) throws IOException {
        Path d = Files.createDirectories(dir.resolve(version));
        try (InputStream in = WebRoutesTest.class.getResourceAsStream("/lists/" + version + "/entities.ftm.json")) {
            Files.copy(in, d.resolve("entities.ftm.json"));
        }
        List<Path> paths = List.of(d);
        return ListLoad.of(paths, ListLoader.load(paths, LoadOptions.defaults()));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void root_noKey_servesPageWithModuleScript() {
        Http.Answer a = http.get("/");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.body()).contains("<script type=\"module\" src=\"/web/app.js\"></script>").contains("<label for=\"api-key\">");
    }

    @Test
    void webFile_script_servedAsJavaScript() {
        Http.Answer a = http.get("/web/pages/screen.js");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/javascript");
        assertThat(a.body()).doesNotContain("innerHTML");
    }

    @Test
    void webFiles_everyScriptInTheFolder_servedAsJavaScriptWithoutInnerHtml() throws IOException {
        Path web = Path.of("src/main/resources/web");
        List<Path> scripts;
        try (var files = Files.walk(web)) {
            scripts = files.filter(f -> f.toString().endsWith(".js")).toList();
        }

        assertThat(scripts).hasSizeGreaterThan(10);
        for (Path script : scripts) {
            String path = "/web/" + web.relativize(script).toString().replace('\\', '/');
            Http.Answer a = http.get(path);
            assertThat(a.status()).as(path).isEqualTo(200);
            assertThat(a.contentType()).as(path).startsWith("text/javascript");
            assertThat(a.body()).as(path).isEqualTo(Files.readString(script)).doesNotContain("innerHTML");
        }
    }

    @Test
    void webFile_unknownOrTraversal_404Problem() {
        assertThat(http.get("/web/secret.txt").status()).isEqualTo(404);
        Http.Answer a = http.get("/web/..%2Fopenapi.yaml");

        assertThat(a.status()).isIn(400, 404);
        assertThat(a.body()).doesNotContain("openapi:");
        assertThat(http.get("/web/pages/secret.js").status()).isEqualTo(404);
        Http.Answer outOfPages = http.get("/web/pages/..%2Fapp.js");
        assertThat(outOfPages.status()).isIn(400, 404);
        assertThat(outOfPages.body()).doesNotContain("import ");
    }

    @Test
    void uiViews_noKey_401() {
        assertThat(http.get("/ui/diff?from=1&to=2").status()).isEqualTo(401);
    }

    @Test
    void diff_v1ToV2_addedAndRemovedWithProgrammes() {
        Http.Answer a = http.get("/ui/diff?from=1&to=2", KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode changes = a.json().path("changes");
        assertThat(texts(changes, "entityId")).contains("os:NK-sechin", "os:NK-lavrov");
        for (JsonNode c : changes) {
            if (c.path("entityId").asText().equals("os:NK-lavrov")) {
                assertThat(c.path("kind").asText()).isEqualTo("removed");
                assertThat(c.path("programs").get(0).asText()).isEqualTo(UiRoutes.REMOVED_PROGRAM);
            }
        }
        assertThat(a.json().path("byProgram").get(0).path("versionId").asLong()).isEqualTo(2);
    }

    @Test
    void diff_fromNothing_firstVersionCountsEveryEntityAsAdded() {
        Http.Answer a = http.get("/ui/diff?from=0&to=1", KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(texts(a.json().path("changes"), "kind")).containsOnly("added").hasSize(3);
        assertThat(a.json().path("total").asInt()).isEqualTo(3);
    }

    @Test
    void diff_fromNotBeforeTo_400NamingFrom() {
        Http.Answer a = http.get("/ui/diff?from=2&to=1", KEY);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("field").asText()).isEqualTo("from");
    }

    @Test
    void history_removedEntity_addedThenRemoved() {
        Http.Answer a = http.get("/ui/entities/os:NK-lavrov/history", KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(texts(a.json().path("results"), "kind")).containsExactly("added", "removed");
    }

    @Test
    void alerts_filteredByList_onlyThatListsAlerts() {
        Http.Answer s = http.post("/screen", "{\"id\":\"c-1\",\"name\":\"Vladimir Putin\",\"schema\":\"Person\"}", KEY);
        assertThat(s.status()).as(s.body()).isEqualTo(200);

        JsonNode all = http.get("/ui/alerts?status=open", KEY).json();
        String list = all.path("results").get(0).path("list").asText();

        assertThat(all.path("results").get(0).path("subjectName").asText()).isEqualTo("Vladimir Putin");
        assertThat(all.path("lists").toString()).contains(list);
        assertThat(http.get("/ui/alerts?list=" + list, KEY).json().path("results")).hasSize(all.path("results").size());
        assertThat(http.get("/ui/alerts?list=no-such-list", KEY).json().path("results")).isEmpty();
        assertThat(http.get("/ui/alerts?min_age_days=1", KEY).json().path("results")).isEmpty();
    }

    @Test
    void alerts_badStatus_400NamingStatus() {
        Http.Answer a = http.get("/ui/alerts?status=maybe", KEY);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("field").asText()).isEqualTo("status");
    }

    @Test
    void nameKey_reorderedAndCased_sameKey() {
        assertThat(UiRoutes.nameKey("DERIPASKA, Oleg Vladimirovich")).isEqualTo(UiRoutes.nameKey("Oleg Vladimirovich Deripaska"))
                .isEqualTo("deripaska oleg vladimirovich");
    }

    @Test
    void idKey_spacesAndDashes_ignored() {
        assertThat(UiRoutes.idKey("ab 12-345.6")).isEqualTo("AB123456");
    }

    @Test
    void related_unknownEntity_404() {
        assertThat(http.get("/ui/entities/nope/related", KEY).status()).isEqualTo(404);
    }

    @Test
    void related_entityWithoutTwins_emptyResults() {
        Http.Answer a = http.get("/ui/entities/os:NK-putin/related", KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("results")).isEmpty();
    }
}
