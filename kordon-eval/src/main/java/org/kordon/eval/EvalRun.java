package org.kordon.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;

/**
 * The whole evaluation over a loaded snapshot: hand-written cases against the OFAC SDN and EU entities, held-out
 * aliases and perturbed names per list, each screened by Kordon, by the OFAC-parity algorithm and by the
 * brute-force baseline.
 *
 * @param outcomes  outcomes per screener name ({@code kordon}, {@code ofac}, {@code brute-force}), same cases in each
 * @param skipped   hand-written cases skipped because none of their expected entities is loaded
 * @param lists     the lists evaluated
 */
public record EvalRun(Map<String, List<Evaluation.Outcome>> outcomes, int skipped, List<String> lists) {
    /** Cases drawn per list for held-out aliases and for perturbed names. */
    public static final int HELD_OUT_PER_LIST = 150;
    public static final int PERTURBED_PER_LIST = 90;
    static final int TOP = 5;
    static final long SEED = 20261124L;

    /** Runs everything; {@code progress} hears one line per step. */
    public static EvalRun run(ListSnapshot all, Consumer<String> progress) {
        Map<String, Function<ListSnapshot, Screener>> screeners = new LinkedHashMap<>();
        screeners.put("kordon", s -> Screeners.build(s, Algorithm.KORDON));
        screeners.put("ofac", s -> Screeners.build(s, Algorithm.OFAC));
        screeners.put("brute-force", Screeners::bruteForce);
        Map<String, List<Evaluation.Outcome>> out = new LinkedHashMap<>();
        screeners.keySet().forEach(k -> out.put(k, new ArrayList<>()));

        // 1. Hand-written: against OFAC SDN + EU entities only, so that the same person listed by another authority
        //    under an id the case does not name cannot count as a false alert.
        ListSnapshot ofacEu = subset(all, e -> e.id().startsWith("ofac-sdn:") || e.id().startsWith("eu:"));
        List<EvalCase> hand = new ArrayList<>();
        int skipped = 0;
        java.util.Set<String> ids = new java.util.HashSet<>();
        ofacEu.entities().forEach(e -> ids.add(e.id()));
        for (EvalCase c : EvalSets.handwritten()) {
            if (!c.positive() || c.expected().stream().anyMatch(ids::contains)) {
                hand.add(c);
            } else {
                skipped++;
            }
        }
        if (!ofacEu.entities().isEmpty()) {
            progress.accept("hand-written: " + hand.size() + " cases (" + skipped + " skipped: entity not loaded)");
            screeners.forEach((name, f) -> out.get(name).addAll(Evaluation.run(f.apply(ofacEu), hand, TOP)));
        } else {
            skipped = hand.size();
        }

        // 2. Held-out aliases and perturbed names, one list at a time.
        List<String> lists = new ArrayList<>();
        Map<String, List<Entity>> byList = new LinkedHashMap<>();
        for (Entity e : all.entities()) {
            byList.computeIfAbsent(e.source().list(), k -> new ArrayList<>()).add(e);
        }
        for (var entry : byList.entrySet()) {
            if (entry.getValue().size() < 100) {
                continue;
            }
            lists.add(entry.getKey());
            ListSnapshot one = new ListSnapshot(all.sources(), entry.getValue());
            EvalSets.HeldOut held = EvalSets.heldOutAliases(one, HELD_OUT_PER_LIST, SEED);
            List<EvalCase> perturbed = EvalSets.perturbed(one, PERTURBED_PER_LIST, SEED);
            progress.accept(entry.getKey() + ": " + held.cases().size() + " held-out aliases, " + perturbed.size() + " perturbed names");
            screeners.forEach((name, f) -> {
                out.get(name).addAll(Evaluation.run(f.apply(held.snapshot()), held.cases(), TOP));
                out.get(name).addAll(Evaluation.run(f.apply(one), perturbed, TOP));
            });
        }
        return new EvalRun(out, skipped, lists);
    }

    private static ListSnapshot subset(ListSnapshot s, java.util.function.Predicate<Entity> keep) {
        return new ListSnapshot(s.sources(), s.entities().stream().filter(keep).toList());
    }
}
