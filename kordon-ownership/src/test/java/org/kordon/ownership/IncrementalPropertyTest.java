package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Incremental updates (a listing added or removed, a stake's share or end changed) give exactly what a full evaluation with the new list gives. */
class IncrementalPropertyTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private static final StakeType[] TYPES = StakeType.values();

    /** A random graph with cycles: every node may own any other, shares exact, banded or unknown, some ended. */
    static OwnershipGraph randomGraph(Random rnd, int nodes, int stakes) {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        for (int i = 0; i < nodes; i++) {
            b.node(new Node("n" + i, i % 7 == 6 ? NodeKind.ARRANGEMENT : NodeKind.COMPANY, null, null));
        }
        for (int k = 0; k < stakes; k++) {
            int from = rnd.nextInt(nodes);
            int to = rnd.nextInt(nodes);
            if (from == to) {
                continue;
            }
            Share share = switch (rnd.nextInt(4)) {
                case 0 -> Share.unknown();
                case 1 -> {
                    int lo = rnd.nextInt(60);
                    yield Share.between(lo, lo + rnd.nextInt(41));
                }
                default -> Share.exact(new int[] {10, 20, 25, 30, 40, 49, 50, 51, 60, 100}[rnd.nextInt(10)]);
            };
            StakeType type = rnd.nextInt(4) == 0 ? TYPES[rnd.nextInt(4)] : StakeType.SHAREHOLDING;
            LocalDate end = rnd.nextInt(10) == 0 ? DAY.minusDays(1) : null;
            b.stake(new Stake("n" + from, "n" + to, share, type, null, end));
        }
        return b.build();
    }

    @Property(tries = 150)
    void incremental_equalsFullRecomputation(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int nodes) {
        Random rnd = new Random(seed);
        OwnershipGraph g = randomGraph(rnd, nodes, nodes * 3);
        for (Regime regime : Regime.values()) {
            Set<String> listed = new TreeSet<>();
            Evaluation inc = OwnershipEngine.evaluate(g, List.of(), regime, DAY);
            for (int step = 0; step < 8; step++) {
                String id = "n" + rnd.nextInt(nodes);
                List<Stake> stakes = inc.graph().stakes();
                if (!stakes.isEmpty() && rnd.nextInt(3) == 0) {
                    Stake old = stakes.get(rnd.nextInt(stakes.size()));
                    Stake changed = new Stake(old.owner(), old.owned(), rnd.nextBoolean() ? Share.exact(rnd.nextInt(101)) : Share.unknown(),
                            old.type(), old.start(), rnd.nextInt(4) == 0 ? DAY : null);
                    inc.updateStake(changed);
                } else if (listed.contains(id) && rnd.nextBoolean()) {
                    listed.remove(id);
                    inc.removeListed(id);
                } else {
                    listed.add(id);
                    inc.addListed(id);
                }
                Evaluation full = OwnershipEngine.evaluate(inc.graph(), listed, regime, DAY);
                assertThat(answers(inc)).as("%s after step %d, listed %s", regime, step, listed).isEqualTo(answers(full));
            }
        }
    }

    private static List<String> answers(Evaluation ev) {
        List<String> out = new ArrayList<>();
        for (OwnershipResult r : ev.results()) {
            out.add(r.entityId() + " " + r.status() + " " + r.shareMin().toPlainString() + " " + r.shareMax().toPlainString());
        }
        return out;
    }
}
