package org.kordon.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.Resolver;

/**
 * The whole evaluation over a loaded snapshot: hand-written cases against the OFAC SDN and EU entities; per list,
 * held-out aliases (also drawn among vessels alone), perturbed names and the harder sets of {@link HarderSets}, each screened by Kordon, by the
 * OFAC-parity algorithm and by the brute-force baseline; and clean names ({@link CleanNames}) screened by Kordon
 * against all sanctions lists, with their birth dates and countries and by name alone.
 *
 * <p>The US Congress export ({@link CleanNames#CONGRESS_LIST}), when loaded, is not a sanctions list: it is left
 * out of every snapshot screened against and its members are screened as clean names.
 *
 * @param outcomes  labelled outcomes per screener name ({@code kordon}, {@code ofac}, {@code brute-force}), same
 *                  cases in each
 * @param clean     clean-name outcomes per screener name (best match only); categories {@code clean-person},
 *                  {@code clean-company}, {@code clean-congress}, each also {@code ... (name only)} for Kordon;
 *                  OFAC parity (with the baselines) screens the names with birth date and country only
 * @param skipped   hand-written cases skipped because none of their expected entities is loaded
 * @param lists     the lists evaluated
 */
public record EvalRun(Map<String, List<Evaluation.Outcome>> outcomes, Map<String, List<Evaluation.Outcome>> clean,
                      int skipped, List<String> lists) {
    /** Cases drawn per list for held-out aliases and for perturbed names. */
    public static final int HELD_OUT_PER_LIST = 150;
    public static final int PERTURBED_PER_LIST = 90;
    /** Cases drawn per list for each harder set (extra words, translated organisations, Arabic particles, each romanisation). */
    public static final int HARDER_PER_LIST = 150;
    /** Cross-list cases drawn per authority (OFAC, EU, UK, UN): one party as another authority writes it. */
    public static final int CROSS_LIST_PER_AUTHORITY = 300;
    /** Clean names generated: people and companies (plus every member of Congress when the export is loaded). */
    public static final int CLEAN_PERSONS = 30_000;
    public static final int CLEAN_COMPANIES = 20_000;
    static final int TOP = 5;
    static final long SEED = 20261124L;
    /** Suffix of the category of a clean name screened without its birth date and country. */
    public static final String NAME_ONLY = " (name only)";

    /**
     * How much to evaluate.
     *
     * @param heldOutPerList   held-out aliases per list
     * @param perturbedPerList perturbed names per list
     * @param harderPerList    cases per list for each harder set
     * @param cleanPersons     generated clean people
     * @param cleanCompanies   generated clean companies
     * @param baselines        also screen the labelled cases with the OFAC-parity algorithm and the brute-force baseline
     */
    public record Config(int heldOutPerList, int perturbedPerList, int harderPerList, int crossListPerAuthority,
                         int cleanPersons, int cleanCompanies, boolean baselines) {
        /** The full evaluation {@code kordon eval} runs. */
        public static final Config FULL = new Config(HELD_OUT_PER_LIST, PERTURBED_PER_LIST, HARDER_PER_LIST,
                CROSS_LIST_PER_AUTHORITY, CLEAN_PERSONS, CLEAN_COMPANIES, true);
    }

    /** Runs the full evaluation; {@code progress} hears one line per step. */
    public static EvalRun run(ListSnapshot all, Consumer<String> progress) {
        return run(all, Config.FULL, progress);
    }

    /** Runs the evaluation sized by {@code config}; {@code progress} hears one line per step. */
    public static EvalRun run(ListSnapshot loaded, Config config, Consumer<String> progress) {
        Map<String, Function<ListSnapshot, Screener>> screeners = new LinkedHashMap<>();
        screeners.put("kordon", s -> Screeners.build(s, Algorithm.KORDON));
        if (config.baselines()) {
            screeners.put("ofac", s -> Screeners.build(s, Algorithm.OFAC));
            screeners.put("brute-force", Screeners::bruteForce);
        }
        Map<String, List<Evaluation.Outcome>> out = new LinkedHashMap<>();
        screeners.keySet().forEach(k -> out.put(k, new ArrayList<>()));
        ListSnapshot all = subset(loaded, e -> !CleanNames.CONGRESS_LIST.equals(e.source().list()));

        // 1. Hand-written: against OFAC SDN + EU entities only, so that the same person listed by another authority
        //    under an id the case does not name cannot count as a false alert.
        ListSnapshot ofacEu = subset(all, e -> e.id().startsWith("ofac-sdn:") || e.id().startsWith("eu:"));
        List<EvalCase> hand = new ArrayList<>();
        int skipped = 0;
        Set<String> ids = new HashSet<>();
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

        // 2. Held-out aliases, perturbed names and the harder sets, one list at a time.
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
            EvalSets.HeldOut held = EvalSets.heldOutAliases(one, config.heldOutPerList(), SEED);
            List<EvalCase> same = new ArrayList<>(EvalSets.perturbed(one, config.perturbedPerList(), SEED));
            int perturbed = same.size();
            same.addAll(HarderSets.extraWords(one, config.harderPerList(), SEED));
            same.addAll(HarderSets.arabicParticles(one, config.harderPerList(), SEED));
            same.addAll(HarderSets.romanisations(one, config.harderPerList(), SEED));
            EvalSets.HeldOut translated = HarderSets.translatedOrganisations(one, config.harderPerList(), SEED);
            EvalSets.HeldOut vessels = EvalSets.heldOutAliases(one, config.harderPerList(), SEED,
                    e -> e.schema() == org.kordon.model.Schema.VESSEL, "held-out-vessel");
            progress.accept(entry.getKey() + ": " + held.cases().size() + " held-out aliases, " + perturbed + " perturbed names, "
                    + (same.size() - perturbed) + " extra-word/particle/romanised names, " + translated.cases().size()
                    + " translated organisation names, " + vessels.cases().size() + " held-out vessel aliases");
            List<EvalCase> dated = withListedBirthAndCountry(held);
            screeners.forEach((name, f) -> {
                out.get(name).addAll(Evaluation.run(f.apply(held.snapshot()), held.cases(), TOP));
                out.get(name).addAll(Evaluation.run(f.apply(held.snapshot()), dated, TOP));
                out.get(name).addAll(Evaluation.run(f.apply(one), same, TOP));
                if (!translated.cases().isEmpty()) {
                    out.get(name).addAll(Evaluation.run(f.apply(translated.snapshot()), translated.cases(), TOP));
                }
                if (!vessels.cases().isEmpty()) {
                    out.get(name).addAll(Evaluation.run(f.apply(vessels.snapshot()), vessels.cases(), TOP));
                }
            });
        }

        // 3. One party as two authorities write it, linked by the lists without a name (CrossListSets).
        Screener kordonAll = all.entities().isEmpty() ? null : Screeners.build(all, Algorithm.KORDON);
        if (kordonAll != null && config.crossListPerAuthority() > 0) {
            long t0 = System.nanoTime();
            Resolution resolution = Resolver.resolve(all, kordonAll);
            for (CrossListSets.Authority a : CrossListSets.of(all, resolution, config.crossListPerAuthority(), SEED)) {
                progress.accept(String.format(java.util.Locale.ROOT, "cross-list: %d names as %s writes them, against the "
                        + "%d listings of the other authorities", a.cases().size(), a.authority(), a.others().entities().size()));
                // not brute force: over the other authorities' 15,000-30,000 listings it costs minutes per authority
                screeners.forEach((name, f) -> {
                    if (!name.equals("brute-force")) {
                        out.get(name).addAll(Evaluation.run(f.apply(a.others()), a.cases(), TOP));
                    }
                });
            }
            progress.accept(String.format(java.util.Locale.ROOT, "cross-list: done in %.1f s", (System.nanoTime() - t0) / 1e9));
        }

        // 4. Clean names against all sanctions lists: with birth dates and countries, then by name alone.
        List<EvalCase> clean = new ArrayList<>(CleanNames.generated(config.cleanPersons(), config.cleanCompanies(), SEED));
        clean.addAll(CleanNames.congress(loaded.entities()));
        List<EvalCase> both = new ArrayList<>(clean);
        clean.forEach(c -> both.add(c.nameOnly(c.category() + NAME_ONLY)));
        Map<String, List<Evaluation.Outcome>> cleanOut = new LinkedHashMap<>();
        if (!all.entities().isEmpty() && !both.isEmpty()) {
            progress.accept("clean names: " + both.size() + " queries (" + clean.size() + " names, with and without birth date and country)");
            long t0 = System.nanoTime();
            cleanOut.put("kordon", Evaluation.runClean(kordonAll, both, n -> progress.accept("clean names: " + n + " of " + both.size() + " screened")));
            progress.accept(String.format(java.util.Locale.ROOT, "clean names: screened in %.1f s", (System.nanoTime() - t0) / 1e9));
            if (config.baselines()) {
                // OFAC parity on the names with birth date and country only: it is about 3 times slower than Kordon
                long t1 = System.nanoTime();
                Screener ofac = Screeners.build(all, Algorithm.OFAC);
                cleanOut.put("ofac", Evaluation.runClean(ofac, clean, n -> progress.accept("clean names, OFAC parity: " + n + " of " + clean.size() + " screened")));
                progress.accept(String.format(java.util.Locale.ROOT, "clean names, OFAC parity: screened in %.1f s", (System.nanoTime() - t1) / 1e9));
            }
        }
        return new EvalRun(out, cleanOut, skipped, lists);
    }

    /** The category of {@link #withListedBirthAndCountry}'s cases. */
    public static final String DATED = "held-out-person-dated";

    /**
     * The held-out aliases of listed persons with a birth date, screened as a customer file would give them: with the
     * listed birth date (the first; its year when it is a range) and the first listed nationality or country that is a code. These
     * are the labelled true pairs that carry secondary data, without which the score model cannot weigh a birth date
     * or a country on its own ({@link ScoreModelFit}).
     */
    static List<EvalCase> withListedBirthAndCountry(EvalSets.HeldOut held) {
        Map<String, Entity> byId = new java.util.HashMap<>();
        held.snapshot().entities().forEach(e -> byId.put(e.id(), e));
        List<EvalCase> out = new ArrayList<>();
        for (EvalCase c : held.cases()) {
            if (c.expected().size() != 1) {
                continue;
            }
            Entity e = byId.get(c.expected().iterator().next());
            if (e == null || e.schema() != org.kordon.model.Schema.PERSON || e.birthDates().isEmpty()) {
                continue;
            }
            out.add(new EvalCase(DATED, c.query(), c.schema(), c.expected(), "held-out alias with the listed birth date and country",
                    CrossListSets.birth(e), CrossListSets.country(e), c.tags()));
        }
        return out;
    }

    private static ListSnapshot subset(ListSnapshot s, Predicate<Entity> keep) {
        return new ListSnapshot(s.sources(), s.entities().stream().filter(keep).toList());
    }
}
