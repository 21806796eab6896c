package org.kordon.matching;

/**
 * Scores a planned query against one listed name: an order-free alignment of words, weighted by IDF.
 *
 * <pre>
 *   score = sum over aligned pairs (sim(q_i, t_j) * w_i)
 *           / ( sum over all query words w_i  +  sum over unaligned listed words lambda_j * idf(t_j) )
 * </pre>
 * where w_i is the query word's IDF (an unknown word takes that of its closest listed spelling, or the
 * highest IDF when it has none), and lambda_j is what a listed word the query lacks costs: 0.05 for a
 * patronymic, 0.15 for an initial, 0.35 for any other word. A query word the name lacks costs its full
 * weight (it is in the denominator and not in the numerator): "Emma Daniels" is not "EMMA". Pairs are
 * aligned greedily by similarity, ties broken by the words' content, so the score does not depend on word
 * order. Words written joined on one side and apart on the other ({@code abubakr} / {@code abu bakr}) align
 * as one pair at similarity 1. A name that aligns only initials to words (v ~ vladimir) scores 0.
 *
 * <p>{@code "vladimir putin"} against {@code [putin, vladimir, vladimirovich]} scores about 0.97; the same
 * words in any order and case score 1.0. Not thread-safe: one instance per thread (it keeps buffers).
 */
final class NameScorer {
    static final double MISSING = 0.35;
    static final double MISSING_PATRONYMIC = 0.05;
    static final double MISSING_INITIAL = 0.15;
    static final int MAX_NAME_WORDS = 64;

    private final NameIndex index;
    private double[] sim = new double[64];
    private final int[] qMatch = new int[QueryPlan.MAX_WORDS];
    private final int[] tMatch = new int[MAX_NAME_WORDS];
    private final double[] pairSim = new double[QueryPlan.MAX_WORDS];

    NameScorer(NameIndex index) {
        this.index = index;
    }

    /** The name score of {@code nameId} for {@code plan}; when {@code detail} is not null, fills it in. */
    double score(QueryPlan plan, int nameId, Alignment detail) {
        int[] t = index.nameTokens[nameId];
        int m = plan.q.length;
        int n = Math.min(MAX_NAME_WORDS, t.length);
        if (sim.length < m * n) {
            sim = new double[m * n * 2];
        }
        for (int i = 0; i < m; i++) {
            qMatch[i] = -1;
            for (int j = 0; j < n; j++) {
                sim[i * n + j] = plan.sim(i, t[j], index);
            }
        }
        for (int j = 0; j < n; j++) {
            tMatch[j] = -1;
        }
        double num = 0;
        boolean real = false;
        while (true) {
            int bi = -1;
            int bj = -1;
            double bs = 0;
            for (int i = 0; i < m; i++) {
                if (qMatch[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    double s = sim[i * n + j];
                    if (s > 0 && tMatch[j] < 0 && (s > bs || s == bs && better(plan, t, i, j, bi, bj))) {
                        bi = i;
                        bj = j;
                        bs = s;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            qMatch[bi] = bj;
            tMatch[bj] = bi;
            pairSim[bi] = bs;
            num += bs * plan.w[bi];
            real |= bs >= 1.0 || !plan.initial[bi] && index.words[t[bj]].length() > 1;
        }
        // words joined on one side, apart on the other
        for (int i = 0; i < m; i++) {
            if (qMatch[i] >= 0 || plan.initial[i]) {
                continue;
            }
            for (int j = 0; j + 1 < n; j++) {
                if (tMatch[j] < 0 && tMatch[j + 1] < 0 && joins(plan.q[i], index.words[t[j]], index.words[t[j + 1]])) {
                    qMatch[i] = j;
                    tMatch[j] = i;
                    tMatch[j + 1] = i;
                    pairSim[i] = 1.0;
                    num += plan.w[i];
                    real = true;
                    if (detail != null) {
                        detail.joined(plan.q[i], index.words[t[j]] + "+" + index.words[t[j + 1]]);
                    }
                    break;
                }
            }
        }
        for (int i = 0; i + 1 < m; i++) {
            if (qMatch[i] >= 0 || qMatch[i + 1] >= 0 || plan.initial[i] || plan.initial[i + 1]) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (tMatch[j] < 0 && joins(index.words[t[j]], plan.q[i], plan.q[i + 1])) {
                    qMatch[i] = j;
                    qMatch[i + 1] = j;
                    tMatch[j] = i;
                    pairSim[i] = 1.0;
                    pairSim[i + 1] = 1.0;
                    num += plan.w[i] + plan.w[i + 1];
                    real = true;
                    if (detail != null) {
                        detail.joined(plan.q[i] + "+" + plan.q[i + 1], index.words[t[j]]);
                    }
                    break;
                }
            }
        }
        if (!real) {
            return 0.0;
        }
        double den = plan.totalWeight;
        for (int j = 0; j < n; j++) {
            if (tMatch[j] < 0) {
                den += lambda(t[j]) * index.idf[t[j]];
            }
        }
        for (int j = n; j < t.length; j++) {
            den += lambda(t[j]) * index.idf[t[j]];
        }
        if (detail != null) {
            detail.fill(plan, t, n, qMatch, tMatch, pairSim, index);
        }
        return Math.min(1.0, num / den);
    }

    private double lambda(int wid) {
        if (index.patronymic[wid]) {
            return MISSING_PATRONYMIC;
        }
        return index.words[wid].length() == 1 ? MISSING_INITIAL : MISSING;
    }

    /** Tie-break between equally similar pairs by content, so word order never matters. */
    private boolean better(QueryPlan plan, int[] t, int i, int j, int bi, int bj) {
        if (bi < 0) {
            return true;
        }
        if (plan.w[i] != plan.w[bi]) {
            return plan.w[i] > plan.w[bi];
        }
        int c = plan.q[i].compareTo(plan.q[bi]);
        if (c != 0) {
            return c < 0;
        }
        return index.words[t[j]].compareTo(index.words[t[bj]]) < 0;
    }

    private static boolean joins(String whole, String left, String right) {
        return whole.length() == left.length() + right.length() && whole.startsWith(left)
                && whole.startsWith(right, left.length());
    }

    /** What an alignment found, for the explanation. Built only for the matches returned. */
    static final class Alignment {
        int listedWords;
        int alignedListed;
        final java.util.List<String> notes = new java.util.ArrayList<>(4);
        private final java.util.List<String> joins = new java.util.ArrayList<>(1);

        void joined(String query, String listed) {
            joins.add(query + "=" + listed);
        }

        void fill(QueryPlan plan, int[] t, int n, int[] qMatch, int[] tMatch, double[] pairSim, NameIndex index) {
            listedWords = t.length;
            boolean patronymicMissing = false;
            StringBuilder missing = new StringBuilder();
            for (int j = 0; j < t.length; j++) {
                if (j < n && tMatch[j] >= 0) {
                    alignedListed++;
                } else if (index.patronymic[t[j]]) {
                    patronymicMissing = true;
                } else {
                    missing.append(missing.isEmpty() ? "" : " ").append(index.words[t[j]]);
                }
            }
            if (alignedListed < listedWords) {
                notes.add(alignedListed + " of " + listedWords + " listed tokens");
            }
            if (patronymicMissing) {
                notes.add("patronymic missing");
            }
            if (!missing.isEmpty()) {
                notes.add("missing " + missing);
            }
            StringBuilder extra = new StringBuilder();
            for (int i = 0; i < plan.q.length; i++) {
                if (qMatch[i] < 0) {
                    extra.append(extra.isEmpty() ? "" : " ").append(plan.q[i]);
                } else if (pairSim[i] < 1.0) {
                    String listed = index.words[t[qMatch[i]]];
                    if (plan.initial[i] || listed.length() == 1) {
                        notes.add("initial " + plan.q[i] + "~" + listed);
                    } else {
                        notes.add(String.format(java.util.Locale.ROOT, "%s~%s %.2f", plan.q[i], listed, pairSim[i]));
                    }
                }
            }
            notes.addAll(joins);
            if (!extra.isEmpty()) {
                notes.add("not in listed name: " + extra);
            }
        }
    }
}
