package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationMathTest {

    @Test
    void logisticFit_recoversTheModelThatMadeTheLabels() {
        Random r = new Random(7);
        int n = 40_000;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextDouble();
            x[i][1] = r.nextBoolean() ? 1 : 0;
            double p = LogisticFit.sigmoid(-6 + 9 * x[i][0] - 1.5 * x[i][1]);
            y[i] = r.nextDouble() < p ? 1 : 0;
        }

        LogisticFit.Model m = LogisticFit.fit(x, y, 0);

        assertThat(m.intercept()).isCloseTo(-6, within(0.25));
        assertThat(m.coefficients()[0]).isCloseTo(9, within(0.35));
        assertThat(m.coefficients()[1]).isCloseTo(-1.5, within(0.15));
        assertThat(m.steps()).isLessThan(LogisticFit.MAX_STEPS);
    }

    @Test
    void logisticFit_perfectlySeparatedData_staysFiniteWithARidge() {
        double[][] x = {{0.1}, {0.2}, {0.3}, {0.7}, {0.8}, {0.9}};
        int[] y = {0, 0, 0, 1, 1, 1};

        LogisticFit.Model m = LogisticFit.fit(x, y, 1e-3);

        assertThat(m.coefficients()[0]).isPositive().isFinite();
        assertThat(m.probability(new double[] {0.9})).isGreaterThan(0.8);
        assertThat(m.probability(new double[] {0.1})).isLessThan(0.2);
    }

    @Test
    void logisticFit_oneLabelOnly_isRefused() {
        assertThatThrownBy(() -> LogisticFit.fit(new double[][] {{1}, {2}}, new int[] {1, 1}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all 2 labels are 1");
    }

    @Test
    void reliability_calibratedScores_haveSmallGapsAndTheExpectedBrier() {
        Random r = new Random(11);
        int n = 100_000;
        double[] s = new double[n];
        int[] y = new int[n];
        double expectedBrier = 0;
        for (int i = 0; i < n; i++) {
            s[i] = r.nextDouble();
            y[i] = r.nextDouble() < s[i] ? 1 : 0;
            expectedBrier += s[i] * (1 - s[i]); // E[(s - y)^2] for a calibrated s
        }

        Reliability rel = Reliability.of(s, y, 10);

        assertThat(rel.brier()).isCloseTo(expectedBrier / n, within(0.005));
        assertThat(rel.ece()).isLessThan(0.01);
        assertThat(rel.bins()).hasSize(10).allSatisfy(b -> assertThat(b.observed()).isCloseTo(b.meanScore(), within(0.02)));
    }

    @Test
    void reliability_overconfidentScores_showTheGap() {
        // every pair scored 0.9, but only half are true matches
        double[] s = {0.9, 0.9, 0.9, 0.9};
        int[] y = {1, 0, 1, 0};

        Reliability rel = Reliability.of(s, y, 10);

        assertThat(rel.bins().get(9).observed()).isEqualTo(0.5);
        assertThat(rel.ece()).isCloseTo(0.4, within(1e-9));
        assertThat(rel.brier()).isCloseTo((0.01 + 0.81) / 2, within(1e-9));
        assertThat(rel.bins().get(0).count()).isZero();
    }
}
