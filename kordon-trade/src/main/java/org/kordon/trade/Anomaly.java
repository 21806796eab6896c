package org.kordon.trade;

import java.util.Locale;

/**
 * One ranked anomaly: a row of {@code anomalies.csv}.
 *
 * @param rank       1 for the largest anomaly of its metric
 * @param metric     which metric
 * @param reporter   ISO alpha-2 of the declaring country (for {@code mirror_gap}, the exporter)
 * @param partner    ISO alpha-2 of the partner
 * @param hs6        the product (an HS-4 heading where the source has no finer level)
 * @param controlled the controlled list and tier of the product, e.g. {@code CHP Tier 1}, or ""
 * @param value      the metric's value (see {@link Metric}); NaN for a mirror gap without a baseline
 * @param baseline   the figure before {@code since} (see {@link Metric}); NaN when there is none
 * @param post       the figure from {@code since} on
 * @param detail     how the value was computed, readable
 */
public record Anomaly(int rank, Metric metric, String reporter, String partner, String hs6, String controlled, double value,
                      double baseline, double post, String detail) {
    /**
     * The four metrics.
     * <ul>
     * <li>{@code did_growth}: value = (g(product to partner) - g(other goods to partner)) - (g(product to comparison
     *     destinations) - g(other goods to comparison destinations)), g = ln((mean per period after + shift) /
     *     (mean per period before + shift)), shift 10,000 currency units by default, 0 for plain log growth; baseline, post = the product's mean per period to the partner before and after.</li>
     * <li>{@code mirror_gap}: the gap is the share of the exports the origin reports that the destination does not
     *     report as imports, (X - M / cif_fob) / X; value = the gap after {@code since} less the gap before it (the
     *     baseline: every period before {@code since} both report), so that gaps older than the war do not lead;
     *     baseline, post = the gap before and after. With no baseline (no period before both report, or exports before
     *     under the minimum flow) value and baseline are NaN and the row comes after all that have one, by post.</li>
     * <li>{@code reexport_ratio}: value = the hub's exports of the product to Russia (or Belarus) / its imports of it
     *     from everywhere, after; baseline, post = that ratio before and after.</li>
     * <li>{@code unit_value_jump}: value = value per kg after / value per kg before; baseline, post = the two unit
     *     values.</li>
     * </ul>
     */
    public enum Metric {
        DID_GROWTH, MIRROR_GAP, REEXPORT_RATIO, UNIT_VALUE_JUMP;

        /** e.g. {@code did_growth}. */
        public String csvName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    Anomaly withRank(int r) {
        return new Anomaly(r, metric, reporter, partner, hs6, controlled, value, baseline, post, detail);
    }
}
