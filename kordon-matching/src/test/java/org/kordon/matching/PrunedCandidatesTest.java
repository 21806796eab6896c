package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Schema;
import org.kordon.testkit.SharedData;

/**
 * Candidate generation with pruning (issue 24) returns what walking every posting of every linked word returns:
 * the same matches, in the same order, with the same scores and explanations, on the real OFAC SDN list, for
 * listed names as users and other lists change them and for the commonest words alone. Against scoring every listed
 * name: {@link RealListIndexRecallTest}.
 */
class PrunedCandidatesTest {
    private static final List<String> COMMON = List.of("Al", "Mohammad", "Muhammad Ali", "Kim Chol", "Kim", "Ivanov",
            "Abdul Rahman Al", "Ali Hassan", "Bank", "Trading LLC", "Kim Jong Un", "Mohammad Jafari", "Al Rashid Trust",
            "V. Putin", "K M A", "Abu Bakr", "abubakr al baghdadi");

    private static ListSnapshot sdn;
    private static KordonScreener pruned;

    @BeforeAll
    static void indexSdn() {
        sdn = ListLoader.load(List.of(SharedData.require("lists/ofac/sdn.csv")), LoadOptions.defaults()).snapshot();
        pruned = (KordonScreener) Screeners.build(sdn, Algorithm.KORDON);
    }

    @Test
    void pruned_onRealSdn_returnsWhatWalkingEveryPostingReturns() {
        Screener baseline = pruned.walkingAllPostings();
        List<String> queries = new ArrayList<>(COMMON);
        queries.addAll(changedNames(sdn.entities(), 400, new Random(24)));
        for (String name : queries) {
            Query q = Query.of(name);
            for (double threshold : new double[] {0.5, 0.7, Screeners.DEFAULT_THRESHOLD, 0.9}) {
                assertThat(pruned.screen(q, threshold, 10)).as("%s at %s", name, threshold)
                        .isEqualTo(baseline.screen(q, threshold, 10));
            }
        }
    }

    @Test
    void pruned_commonWordBesideRareOne_walksOnlyTheRareWordsNames() {
        KordonScreener baseline = pruned.walkingAllPostings();
        // "mohammad" is in thousands of SDN names; "jafari" in a few: a name without jafari cannot reach 0.78
        Query q = Query.of("Mohammad Jafari");
        assertThat(pruned.candidates(q, Screeners.DEFAULT_THRESHOLD))
                .isLessThan(baseline.candidates(q, Screeners.DEFAULT_THRESHOLD) / 10);
        // at threshold 0 every name a linked word hits is a candidate, pruned or not
        assertThat(pruned.candidates(q, 0.0)).isEqualTo(baseline.candidates(q, 0.0));
    }

    /** Listed names changed as {@code ScaleLists} in kordon-bench changes them: order, a typo, a word of another name. */
    private static List<String> changedNames(List<Entity> es, int n, Random r) {
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Entity e = es.get(r.nextInt(es.size()));
            List<String> w = new ArrayList<>(Arrays.asList(e.names().get(r.nextInt(e.names().size())).value()
                    .replace(",", "").split(" ")));
            Entity other = es.get(r.nextInt(es.size()));
            String[] o = other.names().get(0).value().replace(",", "").split(" ");
            switch (r.nextInt(5)) {
                case 0 -> Collections.rotate(w, 1);
                case 1 -> w.set(r.nextInt(w.size()), o[r.nextInt(o.length)]); // a word of another listed name
                case 2 -> {
                    int i = r.nextInt(w.size());
                    String t = w.get(i);
                    if (t.length() > 4) {
                        w.set(i, t.substring(0, 2) + t.charAt(3) + t.charAt(2) + t.substring(4));
                    }
                }
                case 3 -> {
                    if (e.schema() == Schema.PERSON || w.size() > 1) {
                        w.add(o[0]); // one word more
                    }
                }
                default -> w.replaceAll(t -> t.toLowerCase(Locale.ROOT));
            }
            out.add(String.join(" ", w));
        }
        return out;
    }
}
