package org.kordon.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kordon.matching.Screeners;

/**
 * Renders an {@link EvalRun}: a text table for the terminal, Markdown for docs/MATCHING.md, a self-contained HTML
 * model-validation report, and its charts (JFreeChart, as PNG files; the precision/recall chart also inline in the HTML).
 */
public final class EvalReport {
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x7f7f7f)};

    private static final double LO = Evaluation.MIN_THRESHOLD;

    private final EvalRun run;

    public EvalReport(EvalRun run) {
        this.run = run;
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", 100 * v);
    }

    /** Precision, recall, F1 per category for one screener at threshold t, as aligned text. */
    public String table(String screener, double t) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s at threshold %.2f%n", screener, t));
        b.append(String.format(Locale.ROOT, "  %-40s %6s %6s %6s %6s %9s %9s %6s %6s%n", "category", "pos", "neg", "hits", "false", "precision", "recall", "F1", "top-1"));
        for (var e : Evaluation.counts(run.outcomes().get(screener), t).entrySet()) {
            Evaluation.Counts c = e.getValue();
            b.append(String.format(Locale.ROOT, "  %-40s %6d %6d %6d %6d %9s %9s %6s %6s%n", e.getKey(), c.positives(), c.negatives(),
                    c.hits(), c.falseAlerts(), pct(c.precision()), pct(c.recall()), pct(c.f1()), pct(c.top1())));
        }
        return b.toString();
    }

    /** The summary a terminal user reads. */
    public String text() {
        StringBuilder b = new StringBuilder();
        double t = Screeners.DEFAULT_THRESHOLD;
        b.append(table("kordon", t));
        b.append('\n');
        b.append("All cases over a range of thresholds (precision / recall / F1):\n");
        b.append(String.format(Locale.ROOT, "  %-9s", "threshold"));
        run.outcomes().keySet().forEach(s -> b.append(String.format(Locale.ROOT, " %-20s", s)));
        b.append('\n');
        for (double th : Evaluation.THRESHOLDS) {
            if (Math.round(th * 100) % 10 != 0) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "  %-9.2f", th));
            for (List<Evaluation.Outcome> o : run.outcomes().values()) {
                Evaluation.Counts c = Evaluation.counts(o, th).get("all");
                b.append(String.format(Locale.ROOT, " %-20s", pct(c.precision()) + " / " + pct(c.recall()) + " / " + pct(c.f1())));
            }
            b.append('\n');
        }
        b.append('\n');
        for (String s : run.outcomes().keySet()) {
            List<Evaluation.Outcome> o = run.outcomes().get(s);
            double best = Evaluation.bestThreshold(o);
            Evaluation.Counts c = Evaluation.counts(o, best).get("all");
            b.append(String.format(Locale.ROOT, "%-12s best F1 %.1f at threshold %.2f (precision %s, recall %s); top-%d recall %s%n",
                    s, 100 * c.f1(), best, pct(c.precision()), pct(c.recall()), EvalRun.TOP, pct(Evaluation.rankRecall(o))));
        }
        if (run.skipped() > 0) {
            b.append(run.skipped()).append(" hand-written case(s) skipped: their entities are not in the lists loaded\n");
        }
        if (!run.clean().isEmpty()) {
            b.append('\n').append(alertsText());
        }
        return b.toString();
    }

    /** Thresholds the alert table shows. */
    static final double[] ALERT_THRESHOLDS = {0.50, 0.60, 0.70, 0.74, 0.78, 0.82, 0.86, 0.90, 0.94, 0.98};

    /** Clean outcomes of Kordon screened with birth date and country (the budget's population), or empty. */
    List<Evaluation.Outcome> cleanWithSecondary() {
        return run.clean().getOrDefault("kordon", List.of()).stream()
                .filter(o -> !o.evalCase().category().endsWith(EvalRun.NAME_ONLY)).toList();
    }

    /**
     * Clean outcomes per category (in first-seen order), pooled rows first: Kordon's, then those of the other
     * screeners that screened clean names, their rows prefixed with the screener's name.
     */
    Map<String, List<Evaluation.Outcome>> cleanByCategory() {
        Map<String, List<Evaluation.Outcome>> m = new java.util.LinkedHashMap<>();
        for (var e : run.clean().entrySet()) {
            String prefix = e.getKey().equals("kordon") ? "" : e.getKey() + ": ";
            List<Evaluation.Outcome> all = e.getValue();
            m.put(prefix + "all clean, with birth date and country",
                    all.stream().filter(o -> !o.evalCase().category().endsWith(EvalRun.NAME_ONLY)).toList());
            List<Evaluation.Outcome> nameOnly = all.stream().filter(o -> o.evalCase().category().endsWith(EvalRun.NAME_ONLY)).toList();
            if (!nameOnly.isEmpty()) {
                m.put(prefix + "all clean, name only", nameOnly);
            }
            for (Evaluation.Outcome o : all) {
                m.computeIfAbsent(prefix + o.evalCase().category(), k -> new java.util.ArrayList<>()).add(o);
            }
        }
        return m;
    }

    /** The threshold of the alert budget: the lowest whose clean alerts (with birth dates) stay within it, or NaN. */
    public double budgetThreshold() {
        return Evaluation.budgetThreshold(cleanWithSecondary(), Evaluation.ALERT_BUDGET_PER_100K);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }

    /** Alerts per 100,000 clean names per clean set and threshold, and recall per category at the alert budget. */
    public String alertsText() {
        StringBuilder b = new StringBuilder("Alerts per 100,000 clean names screened (Kordon, then OFAC parity when run; a query with any match at t is one alert):\n");
        b.append(String.format(Locale.ROOT, "  %-44s %7s", "clean set", "names"));
        for (double t : ALERT_THRESHOLDS) {
            b.append(String.format(Locale.ROOT, " %7.2f", t));
        }
        b.append('\n');
        for (var e : cleanByCategory().entrySet()) {
            b.append(String.format(Locale.ROOT, "  %-44s %7d", e.getKey(), e.getValue().size()));
            for (double t : ALERT_THRESHOLDS) {
                b.append(String.format(Locale.ROOT, " %7s", num(Evaluation.alertsPer100k(e.getValue(), t))));
            }
            b.append('\n');
        }
        double bt = budgetThreshold();
        b.append(String.format(Locale.ROOT, "%nAlert budget %.0f per 100,000 (clean names with birth date and country): ", Evaluation.ALERT_BUDGET_PER_100K));
        if (Double.isNaN(bt)) {
            b.append("no threshold up to 1.00 stays within it\n");
            return b.toString();
        }
        b.append(String.format(Locale.ROOT, "lowest threshold within it %.2f (%s alerts per 100,000)%n", bt,
                num(Evaluation.alertsPer100k(cleanWithSecondary(), bt))));
        b.append(table("kordon", bt));
        return b.toString();
    }

    /** Alerts per 100,000 clean names per clean set at the swept thresholds, as Markdown. */
    public String alertsMarkdown() {
        StringBuilder b = new StringBuilder("| clean set | names |");
        for (double t : ALERT_THRESHOLDS) {
            b.append(String.format(Locale.ROOT, " %.2f |", t));
        }
        b.append("\n|---|---|").append("---|".repeat(ALERT_THRESHOLDS.length));
        b.append('\n');
        for (var e : cleanByCategory().entrySet()) {
            b.append("| ").append(e.getKey()).append(" | ").append(e.getValue().size()).append(" |");
            for (double t : ALERT_THRESHOLDS) {
                b.append(' ').append(num(Evaluation.alertsPer100k(e.getValue(), t))).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Recall, top-1 per category at the default threshold and at the alert budget's threshold, as Markdown. */
    public String budgetMarkdown() {
        double d = Screeners.DEFAULT_THRESHOLD;
        double bt = budgetThreshold();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "Alert budget: %.0f alerts per 100,000 clean names screened with birth date and country; lowest threshold within it: %s.%n%n",
                Evaluation.ALERT_BUDGET_PER_100K, Double.isNaN(bt) ? "none up to 1.00" : String.format(Locale.ROOT, "%.2f", bt)));
        b.append(String.format(Locale.ROOT, "| category | positives | recall at %.2f | top-1 at %.2f | recall at budget (%s) | top-1 at budget |%n|---|---|---|---|---|---|%n",
                d, d, Double.isNaN(bt) ? "–" : String.format(Locale.ROOT, "%.2f", bt)));
        Map<String, Evaluation.Counts> atDefault = Evaluation.counts(run.outcomes().get("kordon"), d);
        Map<String, Evaluation.Counts> atBudget = Double.isNaN(bt) ? Map.of() : Evaluation.counts(run.outcomes().get("kordon"), bt);
        for (var e : atDefault.entrySet()) {
            if (e.getValue().positives() == 0) {
                continue;
            }
            Evaluation.Counts c = atBudget.get(e.getKey());
            b.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", e.getKey(), e.getValue().positives(),
                    pct(e.getValue().recall()), pct(e.getValue().top1()), c == null ? "–" : pct(c.recall()), c == null ? "–" : pct(c.top1())));
        }
        return b.toString();
    }

    /** Threshold sweep for all screeners as a Markdown table. */
    public String sweepMarkdown() {
        StringBuilder b = new StringBuilder("| threshold |");
        run.outcomes().keySet().forEach(s -> b.append(' ').append(s).append(" P | ").append(s).append(" R |"));
        b.append('\n').append("|---|");
        run.outcomes().keySet().forEach(s -> b.append("---|---|"));
        b.append('\n');
        for (double t : Evaluation.THRESHOLDS) {
            if (Math.round(t * 100) % 4 != 2 && t < 0.999) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "| %.2f |", t));
            for (String s : run.outcomes().keySet()) {
                Evaluation.Counts c = Evaluation.counts(run.outcomes().get(s), t).get("all");
                b.append(' ').append(pct(c.precision())).append(" | ").append(pct(c.recall())).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Per-category table at t as Markdown. */
    public String categoriesMarkdown(String screener, double t) {
        StringBuilder b = new StringBuilder("| category | positives | negatives | hits | false alerts | precision | recall | F1 | top-1 |\n|---|---|---|---|---|---|---|---|---|\n");
        for (var e : Evaluation.counts(run.outcomes().get(screener), t).entrySet()) {
            Evaluation.Counts c = e.getValue();
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s | %s | %s |%n", e.getKey(), c.positives(), c.negatives(),
                    c.hits(), c.falseAlerts(), pct(c.precision()), pct(c.recall()), pct(c.f1()), pct(c.top1())));
        }
        return b.toString();
    }

    /** Writes the precision/recall-versus-threshold chart as PNG. */
    public void writePng(Path file) throws IOException {
        Charts.writePng(precisionRecallChart(), file, 900, 520);
    }

    /**
     * Precision (solid) and recall (dashed) of every screener against threshold over all evaluation cases, one
     * colour per screener, the default threshold dotted.
     */
    JFreeChart precisionRecallChart() {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        int k = 0;
        for (String s : run.outcomes().keySet()) {
            XYSeries precision = new XYSeries(s + " precision");
            XYSeries recall = new XYSeries(s + " recall");
            for (double t : Evaluation.THRESHOLDS) {
                Evaluation.Counts cnt = Evaluation.counts(run.outcomes().get(s), t).get("all");
                addUnlessNaN(precision, t, cnt.precision());
                addUnlessNaN(recall, t, cnt.recall());
            }
            ds.addSeries(precision);
            ds.addSeries(recall);
            Color c = COLORS[k % COLORS.length];
            r.setSeriesPaint(2 * k, c);
            r.setSeriesStroke(2 * k, Charts.SOLID);
            r.setSeriesPaint(2 * k + 1, c);
            r.setSeriesStroke(2 * k + 1, Charts.DASHED);
            k++;
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Precision (solid) and recall (dashed) against threshold, all evaluation cases",
                "threshold", "precision, recall", ds, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = Charts.styled(chart);
        plot.getDomainAxis().setRange(LO, 1.0);
        plot.getRangeAxis().setRange(0, 1);
        plot.setRenderer(r);
        Charts.markX(plot, Screeners.DEFAULT_THRESHOLD, "default");
        return chart;
    }

    private static void addUnlessNaN(XYSeries s, double x, double y) {
        if (!Double.isNaN(y)) {
            s.add(x, y);
        }
    }

    /** Categories drawn in the recall chart: main categories (no tag rows) with at least this many positives. */
    static final int CHART_MIN_POSITIVES = 20;

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    /** The main categories with enough positives to draw, in report order. */
    List<String> chartCategories() {
        List<String> out = new java.util.ArrayList<>();
        for (var e : Evaluation.counts(run.outcomes().get("kordon"), LO).entrySet()) {
            if (!e.getKey().contains("/") && e.getValue().positives() >= CHART_MIN_POSITIVES) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Writes Kordon's recall against threshold, one line per main category, as PNG. */
    public void writeRecallPng(Path file) throws IOException {
        Map<String, double[][]> series = new java.util.LinkedHashMap<>();
        List<Evaluation.Outcome> o = run.outcomes().get("kordon");
        for (String cat : chartCategories()) {
            double[][] pts = new double[Evaluation.THRESHOLDS.length][];
            for (int i = 0; i < pts.length; i++) {
                double t = Evaluation.THRESHOLDS[i];
                pts[i] = new double[] {t, Evaluation.counts(o, t).get(cat).recall()};
            }
            series.put(cat, pts);
        }
        lineChart(file, "Kordon: recall against threshold, per category", "threshold", false, LO, 1.0, series);
    }

    /**
     * Writes the operating curve as PNG: for each threshold from {@link Evaluation#CLEAN_MIN_THRESHOLD}, alerts per
     * 100,000 clean names (with birth date and country; log scale) against recall, all positives and per main category.
     */
    public void writeOperatingPng(Path file) throws IOException {
        List<Evaluation.Outcome> clean = cleanWithSecondary();
        List<Evaluation.Outcome> o = run.outcomes().get("kordon");
        Map<String, double[][]> series = new java.util.LinkedHashMap<>();
        List<String> cats = new java.util.ArrayList<>(List.of("all"));
        cats.addAll(chartCategories());
        for (String cat : cats) {
            List<double[]> pts = new java.util.ArrayList<>();
            for (double t : Evaluation.THRESHOLDS) {
                if (t >= Evaluation.CLEAN_MIN_THRESHOLD - 1e-9 && !clean.isEmpty()) {
                    pts.add(new double[] {Math.max(1, Evaluation.alertsPer100k(clean, t)), Evaluation.counts(o, t).get(cat).recall()});
                }
            }
            series.put(cat, pts.toArray(new double[0][]));
        }
        lineChart(file, "Kordon operating curve: recall against alerts per 100,000 clean names (thresholds "
                + String.format(Locale.ROOT, "%.2f", Evaluation.CLEAN_MIN_THRESHOLD) + "-1.00)", "alerts per 100,000 clean names screened (log scale; budget dotted)",
                true, 1, 100_000, series);
    }

    /**
     * One line chart with points: y is a share (0-1); x linear from xMin to xMax (default threshold dotted), or log10
     * from xMin to xMax (alert budget dotted). Points outside the x range are drawn at its edge.
     */
    private static void lineChart(Path file, String title, String xLabel, boolean logX, double xMin, double xMax,
                                  Map<String, double[][]> series) throws IOException {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        int k = 0;
        for (var e : series.entrySet()) {
            XYSeries s = new XYSeries(e.getKey(), false);
            for (double[] p : e.getValue()) {
                addUnlessNaN(s, Math.min(xMax, Math.max(xMin, p[0])), p[1]);
            }
            ds.addSeries(s);
            r.setSeriesPaint(k, PALETTE[k % PALETTE.length]);
            r.setSeriesStroke(k, k < PALETTE.length ? new BasicStroke(2f) : Charts.DASHED);
            r.setSeriesShape(k, new Ellipse2D.Double(-2, -2, 4, 4));
            k++;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, "recall", ds, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = Charts.styled(chart);
        if (logX) {
            LogAxis log = new LogAxis(xLabel);
            log.setSmallestValue(xMin);
            log.setTickUnit(new NumberTickUnit(1.0)); // one tick per power of ten
            log.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            plot.setDomainAxis(log);
            Charts.markX(plot, Evaluation.ALERT_BUDGET_PER_100K, "budget");
        } else {
            Charts.markX(plot, Screeners.DEFAULT_THRESHOLD, "default");
        }
        plot.getDomainAxis().setRange(xMin, xMax);
        plot.getRangeAxis().setRange(0, 1);
        plot.setRenderer(r);
        Charts.writePng(chart, file, 1000, 560);
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }

    /** The model-validation report: method, parameters, sweep, per-category figures, errors, limitations. */
    public String html() {
        double t = Screeners.DEFAULT_THRESHOLD;
        StringBuilder b = new StringBuilder();
        b.append("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Kordon screening model validation</title>")
                .append("<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;line-height:1.45}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}td:first-child,th:first-child{text-align:left}</style></head><body>");
        b.append("<h1>Kordon screening: model validation report</h1>");
        b.append("<h2>Scope and data</h2><p>Lists evaluated: ").append(esc(String.join(", ", run.lists())))
                .append(". Hand-written cases run against the OFAC SDN and EU entities loaded.</p>");
        b.append("<h2>Method</h2><ul>")
                .append("<li><b>Hand-written</b>: cross-script (Cyrillic, Kazakh), romanisation (German, French, ISO), word order, typos, organisations with legal forms, and real names that are not listed (negatives).</li>")
                .append("<li><b>Held-out aliases</b>: up to ").append(EvalRun.HELD_OUT_PER_LIST).append(" strong aliases per list are removed from the list and used as queries.</li>")
                .append("<li><b>Perturbed</b>: up to ").append(EvalRun.PERTURBED_PER_LIST).append(" listed people's names per list with swapped letters, a dropped middle name or reversed order.</li>")
                .append("<li><b>Harder sets</b> (up to ").append(EvalRun.HARDER_PER_LIST).append(" per list each): listed people's names with an extra word (another of their names' words, a second surname, the birth place); organisation names held out where the list keeps the name in another script and language only (translations); Arabic particles rewritten (al-/el-/Al/joined, bin/ibn, abu/abou, abdel/abd al/abdul); Cyrillic originals romanised the German (Duden) and French way. Held-out aliases are also counted by schema and as multi-word and extra-word (more words than any remaining name).</li>")
                .append("<li><b>Clean names</b>: ").append(EvalRun.CLEAN_PERSONS).append(" people and ").append(EvalRun.CLEAN_COMPANIES)
                .append(" companies made with Datafaker in ").append(CleanNames.LOCALES.size()).append(" locales (people with a random birth date, all with the locale's country), and the members of the US Congress, screened against the sanctions lists with and without birth date and country. A query with any match at t is one alert; figures are alerts per 100,000 screened.</li>")
                .append("<li>Counting per query: a hit is an expected entity in the top ").append(EvalRun.TOP)
                .append(" at or above the threshold; a false alert is a query with matches at the threshold none of which is expected. Precision = hits/(hits+false alerts); recall = hits/positives; top-1 = hits with the expected entity ranked first / hits. Seed ")
                .append(EvalRun.SEED).append(".</li></ul>");
        b.append("<h2>Parameters</h2><p>Default threshold ").append(String.format(Locale.ROOT, "%.2f", t))
                .append("; top-K ").append(EvalRun.TOP).append("; screeners: Kordon, OFAC parity (Jaro-Winkler + Soundex), brute-force Jaro-Winkler baseline.</p>");
        b.append("<h2>Precision and recall against threshold</h2><p>").append(Charts.htmlImg(precisionRecallChart(), 760, 420)).append("</p>");
        b.append("<h2>Per category, Kordon at the default threshold</h2>").append(htmlCategories("kordon", t));
        if (!run.clean().isEmpty()) {
            b.append("<h2>Alerts on clean names and recall at the alert budget</h2><pre>").append(esc(alertsText())).append("</pre>");
        }
        b.append("<h2>Best operating points</h2><pre>").append(esc(text())).append("</pre>");
        b.append("<h2>Threshold sweep</h2>").append(htmlSweep());
        b.append("<h2>Errors at the default threshold (first 40)</h2><table><tr><th>category</th><th>query</th><th>expected</th><th>top match</th></tr>");
        Evaluation.errors(run.outcomes().get("kordon"), t).stream().limit(40).forEach(o -> b.append("<tr><td>")
                .append(esc(o.evalCase().category())).append("</td><td>").append(esc(o.evalCase().query())).append("</td><td>")
                .append(esc(String.join(" ", o.evalCase().expected()))).append("</td><td>")
                .append(o.matches().isEmpty() ? "–" : esc(o.matches().get(0).entity().id() + " " + o.matches().get(0).matchedName()
                        + String.format(Locale.ROOT, " (%.3f)", o.matches().get(0).score()))).append("</td></tr>"));
        b.append("</table>");
        b.append("<h2>Known limitations</h2><ul>")
                .append("<li>Held-out aliases include renamings and acronyms that share no letters with the remaining names; no name matcher can find those, so recall there is bounded well below 100% for every screener.</li>")
                .append("<li>The hand-written set is small (tens of cases); its figures move by several points per case.</li>")
                .append("<li>Counting is per query; a positive query that also raises a wrong entity beside the right one counts as a hit.</li>")
                .append("<li>Labelled cases carry no birth dates or countries; clean names do (secondary data is otherwise tested by unit tests).</li>")
                .append("<li>Clean names are screened down to threshold ").append(String.format(Locale.ROOT, "%.2f", Evaluation.CLEAN_MIN_THRESHOLD)).append(" only; alert rates below it are not measured.</li></ul>");
        b.append("</body></html>\n");
        return b.toString();
    }

    private String htmlCategories(String screener, double t) {
        StringBuilder b = new StringBuilder("<table><tr><th>category</th><th>positives</th><th>negatives</th><th>hits</th><th>false alerts</th><th>precision %</th><th>recall %</th><th>top-1 %</th></tr>");
        for (var e : Evaluation.counts(run.outcomes().get(screener), t).entrySet()) {
            Evaluation.Counts c = e.getValue();
            b.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(c.positives()).append("</td><td>").append(c.negatives())
                    .append("</td><td>").append(c.hits()).append("</td><td>").append(c.falseAlerts()).append("</td><td>")
                    .append(pct(c.precision())).append("</td><td>").append(pct(c.recall())).append("</td><td>").append(pct(c.top1())).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    private String htmlSweep() {
        StringBuilder b = new StringBuilder("<table><tr><th>threshold</th>");
        run.outcomes().keySet().forEach(s -> b.append("<th>").append(esc(s)).append(" P</th><th>").append(esc(s)).append(" R</th>"));
        b.append("</tr>");
        for (double t : Evaluation.THRESHOLDS) {
            b.append(String.format(Locale.ROOT, "<tr><td>%.2f</td>", t));
            for (Map.Entry<String, List<Evaluation.Outcome>> e : run.outcomes().entrySet()) {
                Evaluation.Counts c = Evaluation.counts(e.getValue(), t).get("all");
                b.append("<td>").append(pct(c.precision())).append("</td><td>").append(pct(c.recall())).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</table>").toString();
    }
}
