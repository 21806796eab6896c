package org.kordon.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
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
 * recall = hits / positive cases; top-1 = hits whose expected entity is ranked first / hits. Each case is screened
 * once at the lowest threshold; higher thresholds filter.
 *
 * <p>Clean names (negatives screened in bulk) are counted as <b>alerts per 100,000 screened</b>: a query with any
 * match at t is one alert. They are screened once at {@link #CLEAN_MIN_THRESHOLD} keeping the best match only,
 * which is all an alert count needs.
 */
public final class Evaluation {
    /** Lowest threshold swept. */
    public static final double MIN_THRESHOLD = 0.30;
    /** Thresholds swept, 0.30 to 1.00 by 0.02. */
    public static final double[] THRESHOLDS = IntStream.rangeClosed(0, 35).mapToDouble(i -> 0.30 + i * 0.02).toArray();
    /** Lowest threshold clean names are screened at: alert counts below it are not measured. */
    public static final double CLEAN_MIN_THRESHOLD = 0.50;
    /** The alert budget the issue sets: at most this many alerts per 100,000 clean names screened. */
    public static final double ALERT_BUDGET_PER_100K = 30.0;

    private Evaluation() {
    }

    /** One screened case: its matches at or above {@link #MIN_THRESHOLD}. */
    public record Outcome(EvalCase evalCase, List<Match> matches) {
        boolean hit(double t) {
            return matches.stream().anyMatch(m -> m.score() >= t && evalCase.expected().contains(m.entity().id()));
        }

        boolean firstRanked(double t) {
            return !matches.isEmpty() && matches.get(0).score() >= t && evalCase.expected().contains(matches.get(0).entity().id());
        }

        boolean alert(double t) {
            return matches.stream().anyMatch(m -> m.score() >= t);
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

    /**
     * Counts for one category at one threshold.
     *
     * @param firstRanked hits whose first match (the top of the analyst's list) is an expected entity
     */
    public record Counts(int positives, int negatives, int hits, int falseAlerts, int firstRanked) {
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

        /** Share of hits with the expected entity ranked first; NaN without hits. */
        public double top1() {
            return hits == 0 ? Double.NaN : firstRanked / (double) hits;
        }

        Counts plus(Counts o) {
            return new Counts(positives + o.positives, negatives + o.negatives, hits + o.hits, falseAlerts + o.falseAlerts,
                    firstRanked + o.firstRanked);
        }
    }

    /** Screens every case (in parallel, with its birth date and country when it has them) with the given top-K. */
    public static List<Outcome> run(Screener screener, List<EvalCase> cases, int top) {
        return run(screener, cases, top, MIN_THRESHOLD, n -> { });
    }

    /**
     * Screens clean names (in parallel on all cores) keeping the best match at or above {@link #CLEAN_MIN_THRESHOLD};
     * {@code progress} hears the number screened every {@value #PROGRESS_EVERY} queries.
     */
    public static List<Outcome> runClean(Screener screener, List<EvalCase> cases, IntConsumer progress) {
        return run(screener, cases, 1, CLEAN_MIN_THRESHOLD, progress);
    }

    static final int PROGRESS_EVERY = 10_000;

    private static List<Outcome> run(Screener screener, List<EvalCase> cases, int top, double min, IntConsumer progress) {
        Outcome[] out = new Outcome[cases.size()];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, cases.size()).parallel().forEach(i -> {
            EvalCase c = cases.get(i);
            Query q = new Query("e" + i, c.query(), c.schema(), c.birthDate(), c.country(), List.of());
            out[i] = new Outcome(c, screener.screen(q, min, top));
            int d = done.incrementAndGet();
            if (d % PROGRESS_EVERY == 0) {
                progress.accept(d);
            }
        });
        return List.of(out);
    }

    /** Queries with any match at t per 100,000 screened (NaN when there are none); t below the screening minimum is not measured. */
    public static double alertsPer100k(List<Outcome> clean, double t) {
        if (clean.isEmpty()) {
            return Double.NaN;
        }
        long alerts = clean.stream().filter(o -> o.alert(t)).count();
        return 100_000.0 * alerts / clean.size();
    }

    /**
     * The lowest swept threshold (at or above {@link #CLEAN_MIN_THRESHOLD}) whose alerts per 100,000 clean names
     * stay within {@code budget}; NaN when no threshold does or there are no clean names.
     */
    public static double budgetThreshold(List<Outcome> clean, double budget) {
        if (clean.isEmpty()) {
            return Double.NaN;
        }
        for (double t : THRESHOLDS) {
            if (t >= CLEAN_MIN_THRESHOLD - 1e-9 && alertsPer100k(clean, t) <= budget) {
                return t;
            }
        }
        return Double.NaN;
    }

    /** Counts per category, per {@code category/tag}, and {@code all} (each case once) at threshold t. */
    public static Map<String, Counts> counts(List<Outcome> outcomes, double t) {
        Map<String, Counts> m = new TreeMap<>();
        Counts all = new Counts(0, 0, 0, 0, 0);
        for (Outcome o : outcomes) {
            boolean pos = o.evalCase().positive();
            boolean hit = pos && o.hit(t);
            Counts c = new Counts(pos ? 1 : 0, pos ? 0 : 1, hit ? 1 : 0, o.falseAlert(t) ? 1 : 0, hit && o.firstRanked(t) ? 1 : 0);
            m.merge(o.evalCase().category(), c, Counts::plus);
            for (String tag : o.evalCase().tags()) {
                m.merge(o.evalCase().category() + "/" + tag, c, Counts::plus);
            }
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
