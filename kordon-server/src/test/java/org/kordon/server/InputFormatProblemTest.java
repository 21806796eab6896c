package org.kordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.input.InputFormatException;
import org.kordon.trade.TradeFormatException;

/**
 * The router maps a malformed input of any module ({@link InputFormatException} and its subclasses) to a 400 problem
 * in one place, instead of a 500: an endpoint needs no catch of its own to say what is wrong with an input.
 */
class InputFormatProblemTest {
    static final String READ_KEY = "r-3f1d7a0e9b2c4d55";

    @TempDir
    static Path dir;

    static FeatureServer fixture;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        fixture = FeatureServer.start(dir, READ_KEY, wf -> List.of(r -> {
            r.post("/test/input-fault", Access.READ, call -> {
                throw new InputFormatException("cargoes.csv", 31, "valid_from", "not an ISO date (YYYY-MM-DD): '2026-13-01'");
            });
            r.post("/test/trade-fault", Access.READ, call -> {
                throw new TradeFormatException("flows.csv line 3: field flow: flow 'Q' is not X, M, RX, RM, EXPORT or IMPORT");
            });
        }));
        http = fixture.http();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void inputFormatException_isA400ProblemNamingFileLineAndField() {
        Http.Answer a = http.post("/test/input-fault", "{}", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().path("type").asText()).isEqualTo("urn:kordon:problem:invalid");
        assertThat(a.json().path("detail").asText())
                .isEqualTo("cargoes.csv line 31, field valid_from: not an ISO date (YYYY-MM-DD): '2026-13-01'");
        assertThat(a.json().has("field")).as("field names a request field, not a column of a file").isFalse();
    }

    @Test
    void aModulesFormatException_isMappedByTheSameHandler() {
        Http.Answer a = http.post("/test/trade-fault", "{}", READ_KEY);

        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().path("detail").asText()).startsWith("flows.csv line 3: field flow:");
    }
}
