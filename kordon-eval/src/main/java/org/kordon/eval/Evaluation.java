package org.kordon.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;

/**
 * Runs labelled cases through a screener and counts, at each threshold, what an analyst would see.
 *
 * <p>Counting is per query. A positive case is a <b>hit</b> at threshold t when one of its expected entities is
 * among the top-K matches scoring at least t; a <b>false alert</b> is a query that raises matches at t none of which
 * is expected (for a negative case: any match at t). Precision = hits / (hits + false alerts);
 * recall = hits / positive cases. Each case is screened once at the lowest threshold; higher thresholds filter.
 */
public final class Evaluation {
    /** Lowest threshold swept. */
    public static final double MIN_THRESHOLD = 0.30;
    /** Thresholds swept, 0.30 to 1.00 by 0.02. */
    public static final double[] THRESHOLDS = IntStream.rangeClosed(0, 35).mapToDouble(i -> 0.30 + i * 0.02).toArray();

    private Evaluation() {
    }

    /** One screened case: its matches at or above {@link #MIN_THRESHOLD}. */
    public record Outcome(EvalCase evalCase, List<Match> matches) {
        boolean hit(double t) {
            return matches.stream().anyMatch(m -> m.score() >= t && evalCase.expected().contains(m.entity().id()));
        }

        boolean falseAlert(double t) {
            return !hit(t) && matches.stream().anyMatch(m -> m.score() >= t);
        }

        /** Rank of the first expected entity with no threshold applied beyond the minimum, or -1. */
        int rankOfExpected() {
            for (int i = 0; i < matches.size(); i++) {
                if (evalCase.expected().contains(matches.get(i).entity().id())) {
                    return i + 1;
                }
            }
            return -1;
        }
    }

    /** Counts for one category at one threshold. */
    public record Counts(int positives, int negatives, int hits, int falseAlerts) {
        public double precision() {
            return hits + falseAlerts == 0 ? 1.0 : hits / (double) (hits + falseAlerts);
        }

        public double recall() {
            return positives == 0 ? Double.NaN : hits / (double) positives;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(positives + o.positives, negatives + o.negatives, hits + o.hits, falseAlerts + o.falseAlerts);
        }
    }

    /** Screens every case (in parallel) with the given top-K. */
    public static List<Outcome> run(Screener screener, List<EvalCase> cases, int top) {
        Outcome[] out = new Outcome[cases.size()];
        IntStream.range(0, cases.size()).parallel().forEach(i -> {
            EvalCase c = cases.get(i);
            Query q = new Query("e" + i, c.query(), c.schema(), null, null, List.of());
            out[i] = new Outcome(c, screener.screen(q, MIN_THRESHOLD, top));
        });
        return List.of(out);
    }

    /** Counts per category (and {@code all}) at threshold t. */
    public static Map<String, Counts> counts(List<Outcome> outcomes, double t) {
        Map<String, Counts> m = new TreeMap<>();
        Counts all = new Counts(0, 0, 0, 0);
        for (Outcome o : outcomes) {
            boolean pos = o.evalCase().positive();
            Counts c = new Counts(pos ? 1 : 0, pos ? 0 : 1, pos && o.hit(t) ? 1 : 0, o.falseAlert(t) ? 1 : 0);
            m.merge(o.evalCase().category(), c, Counts::plus);
            all = all.plus(c);
        }
        Map<String, Counts> out = new LinkedHashMap<>();
        out.put("all", all);
        out.putAll(m);
        return out;
    }

    /** Recall with no threshold beyond the minimum: is the expected entity anywhere in the top K? */
    public static double rankRecall(List<Outcome> outcomes) {
        long pos = outcomes.stream().filter(o -> o.evalCase().positive()).count();
        long found = outcomes.stream().filter(o -> o.evalCase().positive() && o.rankOfExpected() > 0).count();
        return pos == 0 ? Double.NaN : found / (double) pos;
    }

    /** The threshold with the best F1 over all cases (the highest such threshold on ties). */
    public static double bestThreshold(List<Outcome> outcomes) {
        double best = THRESHOLDS[0];
        double bestF1 = -1;
        for (double t : THRESHOLDS) {
            double f1 = counts(outcomes, t).get("all").f1();
            if (!Double.isNaN(f1) && f1 >= bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }

    /** Misses and false alerts at t, for the report: what an engineer should look at first. */
    public static List<Outcome> errors(List<Outcome> outcomes, double t) {
        List<Outcome> out = new ArrayList<>();
        for (Outcome o : outcomes) {
            if ((o.evalCase().positive() && !o.hit(t)) || o.falseAlert(t)) {
                out.add(o);
            }
        }
        return out;
    }
}
