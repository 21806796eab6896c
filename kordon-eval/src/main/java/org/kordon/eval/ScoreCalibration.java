package org.kordon.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kordon.matching.Match;

/**
 * Do a screener's scores read as probabilities? Every match an evaluation returned (at or above
 * {@link Evaluation#MIN_THRESHOLD}) is one scored pair, labelled true when its entity is one the case expects; the
 * pairs give the {@link Reliability} diagram and Brier score.
 *
 * <p>Counting: a negative case's matches (an unlisted name, a clean name) are all false pairs; a positive case's
 * matches other than the expected entity are false pairs too (another listed person of a similar name). Pairs under
 * {@link Evaluation#MIN_THRESHOLD} are never returned, so the diagram says nothing below it.
 *
 * @param screener    the screener measured ({@code kordon}, {@code ofac})
 * @param reliability the diagram and the Brier score
 * @param positives   true pairs among them
 */
public record ScoreCalibration(String screener, Reliability reliability, int positives) {
    /** Bands of the diagram. */
    public static final int BANDS = 10;

    /** Measures the scores of one screener's outcomes. */
    public static ScoreCalibration of(String screener, List<Evaluation.Outcome> outcomes) {
        List<Double> scores = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Evaluation.Outcome o : outcomes) {
            for (Match m : o.matches()) {
                scores.add(m.score());
                labels.add(o.evalCase().expected().contains(m.entity().id()) ? 1 : 0);
            }
        }
        double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        return new ScoreCalibration(screener, Reliability.of(s, y, BANDS), labels.stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Measures a score model's probabilities on the pairs of one fold: {@code name} is what the tables call it
     * ({@code kordon probability}).
     */
    public static ScoreCalibration ofProbabilities(String name, org.kordon.matching.ScoreModel model, List<ScoredPair> pairs,
                                                   int fold) {
        List<ScoredPair> in = pairs.stream().filter(p -> p.fold() == fold).toList();
        double[] s = new double[in.size()];
        int[] y = new int[in.size()];
        for (int i = 0; i < in.size(); i++) {
            s[i] = model.probability(in.get(i).features());
            y[i] = in.get(i).truth() ? 1 : 0;
        }
        return new ScoreCalibration(name, Reliability.of(s, y, BANDS), java.util.Arrays.stream(y).sum());
    }

    /** Measures a screener's scores on the pairs of one fold, for a like-for-like comparison with a model. */
    public static ScoreCalibration ofScores(String name, List<ScoredPair> pairs, int fold) {
        List<ScoredPair> in = pairs.stream().filter(p -> p.fold() == fold).toList();
        double[] s = in.stream().mapToDouble(ScoredPair::score).toArray();
        int[] y = in.stream().mapToInt(p -> p.truth() ? 1 : 0).toArray();
        return new ScoreCalibration(name, Reliability.of(s, y, BANDS), java.util.Arrays.stream(y).sum());
    }

    /** The diagram as a Markdown table with the Brier score under it. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| score band | pairs | mean score | share true |\n|---|---|---|---|\n");
        for (Reliability.Bin bin : reliability.bins()) {
            if (bin.count() == 0) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %.3f | %.3f |%n", bin.from(), bin.to(), bin.count(),
                    bin.meanScore(), bin.observed()));
        }
        b.append(String.format(Locale.ROOT, "%n%s: %,d scored pairs (%,d true), Brier score %.4f, expected calibration error %.4f%n",
                screener, reliability.count(), positives, reliability.brier(), reliability.ece()));
        return b.toString();
    }

    /**
     * Writes the reliability diagram (share of true matches against mean score per band, and the diagonal) as PNG to
     * {@code png} (the caller makes the write atomic).
     */
    public static void chart(List<ScoreCalibration> calibrations, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection ds = new XYSeriesCollection();
        XYSeries ideal = new XYSeries("perfectly calibrated");
        ideal.add(0, 0);
        ideal.add(1, 1);
        ds.addSeries(ideal);
        for (ScoreCalibration c : calibrations) {
            XYSeries s = new XYSeries(String.format(Locale.ROOT, "%s (Brier %.3f)", c.screener(), c.reliability().brier()));
            for (Reliability.Bin bin : c.reliability().bins()) {
                if (bin.count() > 0) {
                    s.add(bin.meanScore(), bin.observed());
                }
            }
            ds.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Reliability diagram: share of true matches per score band",
                "mean score in band", "share of true matches", ds, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setRange(0, 1);
        plot.getRangeAxis().setRange(0, 1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, Color.GRAY);
        r.setSeriesStroke(0, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        r.setSeriesShapesVisible(0, false);
        Color[] colors = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd)};
        for (int i = 1; i < ds.getSeriesCount(); i++) {
            r.setSeriesPaint(i, colors[(i - 1) % colors.length]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(r);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 720, 520);
    }
}
