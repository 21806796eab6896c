package org.kordon.eval;

import java.util.Arrays;
import java.util.Locale;

/**
 * Fits a logistic regression {@code p = 1 / (1 + exp(-(b0 + b . x)))} to labelled feature vectors by Newton's method
 * (iteratively reweighted least squares) with a small ridge penalty on the coefficients (never on the intercept), so
 * that a feature that separates the labels perfectly gets a large but finite weight instead of diverging.
 *
 * <pre>{@code
 * LogisticFit.Model m = LogisticFit.fit(x, y, 1e-3);
 * m.probability(new double[] {0.93, 0, 1})   // an estimated probability of a true match
 * }</pre>
 *
 * The model is what a compliance validator can read: one weight per named feature. Deterministic: the same
 * data give the same model. Stateless and thread-safe.
 */
public final class LogisticFit {
    /** Newton steps at most; the fits here converge in under 15. */
    static final int MAX_STEPS = 100;
    /** Converged when no coefficient moves by more than this in a step. */
    static final double TOLERANCE = 1e-9;

    private LogisticFit() {
    }

    /**
     * A fitted model.
     *
     * @param intercept    b0
     * @param coefficients b, one per feature, in the order of the feature vectors
     * @param steps        Newton steps taken
     */
    public record Model(double intercept, double[] coefficients, int steps) {
        public Model {
            coefficients = coefficients.clone();
        }

        /** The linear predictor {@code b0 + b . x}. */
        public double logit(double[] x) {
            if (x.length != coefficients.length) {
                throw new IllegalArgumentException("feature vector has " + x.length + " values, the model " + coefficients.length);
            }
            double z = intercept;
            for (int j = 0; j < x.length; j++) {
                z += coefficients[j] * x[j];
            }
            return z;
        }

        public double probability(double[] x) {
            return sigmoid(logit(x));
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Model[intercept=%.4f, coefficients=%s, steps=%d]", intercept,
                    Arrays.toString(coefficients), steps);
        }
    }

    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /**
     * Fits the model.
     *
     * @param x     feature vectors, all of one length
     * @param y     labels, 0 or 1, one per vector
     * @param ridge the L2 penalty on the coefficients (0 for none; 1e-3 is a light touch)
     * @throws IllegalArgumentException when the data are empty, ragged, or hold only one label
     */
    public static Model fit(double[][] x, int[] y, double ridge) {
        int n = x.length;
        if (n == 0 || n != y.length) {
            throw new IllegalArgumentException("need as many labels as vectors, and at least one: " + n + " vectors, " + y.length + " labels");
        }
        int k = x[0].length;
        int ones = 0;
        for (int i = 0; i < n; i++) {
            if (x[i].length != k) {
                throw new IllegalArgumentException("vector " + i + " has " + x[i].length + " values, vector 0 has " + k);
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("label " + i + " is " + y[i] + ", not 0 or 1");
            }
            ones += y[i];
        }
        if (ones == 0 || ones == n) {
            throw new IllegalArgumentException("all " + n + " labels are " + (ones == 0 ? 0 : 1) + ": nothing to fit");
        }
        int d = k + 1; // intercept first
        double[] beta = new double[d];
        beta[0] = Math.log(ones / (double) (n - ones));
        int step = 0;
        while (step < MAX_STEPS) {
            step++;
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int i = 0; i < n; i++) {
                double z = beta[0];
                for (int j = 0; j < k; j++) {
                    z += beta[j + 1] * x[i][j];
                }
                double p = sigmoid(z);
                double r = y[i] - p;
                double w = Math.max(p * (1 - p), 1e-12);
                grad[0] += r;
                hess[0][0] += w;
                for (int a = 0; a < k; a++) {
                    double xa = x[i][a];
                    grad[a + 1] += r * xa;
                    hess[0][a + 1] += w * xa;
                    for (int b = a; b < k; b++) {
                        hess[a + 1][b + 1] += w * xa * x[i][b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hess[a][b] = hess[b][a];
                }
            }
            for (int a = 1; a < d; a++) {
                grad[a] -= ridge * n * beta[a];
                hess[a][a] += ridge * n;
            }
            double[] delta = solve(hess, grad);
            double move = 0;
            for (int a = 0; a < d; a++) {
                beta[a] += delta[a];
                move = Math.max(move, Math.abs(delta[a]));
            }
            if (move < TOLERANCE) {
                break;
            }
        }
        return new Model(beta[0], Arrays.copyOfRange(beta, 1, d), step);
    }

    /** Solves {@code a x = b} for a symmetric positive definite {@code a} by Gaussian elimination with pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int d = b.length;
        double[][] m = new double[d][];
        for (int i = 0; i < d; i++) {
            m[i] = Arrays.copyOf(a[i], d + 1);
            m[i][d] = b[i];
        }
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            double p = m[col][col];
            if (Math.abs(p) < 1e-300) {
                throw new IllegalArgumentException("singular system: a feature is constant or a copy of another");
            }
            for (int r = col + 1; r < d; r++) {
                double f = m[r][col] / p;
                for (int c = col; c <= d; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double s = m[r][d];
            for (int c = r + 1; c < d; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
