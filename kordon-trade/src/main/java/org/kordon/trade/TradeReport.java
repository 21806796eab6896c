package org.kordon.trade;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Month;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.time.Year;
import org.kordon.trade.Anomaly.Metric;
import org.kordon.trade.Flow.Direction;
import org.kordon.trade.TradeFlows.Cell;
import org.kordon.trade.TradeFlows.SeriesKey;

/**
 * A self-contained HTML page on trade diversion: charts (JFreeChart, rendered to PNG and embedded inline, no script,
 * no CDN) of controlled goods to Russia and to the hubs over time, of the ranked anomalies and of the mirror gaps,
 * with the top rows of each metric and what the loader dropped.
 *
 * <pre>{@code
 * String html = TradeReport.render(flows, anomalies, TradeAnomalies.builder().build().compute(flows));
 * Files.writeString(Path.of("report.html"), html);
 * }</pre>
 */
public final class TradeReport {
    private static final int W = 960;
    private static final int H = 440;
    private static final int TOP = 15;
    private static final Color[] PALETTE = {new Color(0xC0392B), new Color(0x1F77B4), new Color(0x2CA02C), new Color(0xFF7F0E),
            new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF), new Color(0xBCBD22), new Color(0x7F7F7F)};

    private TradeReport() {
    }

    /** The page for {@code flows} and the {@code anomalies} computed on them with {@code settings}. */
    public static String render(TradeFlows flows, TradeAnomalies settings, List<Anomaly> anomalies) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Kordon trade-diversion report</title>\n<style>")
                .append("body{font-family:DejaVu Sans,Arial,sans-serif;max-width:1000px;margin:2em auto;color:#222}")
                .append("table{border-collapse:collapse;font-size:12px;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left}")
                .append("th{background:#eee}td.n{text-align:right}img{max-width:100%;border:1px solid #ddd}.note{color:#555;font-size:13px}")
                .append("</style></head><body>\n");
        h.append("<h1>Trade diversion: controlled goods to Russia and through the hubs</h1>\n");
        h.append("<p class=\"note\">Hubs: ").append(esc(String.join(", ", settings.hubs()))).append(". After = from ")
                .append(settings.since()).append(" on; before = the earlier periods the data holds. Controlled = ")
                .append("the Common High Priority list (CHP, ").append(esc(ControlledList.chp().published())).append(").</p>\n");

        h.append("<h2>CHP goods to Russia and to the hubs over time</h2>\n");
        Map<String, TreeMap<Period, Double>> chp = chpExports(flows, settings);
        if (chp.isEmpty()) {
            h.append("<p>No export of a CHP code in the data.</p>\n");
        } else {
            h.append(img(timeChart("CHP goods exported, index: mean per period before " + settings.since() + " = 100", chp, true, settings.since())));
            h.append(img(timeChart("CHP goods exported per period (log scale)", chp, false, settings.since())));
            h.append("<p class=\"note\">Sum over every reporter and every CHP code present in the data; one line per partner and ")
                    .append("currency. Gaps in a line are periods the data does not cover.</p>\n");
            h.append(beforeAfter(chp, settings));
        }

        for (Metric m : Metric.values()) {
            List<Anomaly> rows = anomalies.stream().filter(a -> a.metric() == m).toList();
            h.append("<h2>").append(m.csvName()).append(": ").append(rows.size()).append(" series</h2>\n");
            if (rows.isEmpty()) {
                h.append("<p>None computed: the data lacks what this metric needs (see the notes below).</p>\n");
                continue;
            }
            if (m == Metric.DID_GROWTH || m == Metric.MIRROR_GAP || m == Metric.REEXPORT_RATIO) {
                h.append(img(barChart(m, rows)));
            }
            h.append(table(rows));
        }
        h.append("<h2>Data</h2>\n<ul>");
        for (String n : flows.notes()) {
            h.append("<li class=\"note\">").append(esc(n)).append("</li>");
        }
        h.append("</ul>\n<p class=\"note\">Made by Kordon (kordon trade report). Figures are the published statistics as loaded; ")
                .append("metrics as defined in the README (section Trade).</p>\n</body></html>\n");
        return h.toString();
    }

    /** CHP exports summed per partner and currency, per period. */
    private static Map<String, TreeMap<Period, Double>> chpExports(TradeFlows flows, TradeAnomalies settings) {
        ControlledList chp = ControlledList.chp();
        Map<String, TreeMap<Period, Double>> out = new TreeMap<>(Comparator.comparing((String s) -> !s.startsWith("RU")).thenComparing(s -> s));
        for (Map.Entry<SeriesKey, TreeMap<Period, Cell>> e : flows.series().entrySet()) {
            SeriesKey k = e.getKey();
            if (k.direction() != Direction.EXPORT || k.product().length() != 6 || chp.find(new Hs6(k.product())).isEmpty()) {
                continue;
            }
            if (!k.partner().equals("RU") && !k.partner().equals("BY") && !settings.hubs().contains(k.partner())) {
                continue;
            }
            for (Map.Entry<Period, Cell> c : e.getValue().entrySet()) {
                out.computeIfAbsent(k.partner() + " (" + c.getValue().currency() + ")", x -> new TreeMap<>()).merge(c.getKey(), c.getValue().value(), Double::sum);
            }
        }
        return out;
    }

    /** Mean per period before and after per partner, and the hubs' rise as a share of Russia's fall (same currency). */
    static String beforeAfter(Map<String, TreeMap<Period, Double>> chp, TradeAnomalies settings) {
        StringBuilder t = new StringBuilder("<table><tr><th>partner</th><th>mean per period before</th><th>mean per period after</th>"
                + "<th>change</th><th>periods before / after</th></tr>\n");
        Map<String, double[]> change = new TreeMap<>();
        for (Map.Entry<String, TreeMap<Period, Double>> e : chp.entrySet()) {
            double[] m = meansBeforeAfter(e.getValue(), settings.since());
            String currency = e.getKey().substring(e.getKey().indexOf('(') + 1, e.getKey().length() - 1);
            String partner = e.getKey().substring(0, 2);
            change.computeIfAbsent(currency, x -> new double[2]);
            if (partner.equals("RU")) {
                change.get(currency)[0] += m[1] - m[0];
            } else if (settings.hubs().contains(partner)) {
                change.get(currency)[1] += m[1] - m[0];
            }
            t.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">").append(num(m[0])).append("</td><td class=\"n\">")
                    .append(num(m[1])).append("</td><td class=\"n\">").append(m[0] > 0 ? String.format(Locale.ROOT, "%+.0f %%", 100 * (m[1] / m[0] - 1)) : "")
                    .append("</td><td class=\"n\">").append((int) m[2]).append(" / ").append((int) m[3]).append("</td></tr>\n");
        }
        t.append("</table>\n");
        for (Map.Entry<String, double[]> c : change.entrySet()) {
            double ruDrop = -c.getValue()[0];
            if (ruDrop > 0) {
                t.append(String.format(Locale.ROOT, "<p><b>The hubs' rise in CHP goods (%s) makes up %.1f %% of the fall of those to Russia</b> "
                        + "(%s %s per period more to the hubs, %s less to Russia).</p>%n", esc(String.join(", ", settings.hubs())),
                        100 * c.getValue()[1] / ruDrop, c.getKey(), num(c.getValue()[1]), num(ruDrop)));
            }
        }
        return t.toString();
    }

    /** {mean before, mean after, periods before, periods after} over the series' first to last period. */
    static double[] meansBeforeAfter(TreeMap<Period, Double> s, Period since) {
        double b = 0;
        double a = 0;
        int nb = 0;
        int na = 0;
        for (Map.Entry<Period, Double> e : s.entrySet()) {
            if (e.getKey().atOrAfter(since)) {
                a += e.getValue();
                na++;
            } else {
                b += e.getValue();
                nb++;
            }
        }
        return new double[] {nb == 0 ? Double.NaN : b / nb, na == 0 ? Double.NaN : a / na, nb, na};
    }

    private static JFreeChart timeChart(String title, Map<String, TreeMap<Period, Double>> data, boolean index, Period since) {
        TimeSeriesCollection ds = new TimeSeriesCollection();
        for (Map.Entry<String, TreeMap<Period, Double>> e : data.entrySet()) {
            TimeSeries ts = new TimeSeries(e.getKey());
            double base = 1;
            if (index) {
                // mean per period before since, over the periods this series has
                double sum = 0;
                int n = 0;
                for (Map.Entry<Period, Double> p : e.getValue().entrySet()) {
                    if (!p.getKey().atOrAfter(since)) {
                        sum += p.getValue();
                        n++;
                    }
                }
                if (n == 0 || sum <= 0) {
                    continue;
                }
                base = sum / n / 100.0;
            }
            for (Map.Entry<Period, Double> p : e.getValue().entrySet()) {
                double v = p.getValue() / base;
                if (!index && v <= 0) {
                    continue;
                }
                ts.addOrUpdate(period(p.getKey()), v);
            }
            ds.addSeries(ts);
        }
        JFreeChart c = ChartFactory.createTimeSeriesChart(title, null, index ? "index" : "value", ds, true, false, false);
        style(c);
        XYPlot plot = c.getXYPlot();
        if (!index) {
            LogAxis log = new LogAxis("value per period (currency units, log scale)");
            log.setSmallestValue(1);
            log.setTickUnit(new NumberTickUnit(1.0)); // one tick per power of ten
            log.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            plot.setRangeAxis(log);
        } else {
            plot.addRangeMarker(new ValueMarker(100, Color.GRAY, new BasicStroke(1f)));
        }
        plot.addDomainMarker(new ValueMarker(period(since.annual() ? new Period(since.year(), 1) : since).getFirstMillisecond(), new Color(0x555555),
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f)));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < ds.getSeriesCount(); i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesStroke(i, new BasicStroke(i == 0 ? 3f : 2f));
        }
        plot.setRenderer(r);
        return c;
    }

    private static RegularTimePeriod period(Period p) {
        return p.annual() ? new Year(p.year()) : new Month(p.month(), p.year());
    }

    private static JFreeChart barChart(Metric m, List<Anomaly> rows) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        // rows without a value (a mirror gap without a baseline) are in the table, not among the bars of a change
        List<Anomaly> valued = rows.stream().filter(a -> !Double.isNaN(a.value())).toList();
        for (Anomaly a : valued.subList(0, Math.min(TOP, valued.size()))) {
            String label = a.reporter() + " > " + a.partner() + "  " + a.hs6() + (a.controlled().isEmpty() ? "" : " *");
            ds.addValue(a.value(), m.csvName(), label);
        }
        String what = switch (m) {
            case DID_GROWTH -> "difference-in-differences of log growth";
            case MIRROR_GAP -> "change of the share of exports not reported as imports";
            case REEXPORT_RATIO -> "exports to Russia / imports";
            case UNIT_VALUE_JUMP -> "value per kg after / before";
        };
        JFreeChart c = ChartFactory.createBarChart("Top " + Math.min(TOP, valued.size()) + " " + m.csvName() + " (* = CHP code)", null, what, ds,
                PlotOrientation.HORIZONTAL, false, false, false);
        style(c);
        CategoryPlot plot = c.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setSeriesPaint(0, m == Metric.DID_GROWTH ? PALETTE[0] : PALETTE[1]);
        r.setShadowVisible(false);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return c;
    }

    private static void style(JFreeChart c) {
        c.setBackgroundPaint(Color.WHITE);
        c.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        if (c.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(new Color(0xDDDDDD));
            p.setDomainGridlinePaint(new Color(0xDDDDDD));
        } else if (c.getPlot() instanceof CategoryPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(new Color(0xDDDDDD));
        }
    }

    /** The chart as a PNG. */
    static byte[] png(JFreeChart c) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, c, W, H);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String img(JFreeChart c) {
        String alt = c.getTitle() == null ? "chart" : c.getTitle().getText();
        return "<p><img alt=\"" + esc(alt) + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png(c)) + "\"></p>\n";
    }

    /** The named charts of the page as PNGs, for a look without a browser. */
    public static Map<String, byte[]> chartsAsPng(TradeFlows flows, TradeAnomalies settings, List<Anomaly> anomalies) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        Map<String, TreeMap<Period, Double>> chp = chpExports(flows, settings);
        if (!chp.isEmpty()) {
            out.put("chp-index", png(timeChart("CHP goods exported, index: mean per period before " + settings.since() + " = 100", chp, true, settings.since())));
            out.put("chp-log", png(timeChart("CHP goods exported per period (log scale)", chp, false, settings.since())));
        }
        for (Metric m : List.of(Metric.DID_GROWTH, Metric.MIRROR_GAP, Metric.REEXPORT_RATIO)) {
            List<Anomaly> rows = anomalies.stream().filter(a -> a.metric() == m).toList();
            if (!rows.isEmpty()) {
                out.put(m.csvName(), png(barChart(m, rows)));
            }
        }
        return out;
    }

    private static String table(List<Anomaly> rows) {
        StringBuilder t = new StringBuilder("<table><tr><th>rank</th><th>reporter</th><th>partner</th><th>hs6</th><th>controlled</th>"
                + "<th>value</th><th>baseline</th><th>post</th><th>detail</th></tr>\n");
        List<Anomaly> top = new ArrayList<>(rows.subList(0, Math.min(25, rows.size())));
        for (Anomaly a : top) {
            t.append("<tr><td class=\"n\">").append(a.rank()).append("</td><td>").append(esc(a.reporter())).append("</td><td>").append(esc(a.partner()))
                    .append("</td><td>").append(esc(a.hs6())).append("</td><td>").append(esc(a.controlled())).append("</td><td class=\"n\">")
                    .append(num(a.value())).append("</td><td class=\"n\">").append(num(a.baseline())).append("</td><td class=\"n\">")
                    .append(num(a.post())).append("</td><td>").append(esc(a.detail())).append("</td></tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    static String num(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        return Math.abs(d) >= 1000 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.3f", d);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
