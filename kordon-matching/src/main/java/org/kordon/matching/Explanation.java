package org.kordon.matching;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kordon.model.NameKind;

/**
 * Why a listed entity scored what it did: the best-matching name and every feature that moved the score.
 * The match's score is the sum of the contributions' deltas (the first one, {@code name}, is the name score).
 *
 * <p>{@link #summary()} gives one line for a reviewer, e.g.
 * {@code name 0.97 "Vladimir Putin" ~ "PUTIN, Vladimir Vladimirovich" (alias; 2 of 3 listed tokens, patronymic missing); birth year 1952 matches +0.02; country ru matches}
 *
 * @param queryName     the name screened, as given
 * @param matchedName   the listed name it matched best, as the list prints it
 * @param matchedKind   how the list presents that name
 * @param nameScore     the name score alone, in [0,1]
 * @param contributions the name and the secondary features, in the order applied
 * @param probability   the estimated probability that the match is true ({@link ScoreModel}), or null when the
 *                      screener has no fitted model (the OFAC-parity and brute-force baselines)
 */
public record Explanation(String queryName, String matchedName, NameKind matchedKind, double nameScore,
                          List<Contribution> contributions, @Nullable Double probability) {
    public Explanation {
        contributions = List.copyOf(contributions);
        if (probability != null && !(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be in [0,1], got " + probability);
        }
    }

    /** An explanation without a probability (a screener with no fitted model). */
    public Explanation(String queryName, String matchedName, NameKind matchedKind, double nameScore,
                       List<Contribution> contributions) {
        this(queryName, matchedName, matchedKind, nameScore, contributions, null);
    }

    /** This explanation with the probability {@code model} estimates from its contributions. */
    Explanation withProbability(ScoreModel model) {
        return new Explanation(queryName, matchedName, matchedKind, nameScore, contributions, model.probability(this));
    }

    /**
     * One line: the name comparison, then each secondary feature with its delta when not zero. An engine that builds
     * its own score on a match (vessels, documents, shipment parties) quotes this line; where the match's score is
     * the answer (screening a subject), {@link #summaryWithProbability()} adds the estimated probability.
     */
    public String summary() {
        StringBuilder b = new StringBuilder(160);
        b.append("name ").append(fmt(nameScore)).append(" \"").append(queryName).append("\" ~ \"")
                .append(matchedName).append('"');
        for (Contribution c : contributions) {
            if (c.feature().equals("name")) {
                if (!c.detail().isEmpty()) {
                    b.append(" (").append(c.detail()).append(')');
                }
                continue;
            }
            b.append("; ").append(c.detail());
            if (Math.abs(c.delta()) >= 0.005) {
                b.append(c.delta() > 0 ? " +" : " -").append(fmt(Math.abs(c.delta())));
            }
        }
        return b.toString();
    }

    /** {@link #summary()}, then the estimated probability when there is one ({@code ; probability 0.93}). */
    public String summaryWithProbability() {
        return probability == null ? summary() : summary() + "; probability " + fmt(probability);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
