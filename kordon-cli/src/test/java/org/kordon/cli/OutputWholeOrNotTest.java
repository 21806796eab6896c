package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: no run leaves a partial or clobbered output. For each command that writes a file, a run that fails on
 * its input exits with the documented code, leaves an earlier output byte-identical and no temporary file behind.
 */
class OutputWholeOrNotTest {
    static final String EARLIER = "an earlier run's results\nthat must survive a failed run\n";
    static Path sample;
    @TempDir Path tmp;

    @BeforeAll
    static void unpackSample() {
        sample = ListOptions.BundledSample.extract();
    }

    private Path earlierOutput(String name) throws Exception {
        return Files.writeString(tmp.resolve(name), EARLIER, StandardCharsets.UTF_8);
    }

    private Path input(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The output holds the earlier run's bytes and the folder holds nothing but the files the test wrote. */
    private void assertUntouched(Path out, int files) throws Exception {
        assertThat(out).hasContent(EARLIER.strip());
        assertThat(Files.readAllBytes(out)).isEqualTo(EARLIER.getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp"))).as("temporary files").isEmpty();
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.count()).isEqualTo(files);
        }
    }

    @Test
    void pricecapCheck_brokenQuoteAfterGoodRows_exitsBadInput_outputUntouched() throws Exception {
        Path out = earlierOutput("result.csv");
        Path in = input("cargoes.csv", "id,regime,product,loading_date,contract_date,price_usd_per_bbl\n"
                + "c1,eu,crude,2025-09-02,2025-08-01,59.00\nc2,eu,\"crude,2025-09-03,2025-08-01,50.00\nc3,eu,crude,2025-09-03,2025-08-01,50.00\n");
        KordonRun r = KordonRun.of("pricecap", "check", "--input", in.toString(), "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("kordon: cargoes.csv line 3: a quoted field is never closed");
        assertUntouched(out, 2);
    }

    @Test
    void vesselsScreen_brokenQuote_stopsBeforeLoadingTheLists_outputUntouched() throws Exception {
        Path out = earlierOutput("results.csv");
        Path in = input("vessels.csv", "id,imo,name\nv1,9224283,NEER 1\nv2,9256858,\"LADY D\"X\n");
        KordonRun r = KordonRun.of("vessels", "screen", "--list", sample.toString(), "--input", in.toString(), "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("kordon: vessels.csv line 3: a quoted field is closed and followed by other characters")
                .doesNotContain("loaded");
        assertUntouched(out, 2);
    }

    @Test
    void shipmentsScreen_brokenQuote_stopsBeforeLoadingTheLists_outputUntouched() throws Exception {
        Path out = earlierOutput("findings.csv");
        Path in = input("shipments.csv", "id,consignee,destination_country,hs_code\ns1,Garage Dupont,FR,870323\ns2,\"Kazakh Tech,KZ,854231\n");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", in.toString(), "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("kordon: shipments.csv line 3: a quoted field is never closed").doesNotContain("loaded");
        assertUntouched(out, 2);
    }

    @Test
    void ownership_badStake_exitsBadInput_outputUntouched() throws Exception {
        Path out = earlierOutput("result.csv");
        Path stakes = input("stakes.csv", "owner_id,owned_id,share_min,share_max,type,start,end\nX,A,60,60,shareholding,,\nX,B,ten,,shareholding,,\n");
        Path listed = input("listed.csv", "entity_id\nX\n");
        KordonRun r = KordonRun.of("ownership", "--stakes", stakes.toString(), "--listed", listed.toString(), "--regime", "all",
                "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("kordon: stakes.csv line 3: field share_min: not a number: 'ten'");
        assertUntouched(out, 3);
    }

    @Test
    void tradeAnomalies_implausibleValue_exitsBadInputNamingFileLineAndField_outputUntouched() throws Exception {
        Path out = earlierOutput("anomalies.csv");
        Path in = input("comtrade.csv", TradeCommandTest.FLOWS + "M,202204,ARM,X,RUS,851713,1e308,\n");
        KordonRun r = KordonRun.of("trade", "anomalies", "--flows", in.toString(), "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("kordon: comtrade.csv line 6: field primaryValue: '1e308' is not a plausible figure");
        assertUntouched(out, 2);
    }

    @Test
    void tradeReport_badFlows_exitsBadInput_reportUntouched() throws Exception {
        Path out = earlierOutput("report.html");
        Path in = input("comtrade.csv", TradeCommandTest.FLOWS + "M,202204,ARM,X,RUS,851713,-3,\n");
        KordonRun r = KordonRun.of("trade", "report", "--flows", in.toString(), "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertUntouched(out, 2);
    }

    @Test
    void screen_outputPathIsADirectory_exitsIoErrorBeforeLoading() throws Exception {
        Path in = input("queries.csv", "id,name\nq1,Vladimir Putin\n");
        KordonRun r = KordonRun.of("screen", "--list", sample.toString(), "--input", in.toString(), "--output", tmp.toString());
        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("cannot write " + tmp + ": it is a directory").doesNotContain("loaded");
    }
}
