package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.testkit.SharedData;
import org.kordon.matching.Screeners;
import org.kordon.model.ListSnapshot;

/**
 * Quality guard in the default test suite: a reduced evaluation (Kordon only; OFAC SDN, the EU files and the US
 * Congress export; fewer cases per set, {@value #CLEAN_PERSONS} + {@value #CLEAN_COMPANIES} generated clean names)
 * on the shared lists, asserting recall per main category and the clean-name alert rate against {@link Floors}.
 * Skipped, saying so, when {@code ../shared/data} is absent.
 */
class EvaluationGuardTest {
    static final int CLEAN_PERSONS = 4_000;
    static final int CLEAN_COMPANIES = 2_000;
    static final EvalRun.Config GUARD = new EvalRun.Config(50, 20, 40, 0, CLEAN_PERSONS, CLEAN_COMPANIES, false);

    /**
     * The floors, in one place. Measured on main after the first issue-18 matcher changes (2026-12-07, this reduced
     * run, hits of positives at 0.78): held-out-alias 87/150, perturbed typo 14/14, dropped middle 14/14, reordered
     * 12/12, extra-word alias 10/10, surname 19/21, place 49/49, translated-org 19/80, arabic-particles 38/50,
     * romanisation German 36/40, French 36/40, cross-script 17/17, Kazakh 6/6, held-out-vessel 5/24; clean names 109.3
     * alerts per 100,000 (8 of 7,317). (Before those changes: held-out-alias 83/150, extra-word surname 3/21, place
     * 8/49, arabic-particles 24/50, German 10/40, clean names 546.7 per 100,000.)
     * Each recall floor is the measured figure less one case; the alert ceiling is the measured rate plus about five
     * alerts. They are to be RAISED (and the ceiling lowered) as matching improves: a floor that stays at yesterday's
     * figure lets today's gain be lost without notice.
     */
    static final class Floors {
        /** Recall at the default threshold, per category: the category must not fall below it. */
        static final Map<String, Double> RECALL = Map.ofEntries(
                Map.entry("held-out-alias", 0.57),
                Map.entry("perturbed-typo", 0.92),
                Map.entry("perturbed-dropped-middle", 0.92),
                Map.entry("perturbed-reordered", 0.91),
                Map.entry("extra-word-alias", 0.90),
                Map.entry("extra-word-surname", 0.85),
                Map.entry("extra-word-place", 0.97),
                Map.entry("translated-org", 0.22),
                Map.entry("arabic-particles", 0.74),
                Map.entry("romanisation-german", 0.87),
                Map.entry("romanisation-french", 0.87),
                Map.entry("cross-script", 0.94),
                Map.entry("kazakh", 0.83),
                Map.entry("held-out-vessel", 0.16));
        /** Alerts per 100,000 clean names screened with birth date and country at the default threshold: at most this. */
        static final double ALERTS_PER_100K_CEILING = 180;
        /**
         * The shipped score model's expected calibration error over this run's scored pairs (score at least 0.50, both
         * folds): at most this. Measured ECE_MEASURED; the raw scores' is about 0.3.
         */
        static final double PROBABILITY_ECE_CEILING = 0.07;

        private Floors() {
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard only; the run takes well under a minute
    void reducedEvaluation_onSharedLists_keepsRecallFloorsAndAlertCeiling() {
        Path ofac = SharedData.require("lists/ofac/sdn.csv");
        Path eu = SharedData.require("lists/eu");
        Path congress = SharedData.require("lists/opensanctions/us_congress_senzing.json");
        ListSnapshot s = ListLoader.load(List.of(ofac, eu, congress), LoadOptions.defaults()).snapshot();
        long t0 = System.nanoTime();
        EvalRun run = EvalRun.run(s, GUARD, line -> { });
        double t = Screeners.DEFAULT_THRESHOLD;
        Map<String, Evaluation.Counts> counts = Evaluation.counts(run.outcomes().get("kordon"), t);
        double alerts = Evaluation.alertsPer100k(new EvalReport(run).cleanWithSecondary(), t);
        StringBuilder measured = new StringBuilder(String.format(Locale.ROOT, "measured in %.1f s at %.2f:", (System.nanoTime() - t0) / 1e9, t));
        Floors.RECALL.keySet().stream().sorted().forEach(k -> measured.append(String.format(Locale.ROOT, " %s=%.3f (%d)", k,
                counts.containsKey(k) ? counts.get(k).recall() : Double.NaN, counts.containsKey(k) ? counts.get(k).positives() : 0)));
        measured.append(String.format(Locale.ROOT, " alerts/100k=%.1f", alerts));
        System.out.println("EvaluationGuardTest " + measured);

        for (var floor : Floors.RECALL.entrySet()) {
            assertThat(counts).as("category %s present (%s)", floor.getKey(), measured).containsKey(floor.getKey());
            assertThat(counts.get(floor.getKey()).recall()).as("recall of %s (%s)", floor.getKey(), measured)
                    .isGreaterThanOrEqualTo(floor.getValue());
        }
        assertThat(alerts).as("alerts per 100,000 clean names with birth date and country (%s)", measured)
                .isLessThanOrEqualTo(Floors.ALERTS_PER_100K_CEILING);

        List<Evaluation.Outcome> scored = new java.util.ArrayList<>(run.outcomes().get("kordon"));
        scored.addAll(new EvalReport(run).cleanWithSecondary());
        List<ScoredPair> pairs = ScoredPair.of(scored, Evaluation.CLEAN_MIN_THRESHOLD);
        Reliability probability = both(pairs, p -> org.kordon.matching.ScoreModel.shipped().probability(p.features()));
        Reliability raw = both(pairs, ScoredPair::score);
        System.out.printf(Locale.ROOT, "EvaluationGuardTest %,d scored pairs: probability Brier %.4f ECE %.4f; raw score Brier %.4f ECE %.4f%n",
                pairs.size(), probability.brier(), probability.ece(), raw.brier(), raw.ece());
        assertThat(probability.ece()).as("expected calibration error of the shipped score model")
                .isLessThanOrEqualTo(Floors.PROBABILITY_ECE_CEILING);
        assertThat(probability.brier()).as("Brier score of the probability against the raw score's")
                .isLessThan(raw.brier());
    }

    private static Reliability both(List<ScoredPair> pairs, java.util.function.ToDoubleFunction<ScoredPair> score) {
        double[] s = pairs.stream().mapToDouble(score).toArray();
        int[] y = pairs.stream().mapToInt(p -> p.truth() ? 1 : 0).toArray();
        return Reliability.of(s, y, ScoreCalibration.BANDS);
    }
}
