package org.kordon.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kordon.matching.ScoreModel;

/**
 * Fits the {@link ScoreModel} on labelled pairs: a logistic regression of the truth on the features of
 * {@link ScoreModel#FEATURES}, on fold 0 of the pairs (fold 1 is held out to measure the fit).
 *
 * <p>A secondary feature gets a coefficient of its own only when the data can speak for it both ways: for each sign
 * its deltas take (a boost, a penalty), at least {@value #MIN_SUPPORT} true and {@value #MIN_SUPPORT} false pairs
 * carry it, and the fitted coefficient is positive (a penalty lowers the probability, a boost raises it). Otherwise it
 * is <em>tied</em> to the name: its delta is added to the name score, and it takes the name's coefficient. A birth
 * date that only false pairs ever contradict would otherwise be learnt as "any disagreement is another person", and a
 * listed birth date a year off would drive a true match's probability to nothing.
 *
 * <pre>{@code
 * ScoreModelFit.Result r = ScoreModelFit.fit(pairs, 2, "fitted by kordon eval --fit-model on ...");
 * r.model().write(writer);
 * }</pre>
 */
public final class ScoreModelFit {
    /** The fewest true and the fewest false pairs that must carry a feature for it to get its own coefficient. */
    public static final int MIN_SUPPORT = 30;
    /** The ridge penalty of the fit: a light touch, so that a rare feature cannot diverge. */
    static final double RIDGE = 1e-7;

    private ScoreModelFit() {
    }

    /**
     * A fitted model and why each tied feature is tied.
     *
     * @param model    the model, fitted on fold 0
     * @param tiedWhy  for each tied feature, the reason
     * @param fitted   the pairs it was fitted on (fold 0)
     */
    public record Result(ScoreModel model, Map<String, String> tiedWhy, int fitted) {
    }

    /** Fits on the pairs of fold 0. */
    public static Result fit(List<ScoredPair> pairs, int version, String note) {
        List<ScoredPair> train = pairs.stream().filter(p -> p.fold() == 0).toList();
        int k = ScoreModel.FEATURES.size();
        Map<String, String> tiedWhy = new LinkedHashMap<>();
        for (int j = 1; j < k; j++) {
            // [sign: 0 boost, 1 penalty][truth: 0 false, 1 true]
            int[][] carried = new int[2][2];
            for (ScoredPair p : train) {
                double v = p.features()[j];
                if (v != 0) {
                    carried[v > 0 ? 0 : 1][p.truth() ? 1 : 0]++;
                }
            }
            if (carried[0][0] + carried[0][1] + carried[1][0] + carried[1][1] == 0) {
                tiedWhy.put(ScoreModel.FEATURES.get(j), "carried by no pair");
            }
            for (int sign = 0; sign < 2; sign++) {
                int no = carried[sign][0];
                int yes = carried[sign][1];
                if (yes + no > 0 && (yes < MIN_SUPPORT || no < MIN_SUPPORT)) {
                    tiedWhy.putIfAbsent(ScoreModel.FEATURES.get(j), "carried " + (sign == 0 ? "as a boost" : "as a penalty")
                            + " by " + yes + " true and " + no + " false pairs (fewer than " + MIN_SUPPORT + ")");
                }
            }
        }
        while (true) {
            List<Integer> own = new ArrayList<>();
            for (int j = 1; j < k; j++) {
                if (!tiedWhy.containsKey(ScoreModel.FEATURES.get(j))) {
                    own.add(j);
                }
            }
            double[][] x = new double[train.size()][];
            int[] y = new int[train.size()];
            for (int i = 0; i < train.size(); i++) {
                double[] f = train.get(i).features();
                double[] row = new double[1 + own.size()];
                row[0] = f[0];
                for (int j = 1; j < k; j++) {
                    if (tiedWhy.containsKey(ScoreModel.FEATURES.get(j))) {
                        row[0] += f[j];
                    }
                }
                for (int a = 0; a < own.size(); a++) {
                    row[1 + a] = f[own.get(a)];
                }
                x[i] = row;
                y[i] = train.get(i).truth() ? 1 : 0;
            }
            LogisticFit.Model m = LogisticFit.fit(x, y, RIDGE);
            double[] b = m.coefficients();
            String wrongSign = null;
            for (int a = 0; a < own.size(); a++) {
                if (b[1 + a] <= 0) {
                    wrongSign = ScoreModel.FEATURES.get(own.get(a));
                    tiedWhy.put(wrongSign, String.format(java.util.Locale.ROOT,
                            "fitted coefficient %.3f is not positive (the data confound it)", b[1 + a]));
                    break;
                }
            }
            if (wrongSign != null) {
                continue;
            }
            Map<String, Double> coefficients = new LinkedHashMap<>();
            coefficients.put("name", b[0]);
            for (int j = 1; j < k; j++) {
                String f = ScoreModel.FEATURES.get(j);
                coefficients.put(f, tiedWhy.containsKey(f) ? b[0] : b[1 + own.indexOf(j)]);
            }
            return new Result(new ScoreModel(version, note, m.intercept(), coefficients, List.copyOf(tiedWhy.keySet())),
                    Map.copyOf(tiedWhy), train.size());
        }
    }
}
