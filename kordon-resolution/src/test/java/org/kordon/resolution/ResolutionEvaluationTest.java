package org.kordon.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.testkit.SharedData;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;

/**
 * The resolver on all the shared lists, measured three ways (method and figures in docs/RESOLUTION.md):
 * <ol>
 *   <li>the labelled sample {@code labelled-pairs.csv}: pairs judged from the data, with hard negatives;</li>
 *   <li>recall of the cross-list links the lists state themselves (UN references on UK entries, the UK Sanctions
 *       List's OFSI group ids and references), with and without those references as evidence;</li>
 *   <li>precision of the merges the other evidence makes, judged by those stated references: a merge of two
 *       listings that both carry a reference of one kind is right when the references agree.</li>
 * </ol>
 * Skipped without {@code ../shared/data}. Run alone: {@code ./mvnw -B -ntp -q verify -pl kordon-resolution -am
 * -Dtest=ResolutionEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false}; the figures go to stdout.
 */
class ResolutionEvaluationTest {
    private static final EnumSet<LinkReason> STATED = EnumSet.of(LinkReason.UN_REFERENCE, LinkReason.UK_REFERENCE);

    private static ListSnapshot snapshot;
    private static Resolution full;
    private static Resolution withoutStated;

    @BeforeAll
    static void resolveSharedLists() {
        snapshot = ListLoader.load(List.of(SharedData.require("lists")), LoadOptions.defaults()).snapshot();
        Screener screener = Screeners.build(snapshot, Algorithm.KORDON);
        full = Resolver.resolve(snapshot, screener);
        withoutStated = Resolver.resolve(snapshot, screener, STATED);
        System.out.println("[resolution] all shared lists:\n" + full.stats().describe());
    }

    record Pair(String a, String b, boolean same, String basis) {
    }

    @Test
    void labelledSample_mergesOnlyPairsJudgedTheSame_andFindsMostOfThem() throws IOException {
        Map<String, ResolvedEntity> byId = full.byId();
        int merged = 0;
        int mergedRight = 0;
        int same = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<Pair> pairs = labelledPairs();
        for (Pair p : pairs) {
            assertThat(byId).as("labelled listing ids are in the shared lists").containsKeys(p.a(), p.b());
            boolean together = byId.get(p.a()) == byId.get(p.b());
            if (together) {
                merged++;
                if (p.same()) {
                    mergedRight++;
                } else {
                    wrong.add(p.toString());
                }
            }
            if (p.same()) {
                same++;
                if (!together) {
                    missed.add(p.a() + " ~ " + p.b() + ": " + p.basis());
                }
            }
        }
        System.out.printf(Locale.ROOT, "[resolution] labelled sample: %d pairs (%d same, %d different); merged %d, "
                + "precision %d/%d, recall %d/%d%n  missed: %s%n", pairs.size(), same, pairs.size() - same, merged,
                mergedRight, merged, mergedRight, same, missed);
        assertThat(wrong).as("a pair judged different is never merged").isEmpty();
        assertThat((double) mergedRight / same).as("recall on the labelled sample").isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void statedCrossListLinks_areFollowed_andMostUnLinksAreFoundWithoutThem() {
        assertThat(recall(LinkReason.UN_REFERENCE, 0.99, 0.70)).isGreaterThan(800);
        // the UK Sanctions List file gives names only: without its references its rows can only be "possibly the same"
        assertThat(recall(LinkReason.UK_REFERENCE, 0.99, 0.0)).isGreaterThan(4000);
    }

    private static int recall(LinkReason kind, double floor, double inferredFloor) {
        List<String[]> stated = statedPairs(kind);
        Map<String, ResolvedEntity> byFull = full.byId();
        Map<String, ResolvedEntity> byInferred = withoutStated.byId();
        int followed = 0;
        int inferred = 0;
        for (String[] p : stated) {
            followed += byFull.get(p[0]) == byFull.get(p[1]) ? 1 : 0;
            inferred += byInferred.get(p[0]) == byInferred.get(p[1]) ? 1 : 0;
        }
        double recall = (double) followed / stated.size();
        double inferredRecall = (double) inferred / stated.size();
        System.out.printf(Locale.ROOT, "[resolution] stated cross-list links (%s): %d; followed %d (%.4f); found "
                + "without the references %d (%.4f)%n", kind.label(), stated.size(), followed, recall, inferred, inferredRecall);
        assertThat(recall).as("recall of stated %s links", kind.label()).isGreaterThanOrEqualTo(floor);
        assertThat(inferredRecall).as("recall of stated %s links by the other evidence", kind.label())
                .isGreaterThanOrEqualTo(inferredFloor);
        return stated.size();
    }

    @Test
    void mergesWithoutStatedReferences_agreeWithThoseReferences() {
        Map<String, Map<String, Set<String>>> refs = statedKeys();
        int judged = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (ResolvedEntity e : withoutStated.entities()) {
            List<String> ids = e.listingIds();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    // two OFSI groups may be one person designated under two regimes: judge across lists only
                    boolean sameList = e.listings().get(i).source().list().equals(e.listings().get(j).source().list());
                    Boolean agree = sameList ? null : agree(refs.get(ids.get(i)), refs.get(ids.get(j)));
                    if (agree != null) {
                        judged++;
                        if (agree) {
                            right++;
                        } else if (wrong.size() < 20) {
                            wrong.add(ids.get(i) + " ~ " + ids.get(j));
                        }
                    }
                }
            }
        }
        double precision = (double) right / judged;
        System.out.printf(Locale.ROOT, "[resolution] merges judged by stated references: %d, right %d, precision "
                + "%.4f%n  wrong: %s%n", judged, right, precision, wrong);
        assertThat(judged).isGreaterThan(500);
        assertThat(precision).isGreaterThanOrEqualTo(0.99);
    }

    /** True when two listings' stated references of some kind agree, false when they differ, null when not judged. */
    private static Boolean agree(Map<String, Set<String>> a, Map<String, Set<String>> b) {
        if (a == null || b == null) {
            return null;
        }
        Boolean verdict = null;
        for (Map.Entry<String, Set<String>> kind : a.entrySet()) {
            Set<String> other = b.get(kind.getKey());
            if (other != null) {
                boolean shared = other.stream().anyMatch(kind.getValue()::contains);
                if (!shared) {
                    return false;
                }
                verdict = true;
            }
        }
        return verdict;
    }

    /** Each listing's stated references by kind ({@code UN:}, {@code GROUP}, {@code REF}). */
    private static Map<String, Map<String, Set<String>>> statedKeys() {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        for (Entity e : snapshot.entities()) {
            for (Evidence.Key k : Evidence.keys(e)) {
                if (STATED.contains(k.reason())) {
                    String kind = k.reason() == LinkReason.UN_REFERENCE ? "UN" : k.value().substring(0, k.value().indexOf(' '));
                    out.computeIfAbsent(e.id(), x -> new HashMap<>()).computeIfAbsent(kind, x -> new HashSet<>()).add(k.value());
                }
            }
        }
        return out;
    }

    /** Pairs of listings of different registers that share a stated reference of {@code kind}. */
    private static List<String[]> statedPairs(LinkReason kind) {
        Map<String, List<Entity>> byKey = new HashMap<>();
        for (Entity e : snapshot.entities()) {
            for (Evidence.Key k : Evidence.keys(e)) {
                if (k.reason() == kind) {
                    byKey.computeIfAbsent(k.group(), x -> new ArrayList<>()).add(e);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        List<String[]> out = new ArrayList<>();
        for (List<Entity> group : byKey.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Entity a = group.get(i);
                    Entity b = group.get(j);
                    String key = a.id().compareTo(b.id()) < 0 ? a.id() + '\n' + b.id() : b.id() + '\n' + a.id();
                    if (Conflicts.structural(a, b) == null && seen.add(key)) {
                        out.add(new String[] {a.id(), b.id()});
                    }
                }
            }
        }
        return out;
    }

    private static List<Pair> labelledPairs() throws IOException {
        try (InputStream in = ResolutionEvaluationTest.class.getResourceAsStream("labelled-pairs.csv")) {
            List<Pair> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",", 4);
                if (f.length < 4) {
                    throw new IllegalStateException("labelled-pairs.csv line " + (i + 1) + ": expected 4 fields");
                }
                out.add(new Pair(f[0], f[1], Boolean.parseBoolean(f[2]), f[3]));
            }
            return out;
        }
    }
}
