package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Held payments through real HTTP, against each database ({@link PaymentReviewH2Test}, {@link PaymentReviewPostgresTest}):
 * {@code POST /payments/screen} with a subject id records a held pacs.008 and opens its alerts, the decisions on them
 * through {@code POST /alerts/{id}/decisions} release or reject it, and {@code GET /payments/{subject_id}} shows it,
 * also after a restart, with an audit trail that verifies.
 */
abstract class PaymentReviewContract {
    static final String WRITE_KEY = "w-payments-5b8e2c71d9a04f36";
    static final String READ_KEY = "r-web-0d3f6a9c2e7b4158";

    @TempDir
    Path dir;

    private Path listDir;
    private String url;
    private Store store;
    private KordonServer server;
    private Http http;

    abstract String newDatabaseUrl();

    @BeforeEach
    void start() throws IOException {
        listDir = Files.createDirectories(dir.resolve("lists"));
        try (InputStream in = PaymentReviewContract.class.getResourceAsStream("/features/entities.ftm.json")) {
            Files.copy(in, listDir.resolve("entities.ftm.json"));
        }
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
        List<Path> paths = List.of(listDir);
        Workflow wf = Workflow.open(store, ListLoad.of(paths, ListLoader.load(paths, LoadOptions.defaults())), 0.78);
        ApiKeys keys = ApiKeys.parse(String.join("\n", ApiKeys.line("payments", Access.WRITE, WRITE_KEY),
                ApiKeys.line("web", Access.READ, READ_KEY)), "test");
        server = KordonServer.start(ServerConfig.defaults().withPort(0).withApiKeys(keys), wf, null, List.of(new PaymentRoutes(wf)));
        http = Http.of(server.url());
    }

    /** A pacs.008 paying Rosneft Oil Company for Vladimir Putin as ultimate creditor: two party hits. */
    static final String HELD_PACS008 = """
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>
              <GrpHdr><MsgId>CBPR-20261208-0007</MsgId><CreDtTm>2026-12-08T09:00:00+00:00</CreDtTm><NbOfTxs>1</NbOfTxs>
                <SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr>
              <CdtTrfTxInf>
                <PmtId><EndToEndId>INV-2026-0007</EndToEndId><UETR>8a2c1f4e-3b7d-4e9a-9c10-5d6e7f8a9b01</UETR></PmtId>
                <Dbtr><Nm>Jan de Vries</Nm></Dbtr>
                <DbtrAgt><FinInstnId><BICFI>INGBNL2AXXX</BICFI></FinInstnId></DbtrAgt>
                <CdtrAgt><FinInstnId><BICFI>BBVAESMMXXX</BICFI></FinInstnId></CdtrAgt>
                <Cdtr><Nm>Rosneft Oil Company</Nm></Cdtr>
                <UltmtCdtr><Nm>Vladimir Putin</Nm></UltmtCdtr>
              </CdtTrfTxInf>
            </FIToFICstmrCdtTrf></Document>""";

    private JsonNode screen(String subjectId, String message) {
        Http.Answer a = http.post("/payments/screen", Json.MAPPER.valueToTree(Map.of("message", message, "subject_id", subjectId)).toString(),
                WRITE_KEY);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private List<Long> alertIds(JsonNode answer) {
        List<Long> ids = new ArrayList<>();
        answer.path("alert_ids").forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    private Http.Answer decide(long alert, String outcome, String reason) {
        return http.post("/alerts/" + alert + "/decisions", Json.MAPPER.valueToTree(Map.of("outcome", outcome, "reason", reason)).toString(),
                WRITE_KEY);
    }

    private JsonNode payment(String subjectId) {
        Http.Answer a = http.get("/payments/" + subjectId, READ_KEY);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().path("payments").get(0);
    }

    private static List<String> actions(JsonNode payment) {
        List<String> out = new ArrayList<>();
        payment.path("audit").forEach(e -> out.add(e.path("action").asText()));
        return out;
    }

    @Test
    void screen_heldPacs008WithSubject_recordsItAndOpensOneAlertPerPartyHit() {
        JsonNode a = screen("C-1001", HELD_PACS008);

        assertThat(a.path("verdict").asText()).isEqualTo("block");
        int hits = a.path("findings").size();
        assertThat(hits).as(a.toString()).isGreaterThanOrEqualTo(2);
        assertThat(alertIds(a)).hasSize(hits);
        JsonNode recorded = a.path("payments").get(0);
        assertThat(recorded.path("message_id").asText()).isEqualTo("CBPR-20261208-0007");
        assertThat(recorded.path("transaction_id").asText()).isEqualTo("INV-2026-0007");
        assertThat(recorded.path("status").asText()).isEqualTo("blocked");

        JsonNode alert = http.get("/alerts/" + alertIds(a).get(0), READ_KEY).json();
        assertThat(alert.path("alert").path("kind").asText()).isEqualTo("payment");
        assertThat(alert.path("alert").path("explanation").asText()).contains("CBPR-20261208-0007", "FIToFICstmrCdtTrf/CdtTrfTxInf/");
        assertThat(alert.path("payment").path("status").asText()).isEqualTo("blocked");
        JsonNode shown = payment("C-1001");
        assertThat(shown.path("alerts")).hasSize(hits);
        assertThat(actions(shown)).startsWith("PAYMENT_BLOCKED").contains("ALERT_OPENED");
    }

    @Test
    void decide_everyAlertFalsePositive_releasesThePayment() {
        List<Long> alerts = alertIds(screen("C-1001", HELD_PACS008));

        for (int i = 0; i < alerts.size(); i++) {
            Http.Answer d = decide(alerts.get(i), "false_positive", "the creditor is a namesake: Spanish olive grower, checked by phone");
            assertThat(d.status()).as(d.body()).isEqualTo(201);
            assertThat(d.json().path("payment").path("status").asText()).isEqualTo(i == alerts.size() - 1 ? "released" : "blocked");
        }

        JsonNode p = payment("C-1001");
        assertThat(p.path("status").asText()).isEqualTo("released");
        assertThat(actions(p)).endsWith("PAYMENT_RELEASED");
        assertThat(http.get("/audit/verify", READ_KEY).json().path("intact").asBoolean()).isTrue();
    }

    @Test
    void decide_oneTrueMatch_rejectsThePayment() {
        List<Long> alerts = alertIds(screen("C-1001", HELD_PACS008));

        Http.Answer d = decide(alerts.get(0), "true_match", "Rosneft Oil Company is the listed company");

        assertThat(d.status()).as(d.body()).isEqualTo(201);
        assertThat(d.json().path("payment").path("status").asText()).isEqualTo("rejected");
        assertThat(payment("C-1001").path("status").asText()).isEqualTo("rejected");
        assertThat(actions(payment("C-1001"))).containsOnlyOnce("PAYMENT_REJECTED");
    }

    @Test
    void restart_keepsThePaymentStatus() {
        List<Long> alerts = alertIds(screen("C-1001", HELD_PACS008));
        for (long id : alerts) {
            assertThat(decide(id, "false_positive", "not the listed party").status()).isEqualTo(201);
        }
        server.close();
        store.close();

        startServer();

        assertThat(payment("C-1001").path("status").asText()).isEqualTo("released");
        assertThat(http.get("/audit/verify", READ_KEY).json().path("intact").asBoolean()).isTrue();
    }

    @Test
    void screen_unreadableMessageWithSubject_isRecordedHeldWithItsReasonAndNoAlert() {
        JsonNode a = screen("C-1002", "{1:F01COBADEFFAXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:\n:20:X\n:59:JANE DOE\n");

        assertThat(a.path("verdict").asText()).isEqualTo("hold");
        assertThat(alertIds(a)).isEmpty();
        JsonNode p = payment("C-1002");
        assertThat(p.path("status").asText()).isEqualTo("held");
        assertThat(p.path("reason").asText()).contains("block 4");
    }

    @Test
    void screen_cleanMessageWithSubject_recordsNothing() {
        JsonNode a = screen("C-1003", HELD_PACS008.replace("Rosneft Oil Company", "Casa Rural Los Olivos SL")
                .replace("Vladimir Putin", "Maria Garcia Lopez"));

        assertThat(a.path("verdict").asText()).isEqualTo("release");
        assertThat(a.path("payments")).isEmpty();
        assertThat(http.get("/payments/C-1003", READ_KEY).status()).isEqualTo(404);
    }

    @Test
    void screen_withSubjectAndReadOnlyKey_403() {
        Http.Answer a = http.post("/payments/screen", Json.MAPPER.valueToTree(Map.of("message", HELD_PACS008, "subject_id", "C-1")).toString(),
                READ_KEY);

        assertThat(a.status()).isEqualTo(403);
        assertThat(http.get("/payments/C-1", READ_KEY).status()).isEqualTo(404);
    }
}
