package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

/** EvalReport's charts: drawn with JFreeChart, written as PNG files, and inline in the HTML report as a PNG. */
class EvalReportChartsTest {
    private static final SourceRef SRC = new SourceRef("test", null);

    @TempDir
    Path dir;

    private static Entity person(String id, String name) {
        return Entity.builder(id, Schema.PERSON).source(SRC).name(name, NameKind.PRIMARY).build();
    }

    private static EvalRun run() {
        ListSnapshot list = new ListSnapshot(List.of(SRC), List.of(
                person("p1", "PUTIN, Vladimir Vladimirovich"), person("p2", "LAVROV, Sergei Viktorovich")));
        Screener s = Screeners.build(list, Algorithm.KORDON);
        List<EvalCase> cases = List.of(
                new EvalCase("c", "Vladimir Putin", Schema.PERSON, Set.of("p1"), null),
                new EvalCase("c", "Sergei Lavrov", Schema.PERSON, Set.of("p1"), null),
                new EvalCase("neg", "Angela Merkel", Schema.PERSON, Set.of(), null));
        List<EvalCase> clean = List.of(new EvalCase("clean-person", "Olaf Scholz", Schema.PERSON, Set.of(), null));
        Map<String, List<Evaluation.Outcome>> outcomes = new LinkedHashMap<>();
        outcomes.put("kordon", Evaluation.run(s, cases, EvalRun.TOP));
        return new EvalRun(outcomes, Map.of("kordon", Evaluation.runClean(s, clean, n -> { })), 0, List.of("test"));
    }

    @Test
    void precisionRecallChart_onePrecisionAndOneRecallSeriesPerScreener_valuesFromTheCounts() {
        EvalRun run = run();
        JFreeChart chart = new EvalReport(run).precisionRecallChart();
        XYDataset ds = chart.getXYPlot().getDataset();

        assertThat(ds.getSeriesCount()).isEqualTo(2);
        assertThat(ds.getSeriesKey(0)).isEqualTo("kordon precision");
        assertThat(ds.getSeriesKey(1)).isEqualTo("kordon recall");
        Evaluation.Counts at = Evaluation.counts(run.outcomes().get("kordon"), Evaluation.THRESHOLDS[0]).get("all");
        assertThat(ds.getXValue(0, 0)).isEqualTo(Evaluation.THRESHOLDS[0]);
        assertThat(ds.getYValue(0, 0)).isEqualTo(at.precision());
        assertThat(ds.getYValue(1, 0)).isEqualTo(at.recall());
        assertThat(chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).singleElement()
                .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(Screeners.DEFAULT_THRESHOLD));
    }

    @Test
    void writeCharts_threePngFiles() throws IOException {
        EvalReport report = new EvalReport(run());
        Path pr = dir.resolve("charts").resolve("eval.png");
        Path recall = dir.resolve("eval-recall.png");
        Path operating = dir.resolve("eval-operating.png");

        report.writePng(pr);
        report.writeRecallPng(recall);
        report.writeOperatingPng(operating);

        for (Path png : List.of(pr, recall, operating)) {
            assertThat(Files.readAllBytes(png)).as(png.toString()).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void html_precisionRecallChart_inlinePngWithItsTitleAsText() {
        String html = new EvalReport(run()).html();

        assertThat(html).contains("<h2>Precision and recall against threshold</h2><p><img width=\"760\" height=\"420\" "
                + "alt=\"Precision (solid) and recall (dashed) against threshold, all evaluation cases\" src=\"data:image/png;base64,")
                .doesNotContain("<svg");
    }
}
