package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.kordon.matching.ScoreModel;

/** Fitting the score model: what it learns from labelled pairs, and when a feature is tied to the name. */
class ScoreModelFitTest {
    private static final int NAME = 0;
    private static final int BIRTH = ScoreModel.FEATURES.indexOf("birth-date");
    private static final int COUNTRY = ScoreModel.FEATURES.indexOf("country");

    /** Pairs drawn from a known model: logit = -30 + 34 * name + 20 * birth-date; birth deltas on a third of them. */
    private static List<ScoredPair> drawn(int n, long seed, boolean countryOnFalseOnly) {
        Random r = new Random(seed);
        List<ScoredPair> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] x = new double[ScoreModel.FEATURES.size()];
            x[NAME] = 0.5 + 0.5 * r.nextDouble();
            if (r.nextInt(3) == 0) {
                x[BIRTH] = r.nextBoolean() ? 0.02 : -(0.03 + 0.025 * r.nextInt(18));
            }
            double z = -30 + 34 * x[NAME] + 20 * x[BIRTH];
            boolean truth = r.nextDouble() < 1 / (1 + Math.exp(-z));
            if (countryOnFalseOnly && !truth && r.nextInt(4) == 0) {
                x[COUNTRY] = -0.03;
            }
            out.add(new ScoredPair("synthetic", "q" + i, "e" + i, truth, x[NAME], x, i % 2));
        }
        return out;
    }

    @Test
    void fit_recoversTheCoefficientsOfTheModelTheDataCameFrom() {
        ScoreModelFit.Result r = ScoreModelFit.fit(drawn(40_000, 7, false), 3, "test");
        ScoreModel m = r.model();
        assertThat(m.version()).isEqualTo(3);
        assertThat(m.intercept()).isCloseTo(-30, Offset.offset(3.0));
        assertThat(m.coefficient("name")).isCloseTo(34, Offset.offset(3.5));
        assertThat(m.coefficient("birth-date")).isCloseTo(20, Offset.offset(5.0));
        assertThat(m.tied("birth-date")).isFalse();
    }

    @Test
    void fit_aFeatureNoTruePairCarries_isTiedToTheName() {
        ScoreModelFit.Result r = ScoreModelFit.fit(drawn(20_000, 11, true), 1, "test");
        assertThat(r.model().tied("country")).isTrue();
        assertThat(r.model().coefficient("country")).isEqualTo(r.model().coefficient("name"));
        assertThat(r.tiedWhy().get("country")).contains("0 true");
    }

    @Test
    void fit_aPenaltyNoTruePairCarries_isTiedEvenWhenItsBoostIsWellSupported() {
        List<ScoredPair> pairs = drawn(20_000, 19, false).stream().map(p -> {
            double[] x = p.features();
            if (p.truth() && x[BIRTH] < 0) {
                x[BIRTH] = 0.02; // true pairs only ever agree on the birth date, as the labelled cases do
            }
            return new ScoredPair(p.category(), p.query(), p.entityId(), p.truth(), p.score(), x, p.fold());
        }).toList();
        ScoreModelFit.Result r = ScoreModelFit.fit(pairs, 1, "test");
        assertThat(r.model().tied("birth-date")).isTrue();
        assertThat(r.tiedWhy().get("birth-date")).contains("as a penalty by 0 true");
    }

    @Test
    void fit_aFeatureAbsentFromTheData_isTied() {
        ScoreModelFit.Result r = ScoreModelFit.fit(drawn(10_000, 13, false), 1, "test");
        assertThat(r.model().tied("identifier")).isTrue();
        assertThat(r.model().tied("name")).isFalse();
    }

    @Test
    void fit_usesFoldZeroOnly() {
        List<ScoredPair> pairs = drawn(10_000, 17, false);
        List<ScoredPair> flipped = pairs.stream().map(p -> p.fold() == 1
                ? new ScoredPair(p.category(), p.query(), p.entityId(), !p.truth(), p.score(), p.features(), 1) : p).toList();
        ScoreModel a = ScoreModelFit.fit(pairs, 1, "a").model();
        ScoreModel b = ScoreModelFit.fit(flipped, 1, "b").model();
        assertThat(b.intercept()).isEqualTo(a.intercept());
        assertThat(b.coefficient("name")).isEqualTo(a.coefficient("name"));
    }

    @Test
    void writeCsv_oneRowPerPair_withLabelFoldAndFeatures_andLeavesTheWriterOpen() throws Exception {
        java.io.StringWriter w = new java.io.StringWriter();
        ScoredPair.writeCsv(drawn(3, 1, false), w);
        w.write("still open\n");
        List<String> lines = w.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("category,query,entity_id,truth,score,fold," + String.join(",", ScoreModel.FEATURES));
        assertThat(lines).hasSize(5).last().isEqualTo("still open");
    }
}
