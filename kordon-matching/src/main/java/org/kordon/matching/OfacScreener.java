package org.kordon.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.codec.language.Soundex;
import org.kordon.model.Entity;
import org.kordon.model.NameKind;

/**
 * {@link Algorithm#OFAC}: OFAC Sanctions List Search as OFAC describes it (FAQ 249): "the Jaro-Winkler
 * algorithm to compare the entire name string entered against full name strings", and "each name part is
 * then compared to name parts ... using the Jaro-Winkler and Soundex algorithms ... a composite score for
 * all name parts entered"; the higher of the two is the score.
 *
 * <pre>
 *   whole     = JW(query text, listed text)                 (normalised, transliterated, words in given order)
 *   part(p)   = max over listed words t of (JW(p, t) + [Soundex(p) = Soundex(t)]) / 2
 *   composite = mean of part(p) over the query's words
 *   score     = max(whole, composite)
 * </pre>
 * Like OFAC's, it does not penalise listed words the query lacks ("Khamis Al" scores 1.0 against
 * "KHAMIS AL-DULAIMI"), weighs all words alike and ignores secondary data: it is here for parity and
 * comparison. Candidates are the names sharing a linked word with the query (the Kordon index), in place of
 * OFAC's first-letter and 50% edit-distance pre-filter. Thread-safe.
 */
final class OfacScreener implements Screener {
    private static final Soundex SOUNDEX = Soundex.US_ENGLISH;

    private final NameIndex index;
    private final NameAnalyzer analyzer;
    private final String[][] parts;
    private final String[][] soundex;
    private final ScratchPool<Scratch> scratch;

    /** Buffers lent to one query at a time; a stamp marks what the current query has seen, so nothing is cleared between queries. */
    private static final class Scratch {
        final int[] seen;
        final int[] entitySeen;
        final double[] best;
        final int[] bestName;
        final IntList candidates = new IntList(1024);
        final IntList touched = new IntList(256);
        int stamp;

        int nextStamp() {
            if (++stamp == 0) { // wrapped after 2^32 queries: forget every old mark
                java.util.Arrays.fill(seen, 0);
                java.util.Arrays.fill(entitySeen, 0);
                stamp = 1;
            }
            return stamp;
        }

        Scratch(NameIndex index) {
            seen = new int[index.nameCount()];
            entitySeen = new int[index.entities.length];
            best = new double[index.entities.length];
            bestName = new int[index.entities.length];
        }
    }

    OfacScreener(NameIndex index, NameAnalyzer analyzer) {
        this.index = index;
        this.analyzer = analyzer;
        int n = index.nameCount();
        scratch = new ScratchPool<>(ScratchPool.defaultCapacity(), () -> new Scratch(index));
        parts = new String[n][];
        soundex = new String[n][];
        for (int i = 0; i < n; i++) {
            parts[i] = Tokenizer.split(index.nameLatin[i]).toArray(String[]::new);
            soundex[i] = new String[parts[i].length];
            for (int k = 0; k < parts[i].length; k++) {
                soundex[i][k] = soundex(parts[i][k]);
            }
        }
    }

    @Override
    public List<Match> screen(Query query, double threshold, int top) {
        Screeners.checkArguments(query, threshold, top);
        QueryPlan plan = QueryPlan.of(query, analyzer, index, false);
        String text = plan.analyzed.latin();
        String[] qp = Tokenizer.split(text).toArray(String[]::new);
        String[] qs = new String[qp.length];
        for (int k = 0; k < qp.length; k++) {
            qs[k] = soundex(qp[k]);
        }
        Scratch sc = scratch.take();
        try {
            return screen(query, threshold, top, plan, text, qp, qs, sc);
        } finally {
            scratch.give(sc);
        }
    }

    private List<Match> screen(Query query, double threshold, int top, QueryPlan plan, String text, String[] qp,
                               String[] qs, Scratch sc) {
        IntList candidates = sc.candidates;
        candidates.clear();
        int stamp = sc.nextStamp();
        for (int i = 0; i < plan.q.length; i++) {
            for (int wid : plan.linkWords[i]) {
                for (int name : index.postings[wid]) {
                    if (sc.seen[name] != stamp) {
                        sc.seen[name] = stamp;
                        candidates.add(name);
                    }
                }
            }
        }
        double[] best = sc.best;
        int[] bestName = sc.bestName;
        IntList touched = sc.touched;
        touched.clear();
        for (int c = 0; c < candidates.size(); c++) {
            int name = candidates.get(c);
            double whole = JaroWinkler.similarity(text, index.nameLatin[name]);
            double composite = 0;
            for (int k = 0; k < qp.length; k++) {
                double part = 0;
                for (int j = 0; j < parts[name].length; j++) {
                    double sx = !qs[k].isEmpty() && qs[k].equals(soundex[name][j]) ? 1.0 : 0.0;
                    part = Math.max(part, (JaroWinkler.similarity(qp[k], parts[name][j]) + sx) / 2);
                }
                composite += part;
            }
            composite = qp.length == 0 ? 0 : composite / qp.length;
            double score = Math.max(whole, composite);
            int e = index.nameEntity[name];
            if (sc.entitySeen[e] != stamp) {
                sc.entitySeen[e] = stamp;
                best[e] = -1;
                touched.add(e);
            }
            if (score > best[e] || (score == best[e] && name < bestName[e])) {
                best[e] = score;
                bestName[e] = name;
            }
        }
        List<Match> out = new ArrayList<>();
        for (int t = 0; t < touched.size(); t++) {
            int e = touched.get(t);
            if (best[e] >= threshold && best[e] > 0) {
                int name = bestName[e];
                NameKind kind = index.kind(name);
                Entity entity = index.entities[e];
                Explanation ex = new Explanation(query.name(), index.nameDisplay[name], kind, best[e],
                        List.of(new Contribution("name", best[e], KordonScreener.label(kind)
                                + "; OFAC: max of whole-name Jaro-Winkler and word-by-word Jaro-Winkler/Soundex")));
                out.add(new Match(entity, best[e], index.nameDisplay[name], ex));
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.entity().id()));
        return out.size() > top ? List.copyOf(out.subList(0, top)) : out;
    }

    private static String soundex(String word) {
        try {
            return SOUNDEX.soundex(word);
        } catch (IllegalArgumentException e) { // a character Soundex cannot map: no phonetic code
            return "";
        }
    }
}
