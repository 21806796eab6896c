package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.testkit.SharedData;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;

/**
 * On the real OFAC SDN list, the candidate index finds exactly what scoring every listed name finds: same entities,
 * same scores, for listed names as users mistype them (words swapped, letters transposed, as many typos in a long
 * word as the similarity accepts) and for names that are not listed. The full scan compares every query word with
 * every listed word by {@link TokenSimilarity}, keys unused.
 * Guards the regressions met: listed initials ("K M A" for "K.ARMA", "R.E.N.T.A.L" for "A-LID Nawras").
 */
class RealListIndexRecallTest {
    private static final String[] UNLISTED = {"John Smith", "Maria Garcia", "Deutsche Bank", "George Bush", "Emma Daniels",
        "Acme Trading LLC", "Vladimir Pozner", "Ivan Petrov", "Ali Hassan", "Global Shipping Ltd", "Wei Zhang"};
    /** The commonest words of the lists, alone and beside rarer ones: where pruning (issue 24) leaves most postings unwalked. */
    private static final String[] COMMON = {"Al", "Mohammad", "Kim Chol", "Ivanov", "Muhammad Ali", "Abdul Rahman Al",
        "Mohammad Jafari", "Kim Jong Un", "Bank Melli", "V. Putin"};

    @Test
    void index_onRealSdn_returnsWhatAFullScanReturns() {
        ListSnapshot sdn = ListLoader.load(List.of(SharedData.require("lists/ofac/sdn.csv")), LoadOptions.defaults()).snapshot();
        KordonScreener screener = (KordonScreener) Screeners.build(sdn, Algorithm.KORDON);
        Random rnd = new Random(42);
        List<String> queries = new ArrayList<>(Arrays.asList(UNLISTED));
        queries.addAll(Arrays.asList(COMMON));
        for (int k = 0; k < 100; k++) {
            Entity e = sdn.entities().get(rnd.nextInt(sdn.size()));
            queries.add(perturb(e.names().get(rnd.nextInt(e.names().size())).value(), rnd));
        }
        for (String name : queries) {
            Query q = Query.of(name);
            QueryPlan reference = screener.planFullScan(q); // every word against every listed word, once per query
            for (double threshold : new double[] {0.5, 0.65, Screeners.DEFAULT_THRESHOLD, 0.9}) {
                assertThat(screener.screen(q, threshold, 20)).as(name + " at " + threshold)
                        .isEqualTo(screener.screenFullScan(reference, threshold, 20));
            }
        }
    }

    private static String perturb(String name, Random rnd) {
        List<String> w = new ArrayList<>(Arrays.asList(name.replace(",", "").split(" ")));
        switch (rnd.nextInt(4)) {
            case 0 -> Collections.reverse(w);
            case 2 -> {
                // typos in every long word, up to the edits the similarity accepts at its length (2 at 8-15)
                for (int i = 0; i < w.size(); i++) {
                    String t = w.get(i);
                    if (t.length() >= 8) {
                        w.set(i, PhoneticKeysCompletenessTest.edit(t, PhoneticKeys.maxEdits(t.length()), rnd));
                    }
                }
            }
            case 1 -> {
                String t = w.get(0);
                if (t.length() > 4) {
                    w.set(0, t.charAt(0) + t.substring(2, 3) + t.charAt(1) + t.substring(3));
                }
            }
            default -> {
                return name.toLowerCase(Locale.ROOT);
            }
        }
        return String.join(" ", w);
    }
}
