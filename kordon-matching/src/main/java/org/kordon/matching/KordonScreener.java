package org.kordon.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kordon.model.Entity;
import org.kordon.model.NameKind;

/**
 * {@link Algorithm#KORDON}: candidates from the index, {@link NameScorer} on each, {@link SecondaryEvidence}
 * on the best name of each entity. Thread-safe: the index is immutable and each thread keeps its own buffers.
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
    private final ThreadLocal<Scratch> scratch;

    KordonScreener(NameIndex index, NameAnalyzer analyzer) {
        this(index, analyzer, ScoringWeights.DEFAULT);
    }

    KordonScreener(NameIndex index, NameAnalyzer analyzer, ScoringWeights weights) {
        this.index = index;
        this.analyzer = analyzer;
        this.weights = weights;
        this.margin = weights.maxBoost() + 1e-6;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(index, weights));
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

    private List<Match> run(QueryPlan plan, double threshold, int top, boolean fullScan) {
        Scratch s = scratch.get();
        try {
            if (fullScan) {
                for (int name = 0; name < index.nameCount(); name++) {
                    consider(plan, s, name);
                }
            } else {
                collect(plan, s, threshold);
                for (int k = 0; k < s.touched.size(); k++) {
                    int name = s.touched.get(k);
                    if (bound(plan, s, name) + margin >= threshold) {
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
        }
    }

    /** Walks the postings of every word linked to a query word; adds up each name's upper bound. */
    private void collect(QueryPlan plan, Scratch s, double threshold) {
        int m = plan.q.length;
        // Initials' postings (every name with an "a") are long; they are walked only when initials alone could
        // reach the threshold. Otherwise bound() counts an initial as fully matched in every name.
        double initials = initialWeight(plan);
        boolean walkInitials = initials > 0
                && NameScorer.upperBound(initials, plan.totalWeight, initials, weights) + margin >= threshold;
        for (int i = 0; i < m; i++) {
            if (plan.initial[i] && !walkInitials) {
                continue;
            }
            for (int k = 0; k < plan.linkWords[i].length; k++) {
                float sim = plan.linkSims[i][k];
                for (int name : index.postings[plan.linkWords[i][k]]) {
                    s.hit(name, sim);
                }
            }
            if (plan.letterWord[i] >= 0) {
                // a listed initial ("K M A") credits a full query word starting with its letter
                for (int name : index.postings[plan.letterWord[i]]) {
                    s.hit(name, (float) TokenSimilarity.INITIAL);
                }
            }
            int[] joined = index.concatNames.get(plan.q[i]);
            if (joined != null) {
                for (int name : joined) {
                    s.hit(name, 1f);
                }
            }
            s.endRound(i, plan.w[i]);
            if (i + 1 < m && !plan.initial[i] && !plan.initial[i + 1]) {
                Integer wid = index.wordId.get(plan.q[i] + plan.q[i + 1]);
                if (wid != null) {
                    for (int name : index.postings[wid]) {
                        s.hit(name, 1f);
                    }
                    s.endRound(i, plan.w[i]);
                    for (int name : index.postings[wid]) {
                        s.hit(name, 1f);
                    }
                    s.endRound(i + 1, plan.w[i + 1]);
                }
            }
        }
    }

    /**
     * An upper bound of the name's score: what its hit words add up to, plus for each word that did not hit,
     * its whole weight if it is an initial and a word of the name starts with that letter, or the initial
     * credit if the name has that letter as a one-letter word.
     */
    private double bound(QueryPlan plan, Scratch s, int name) {
        double hit = s.acc[name];
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
        return plan.totalWeight <= 0 ? 0 : NameScorer.upperBound(hit, plan.totalWeight, initialWeight(plan),
                mayBeContained(plan, s, name) ? weights.minExtraCost() : 1.0);
    }

    /**
     * Whether the name could be found contained in the query (so that extra query words cost less): only a person's
     * name, and only when the query words that hit it could cover all its full words (a query word may cover two
     * listed words written joined). Initials on either side could align more: then assumed possible.
     */
    private boolean mayBeContained(QueryPlan plan, Scratch s, int name) {
        if (!index.namePerson[name]) {
            return false;
        }
        if (plan.hasInitial || index.nameHasInitial[name]) {
            return true;
        }
        return index.nameFullWords[name] <= 2 * Long.bitCount(s.mask[name]);
    }

    private static double initialWeight(QueryPlan plan) {
        double initials = 0;
        for (int i = 0; i < plan.q.length; i++) {
            initials += plan.initial[i] ? plan.w[i] : 0;
        }
        return initials;
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

    /** Per-thread buffers, sized to the index once; reset by walking what was touched. */
    private static final class Scratch {
        final NameScorer scorer;
        final double[] acc;
        final float[] cur;
        final long[] mask;
        final IntList touched = new IntList(1024);
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

        void hit(int name, float sim) {
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
