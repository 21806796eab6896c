package org.kordon.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeReportTest {
    @TempDir Path tmp;

    // CHP chips: to RU 100,000 a month before, 20,000 after (fall 80,000); to KZ 10,000 before, 18,000 after (rise 8,000)
    static final String DATA = TradeAnomaliesTest.ES + """
            DE,RU,85423100,CN8,EXPORT,2022-01,100000
            DE,RU,85423100,CN8,EXPORT,2022-02,100000
            DE,RU,85423100,CN8,EXPORT,2022-03,20000
            DE,RU,85423100,CN8,EXPORT,2022-04,20000
            DE,KZ,85423100,CN8,EXPORT,2022-01,10000
            DE,KZ,85423100,CN8,EXPORT,2022-02,10000
            DE,KZ,85423100,CN8,EXPORT,2022-03,18000
            DE,KZ,85423100,CN8,EXPORT,2022-04,18000
            """;

    @Test
    void render_selfContainedWithInlinePngCharts() throws Exception {
        Path f = tmp.resolve("f.csv");
        Files.writeString(f, DATA);
        TradeFlows flows = TradeFlows.load(List.of(f));
        TradeAnomalies settings = TradeAnomalies.builder().hubs(Set.of("KZ")).build();
        String html = TradeReport.render(flows, settings, settings.compute(flows));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<img alt=\"CHP goods exported, index").contains("src=\"data:image/png;base64,iVBOR")
                .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
        // 8,000 / 80,000 = 10.0 %
        assertThat(html).contains("makes up 10.0 % of the fall of those to Russia");
    }

    @Test
    void chartsAsPng_arePngFiles() throws Exception {
        Path f = tmp.resolve("f.csv");
        Files.writeString(f, DATA);
        TradeFlows flows = TradeFlows.load(List.of(f));
        TradeAnomalies settings = TradeAnomalies.builder().hubs(Set.of("KZ")).build();
        var charts = TradeReport.chartsAsPng(flows, settings, settings.compute(flows));
        assertThat(charts).containsKeys("chp-index", "chp-log");
        assertThat(charts.get("chp-index")).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void esc_escapesMarkup() {
        assertThat(TradeReport.esc("<a href=\"x\">&</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    }
}
