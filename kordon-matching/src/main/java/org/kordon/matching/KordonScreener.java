package org.kordon.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kordon.model.Entity;
import org.kordon.model.NameKind;

/**
 * {@link Algorithm#KORDON}: candidates from the index, {@link NameScorer} on each, {@link SecondaryEvidence}
 * on the best name of each entity. Thread-safe: the index is immutable and each query borrows its buffers from a
 * {@link ScratchPool} of as many as there are cores.
 */
final class KordonScreener implements Screener {
    /*
     * A query costs: analysing it, looking up each word's keys (a dozen hash lookups), then walking the
     * postings of the linked words once to add up, per name, an upper bound of its score (each hit query
     * word counts its best possible similarity times its weight; the listed words' costs are left out, so the
     * bound never underestimates; since an extra query word may cost as little as ScoringWeights.minExtraCost,
     * the bound is NameScorer.upperBound of that credit, not credit / query weight). Only names whose bound plus
     * the largest secondary boost (ScoringWeights.maxBoost, derived from the weights) reaches the threshold are
     * scored. An initial is linked only to the same letter. Names sharing no key with any query
     * word could score only through initials against words (0.6 credit) and score 0 by rule, so the
     * candidates are exactly the names a full scan would return, since PhoneticKeys links every pair of words
     * TokenSimilarity scores above 0.
     */
    private final NameIndex index;
    private final NameAnalyzer analyzer;
    private final ScoringWeights weights;
    private final double margin;
    private final ScratchPool<Scratch> scratch;
    /** Whether candidates are admitted by the pruning rounds (the default), or every linked posting is walked. */
    private final boolean prune;
    /**
     * Per name, the least its listed words cost when the query aligns at most k of them, k = 1 to
     * {@value #LISTED_COST_LEVELS} ({@code listedCost[(k - 1) * names + name]}): the sum of
     * {@link NameScorer#leastMissingCost} times IDF over its words, less the k dearest. Kept per screener, as the
     * costs come from its weights.
     */
    private final float[] listedCost;
    static final int LISTED_COST_LEVELS = 3;

    KordonScreener(NameIndex index, NameAnalyzer analyzer) {
        this(index, analyzer, ScoringWeights.DEFAULT);
    }

    KordonScreener(NameIndex index, NameAnalyzer analyzer, ScoringWeights weights) {
        this(index, analyzer, weights, true, listedCosts(index, weights));
    }

    private KordonScreener(NameIndex index, NameAnalyzer analyzer, ScoringWeights weights, boolean prune,
                           float[] listedCost) {
        this.index = index;
        this.analyzer = analyzer;
        this.weights = weights;
        this.margin = weights.maxBoost() + 1e-6;
        this.scratch = new ScratchPool<>(ScratchPool.defaultCapacity(), () -> new Scratch(index, weights));
        this.prune = prune;
        this.listedCost = listedCost;
    }

    /**
     * The same screener (index, weights) generating candidates as before pruning: every posting of every linked
     * word walked, no listed words' cost in the bound. The baseline the pruned candidates are measured against.
     */
    KordonScreener walkingAllPostings() {
        return new KordonScreener(index, analyzer, weights, false, listedCost);
    }

    private static float[] listedCosts(NameIndex index, ScoringWeights weights) {
        int names = index.nameCount();
        float[] out = new float[LISTED_COST_LEVELS * names];
        double[] dearest = new double[LISTED_COST_LEVELS];
        for (int name = 0; name < names; name++) {
            double sum = 0;
            java.util.Arrays.fill(dearest, 0.0);
            for (int w : index.nameTokens[name]) {
                double c = NameScorer.leastMissingCost(index, w, weights) * index.idf[w];
                sum += c;
                for (int k = 0; k < LISTED_COST_LEVELS; k++) { // keep the dearest costs, in descending order
                    if (c > dearest[k]) {
                        double x = dearest[k];
                        dearest[k] = c;
                        c = x;
                    }
                }
            }
            double rest = sum;
            for (int k = 0; k < LISTED_COST_LEVELS; k++) {
                rest -= dearest[k];
                // rounded down, so that the float never exceeds what the scorer charges
                out[k * names + name] = (float) Math.max(0.0, rest * (1 - 1e-5) - 1e-6);
            }
        }
        return out;
    }

    @Override
    public List<Match> screen(Query query, double threshold, int top) {
        Screeners.checkArguments(query, threshold, top);
        return inEachForm(query, top, q -> run(QueryPlan.of(q, analyzer, index, false), threshold, top, false));
    }

    /**
     * Screens {@code query} in each of its {@link ParenthesisedPart#forms}: for each entity the better match, the
     * best {@code top} in score order (then by id).
     */
    private List<Match> inEachForm(Query query, int top, java.util.function.Function<Query, List<Match>> screen) {
        List<String> forms = ParenthesisedPart.forms(query.name(), analyzer);
        if (forms.size() == 1) {
            return screen.apply(query);
        }
        java.util.Map<String, Match> best = new java.util.HashMap<>();
        for (String form : forms) {
            for (Match m : screen.apply(new Query(query.id(), form, query.schema(), query.birthDate(), query.country(),
                    query.identifiers()))) {
                best.merge(m.entity().id(), m, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        List<Match> out = new ArrayList<>(best.values());
        out.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : a.entity().id().compareTo(b.entity().id()));
        return List.copyOf(out.subList(0, Math.min(top, out.size())));
    }

    /**
     * The reference the index must equal: every query word compared with every dictionary word by
     * {@link TokenSimilarity} (no keys), and every listed name scored. O(query words x dictionary + names).
     */
    List<Match> screenFullScan(Query query, double threshold, int top) {
        Screeners.checkArguments(query, threshold, top);
        return inEachForm(query, top, q -> screenFullScan(planFullScan(q), threshold, top));
    }

    /** The full scan's plan of a query, to screen it at several thresholds without comparing the words again. */
    QueryPlan planFullScan(Query query) {
        return QueryPlan.of(query, analyzer, index, true);
    }

    /** As {@link #screenFullScan(Query, double, int)}, for a plan from {@link #planFullScan}. */
    List<Match> screenFullScan(QueryPlan plan, double threshold, int top) {
        Screeners.checkArguments(plan.query, threshold, top);
        return run(plan, threshold, top, true);
    }

    /** How many scratch areas this screener has made so far (at most the cores): for tests. */
    int scratchAreas() {
        return scratch.made();
    }

    /** How many names candidate generation leaves to bound and score for {@code query} as written: for tests. */
    int candidates(Query query, double threshold) {
        Scratch s = scratch.take();
        try {
            return collect(QueryPlan.of(query, analyzer, index, false), s, threshold).size();
        } finally {
            s.clear();
            scratch.give(s);
        }
    }

    private List<Match> run(QueryPlan plan, double threshold, int top, boolean fullScan) {
        Scratch s = scratch.take();
        try {
            if (fullScan) {
                for (int name = 0; name < index.nameCount(); name++) {
                    consider(plan, s, name);
                }
            } else {
                IntList candidates = collect(plan, s, threshold);
                int alignable = alignable(plan);
                for (int k = 0; k < candidates.size(); k++) {
                    int name = candidates.get(k);
                    if (mayReach(plan, s, name, alignable, 0.0, 0L, threshold)) {
                        consider(plan, s, name);
                    }
                }
            }
            String[] idHit = identifierHits(plan, s);
            List<Scored> results = new ArrayList<>();
            for (int k = 0; k < s.entities.size(); k++) {
                int e = s.entities.get(k);
                int name = s.entityName[e];
                double nameScore = s.entityScore[e];
                List<Contribution> parts = new ArrayList<>(4);
                double score = finish(plan, e, name, nameScore, idHit[e], parts);
                if (score >= threshold) {
                    results.add(new Scored(e, name, nameScore, score, parts));
                }
            }
            results.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score)
                    : index.entities[a.entity].id().compareTo(index.entities[b.entity].id()));
            List<Match> out = new ArrayList<>(Math.min(top, results.size()));
            for (int k = 0; k < results.size() && k < top; k++) {
                out.add(toMatch(plan, s, results.get(k)));
            }
            return out;
        } finally {
            s.clear();
            scratch.give(s);
        }
    }

    /*
     * Candidate generation in rounds (MaxScore): a round is a query word's linked words (with their similarity), or
     * a pair of query words written joined that the lists write as one word. A round can add to a name's credit at
     * most its reach, the query word's weight times the round's best similarity. Rounds are admitted by descending
     * reach; once the reach of the rounds left (plus what initials could add to a name that no round hits) cannot
     * lift a name no admitted round hit to the threshold, the rounds left admit no new name: of the names the
     * admitted rounds hit, those whose credit so far plus the reach left could still reach the threshold are kept,
     * and credited for each round left by probing them (their own words looked up among the round's linked words),
     * or, when the round has fewer postings than that would cost, by walking its postings for names already hit.
     * So every kept name is credited exactly as when every posting is walked, and a name not kept is one whose bound
     * could not have reached the threshold. A common word ("mohammad", "kim") beside a rare one is then not walked.
     * The bound also charges a name's listed words the query cannot align (listedCost): 'Al' alone leaves most
     * names holding "al" unscored, as their other words cost more than "al" can credit.
     */

    /** One round of candidate generation: the postings that credit query word {@code word}, with their similarity. */
    private static final class Round {
        final int word;
        /** The linked dictionary words, sorted, and their similarity to the query word. */
        final int[] links;
        final float[] sims;
        /** The listed one-letter word that credits the query word as an initial, or -1. */
        final int letterWord;
        /** The names that write the query word as two words (abu bakr for abubakr), sorted, or null. */
        final int @Nullable [] joinedNames;
        /** The most this round adds to a name's credit. */
        final double reach;

        Round(int word, int[] links, float[] sims, int letterWord, int @Nullable [] joinedNames, double reach) {
            this.word = word;
            this.links = links;
            this.sims = sims;
            this.letterWord = letterWord;
            this.joinedNames = joinedNames;
            this.reach = reach;
        }

        /** The similarity this round credits {@code name} with (0 when it does not hit it), without its postings. */
        float probe(NameIndex index, int name) {
            float cur = 0f;
            for (int t : index.nameTokens[name]) {
                int k = Arrays.binarySearch(links, t);
                if (k >= 0 && sims[k] > cur) {
                    cur = sims[k];
                }
                if (t == letterWord && INITIAL_SIM > cur) {
                    cur = INITIAL_SIM;
                }
            }
            if (joinedNames != null && cur < 1f && Arrays.binarySearch(joinedNames, name) >= 0) {
                cur = 1f;
            }
            return cur;
        }

        /** Hits every name of the postings, or with {@code touchedOnly} only the names an earlier round hit. */
        void walk(NameIndex index, Scratch s, boolean touchedOnly) {
            for (int k = 0; k < links.length; k++) {
                float sim = sims[k];
                for (int name : index.postings[links[k]]) {
                    s.hit(name, sim, touchedOnly);
                }
            }
            if (letterWord >= 0) {
                // a listed initial ("K M A") credits a full query word starting with its letter
                for (int name : index.postings[letterWord]) {
                    s.hit(name, INITIAL_SIM, touchedOnly);
                }
            }
            if (joinedNames != null) {
                for (int name : joinedNames) {
                    s.hit(name, 1f, touchedOnly);
                }
            }
        }

        /** How many postings {@link #walk} reads. */
        long postings(NameIndex index) {
            long n = joinedNames == null ? 0 : joinedNames.length;
            for (int w : links) {
                n += index.postings[w].length;
            }
            return n + (letterWord >= 0 ? index.postings[letterWord].length : 0);
        }
    }

    private static final float INITIAL_SIM = (float) TokenSimilarity.INITIAL;
    /** What probing one name costs, in postings walked (a few words, each a binary search among the links). */
    private static final int PROBE_COST = 8;

    /** The rounds of a query, in query order: each word's own, then the pair it makes with the next word. */
    private List<Round> rounds(QueryPlan plan, boolean walkInitials) {
        int m = plan.q.length;
        List<Round> rounds = new ArrayList<>(m + 2);
        for (int i = 0; i < m; i++) {
            if (plan.initial[i] && !walkInitials) {
                continue;
            }
            float best = 0f;
            for (float sim : plan.linkSims[i]) {
                best = Math.max(best, sim);
            }
            if (plan.letterWord[i] >= 0) {
                best = Math.max(best, INITIAL_SIM);
            }
            int[] joined = index.concatNames.get(plan.q[i]);
            if (joined != null) {
                best = 1f;
            }
            rounds.add(new Round(i, plan.linkWords[i], plan.linkSims[i], plan.letterWord[i], joined, best * plan.w[i]));
            if (i + 1 < m && !plan.initial[i] && !plan.initial[i + 1]) {
                Integer wid = index.wordId.get(plan.q[i] + plan.q[i + 1]);
                if (wid != null) {
                    int[] one = {wid};
                    float[] full = {1f};
                    rounds.add(new Round(i, one, full, -1, null, plan.w[i]));
                    rounds.add(new Round(i + 1, one, full, -1, null, plan.w[i + 1]));
                }
            }
        }
        return rounds;
    }

    /**
     * Finds the candidates: walks the admitted rounds' postings; of the names they hit, keeps those whose credit so
     * far plus the reach of the rounds left could still reach the threshold, and probes those for the rounds left.
     * Returns the names to bound and score, their credit complete.
     */
    private IntList collect(QueryPlan plan, Scratch s, double threshold) {
        // Initials' postings (every name with an "a") are long; they are walked only when initials alone could
        // reach the threshold. Otherwise mayReach() counts an initial as fully matched in every name.
        double initials = plan.initialWeight;
        boolean walkInitials = initials > 0
                && NameScorer.upperBound(initials, plan.totalWeight, initials, weights) + margin >= threshold;
        List<Round> rounds = rounds(plan, walkInitials);
        boolean[] walked = admitted(plan, rounds, initials, threshold);
        double unwalked = 0;
        long unwalkedWords = 0;
        for (int r = 0; r < rounds.size(); r++) {
            Round round = rounds.get(r);
            if (walked[r]) {
                round.walk(index, s, false);
                s.endRound(round.word, plan.w[round.word]);
            } else {
                unwalked += round.reach;
                unwalkedWords |= 1L << round.word;
            }
        }
        if (unwalkedWords == 0) {
            return s.touched;
        }
        int alignable = alignable(plan);
        IntList kept = s.candidates;
        for (int k = 0; k < s.touched.size(); k++) {
            int name = s.touched.get(k);
            if (mayReach(plan, s, name, alignable, unwalked * (1 + 1e-9), unwalkedWords, threshold)) {
                kept.add(name);
            }
        }
        for (int r = 0; r < rounds.size(); r++) {
            if (!walked[r]) {
                Round round = rounds.get(r);
                long bit = 1L << round.word;
                double weight = plan.w[round.word];
                if (round.postings(index) < (long) PROBE_COST * kept.size()) {
                    // fewer postings than the kept names would cost to probe: walk them, crediting only names
                    // already hit (a name not kept gains credit it cannot use: it is not a candidate)
                    round.walk(index, s, true);
                    s.endRound(round.word, weight);
                    continue;
                }
                for (int k = 0; k < kept.size(); k++) {
                    int name = kept.get(k);
                    float sim = round.probe(index, name);
                    if (sim > 0f) {
                        s.mask[name] |= bit;
                        s.acc[name] += sim * weight;
                    }
                }
            }
        }
        return kept;
    }

    /**
     * Which rounds are walked: by descending reach, until the reach left cannot lift a name no walked round hit
     * to the threshold. Such a name can still earn, from words no round hit, an initial's whole weight (a query
     * initial against a word it starts) and, for a query word not starting with a letter a-z, a listed initial's
     * credit (one of a-z is found by the round's own postings of that letter).
     */
    private boolean[] admitted(QueryPlan plan, List<Round> rounds, double initials, double threshold) {
        boolean[] walked = new boolean[rounds.size()];
        if (!prune) {
            Arrays.fill(walked, true);
            return walked;
        }
        double unhit = initials;
        for (int i = 0; i < plan.q.length; i++) {
            char c = plan.q[i].charAt(0);
            if (!plan.initial[i] && !(c >= 'a' && c <= 'z')) {
                unhit += TokenSimilarity.INITIAL * plan.w[i];
            }
        }
        Integer[] order = new Integer[rounds.size()];
        double left = 0;
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
            left += plan.initial[rounds.get(r).word] ? 0 : rounds.get(r).reach;
        }
        Arrays.sort(order, (a, b) -> Double.compare(rounds.get(b).reach, rounds.get(a).reach));
        double mu = weights.minExtraCost();
        for (int k = 0; k < order.length; k++) {
            Round round = rounds.get(order[k]);
            if (plan.initial[round.word]) {
                continue; // credited to every name in unhit: walked below only if the rest are
            }
            if (NameScorer.upperBound(left + unhit, plan.totalWeight, initials, mu) + margin < threshold) {
                return walked;
            }
            walked[order[k]] = true;
            left -= round.reach;
        }
        // every word's own round walked: the initials' rounds too, unless initials alone cannot reach
        if (NameScorer.upperBound(unhit, plan.totalWeight, initials, mu) + margin >= threshold) {
            for (int r = 0; r < walked.length; r++) {
                walked[r] = true;
            }
        }
        return walked;
    }

    /**
     * Whether the name's upper bound plus the largest secondary boost reaches the threshold. The bound: what its hit
     * words add up to, plus for each word that did not hit,
     * its whole weight if it is an initial and a word of the name starts with that letter, or the initial
     * credit if the name has that letter as a one-letter word; the name's listed words the query cannot align
     * ({@link #listedCost}) add to the denominator. Before the rounds left unwalked are probed, {@code unwalked} is
     * the most they can add and {@code unwalkedWords} the query words they credit (0 once all are counted).
     */
    private boolean mayReach(QueryPlan plan, Scratch s, int name, int alignable, double unwalked, long unwalkedWords,
                             double threshold) {
        if (plan.totalWeight <= 0) {
            return margin >= threshold;
        }
        double hit = s.acc[name] + unwalked;
        if (plan.hasInitial || index.nameHasInitial[name]) {
            long mask = s.mask[name];
            int starts = index.nameFirstLetters[name];
            int letters = index.nameLetterWords[name];
            for (int i = 0; i < plan.q.length; i++) {
                if ((mask & (1L << i)) == 0) {
                    int bit = NameIndex.letterBit(plan.q[i].charAt(0));
                    if (plan.initial[i]) {
                        hit += (starts & bit) != 0 ? plan.w[i] : 0;
                    } else if ((letters & bit) != 0) {
                        hit += TokenSimilarity.INITIAL * plan.w[i];
                    }
                }
            }
        }
        double mu = mayBeContained(plan, s.mask[name] | unwalkedWords, name) ? weights.minExtraCost() : 1.0;
        if (NameScorer.upperBound(hit, plan.totalWeight, plan.initialWeight, mu) + margin < threshold) {
            return false;
        }
        if (!prune || alignable > LISTED_COST_LEVELS) {
            return true;
        }
        // the listed words' cost only lowers the bound: read only for the names that pass without it
        double listed = listedCost[(alignable - 1) * index.nameCount() + name];
        return NameScorer.upperBound(hit, plan.totalWeight, plan.initialWeight, mu, listed) + margin >= threshold;
    }

    /**
     * The most listed words a name's alignment with the query can hold: one per query word, two for a query word
     * that some listed name writes as two words (abubakr / abu bakr).
     */
    private int alignable(QueryPlan plan) {
        int k = plan.q.length;
        for (int i = 0; i < plan.q.length; i++) {
            if (!plan.initial[i] && index.concatNames.containsKey(plan.q[i])) {
                k++;
            }
        }
        return Math.max(1, k);
    }

    /**
     * Whether the name could be found contained in the query (so that extra query words cost less): only a person's
     * name, and only when the query words that hit it could cover all its full words (a query word may cover two
     * listed words written joined). Initials on either side could align more: then assumed possible.
     */
    private boolean mayBeContained(QueryPlan plan, long mask, int name) {
        if (!index.namePerson[name]) {
            return false;
        }
        if (plan.hasInitial || index.nameHasInitial[name]) {
            return true;
        }
        return index.nameFullWords[name] <= 2 * Long.bitCount(mask);
    }


    /** Scores one name and keeps it when it is its entity's best so far. */
    private void consider(QueryPlan plan, Scratch s, int name) {
        double score = s.scorer.score(plan, name, null);
        if (score <= 0) {
            return;
        }
        if (index.nameKind[name] == NameKind.WEAK_ALIAS.ordinal()) {
            if (score < weights.weakAliasMin()) {
                return;
            }
            score *= weights.weakAliasFactor();
        }
        int e = index.nameEntity[name];
        if (s.entityName[e] < 0) {
            s.entities.add(e);
            s.entityName[e] = name;
            s.entityScore[e] = score;
        } else if (score > s.entityScore[e] || (score == s.entityScore[e] && name < s.entityName[e])) {
            s.entityName[e] = name;
            s.entityScore[e] = score;
        }
    }

    private String[] identifierHits(QueryPlan plan, Scratch s) {
        String[] hits = s.idHits;
        for (String raw : plan.query.identifiers()) {
            String key = NameIndex.identifierKey(null, raw);
            int[] es = key == null ? null : index.identifierEntities.get(key);
            if (es == null) {
                continue;
            }
            for (int e : es) {
                if (hits[e] == null) {
                    hits[e] = raw;
                    s.idTouched.add(e);
                    if (s.entityName[e] < 0) {
                        for (int name = index.entityNameStart[e]; name < index.entityNameStart[e + 1]; name++) {
                            consider(plan, s, name);
                        }
                        if (s.entityName[e] < 0) { // no name of it matches at all: found by the identifier alone
                            s.entities.add(e);
                            s.entityName[e] = index.entityNameStart[e];
                            s.entityScore[e] = 0;
                        }
                    }
                }
            }
        }
        return hits;
    }

    private double finish(QueryPlan plan, int e, int name, double nameScore, String idHit, List<Contribution> parts) {
        Entity entity = index.entities[e];
        boolean full = nameScore >= 1.0 || (index.nameKind[name] == NameKind.WEAK_ALIAS.ordinal()
                && nameScore >= weights.weakAliasFactor());
        return SecondaryEvidence.apply(weights, nameScore, full, idHit, plan.query, plan.analyzed, entity,
                index.entityCountries[e], index.entityLegalForms[e], parts);
    }

    private Match toMatch(QueryPlan plan, Scratch s, Scored r) {
        Entity entity = index.entities[r.entity];
        int name = r.name;
        NameScorer.Alignment al = new NameScorer.Alignment();
        double raw = s.scorer.score(plan, name, al);
        List<Contribution> parts = new ArrayList<>(r.parts.size() + 2);
        NameKind kind = index.kind(name);
        List<String> notes = new ArrayList<>();
        notes.add(label(kind));
        notes.addAll(al.notes);
        if (!plan.analyzed.legalForms().isEmpty()) {
            notes.add("legal form " + String.join(" ", plan.analyzed.legalForms()) + " ignored");
        }
        String nameDetail = notes.size() == 1 ? notes.get(0)
                : notes.get(0) + "; " + String.join(", ", notes.subList(1, notes.size()));
        boolean weak = kind == NameKind.WEAK_ALIAS && r.nameScore > 0;
        if (weak) {
            parts.add(new Contribution("name", raw, nameDetail));
            parts.add(new Contribution("weak-alias", r.nameScore - raw, "weak alias discounted"));
        } else {
            parts.add(new Contribution("name", r.nameScore, nameDetail));
        }
        parts.addAll(r.parts);
        Explanation ex = new Explanation(plan.query.name(), index.nameDisplay[name], kind,
                weak ? raw : r.nameScore, parts).withProbability(ScoreModel.shipped());
        return new Match(entity, r.score, index.nameDisplay[name], ex);
    }

    static String label(NameKind kind) {
        return switch (kind) {
            case PRIMARY -> "primary name";
            case ALIAS -> "alias";
            case WEAK_ALIAS -> "weak alias";
            case PREVIOUS -> "former name";
            case ORIGINAL_SCRIPT -> "original script";
        };
    }

    private record Scored(int entity, int name, double nameScore, double score, List<Contribution> parts) {
    }

    /** Buffers lent to one query at a time ({@link ScratchPool}), sized to the index once; reset by walking what was touched. */
    private static final class Scratch {
        final NameScorer scorer;
        final double[] acc;
        final float[] cur;
        final long[] mask;
        final IntList touched = new IntList(1024);
        final IntList candidates = new IntList(256);
        final IntList round = new IntList(1024);
        final double[] entityScore;
        final int[] entityName;
        final IntList entities = new IntList(256);
        final String[] idHits;
        final IntList idTouched = new IntList(4);

        Scratch(NameIndex index, ScoringWeights weights) {
            scorer = new NameScorer(index, weights);
            int n = index.nameCount();
            acc = new double[n];
            cur = new float[n];
            mask = new long[n];
            entityScore = new double[index.entities.length];
            entityName = new int[index.entities.length];
            Arrays.fill(entityName, -1);
            idHits = new String[index.entities.length];
        }

        void hit(int name, float sim, boolean touchedOnly) {
            if (touchedOnly && mask[name] == 0) {
                return;
            }
            if (cur[name] == 0f) {
                round.add(name);
            }
            if (sim > cur[name]) {
                cur[name] = sim;
            }
        }

        void endRound(int i, double weight) {
            long bit = 1L << i;
            for (int k = 0; k < round.size(); k++) {
                int name = round.get(k);
                if (mask[name] == 0) {
                    touched.add(name);
                }
                mask[name] |= bit;
                acc[name] += cur[name] * weight; // a word also joined with its neighbour counts twice: the bound only grows
                cur[name] = 0f;
            }
            round.clear();
        }

        void clear() {
            for (int k = 0; k < touched.size(); k++) {
                int name = touched.get(k);
                acc[name] = 0.0;
                mask[name] = 0L;
            }
            touched.clear();
            candidates.clear();
            for (int k = 0; k < round.size(); k++) {
                cur[round.get(k)] = 0f;
            }
            round.clear();
            for (int k = 0; k < entities.size(); k++) {
                entityName[entities.get(k)] = -1;
            }
            entities.clear();
            for (int k = 0; k < idTouched.size(); k++) {
                idHits[idTouched.get(k)] = null;
            }
            idTouched.clear();
        }
    }
}
