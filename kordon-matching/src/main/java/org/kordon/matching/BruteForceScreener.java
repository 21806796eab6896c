package org.kordon.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;

/**
 * The baseline {@link Screeners#bruteForce}: commons-text Jaro-Winkler of the query's normalised Latin text
 * against every listed name's, the best name per entity. Thread-safe.
 */
final class BruteForceScreener implements Screener {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private final NameAnalyzer analyzer;
    private final Entity[] entities;
    private final String[][] latin;
    private final Name[][] names;

    BruteForceScreener(ListSnapshot snapshot, NameAnalyzer analyzer) {
        this.analyzer = analyzer;
        entities = snapshot.entities().toArray(Entity[]::new);
        latin = new String[entities.length][];
        names = new Name[entities.length][];
        for (int e = 0; e < entities.length; e++) {
            List<Name> ns = entities[e].names();
            names[e] = ns.toArray(Name[]::new);
            latin[e] = new String[ns.size()];
            for (int k = 0; k < ns.size(); k++) {
                latin[e][k] = analyzer.analyze(ns.get(k).value()).latin();
            }
        }
    }

    @Override
    public List<Match> screen(Query query, double threshold, int top) {
        Screeners.checkArguments(query, threshold, top);
        String q = analyzer.analyze(query.name()).latin();
        List<Match> out = new ArrayList<>();
        for (int e = 0; e < entities.length; e++) {
            double best = -1;
            int bestK = 0;
            for (int k = 0; k < latin[e].length; k++) {
                double s = JW.apply(q, latin[e][k]);
                if (s > best) {
                    best = s;
                    bestK = k;
                }
            }
            if (best >= threshold) {
                Name n = names[e][bestK];
                Explanation ex = new Explanation(query.name(), n.value(), n.kind(), best,
                        List.of(new Contribution("name", best, "brute force; Jaro-Winkler of whole names")));
                out.add(new Match(entities[e], best, n.value(), ex));
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.entity().id()));
        return out.size() > top ? List.copyOf(out.subList(0, top)) : out;
    }
}
