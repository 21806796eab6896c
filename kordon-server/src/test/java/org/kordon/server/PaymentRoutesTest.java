package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /payments/screen} over real HTTP on H2, with the {@code /features/entities.ftm.json} lists. */
class PaymentRoutesTest {
    static final String READ_KEY = "r-7c1d9e2f3a4b5c60";

    @TempDir
    static Path dir;

    static FeatureServer fixture;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        fixture = FeatureServer.start(dir, READ_KEY, wf -> List.of(new PaymentRoutes(wf)));
        http = fixture.http();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static String pacs008(String creditor) {
        return """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>
                  <GrpHdr><MsgId>MSG-7</MsgId><CreDtTm>2026-12-07T09:00:00+00:00</CreDtTm><NbOfTxs>1</NbOfTxs>
                    <SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr>
                  <CdtTrfTxInf>
                    <PmtId><EndToEndId>E2E-7</EndToEndId><UETR>3f1b7c2e-9a1d-4c55-8e0b-2d6a7f9c1e01</UETR></PmtId>
                    <Dbtr><Nm>Jan de Vries</Nm></Dbtr>
                    <DbtrAgt><FinInstnId><BICFI>INGBNL2AXXX</BICFI></FinInstnId></DbtrAgt>
                    <CdtrAgt><FinInstnId><BICFI>BBVAESMMXXX</BICFI></FinInstnId></CdtrAgt>
                    <Cdtr><Nm>%s</Nm></Cdtr>
                  </CdtTrfTxInf>
                </FIToFICstmrCdtTrf></Document>""".formatted(creditor);
    }

    private static Http.Answer post(String message) {
        return http.post("/payments/screen", Json.MAPPER.valueToTree(Map.of("message", message)).toString(), READ_KEY);
    }

    @Test
    void screen_listedCreditor_blocksWithTheFindingsCsvFields() {
        Http.Answer a = post(pacs008("Rosneft Oil Company"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("verdict").asText()).isEqualTo("block");
        assertThat(a.json().path("messages").get(0).path("message_id").asText()).isEqualTo("MSG-7");
        JsonNode f = a.json().path("findings").get(0);
        assertThat(f.path("transaction_id").asText()).isEqualTo("E2E-7");
        assertThat(f.path("role").asText()).isEqualTo("creditor");
        assertThat(f.path("field").asText()).isEqualTo("FIToFICstmrCdtTrf/CdtTrfTxInf/Cdtr");
        assertThat(f.path("entity_id").asText()).isEqualTo("os:NK-rosneft");
        assertThat(f.path("verdict").asText()).isEqualTo("block");
    }

    @Test
    void screen_answersEachTransactionsPartiesInMessageOrderForTheRoute() {
        Http.Answer a = post(pacs008("Rosneft Oil Company"));

        JsonNode t = a.json().path("transactions").get(0);
        assertThat(t.path("transaction_id").asText()).isEqualTo("E2E-7");
        List<String> roles = new java.util.ArrayList<>();
        t.path("parties").forEach(p -> roles.add(p.path("role").asText()));
        assertThat(roles).containsSubsequence("debtor", "debtor_agent", "creditor_agent", "creditor");
        JsonNode agent = t.path("parties").get(roles.indexOf("creditor_agent"));
        assertThat(agent.path("bic").asText()).isEqualTo("BBVAESMMXXX");
        assertThat(agent.path("agent").asBoolean()).isTrue();
        JsonNode hit = a.json().path("findings").get(0);
        JsonNode creditor = t.path("parties").get(roles.indexOf("creditor"));
        assertThat(List.of(hit.path("role").asText(), hit.path("field").asText()))
                .as("a finding names its party by role and field").containsExactly(creditor.path("role").asText(), creditor.path("field").asText());
    }

    @Test
    void screen_cleanMessage_releasesWithOneRowAndNoEntity() {
        Http.Answer a = post(pacs008("Casa Rural Los Olivos SL"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("verdict").asText()).isEqualTo("release");
        assertThat(a.json().path("findings")).singleElement().satisfies(f -> assertThat(f.path("entity_id").asText()).isEmpty());
    }

    @Test
    void screen_unreadableMt_isHeldWithTheReasonNotRefused() {
        Http.Answer a = post("{1:F01COBADEFFAXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:\n:20:X\n:59:JANE DOE\n");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("verdict").asText()).isEqualTo("hold");
        assertThat(a.json().path("findings").get(0).path("explanation").asText()).contains("block 4").contains("not closed");
        assertThat(a.json().path("findings").get(0).path("value").asText()).isEqualTo("request line 1");
    }

    @Test
    void screen_withoutMessage_400NamingTheField() {
        Http.Answer a = http.post("/payments/screen", "{\"msg\": \"x\"}", READ_KEY);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("field").asText()).isEqualTo("message");
    }

    @Test
    void screen_subjectIdWithReadOnlyKey_403RatherThanIgnored() {
        Http.Answer a = http.post("/payments/screen", Json.MAPPER.valueToTree(Map.of("message", pacs008("X"), "subject_id", "S-1")).toString(), READ_KEY);
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.json().path("field").asText()).isEqualTo("subject_id");
    }

    @Test
    void screen_withoutKey_401() {
        assertThat(http.post("/payments/screen", "{\"message\": \"x\"}").status()).isEqualTo(401);
    }
}
