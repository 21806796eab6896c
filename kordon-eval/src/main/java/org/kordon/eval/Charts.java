package org.kordon.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.commons.text.StringEscapeUtils;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The evaluation's charts are drawn with JFreeChart, the one way Kordon draws charts on the server side (the web
 * page draws its own with {@code chart.js}). This class holds what the charts share: the look, the marked
 * threshold or budget, and the PNG output, as a file or embedded in an HTML report.
 */
final class Charts {
    static final BasicStroke SOLID = new BasicStroke(2.2f);
    static final BasicStroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f);
    private static final BasicStroke DOTTED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f);
    private static final Color GRID = new Color(0xDDDDDD);

    private Charts() {
    }

    /** White background, light grid, bold title: the look of every evaluation chart. Returns the chart's plot. */
    static XYPlot styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        return plot;
    }

    /** A dotted vertical line at {@code x} labelled {@code label} at its top (the default threshold, the alert budget). */
    static void markX(XYPlot plot, double x, String label) {
        ValueMarker m = new ValueMarker(x, Color.DARK_GRAY, DOTTED);
        m.setLabel(label);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        m.setLabelPaint(Color.DARK_GRAY);
        m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(m);
    }

    /** Writes the chart as a PNG file of the given size, creating the parent folder (the caller makes the write atomic). */
    static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        headless();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    /** The chart as an HTML {@code <img>} holding the PNG inline, its title as the text alternative. */
    static String htmlImg(JFreeChart chart, int width, int height) {
        headless();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String alt = StringEscapeUtils.escapeHtml4(chart.getTitle().getText());
        return "<img width=\"" + width + "\" height=\"" + height + "\" alt=\"" + alt + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(out.toByteArray()) + "\">";
    }

    private static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
