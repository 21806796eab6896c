package org.kordon.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * How well scores read as probabilities: the reliability diagram (in each score band, the share of true matches
 * beside the mean score), the Brier score (mean squared gap between score and label, 0 is perfect, 0.25 is a coin
 * that always says 0.5) and the expected calibration error (the band-weighted mean gap).
 *
 * <pre>{@code
 * Reliability r = Reliability.of(scores, labels, 10);
 * r.brier()        // 0.031
 * r.bins().get(7)  // Bin[from=0.7, to=0.8, count=412, meanScore=0.752, observed=0.741]
 * }</pre>
 *
 * @param bins  equal-width score bands over [0,1], empty bands included (count 0, NaN means)
 * @param brier the Brier score over all pairs
 * @param ece   the expected calibration error: sum over bands of count/total * |observed - meanScore|
 * @param count pairs in all
 */
public record Reliability(List<Bin> bins, double brier, double ece, int count) {
    public Reliability {
        bins = List.copyOf(bins);
    }

    /**
     * One score band.
     *
     * @param from      lower edge, inclusive
     * @param to        upper edge, exclusive (inclusive for the last band, so that 1.0 is counted)
     * @param count     pairs scored in the band
     * @param meanScore their mean score
     * @param observed  the share of them that are true matches
     */
    public record Bin(double from, double to, int count, double meanScore, double observed) {
    }

    /**
     * Measures scores against labels.
     *
     * @param scores scores in [0,1]
     * @param labels 1 for a true match, 0 otherwise
     * @param bands  number of equal-width bands
     */
    public static Reliability of(double[] scores, int[] labels, int bands) {
        if (scores.length != labels.length || scores.length == 0) {
            throw new IllegalArgumentException("need one label per score, and at least one: " + scores.length + " scores, "
                    + labels.length + " labels");
        }
        int[] count = new int[bands];
        double[] sum = new double[bands];
        int[] pos = new int[bands];
        double brier = 0;
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException("score " + i + " is " + s + ", not in [0,1]");
            }
            int b = Math.min(bands - 1, (int) (s * bands));
            count[b]++;
            sum[b] += s;
            pos[b] += labels[i];
            brier += (s - labels[i]) * (s - labels[i]);
        }
        List<Bin> bins = new ArrayList<>(bands);
        double ece = 0;
        for (int b = 0; b < bands; b++) {
            double mean = count[b] == 0 ? Double.NaN : sum[b] / count[b];
            double obs = count[b] == 0 ? Double.NaN : pos[b] / (double) count[b];
            bins.add(new Bin(b / (double) bands, (b + 1) / (double) bands, count[b], mean, obs));
            if (count[b] > 0) {
                ece += count[b] / (double) scores.length * Math.abs(obs - mean);
            }
        }
        return new Reliability(bins, brier / scores.length, ece, scores.length);
    }
}
