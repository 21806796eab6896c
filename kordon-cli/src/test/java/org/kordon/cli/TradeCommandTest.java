package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kordon trade anomalies|report} as a user runs them. */
class TradeCommandTest {
    @TempDir Path tmp;

    static final String FLOWS = """
            freqCode,period,reporterISO,flowCode,partnerISO,cmdCode,primaryValue,netWgt
            M,202201,ARM,X,RUS,851713,10,
            M,202203,ARM,X,RUS,851713,300,
            M,202201,ARM,M,CHN,851713,100,
            M,202203,ARM,M,CHN,851713,1000,
            """;

    @Test
    void anomalies_writesHeaderAndRankedRows() throws Exception {
        Path in = tmp.resolve("comtrade.csv");
        Files.writeString(in, FLOWS);
        Path out = tmp.resolve("anomalies.csv");
        KordonRun r = KordonRun.of("trade", "anomalies", "--flows", in.toString(), "--output", out.toString(), "--hubs", "KZ,KG,AM", "--since", "2022-03");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("rank,metric,reporter,partner,hs6,controlled,value,baseline,post,detail");
        // 300 / 1000 = 0.3 after, 10 / 100 = 0.1 before
        assertThat(lines).contains("1,reexport_ratio,AM,RU,851713,,0.3,0.1,0.3,"
                + "\"after: exports to RU USD 300 / imports from all partners USD 1,000; before: USD 10 / USD 100\"");
        assertThat(r.err()).contains("comtrade.csv: UN Comtrade (current API), 4 rows -> 4 cells").contains("reexport_ratio 1");
    }

    @Test
    void anomalies_yearSince_accepted() throws Exception {
        Path in = tmp.resolve("comtrade.csv");
        Files.writeString(in, FLOWS);
        KordonRun r = KordonRun.of("trade", "anomalies", "--flows", in.toString(), "--output", tmp.resolve("a.csv").toString(), "--since", "2022");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void anomalies_badHub_exitsUsage() throws Exception {
        Path in = tmp.resolve("comtrade.csv");
        Files.writeString(in, FLOWS);
        KordonRun r = KordonRun.of("trade", "anomalies", "--flows", in.toString(), "--output", tmp.resolve("a.csv").toString(), "--hubs", "KZ,XX");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("hubs: not an ISO 3166-1 alpha-2 country code: 'XX'");
    }

    @Test
    void anomalies_malformedValue_exitsBadInputWithLine() throws Exception {
        Path in = tmp.resolve("bad.csv");
        Files.writeString(in, FLOWS + "M,202204,ARM,X,RUS,851713,lots,\n");
        KordonRun r = KordonRun.of("trade", "anomalies", "--flows", in.toString(), "--output", tmp.resolve("a.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("bad.csv line 6: field primaryValue: not a number: 'lots'");
    }

    @Test
    void anomalies_missingFile_exitsIoError() {
        KordonRun r = KordonRun.of("trade", "anomalies", "--flows", tmp.resolve("none.csv").toString(), "--output", tmp.resolve("a.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("none.csv: no such file");
    }

    @Test
    void report_writesSelfContainedHtml() throws Exception {
        Path in = tmp.resolve("comtrade.csv");
        Files.writeString(in, FLOWS);
        Path out = tmp.resolve("report.html");
        KordonRun r = KordonRun.of("trade", "report", "--flows", in.toString(), "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("reexport_ratio").doesNotContain("<script");
        assertThat(r.err()).contains("report with 1 anomalies written to");
    }
}
