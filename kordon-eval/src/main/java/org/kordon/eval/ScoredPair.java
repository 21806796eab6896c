package org.kordon.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kordon.matching.Match;
import org.kordon.matching.ScoreModel;

/**
 * One match an evaluation scored, as a labelled row of features: what {@link ScoreModelFit} fits the
 * {@link ScoreModel} on and what its reliability is measured on.
 *
 * @param category the case's category ({@code held-out-alias}, {@code clean-person} ...)
 * @param query    the name screened
 * @param entityId the listed entity matched
 * @param truth    whether the entity is one the case expects
 * @param score    the screener's score
 * @param features the match's features in the order of {@link ScoreModel#FEATURES}
 * @param fold     0 (fitted on) or 1 (held out), from the case alone, so that one case's matches share a fold
 */
public record ScoredPair(String category, String query, String entityId, boolean truth, double score, double[] features,
                         int fold) {
    public ScoredPair {
        features = features.clone();
        if (fold != 0 && fold != 1) {
            throw new IllegalArgumentException("fold must be 0 or 1, got " + fold);
        }
    }

    @Override
    public double[] features() {
        return features.clone();
    }

    /**
     * Every match of {@code outcomes} scoring at least {@code minScore}, labelled. The labelled cases are screened down
     * to {@link Evaluation#MIN_THRESHOLD} and the clean names to {@link Evaluation#CLEAN_MIN_THRESHOLD}: pass the
     * higher so that both are sampled alike.
     */
    public static List<ScoredPair> of(List<Evaluation.Outcome> outcomes, double minScore) {
        List<ScoredPair> out = new ArrayList<>();
        for (Evaluation.Outcome o : outcomes) {
            EvalCase c = o.evalCase();
            int fold = Math.floorMod((c.category() + "|" + c.query()).hashCode(), 2);
            for (Match m : o.matches()) {
                if (m.score() >= minScore) {
                    out.add(new ScoredPair(c.category(), c.query(), m.entity().id(), c.expected().contains(m.entity().id()),
                            m.score(), ScoreModel.features(m.explanation()), fold));
                }
            }
        }
        return out;
    }

    /**
     * Writes the pairs as CSV: category, query, entity_id, truth, score, fold, then one column per feature. {@code out}
     * is flushed, not closed.
     */
    public static void writeCsv(List<ScoredPair> pairs, Appendable out) throws IOException {
        List<String> header = new ArrayList<>(List.of("category", "query", "entity_id", "truth", "score", "fold"));
        header.addAll(ScoreModel.FEATURES);
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
        for (ScoredPair s : pairs) {
            List<Object> row = new ArrayList<>(List.of(s.category(), s.query(), s.entityId(), s.truth() ? 1 : 0,
                    fmt(s.score()), s.fold()));
            for (double f : s.features) {
                row.add(fmt(f));
            }
            p.printRecord(row);
        }
        p.flush();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
