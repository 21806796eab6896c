package org.kordon.bench;

import java.util.Random;
import java.util.SplittableRandom;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.Share;
import org.kordon.ownership.StakeType;

/**
 * Generated ownership graphs shaped like real company registers: scale-free, with long chains and cycles.
 *
 * <p>Companies {@code c0 .. c(n-1)} arrive one by one (fixed seed). Each new company gets owners, {@code stakes/n}
 * on average (1 to 5): with probability 0.3 the company that arrived just before it (this builds long chains of
 * holdings), otherwise an existing company picked by preferential attachment (an endpoint of a random existing
 * stake, so a company that already owns much is likelier to own more: the degree distribution is a power law,
 * hubs are holding companies). 1% of stakes point backwards (the new company owns an older one), which closes
 * cycles; their share is the band [0, drawn share], so no company's minimum stakes exceed 100%. The owners' shares of one company are split from 100% at random (so they never exceed it); 3% of
 * stakes are unknown ([0, 100]) and 12% banded (the 25-point band around the drawn share).
 */
final class OwnershipGraphs {
    private OwnershipGraphs() {
    }

    static OwnershipGraph scaleFree(int companies, int stakes, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        int[] endpoints = new int[2 * stakes + 2];
        int ends = 0;
        endpoints[ends++] = 0;
        double perCompany = (double) stakes / companies;
        int made = 0;
        Share[] exact = new Share[101];
        for (int i = 0; i <= 100; i++) {
            exact[i] = Share.exact(i);
        }
        Share unknown = Share.unknown();
        for (int c = 1; c < companies && made < stakes; c++) {
            int k = Math.max(1, Math.min(5, (int) Math.round(perCompany + rnd.nextGaussian())));
            int left = 100;
            for (int j = 0; j < k && made < stakes; j++) {
                int owner;
                if (j == 0 && rnd.nextDouble() < 0.3) {
                    owner = c - 1;
                } else {
                    owner = endpoints[rnd.nextInt(ends)];
                }
                if (owner == c) {
                    continue;
                }
                int pct = j == k - 1 ? left : rnd.nextInt(left + 1);
                left -= pct;
                Share share;
                double kind = rnd.nextDouble();
                if (kind < 0.03) {
                    share = unknown;
                } else if (kind < 0.15) {
                    double low = Math.max(0, pct - 12);
                    double high = Math.min(100, pct + 13);
                    share = Share.between(low, high);
                } else {
                    share = exact[pct];
                }
                boolean backwards = rnd.nextDouble() < 0.01;
                if (backwards) {
                    share = Share.between(0, pct); // the older company's owners already hold 100% at their minimum
                }
                String from = "c" + (backwards ? c : owner);
                String to = "c" + (backwards ? owner : c);
                b.stake(from, to, share, StakeType.SHAREHOLDING, null, null);
                made++;
                endpoints[ends++] = owner;
                endpoints[ends++] = c;
            }
        }
        return b.build();
    }

    /** {@code count} distinct random company ids to list, fixed seed. */
    static java.util.List<String> listed(int companies, int count, long seed) {
        Random rnd = new Random(seed);
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        while (out.size() < count) {
            out.add("c" + rnd.nextInt(companies));
        }
        return new java.util.ArrayList<>(out);
    }
}
