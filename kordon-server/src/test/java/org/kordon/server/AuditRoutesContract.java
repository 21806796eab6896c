package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

/**
 * Accountability through real HTTP, against each database ({@link AuditRoutesH2Test}, {@link AuditRoutesPostgresTest}):
 * every write records the key's name as principal, an analyst other than the key's own name needs a key of role
 * act-for, and {@code GET /audit/verify} checks the hash chain.
 */
abstract class AuditRoutesContract {
    static final String BATCH_KEY = "w-batch-6c1f0e9a4b2d47d8";
    static final String ANNA_KEY = "w-anna-93b7c2e15f8a4d06";
    static final String PORTAL_KEY = "w-portal-2e8d5a7c1b9f4e63";
    static final String READ_KEY = "r-web-4f7a1c9e2b6d8035";

    @TempDir
    Path dir;

    private Path listDir;
    private String url;
    private Store store;
    private KordonServer server;
    private Http http;

    abstract String newDatabaseUrl();

    /** SQL that lets UPDATE and DELETE of audit entries through (what the tables' owner can do). */
    abstract String disableAuditAppendOnly();

    @BeforeEach
    void start() throws IOException {
        listDir = dir.resolve("lists");
        useLists("v1");
        url = newDatabaseUrl();
        ApiKeys keys = ApiKeys.parse(String.join("\n", ApiKeys.line("batch", Access.WRITE, BATCH_KEY),
                ApiKeys.line("anna", Access.WRITE, ANNA_KEY), ApiKeys.line("portal", Access.WRITE, true, PORTAL_KEY),
                ApiKeys.line("web", Access.READ, READ_KEY)), "test");
        startServer(keys);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private void startServer(ApiKeys keys) {
        store = Store.open(url);
        Workflow wf = Workflow.open(store, loadLists(), 0.78);
        server = KordonServer.start(ServerConfig.defaults().withPort(0).withApiKeys(keys), wf, this::loadLists, Features.standard());
        http = Http.of(server.url());
    }

    private ListLoad loadLists() {
        List<Path> paths = List.of(listDir);
        return ListLoad.of(paths, ListLoader.load(paths, LoadOptions.defaults()));
    }

    private void useLists(String version) throws IOException {
        Files.createDirectories(listDir);
        try (InputStream in = AuditRoutesContract.class.getResourceAsStream("/lists/" + version + "/entities.ftm.json")) {
            Files.copy(in, listDir.resolve("entities.ftm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private long screenPutin(String key) {
        Http.Answer a = http.post("/screen", "{\"id\":\"C-1\",\"name\":\"Vladimir Putin\",\"schema\":\"Person\"}", key);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().path("opened").get(0).path("id").asLong();
    }

    private Http.Answer decide(long alert, String analyst, String key) {
        String who = analyst == null ? "" : ",\"analyst\":\"" + analyst + "\"";
        return http.post("/alerts/" + alert + "/decisions", "{\"outcome\":\"false_positive\",\"reason\":\"namesake: born 1981\"" + who + "}", key);
    }

    private List<JsonNode> trail() {
        List<JsonNode> out = new ArrayList<>();
        http.get("/audit?limit=500", READ_KEY).json().path("results").forEach(out::add);
        return out;
    }

    private JsonNode last(String action) {
        List<JsonNode> t = trail();
        for (int i = t.size() - 1; i >= 0; i--) {
            if (t.get(i).path("action").asText().equals(action)) {
                return t.get(i);
            }
        }
        throw new AssertionError("no " + action + " in " + t);
    }

    // ------------------------------------------------------------------ identity

    @Test
    void decide_writeKeyWithoutAnalyst_recordsTheKeyAsAnalystAndPrincipal() {
        long alert = screenPutin(BATCH_KEY);

        Http.Answer a = decide(alert, null, ANNA_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().path("analyst").asText()).isEqualTo("anna");
        assertThat(a.json().path("principal").asText()).isEqualTo("anna");
        assertThat(http.get("/alerts/" + alert, READ_KEY).json().path("decisions").get(0).path("analyst").asText()).isEqualTo("anna");
        JsonNode entry = last("ALERT_DECIDED");
        assertThat(entry.path("actor").asText()).isEqualTo("anna");
        assertThat(entry.path("principal").asText()).isEqualTo("anna");
    }

    @Test
    void decide_writeKeyNamingItself_201() {
        long alert = screenPutin(BATCH_KEY);

        assertThat(decide(alert, "anna", ANNA_KEY).status()).isEqualTo(201);
    }

    @Test
    void decide_writeKeyNamingAnotherAnalyst_403NamingTheFieldAndNothingRecorded() {
        long alert = screenPutin(BATCH_KEY);
        int entries = trail().size();

        Http.Answer a = decide(alert, "anna", BATCH_KEY);

        assertThat(a.status()).isEqualTo(403);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("field").asText()).isEqualTo("analyst");
        assertThat(a.json().path("detail").asText()).startsWith("analyst: key 'batch' may decide only as itself ('batch'), not as 'anna'")
                .contains("act-for");
        assertThat(http.get("/alerts/" + alert, READ_KEY).json().path("alert").path("status").asText()).isEqualTo("open");
        assertThat(trail()).hasSize(entries);
    }

    @Test
    void decide_actForKeyNamingAnAnalyst_recordsTheAnalystAndTheKey() {
        long alert = screenPutin(BATCH_KEY);

        Http.Answer a = decide(alert, "anna", PORTAL_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().path("analyst").asText()).isEqualTo("anna");
        assertThat(a.json().path("principal").asText()).isEqualTo("portal");
        JsonNode entry = last("ALERT_DECIDED");
        assertThat(entry.path("actor").asText()).isEqualTo("anna");
        assertThat(entry.path("principal").asText()).isEqualTo("portal");
    }

    @Test
    void everyWrite_recordsTheKeyAsPrincipal() throws IOException {
        screenPutin(BATCH_KEY);
        Http.Answer put = http.send("PUT", "/subjects/C-9", "{\"name\":\"Maria Gonzalez\",\"country\":\"es\"}", PORTAL_KEY);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(http.send("DELETE", "/subjects/C-9", null, ANNA_KEY).status()).isEqualTo(200);
        Http.Answer lavrov = http.post("/screen", "{\"id\":\"C-3\",\"name\":\"Sergei Lavrov\",\"schema\":\"Person\"}", ANNA_KEY);
        assertThat(lavrov.json().path("opened")).hasSize(1);
        useLists("v2");
        assertThat(http.post("/lists/reload", "{}", BATCH_KEY).status()).isEqualTo(200);

        assertThat(trail()).extracting(e -> e.path("action").asText() + " " + e.path("subjectId").asText("") + " " + e.path("principal").asText())
                .containsSubsequence("LIST_LOADED  kordon", "SUBJECT_CREATED C-1 batch", "ALERT_OPENED C-1 batch",
                        "SUBJECT_CREATED C-9 portal", "SUBJECT_DELETED C-9 anna", "SUBJECT_CREATED C-3 anna", "ALERT_OPENED C-3 anna",
                        "LIST_LOADED  batch", "ALERT_CLOSED C-3 batch");
        assertThat(trail()).allSatisfy(e -> assertThat(e.path("principal").asText()).isNotBlank());
    }

    @Test
    void openServer_recordsPrincipalAnonymousAndTakesTheNamedAnalyst() {
        server.close();
        store.close();
        startServer(ApiKeys.none());
        long alert = screenPutin(null);

        Http.Answer a = decide(alert, "anna", null);

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().path("principal").asText()).isEqualTo("anonymous");
        JsonNode entry = last("ALERT_DECIDED");
        assertThat(entry.path("actor").asText()).isEqualTo("anna");
        assertThat(entry.path("principal").asText()).isEqualTo("anonymous");
        assertThat(last("ALERT_OPENED").path("principal").asText()).isEqualTo("anonymous");
    }

    // ------------------------------------------------------------------ GET /audit/verify

    @Test
    void auditVerify_intact_200WithTheHeadOfTheTrail() {
        long alert = screenPutin(BATCH_KEY);
        decide(alert, null, ANNA_KEY);
        List<JsonNode> t = trail();

        Http.Answer a = http.get("/audit/verify", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode v = a.json();
        assertThat(v.path("intact").asBoolean()).isTrue();
        assertThat(v.path("entries").asLong()).isEqualTo(t.size());
        assertThat(v.path("head").path("seq").asLong()).isEqualTo(t.get(t.size() - 1).path("seq").asLong());
        assertThat(v.path("head").path("hash").asText()).isEqualTo(t.get(t.size() - 1).path("hash").asText());
        assertThat(v.path("firstBreak").isNull()).isTrue();
        assertThat(t.get(1).path("prevHash").asText()).isEqualTo(t.get(0).path("hash").asText());
    }

    @Test
    void auditVerify_entryChangedInTheDatabase_409WithTheFirstBreak() throws SQLException {
        long alert = screenPutin(BATCH_KEY);
        decide(alert, null, ANNA_KEY);
        JsonNode decided = last("ALERT_DECIDED");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(disableAuditAppendOnly());
            s.execute("UPDATE audit_entry SET actor = 'bob' WHERE seq = " + decided.path("seq").asLong());
        }

        Http.Answer a = http.get("/audit/verify", READ_KEY);

        assertThat(a.status()).isEqualTo(409);
        JsonNode b = a.json().path("firstBreak");
        assertThat(a.json().path("intact").asBoolean()).isFalse();
        assertThat(b.path("kind").asText()).isEqualTo("changed");
        assertThat(b.path("seq").asLong()).isEqualTo(decided.path("seq").asLong());
        assertThat(b.path("id").asLong()).isEqualTo(decided.path("id").asLong());
        assertThat(b.path("found").asText()).isEqualTo(decided.path("hash").asText());
        assertThat(b.path("expected").asText()).hasSize(64).isNotEqualTo(decided.path("hash").asText());
        assertThat(a.json().path("summary").asText()).startsWith("audit trail broken at seq " + decided.path("seq").asLong());
    }

    @Test
    void auditVerify_anchor_200WhenItMatches_409WhenNot_400WhenMalformed() {
        screenPutin(BATCH_KEY);
        JsonNode first = trail().get(0);
        String anchor = first.path("seq").asText() + ":" + first.path("hash").asText();

        assertThat(http.get("/audit/verify?anchor=" + anchor, READ_KEY).status()).isEqualTo(200);
        Http.Answer other = http.get("/audit/verify?anchor=1:" + "0".repeat(64), READ_KEY);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().path("firstBreak").path("kind").asText()).isEqualTo("anchor");
        Http.Answer bad = http.get("/audit/verify?anchor=first", READ_KEY);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("field").asText()).isEqualTo("anchor");
    }

    @Test
    void auditVerify_noKey_401() {
        assertThat(http.get("/audit/verify").status()).isEqualTo(401);
    }
}
