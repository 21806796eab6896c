package org.kordon.matching;

import org.jspecify.annotations.Nullable;

/**
 * Scores a planned query against one listed name: an alignment of words, weighted by IDF, then the rules that a
 * mere sum of similarities cannot see. All amounts come from {@link ScoringWeights} (defaults quoted).
 *
 * <pre>
 *   score = sum over aligned pairs (sim(q_i, t_j) * w_i)
 *           / ( sum over aligned query words w_i + sum over unaligned query words mu * w_i
 *               + sum over unaligned listed words lambda_j * idf(t_j) )
 *           * (1 - word order) * (1 - number conflict) * (1 - patronymic conflict)
 * </pre>
 * <ul>
 *   <li>w_i is the query word's IDF (an unknown word takes that of its closest listed spelling, or the highest IDF
 *       when it has none); lambda_j is what a listed word the query lacks costs: 0.05 for a patronymic, 0.15 for an
 *       initial, 0.35 for any other word;
 *   <li>mu, what a query word the name lacks costs: 0.35 when the listed name is contained in the query (every listed
 *       word found bar patronymics and initials, at least two of them: "Zarif Khonsari, M." against "ZARIF, M."),
 *       else its full weight: a one-word listed name inside a longer query is weak evidence ("Emma Daniels" is not
 *       "EMMA");
 *   <li>a word equal to the listed one only after folding ({@code sergey / sergei}, each word as written being
 *       compared) counts 0.98, so only the exact spelling scores 1;
 *   <li>a query initial aligned to a word it starts is dropped when it would lower the score: "V. V. Putin"
 *       scores no less than "V Putin";
 *   <li>the words found in another order than a rotation of the listed one lose 10 % ("Salman bin Muhammad"
 *       against "Muhammad bin Salman"; "Vladimir Vladimirovich Putin" against "PUTIN, Vladimir Vladimirovich" is
 *       free);
 *   <li>a number on each side that the other lacks ("HORMUZ 2" / "IRAN HORMUZ 23") loses 50 %; a patronymic on each
 *       side that the other lacks (Vladimirovich / Sergeyevich) loses 15 %;
 *   <li>a word in the form of an East Slavic surname (-ov, -ev, -in, -ova, -eva, -ina) never aligns to a patronymic it
 *       is only similar to, either way round ("Андрей Константинов" is not NEKRASHEVICH Andrei Konstantinovich).
 * </ul>
 * Pairs are aligned greedily by similarity, ties broken by the words' content. Words written joined on one side
 * and apart on the other ({@code abubakr} / {@code abu bakr}) align as one pair at similarity 1. A name that aligns
 * only initials to words (v ~ vladimir) scores 0.
 *
 * <p>The score never exceeds {@code N / ((1 - mu_min) N + mu_min W')}, where N bounds the aligned pairs' credit
 * and W' is the query's weight without initials: the screener's pruning bound ({@link #upperBound}).
 *
 * <p>{@code "vladimir putin"} against {@code [putin, vladimir, vladimirovich]} scores about 0.97; the same
 * words as written in any rotation and case score 1.0. Not thread-safe: one instance per thread (it keeps buffers).
 */
final class NameScorer {
    static final int MAX_NAME_WORDS = 64;
    /** Word similarities are stored as floats: 0.85f is a little above 0.85. */
    private static final double SIM_EPSILON = 1e-6;

    private final NameIndex index;
    private final ScoringWeights weights;
    private double[] sim = new double[64];
    private final int[] qMatch = new int[QueryPlan.MAX_WORDS];
    private final int[] tMatch = new int[MAX_NAME_WORDS];
    private final double[] pairSim = new double[QueryPlan.MAX_WORDS];
    private final boolean[] joinedQ = new boolean[QueryPlan.MAX_WORDS];
    private final boolean[] dropped = new boolean[QueryPlan.MAX_WORDS];
    private final boolean[] foldedQ = new boolean[QueryPlan.MAX_WORDS];
    private final int[] orderQ = new int[QueryPlan.MAX_WORDS];
    private final int[] orderT = new int[QueryPlan.MAX_WORDS];
    private boolean person;
    private final int[] picks = new int[QueryPlan.MAX_WORDS];
    private int pickCount;
    private final double[] costs = new double[QueryPlan.MAX_WORDS];
    /** Per query word of {@link #planned}: whether it holds a digit / is a patronymic (computed once per query). */
    private final boolean[] qDigit = new boolean[QueryPlan.MAX_WORDS];
    private final boolean[] qPatronymic = new boolean[QueryPlan.MAX_WORDS];
    private final boolean[] qSurnameForm = new boolean[QueryPlan.MAX_WORDS];
    private @Nullable QueryPlan planned;
    /** Whether {@link #planned} was written in Hangul or Han, where every syllable is a word. */
    private boolean syllabic;

    NameScorer(NameIndex index, ScoringWeights weights) {
        this.index = index;
        this.weights = weights;
    }

    /**
     * The most {@link #score} can return for a query of weight {@code queryWeight} ({@code initialWeight} of it in
     * initials) whose pairs can earn at most {@code credit}: an upper bound, for pruning.
     */
    static double upperBound(double credit, double queryWeight, double initialWeight, ScoringWeights w) {
        return upperBound(credit, queryWeight, initialWeight, w.minExtraCost());
    }

    /** As {@link #upperBound(double, double, double, ScoringWeights)}, with {@code mu} the least an extra word costs. */
    static double upperBound(double credit, double queryWeight, double initialWeight, double mu) {
        return upperBound(credit, queryWeight, initialWeight, mu, 0.0);
    }

    /**
     * As {@link #upperBound(double, double, double, double)}, for a name whose listed words left unaligned cost at
     * least {@code listedCost} (the sum of {@link #leastMissingCost} times IDF over its words, less the dearest of
     * them that the query's words could align): the denominator holds that much more.
     */
    static double upperBound(double credit, double queryWeight, double initialWeight, double mu, double listedCost) {
        double rest = Math.max(0.0, queryWeight - initialWeight);
        double den = (1.0 - mu) * credit + mu * rest + listedCost;
        if (credit <= 0) {
            return 0.0;
        }
        return den <= 0 ? 1.0 : Math.min(1.0, credit / den);
    }

    /** The name score of {@code nameId} for {@code plan}; when {@code detail} is not null, fills it in. */
    double score(QueryPlan plan, int nameId, @Nullable Alignment detail) {
        int[] t = index.nameTokens[nameId];
        int m = plan.q.length;
        if (planned != plan) {
            planned = plan;
            for (int i = 0; i < m; i++) {
                qDigit[i] = PhoneticKeys.hasDigit(plan.q[i]);
                qPatronymic[i] = NameIndex.isPatronymic(plan.q[i]);
                qSurnameForm[i] = surnameForm(plan.q[i]);
            }
            syllabic = syllabic(plan.analyzed.original());
        }
        int n = Math.min(MAX_NAME_WORDS, t.length);
        if (sim.length < m * n) {
            sim = new double[m * n * 2];
        }
        for (int i = 0; i < m; i++) {
            qMatch[i] = -1;
            joinedQ[i] = false;
            for (int j = 0; j < n; j++) {
                double s = plan.sim(i, t[j], index);
                if (s > 0 && s < 1.0 && (qSurnameForm[i] ? index.patronymic[t[j]]
                        : qPatronymic[i] && surnameForm(index.words[t[j]]))) {
                    s = 0; // a surname is not a patronymic: Konstantinov is not Konstantinovich's son
                }
                sim[i * n + j] = s;
            }
        }
        for (int j = 0; j < n; j++) {
            tMatch[j] = -1;
        }
        boolean real = false;
        pickCount = 0;
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
                    if (s > 0 && tMatch[j] < 0 && (s > bs || (s == bs && better(plan, t, i, j, bi, bj)))) {
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
            picks[pickCount++] = bi;
            real |= bs >= 1.0 || (!plan.initial[bi] && index.words[t[bj]].length() > 1);
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
                    joinedQ[i] = true;
                    pairSim[i] = 1.0;
                    picks[pickCount++] = i;
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
                    joinedQ[i] = true;
                    joinedQ[i + 1] = true;
                    pairSim[i] = 1.0;
                    pairSim[i + 1] = 1.0;
                    picks[pickCount++] = i;
                    picks[pickCount++] = i + 1;
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
        person = index.namePerson[nameId];
        java.util.List<String> qu = plan.analyzed.unfolded();
        String[] tu = closestSpelling(index.nameUnfolded[nameId], qu, m);
        boolean foldedAny = false;
        for (int i = 0; i < m; i++) {
            dropped[i] = false;
            foldedQ[i] = false;
            int j = qMatch[i];
            if (j >= 0 && !joinedQ[i] && pairSim[i] >= 1.0 && i < qu.size() && j < tu.length && !qu.get(i).equals(tu[j])) {
                // a word of fewer than 4 letters spelled otherwise is another word as often as not (MAK / Maak,
                // MIT / Myt, ANA / Anna): it is worth what a short word one vowel away is
                boolean shortWord = Math.min(qu.get(i).length(), tu[j].length()) < PhoneticKeys.MIN_FUZZY_LENGTH;
                pairSim[i] = shortWord ? Math.min(weights.folded(), weights.shortWord()) : weights.folded();
                foldedQ[i] = true;
                foldedAny = true;
            }
        }
        double base = ratio(plan, t, n);
        // a query initial that would lower the score is left out ("V. V. Putin" is not below "V Putin")
        while (true) {
            int best = -1;
            double bestRatio = base;
            for (int i = 0; i < m; i++) {
                if (plan.initial[i] && qMatch[i] >= 0 && !dropped[i] && pairSim[i] < 1.0) {
                    int j = qMatch[i];
                    dropped[i] = true;
                    tMatch[j] = -1;
                    double r = ratio(plan, t, n);
                    dropped[i] = false;
                    tMatch[j] = i;
                    if (r > bestRatio) {
                        best = i;
                        bestRatio = r;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            dropped[best] = true;
            tMatch[qMatch[best]] = -1;
            base = bestRatio;
        }
        boolean order = !rotation(t, m);
        boolean numbers = conflict(plan, t, n, true);
        boolean patronymics = conflict(plan, t, n, false);
        int alike = oneWordAlike(plan, t);
        boolean gender = person && genderForm(plan, t);
        double score = base;
        if (gender) {
            score *= 1.0 - weights.genderForm();
        }
        if (alike >= 0) {
            score *= 1.0 - weights.oneWordApproximate();
        }
        if (order) {
            score *= 1.0 - weights.wordOrder();
        }
        if (numbers) {
            score *= 1.0 - weights.numberConflict();
        }
        if (patronymics) {
            score *= 1.0 - weights.patronymicConflict();
        }
        if (detail != null) {
            detail.fill(plan, t, n, qMatch, tMatch, pairSim, dropped, index);
            if (foldedAny) {
                for (int i = 0; i < m; i++) {
                    if (foldedQ[i]) {
                        detail.notes.add(String.format(java.util.Locale.ROOT, "spelled %s not %s %.2f", qu.get(i),
                                tu[qMatch[i]], pairSim[i]));
                    }
                }
            }
            if (extraCost(t, n) < 1.0 && detail.hasExtra) {
                detail.notes.add("listed name contained: extra words cost " + weights.extraContained());
            }
            if (foundByOneDistinctiveWord(plan, t) && missingOrganisationWord(t, n)) {
                detail.notes.add("found by one word: a listed organisation word missing costs its whole weight");
            }
            if (order) {
                detail.notes.add("word order differs");
            }
            if (numbers) {
                detail.notes.add("numbers differ");
            }
            if (patronymics) {
                detail.notes.add("patronymics differ");
            }
            if (alike >= 0) {
                detail.notes.add("found by one word only spelled alike");
            }
            if (gender) {
                detail.notes.add("name in the other gender's form");
            }
        }
        return Math.min(1.0, score);
    }

    /** Of the listed spellings of one name (its scripts and forms that analyse alike), the one most words equal. */
    private String[] closestSpelling(String[][] spellings, java.util.List<String> qu, int m) {
        String[] best = spellings[0];
        int bestDiff = Integer.MAX_VALUE;
        for (String[] tu : spellings) {
            int diff = 0;
            for (int i = 0; i < m; i++) {
                int j = qMatch[i];
                if (j >= 0 && !joinedQ[i] && pairSim[i] >= 1.0 && i < qu.size() && j < tu.length && !qu.get(i).equals(tu[j])) {
                    diff++;
                }
            }
            if (diff < bestDiff) {
                best = tu;
                bestDiff = diff;
            }
        }
        return best;
    }

    /**
     * num / den of the current alignment, dropped initials left out of both. Summed in an order the query's word
     * order cannot change (pairs as aligned, by content; savings sorted), so a rotation scores to the last bit alike.
     */
    private double ratio(QueryPlan plan, int[] t, int n) {
        int m = plan.q.length;
        double mu = extraCost(t, n);
        double num = 0;
        for (int k = 0; k < pickCount; k++) {
            int i = picks[k];
            if (!dropped[i]) {
                num += pairSim[i] * plan.w[i];
            }
        }
        int c = 0;
        for (int i = 0; i < m; i++) {
            if (dropped[i]) {
                costs[c++] = plan.w[i];
            } else if (qMatch[i] < 0 && mu < 1.0) {
                costs[c++] = (1.0 - mu) * plan.w[i];
            }
        }
        double den = plan.totalWeight;
        if (c > 0) {
            java.util.Arrays.sort(costs, 0, c);
            double saved = 0;
            for (int k = 0; k < c; k++) {
                saved += costs[k];
            }
            den -= saved;
        }
        boolean oneWord = foundByOneDistinctiveWord(plan, t);
        for (int j = 0; j < t.length; j++) {
            if (j >= n || tMatch[j] < 0) {
                // a company with one more organisation word in its name is another company, whichever side has it:
                // "Robin SARL" is not ROBIN TRADE LIMITED as "Volga Trading Group" is not VOLGA GROUP
                double cost = oneWord && index.organisationWord[t[j]] ? 1.0 : lambda(t[j]);
                den += cost * index.idf[t[j]];
            }
        }
        return den <= 0 ? 0.0 : num / den;
    }

    /**
     * Whether an organisation's name is found by exactly one of its distinctive words (organisation words such as
     * trading, holding, group, initials and dropped words aside): "Robin" in ROBIN TRADE LIMITED.
     */
    private boolean foundByOneDistinctiveWord(QueryPlan plan, int[] t) {
        if (person) {
            return false;
        }
        int found = 0;
        for (int k = 0; k < pickCount; k++) {
            int i = picks[k];
            if (dropped[i] || plan.initial[i] || (!joinedQ[i] && index.organisationWord[t[qMatch[i]]])) {
                continue;
            }
            found++;
        }
        return found == 1;
    }

    private boolean missingOrganisationWord(int[] t, int n) {
        for (int j = 0; j < t.length; j++) {
            if ((j >= n || tMatch[j] < 0) && index.organisationWord[t[j]]) {
                return true;
            }
        }
        return false;
    }

    /** What an unaligned query word costs per unit of weight: less when the listed name is contained in the query. */
    private double extraCost(int[] t, int n) {
        if (!person) {
            return 1.0;
        }
        int found = 0;
        for (int j = 0; j < t.length; j++) {
            if (j < n && tMatch[j] >= 0) {
                found++;
            } else if (!index.patronymic[t[j]] && index.words[t[j]].length() > 1) {
                return 1.0;
            }
        }
        return found >= weights.containedMinWords() ? weights.extraContained() : 1.0;
    }

    /**
     * The query word when the name is found by that one word alone (no other query word aligned, initials and
     * organisation words such as group or holding aside: "Cremin Group" / KREMNY GROUP) and it is only spelled alike:
     * a similarity below a folded spelling's (a word of fewer than 4 letters equal only once folded, MAK / Maak, is
     * one), not one {@link #letterClassKey}, and a listed word shorter than
     * {@code oneWordTypoLength} or only phonetically alike (VolgogradSbytTreidProm / VOLGOGRADNEFTEMASH). Else -1. "Testa" / TESA and "Morin" / MORION are other names; "Rosoboronexprt" is a typo.
     */
    private int oneWordAlike(QueryPlan plan, int[] t) {
        int found = -1;
        for (int k = 0; k < pickCount; k++) {
            int i = picks[k];
            if (dropped[i] || plan.initial[i] || (!joinedQ[i] && index.organisationWord[t[qMatch[i]]])) {
                continue;
            }
            if (found >= 0) {
                return -1;
            }
            found = i;
        }
        if (found < 0 || joinedQ[found] || pairSim[found] >= weights.folded()) {
            return -1;
        }
        if (foldedQ[found]) {
            return found; // a short word only folded alike (MAK / Maak): its fold is the very thing in doubt
        }
        String listed = index.words[t[qMatch[found]]];
        if ((listed.length() >= weights.oneWordTypoLength() && pairSim[found] > weights.phonetic() + SIM_EPSILON)
                || letterClassKey(plan.q[found]).equals(letterClassKey(listed))) {
            return -1;
        }
        return found;
    }

    /**
     * The word with the letters romanisations interchange made one: ch, sh, kh to h; ph to f; c and q to k; z to s;
     * u and w to v; y and j to i. Two spellings with one key are one name romanised two ways (Elecond / ELEKOND,
     * Sequoia / Секвойя, Rosmashin / ROSMACHIN); Testa / TESA and Ladega / LADOGA keep two keys.
     */
    static String letterClassKey(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            char next = k + 1 < w.length() ? w.charAt(k + 1) : 0;
            if (next == 'h' && (c == 'c' || c == 's' || c == 'k')) {
                b.append('h');
                k++;
                continue;
            }
            if (c == 'p' && next == 'h') {
                b.append('f');
                k++;
                continue;
            }
            b.append(switch (c) {
                case 'c', 'q' -> 'k';
                case 'z' -> 's';
                case 'u', 'w' -> 'v';
                case 'y', 'j' -> 'i';
                default -> c;
            });
        }
        return b.toString();
    }

    /**
     * Whether an aligned pair is one name in its two gender forms: a surname (ivanov / ivanova, lebedev / lebedeva,
     * lapin / lapina) or a given name (aleksandr / aleksandra, stanislav / stanislava, valeri / valeria).
     */
    private boolean genderForm(QueryPlan plan, int[] t) {
        for (int k = 0; k < pickCount; k++) {
            int i = picks[k];
            if (dropped[i] || joinedQ[i] || pairSim[i] >= 1.0) {
                continue;
            }
            if (genderForms(plan.q[i], index.words[t[qMatch[i]]])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one word is the other with the feminine -a of an East Slavic name: a surname in -ov, -ev or -in, or a
     * given name in -andr, -slav or -i (Valeriy, folded {@code valeri}, is Valeriya's brother). Not West African
     * Ibrahima / Ibrahim, one name in two spellings.
     */
    static boolean genderForms(String a, String b) {
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.length() != shorter.length() + 1 || !longer.endsWith("a") || !longer.startsWith(shorter)) {
            return false;
        }
        return (shorter.length() >= 4 && (shorter.endsWith("ov") || shorter.endsWith("ev") || shorter.endsWith("in")))
                || (shorter.length() >= 5 && (shorter.endsWith("andr") || shorter.endsWith("slav") || shorter.endsWith("i")));
    }

    private static final String[] SURNAME_ENDINGS = {"ov", "ev", "ova", "eva", "in", "ina"};

    /**
     * Whether a folded word has the form of an East Slavic surname (-ov, -ev, -in and their feminine -a): such a word
     * is never aligned to a patronymic it is merely similar to ("Константинов" / Konstantinovich, "Владимирова" /
     * Vladimirovich): a surname made from a given name is another family's, not the father's name.
     */
    static boolean surnameForm(String word) {
        if (word.length() < 5 || NameIndex.isPatronymic(word)) {
            return false;
        }
        for (String end : SURNAME_ENDINGS) {
            if (word.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} holds a Hangul or Han letter: a name written by syllables. */
    static boolean syllabic(String name) {
        for (int k = 0; k < name.length(); ) {
            int cp = name.codePointAt(k);
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.HANGUL || sc == Character.UnicodeScript.HAN) {
                return true;
            }
            k += Character.charCount(cp);
        }
        return false;
    }

    /** Whether the listed words found, read in the query's order, are a rotation of the listed order. */
    private boolean rotation(int[] t, int m) {
        int k = 0;
        for (int i = 0; i < m; i++) {
            if (qMatch[i] >= 0 && !joinedQ[i] && !dropped[i]) {
                orderQ[k++] = t[qMatch[i]];
            }
        }
        if (k < 3) {
            return true;
        }
        int kt = 0;
        for (int j = 0; j < Math.min(t.length, MAX_NAME_WORDS) && kt < k; j++) {
            int i = tMatch[j];
            if (i >= 0 && !joinedQ[i] && !dropped[i] && qMatch[i] == j) {
                orderT[kt++] = t[j];
            }
        }
        for (int r = 0; r < kt; r++) {
            boolean same = true;
            for (int x = 0; x < k && same; x++) {
                same = orderT[(r + x) % kt] == orderQ[x];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether each side has, unaligned, a number (when {@code numbers}) or a patronymic (otherwise): another
     * vessel or building ("HORMUZ 2" / "HORMUZ 23"), another father (Vladimirovich / Sergeyevich).
     */
    private boolean conflict(QueryPlan plan, int[] t, int n, boolean numbers) {
        boolean query = false;
        for (int i = 0; i < plan.q.length && !query; i++) {
            query = qMatch[i] < 0 && (numbers ? qDigit[i] : qPatronymic[i]);
        }
        if (!query) {
            return false;
        }
        for (int j = 0; j < t.length; j++) {
            if ((j >= n || tMatch[j] < 0) && (numbers ? PhoneticKeys.hasDigit(index.words[t[j]]) : index.patronymic[t[j]])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The least {@link #lambda} (or the whole weight an organisation word may cost) can be for listed word {@code wid},
     * whatever the query: the pruning bound's listed cost uses it, so it must never exceed what {@link #ratio} charges.
     */
    static double leastMissingCost(NameIndex index, int wid, ScoringWeights weights) {
        if (index.patronymic[wid]) {
            return weights.missingPatronymic();
        }
        String word = index.words[wid];
        if (word.length() == 1 && !PhoneticKeys.hasDigit(word)) {
            return weights.missingInitial();
        }
        return Math.min(weights.missingListed(), weights.missingSyllable());
    }

    private double lambda(int wid) {
        if (index.patronymic[wid]) {
            return weights.missingPatronymic();
        }
        String word = index.words[wid];
        if (word.length() == 1 && !PhoneticKeys.hasDigit(word)) {
            return weights.missingInitial();
        }
        return syllabic && person ? weights.missingSyllable() : weights.missingListed();
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

        boolean hasExtra;

        void fill(QueryPlan plan, int[] t, int n, int[] qMatch, int[] tMatch, double[] pairSim, boolean[] dropped,
                  NameIndex index) {
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
                if (dropped[i]) {
                    notes.add("initial " + plan.q[i] + " left out");
                } else if (qMatch[i] < 0) {
                    hasExtra = true;
                    extra.append(extra.isEmpty() ? "" : " ").append(plan.q[i]);
                } else if (pairSim[i] < 1.0 && !plan.q[i].equals(index.words[t[qMatch[i]]])) {
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
