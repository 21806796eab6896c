package org.kordon.matching;

import java.util.Arrays;
import java.util.List;

/**
 * A query's words made ready for scoring against one index: each word's weight and the dictionary words it
 * is linked to, with their similarity, so that scoring a candidate name compares ints, not strings.
 */
final class QueryPlan {
    static final int MAX_WORDS = 32;

    final Query query;
    final AnalyzedName analyzed;
    final String[] q;
    final boolean[] initial;
    final double[] w;
    final double totalWeight;
    final int[][] linkWords;
    final float[][] linkSims;
    /** Per query word: the dictionary's one-letter word equal to its first letter (a listed initial), or -1. */
    final int[] letterWord;
    final boolean hasInitial;
    /** The weight of the query's initials together. */
    final double initialWeight;

    private QueryPlan(Query query, AnalyzedName analyzed, String[] q, boolean[] initial, double[] w,
                      int[][] linkWords, float[][] linkSims, int[] letterWord) {
        this.query = query;
        this.analyzed = analyzed;
        this.q = q;
        this.initial = initial;
        this.w = w;
        this.linkWords = linkWords;
        this.linkSims = linkSims;
        this.letterWord = letterWord;
        double[] sorted = w.clone();
        Arrays.sort(sorted); // summed in value order, so that word order cannot change the last bit
        double t = 0;
        for (double x : sorted) {
            t += x;
        }
        boolean init = false;
        for (boolean b : initial) {
            init |= b;
        }
        this.totalWeight = t;
        this.hasInitial = init;
        double initials = 0;
        for (int i = 0; i < q.length; i++) {
            initials += initial[i] ? w[i] : 0;
        }
        this.initialWeight = initials;
    }

    /**
     * Plans a query. With {@code fullScan}, every query word (but an initial) is compared by
     * {@link TokenSimilarity} with every dictionary word of two letters or more, keys unused: the slow, honest
     * reference the index must equal. Otherwise only the dictionary words sharing a {@link PhoneticKeys} key
     * with it are compared.
     */
    static QueryPlan of(Query query, NameAnalyzer analyzer, NameIndex index, boolean fullScan) {
        AnalyzedName a = analyzer.analyze(query.name(), query.schema());
        List<String> tokens = a.tokens();
        int m = Math.min(MAX_WORDS, tokens.size());
        String[] q = new String[m];
        boolean[] initial = new boolean[m];
        double[] w = new double[m];
        int[][] lw = new int[m][];
        float[][] ls = new float[m][];
        int[] letter = new int[m];
        for (int i = 0; i < m; i++) {
            q[i] = tokens.get(i);
            initial[i] = q[i].length() == 1 && !PhoneticKeys.hasDigit(q[i]); // a number is never an initial
            Integer one = initial[i] ? null : index.wordId.get(q[i].substring(0, 1));
            letter[i] = one == null ? -1 : one;
            IntList found = new IntList(8);
            int[] byRule = null; // words linked by a phonetic, skeleton or patronymic key; null in the full scan
            if (initial[i]) {
                Integer id = index.wordId.get(q[i]);
                if (id != null) {
                    found.add(id);
                }
            } else if (fullScan) {
                for (int wid = 0; wid < index.words.length; wid++) {
                    // listed initials are compared by sim(), not linked; a one-character number is a word like any other
                    if (index.words[wid].length() > 1 || index.words[wid].equals(q[i])) {
                        found.add(wid);
                    }
                }
            } else {
                IntList ruled = new IntList(8);
                // a word filed under several of the keys is added as often, and made one by toSortedSet below: no
                // bitmap the size of the dictionary per query word (2 x 128 KB at a million words)
                PhoneticKeys.keys(q[i], (PhoneticKeys.KeySink) (key, length) ->
                        index.keyWords.addWords(KeyTable.hash(key, length), PhoneticKeys.isEditKey(key) ? found : ruled));
                byRule = ruled.toSortedSet();
                for (int x : byRule) {
                    found.add(x);
                }
            }
            int transposedFrom = found.size();
            if (!initial[i] && i < a.unfolded().size()) {
                transposedSpellings(a.unfolded().get(i), q[i], index, found);
            }
            int[] transposed = transposedFrom < found.size() ? sortedTail(found, transposedFrom) : NONE;
            int[] linked = found.toSortedSet();
            // A query word the lists themselves use is a name in its own right: another listed spelling close
            // to it is more likely another name (Khamis / Hamid, Bashar / Bushra) than a typo, so it gets less.
            double discount = index.wordId.containsKey(q[i]) ? KNOWN_WORD_DISCOUNT : 1.0;
            String qMeta = q[i].length() < PhoneticKeys.MIN_FUZZY_LENGTH ? "" : PhoneticKeys.metaphone(q[i]);
            String qSkel = PhoneticKeys.skeleton(q[i]);
            float[] sims = new float[linked.length];
            int kept = 0;
            double bestSim = 0;
            double weight = index.maxIdf;
            for (int k = 0; k < linked.length; k++) {
                String word = index.words[linked[k]];
                int wid = linked[k];
                boolean isTransposed = transposed != NONE && Arrays.binarySearch(transposed, wid) >= 0;
                double s;
                if (initial[i]) {
                    s = word.equals(q[i]) ? 1.0 : 0.0;
                } else if (byRule != null && !isTransposed && Arrays.binarySearch(byRule, wid) < 0
                        && !PhoneticKeys.withinEdits(q[i], word)) {
                    s = 0.0; // linked by edit keys alone, too many edits apart: the similarity would say 0
                } else {
                    s = TokenSimilarity.similarity(q[i], qMeta, qSkel, word, index.metaphone[wid], index.skeleton[wid]);
                }
                if (isTransposed) {
                    s = Math.max(s, transposedDigraphSimilarity(q[i]));
                }
                if (s < 1.0) {
                    s *= discount;
                }
                if (s > 0) {
                    linked[kept] = linked[k];
                    sims[kept] = (float) s;
                    kept++;
                    // the weight of an unknown word is that of its closest listed spelling (ties: rarer word)
                    if (s > bestSim || (s == bestSim && index.idf[linked[k]] > weight)) {
                        bestSim = s;
                        weight = index.idf[linked[k]];
                    }
                }
            }
            lw[i] = Arrays.copyOf(linked, kept);
            ls[i] = Arrays.copyOf(sims, kept);
            w[i] = initial[i] && kept == 0 ? Math.min(index.maxIdf, INITIAL_WEIGHT) : weight;
        }
        return new QueryPlan(query, a, q, initial, w, lw, ls, letter);
    }

    private static final int[] NONE = new int[0];

    /*
     * A transposition is one edit, and the deletion keys link the two spellings, until folding rewrites a digraph
     * the typo broke or made: "christohper" keeps its "hp" while "christopher" folds to "christofer", "ahzar" is
     * not "azhar" -> "ajar". So each adjacent swap of the word as written is folded and looked up as it is: a
     * listed word equal to one is linked at the similarity of one transposition.
     */

    /** Adds to {@code found} the listed words equal to a fold of {@code raw} with two adjacent letters swapped. */
    static void transposedSpellings(String raw, String folded, NameIndex index, IntList found) {
        if (raw.length() < PhoneticKeys.MIN_FUZZY_LENGTH + 1 || PhoneticKeys.hasDigit(raw)) {
            return;
        }
        char[] c = raw.toCharArray();
        for (int k = 0; k + 1 < c.length; k++) {
            if (c[k] == c[k + 1] || !nearDigraph(c, k)) {
                continue; // elsewhere a swap folds to a plain transposition, which the deletion keys already link
            }
            char x = c[k];
            c[k] = c[k + 1];
            c[k + 1] = x;
            String alt = RomanisationFolder.fold(new String(c));
            c[k + 1] = c[k];
            c[k] = x;
            if (!alt.equals(folded)) {
                Integer id = index.wordId.get(alt);
                if (id != null) {
                    found.add(id);
                }
            }
        }
    }

    /** Whether letters k-1..k+2 hold, before or after swapping k and k+1, a pair folding may rewrite. */
    private static boolean nearDigraph(char[] c, int k) {
        for (int i = Math.max(0, k - 1); i <= k + 1 && i + 1 < c.length; i++) {
            char a = i == k ? c[k + 1] : i == k + 1 ? c[k] : c[i];
            char b = i + 1 == k ? c[k + 1] : i + 1 == k + 1 ? c[k] : c[i + 1];
            if (RomanisationFolder.mayRewrite(c[i], c[i + 1]) || RomanisationFolder.mayRewrite(a, b)) {
                return true;
            }
        }
        return false;
    }

    /** A transposition in a word of {@code n} letters: {@code 1.1 - 1/n}, at most {@value #TRANSPOSED_MAX}. */
    static double transposedDigraphSimilarity(String word) {
        return Math.min(TRANSPOSED_MAX, 1.1 - 1.0 / word.length());
    }

    static final double TRANSPOSED_MAX = 0.95;

    private static int[] sortedTail(IntList l, int from) {
        int[] t = new int[l.size() - from];
        for (int k = from; k < l.size(); k++) {
            t[k - from] = l.get(k);
        }
        Arrays.sort(t);
        return t;
    }

    /** What a near match is worth, relative, when the query word itself is a listed word. */
    static final double KNOWN_WORD_DISCOUNT = 0.85;

    /** The weight of an initial no listed name contains: about that of a common given name. */
    static final double INITIAL_WEIGHT = 2.0;

    /** The similarity of query word {@code i} to dictionary word {@code wid}, initials included. */
    double sim(int i, int wid, NameIndex index) {
        String word = index.words[wid];
        if (initial[i]) {
            if (word.length() == 1) {
                return word.charAt(0) == q[i].charAt(0) ? 1.0 : 0.0;
            }
            return word.charAt(0) == q[i].charAt(0) ? TokenSimilarity.INITIAL : 0.0;
        }
        if (word.length() == 1 && !PhoneticKeys.hasDigit(word) && !PhoneticKeys.hasDigit(q[i])) {
            return word.charAt(0) == q[i].charAt(0) ? TokenSimilarity.INITIAL : 0.0;
        }
        int k = Arrays.binarySearch(linkWords[i], wid);
        return k >= 0 ? linkSims[i][k] : 0.0;
    }
}
