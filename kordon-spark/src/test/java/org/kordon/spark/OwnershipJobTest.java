package org.kordon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kordon.ownership.Node;
import org.kordon.ownership.NodeKind;
import org.kordon.ownership.OwnershipEngine;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.OwnershipResult;
import org.kordon.ownership.Regime;
import org.kordon.ownership.Share;
import org.kordon.ownership.Stake;
import org.kordon.ownership.StakeType;

/**
 * The Spark ownership job against the single-machine engine, in local[2]: the same rows (entity, regime, status,
 * share interval) on every worked example of the rules and on a generated graph with cycles, bands, unknown shares,
 * votes, control rights, joint arrangements and dated stakes.
 */
class OwnershipJobTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /**
     * The worked examples of kordon-ownership's OwnershipRulesTest (and a few more), written as
     * {@code "owner owned share [type [start|- [end]]]"; ...}, then the listed ids, then the joint arrangements.
     */
    static final String[][] EXAMPLES = {
            {"X A 50; A B 50", "X"},
            {"X A 50; X B 50; A C 25; B C 25", "X"},
            {"X3 A3 50; X3 B3 10; A3 B3 40", "X3"},
            {"X A 40; A B 100", "X"},
            {"X C 30; Y C 30", "X Y"},
            {"X J 50; Y J 50; J C 60", "X Y", "J"},
            {"X C 49", "X"},
            {"X C 50", "X"},
            {"X C 51", "X"},
            {"X C 49.9999; Y C 0.0001", "X Y"},
            {"X C 49.99999", "X"},
            {"X A 60; A B 60; B C 60", "X"},
            {"X A 60; X B 60; A D 30; B D 30", "X"},
            {"X A 10; A B 60; B A 60", "X"},
            {"X A 60; A B 60; B A 30", "X"},
            {"X C 25-50; X D 50-75; X E 10-40; X F 51-75", "X"},
            {"X C ?", "X"},
            {"X A ?; A B 60; X B 40", "X"},
            {"X C 60 shareholding 2020-01-01 2024-01-01; X D 60 shareholding 2026-01-01; X E 60 shareholding 2027-01-01", "X"},
            {"X C ? appointmentOfBoard; X D ? otherInfluenceOrControl; X E 30 appointmentOfBoard", "X"},
            {"X C ? appointmentOfBoard; C D 60", "X"},
            {"X C 60 votingRights; X D 40 votingRights; X E 50 votingRights; X F 40-60 votingRights", "X"},
            {"X A 30; Y A 30; X B 60; B A 25", "X Y"},
            {"X Y 60; Y C 60; Z C 10", "X Y"},
    };

    /**
     * Two companies caught in the same round that own each other: statuses and intervals agree, the evidence path
     * may not (the single-machine worklist catches A before B and may route B's path through A).
     */
    static final String SAME_ROUND_RING = "X A 50; X B 50; A B 50; B A 50; A C 30; B C 30";

    static SparkSession spark;

    @TempDir Path dir;

    @BeforeAll
    static void start() {
        spark = KordonSpark.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** A graph as stakes, listed ids and arrangements; ids carry a prefix so that many graphs share one table. */
    record Graph(List<Stake> stakes, Set<String> listed, Set<String> arrangements) {
        OwnershipGraph build() {
            OwnershipGraph.Builder b = OwnershipGraph.builder();
            for (Stake s : stakes) {
                if (arrangements.contains(s.owned())) {
                    b.node(new Node(s.owned(), NodeKind.ARRANGEMENT, null, null));
                }
                b.stake(s);
            }
            return b.build();
        }
    }

    static Graph examples() {
        return examples(EXAMPLES.length);
    }

    /** The first {@code n} examples as one graph. */
    static Graph examples(int n) {
        return graph(java.util.Arrays.copyOf(EXAMPLES, n));
    }

    static Graph graph(String[]... examples) {
        List<Stake> stakes = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        Set<String> arrangements = new LinkedHashSet<>();
        for (int i = 0; i < examples.length; i++) {
            String p = "e" + i + ":";
            for (String text : examples[i][0].split(";")) {
                String[] f = text.strip().split("\\s+");
                StakeType type = f.length > 3 ? StakeType.parse(f[3]) : StakeType.SHAREHOLDING;
                LocalDate start = f.length > 4 && !f[4].equals("-") ? LocalDate.parse(f[4]) : null;
                LocalDate end = f.length > 5 ? LocalDate.parse(f[5]) : null;
                stakes.add(new Stake(p + f[0], p + f[1], share(f[2]), type, start, end));
            }
            for (String id : examples[i][1].split(" ")) {
                listed.add(p + id);
            }
            if (examples[i].length > 2) {
                arrangements.add(p + examples[i][2]);
            }
        }
        return new Graph(stakes, listed, arrangements);
    }

    static Share share(String s) {
        if (s.equals("?")) {
            return Share.unknown();
        }
        int dash = s.indexOf('-');
        return dash < 0 ? Share.exact(new BigDecimal(s))
                : Share.between(new BigDecimal(s.substring(0, dash)), new BigDecimal(s.substring(dash + 1)));
    }

    /**
     * A random graph (fixed seed): persons and companies owning companies, rings among companies, exact shares with
     * decimals, bands, unknown shares, votes, control rights, two joint arrangements and stakes that ended or not yet
     * began. The minimum stakes into a company never add up past 100%.
     */
    static Graph generated(long seed, int companies, int persons) {
        Random rnd = new Random(seed);
        List<Stake> stakes = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        Set<String> arrangements = Set.of("J0", "J1");
        for (int p = 0; p < persons; p++) {
            if (rnd.nextInt(3) == 0) {
                listed.add("P" + p);
            }
        }
        for (int j = 0; j < 2; j++) {
            for (int m = 0; m < 3; m++) {
                stakes.add(new Stake("P" + rnd.nextInt(persons), "J" + j, Share.unknown(), StakeType.SHAREHOLDING, null, null));
            }
            stakes.add(Stake.shares("J" + j, "CJ" + j, Share.exact(20 + rnd.nextInt(50))));
            stakes.add(Stake.shares("CJ" + j, "C" + rnd.nextInt(companies), Share.unknown()));
        }
        for (int c = 0; c < companies; c++) {
            int owners = 1 + rnd.nextInt(4);
            double left = 100;
            Set<String> seen = new LinkedHashSet<>();
            for (int k = 0; k < owners; k++) {
                String owner = rnd.nextInt(3) == 0 ? "P" + rnd.nextInt(persons) : "C" + rnd.nextInt(companies);
                if (owner.equals("C" + c) || !seen.add(owner)) {
                    continue;
                }
                int kind = rnd.nextInt(20);
                StakeType type = kind < 15 ? StakeType.SHAREHOLDING : kind < 17 ? StakeType.VOTING_RIGHTS
                        : kind < 19 ? StakeType.APPOINTMENT_OF_BOARD : StakeType.OTHER_INFLUENCE_OR_CONTROL;
                Share share;
                int form = rnd.nextInt(10);
                double take = Math.floor(rnd.nextDouble() * left * 100) / 100;
                if (form == 0) {
                    share = Share.unknown();
                } else if (form == 1 && left >= 25) {
                    share = Share.between(BigDecimal.valueOf(Math.min(25, take)), BigDecimal.valueOf(Math.min(100, Math.min(25, take) + 25)));
                } else {
                    share = Share.exact(BigDecimal.valueOf(take));
                }
                if (type == StakeType.SHAREHOLDING || type == StakeType.VOTING_RIGHTS) {
                    left -= share.min().doubleValue();
                }
                LocalDate start = null;
                LocalDate end = null;
                int when = rnd.nextInt(12);
                if (when == 0) {
                    start = LocalDate.of(2020, 1, 1);
                    end = LocalDate.of(2024, 1, 1);
                } else if (when == 1) {
                    start = LocalDate.of(2027, 1, 1);
                } else if (when == 2) {
                    start = LocalDate.of(2022, 3, 1);
                }
                stakes.add(new Stake(owner, "C" + c, share, type, start, end));
            }
        }
        return new Graph(stakes, listed, arrangements);
    }

    /** Writes the graph as stakes.csv and listed.csv (the files kordon ownership reads). */
    Path[] write(Graph g) throws IOException {
        Path stakes = dir.resolve("stakes.csv");
        CSVFormat csv = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(stakes, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, csv)) {
            p.printRecord("owner_id", "owned_id", "share_min", "share_max", "type", "start", "end", "owned_kind");
            for (Stake s : g.stakes()) {
                p.printRecord(s.owner(), s.owned(), s.share().isUnknown() ? "" : s.share().min().toPlainString(),
                        s.share().isUnknown() ? "" : s.share().max().toPlainString(), s.type().code(),
                        s.start() == null ? "" : s.start(), s.end() == null ? "" : s.end(), g.arrangements().contains(s.owned()) ? "arrangement" : "");
            }
        }
        Path listed = dir.resolve("listed.csv");
        try (Writer w = Files.newBufferedWriter(listed, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, csv)) {
            p.printRecord("entity_id");
            for (String id : g.listed()) {
                p.printRecord(id);
            }
        }
        return new Path[] {stakes, listed};
    }

    /** entity_id -> "status share_min share_max" (and evidence when asked), as kordon ownership writes them. */
    static Map<String, String> single(Graph g, Regime regime, boolean withEvidence) {
        Map<String, String> out = new HashMap<>();
        for (OwnershipResult r : OwnershipEngine.evaluate(g.build(), g.listed(), regime, TODAY).results()) {
            out.put(r.entityId(), r.status().code() + " " + r.shareMin().toPlainString() + " " + r.shareMax().toPlainString()
                    + (withEvidence ? " | " + r.evidence() : ""));
        }
        return out;
    }

    static final List<Regime> REGIMES = List.of(Regime.OFAC, Regime.EU, Regime.UK);
    private static final Map<String, Map<Regime, Map<String, String>>> ON_SPARK = new HashMap<>();
    private static final Map<String, List<String>> ORDER = new HashMap<>();

    /**
     * A graph through the Spark job, all three regimes in one evaluation (as {@code --regime all}), once per class:
     * regime -> entity_id -> "status share_min share_max | evidence". Checks one row per entity and regime.
     */
    Map<String, String> onSpark(String name, Graph g, Regime regime) throws IOException {
        Map<Regime, Map<String, String>> byRegime = ON_SPARK.get(name);
        if (byRegime == null) {
            Path[] files = write(g);
            OwnershipJob job = OwnershipJob.prepare(spark, files[0].toString(), files[1].toString(), TODAY, new PrintWriter(new StringWriter()));
            byRegime = new java.util.EnumMap<>(Regime.class);
            List<String> order = new ArrayList<>();
            for (Row r : job.evaluate(REGIMES).collectAsList()) {
                order.add(r.getString(0) + "/" + r.getString(1));
                String previous = byRegime.computeIfAbsent(Regime.parse(r.getString(1)), k -> new HashMap<>())
                        .put(r.getString(0), r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " | " + r.getString(5));
                assertThat(previous).as("one row per entity and regime: %s", r.getString(0)).isNull();
            }
            ON_SPARK.put(name, byRegime);
            ORDER.put(name, order);
        }
        return byRegime.get(regime);
    }

    static Map<String, String> withoutEvidence(Map<String, String> m) {
        Map<String, String> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.substring(0, v.indexOf(" | "))));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Regime.class, names = {"OFAC", "EU", "UK"})
    void workedExamples_sameStatusIntervalAndEvidenceAsTheSingleMachineEngine(Regime regime) throws IOException {
        Graph g = examples();
        Map<String, String> expected = single(g, regime, true);
        assertThat(expected).hasSizeGreaterThan(45);
        assertThat(onSpark("examples", g, regime)).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void workedExamples_spotCheck_ofacExample3IsBlockedThroughBothPaths() throws IOException {
        Map<String, String> ofac = onSpark("examples", examples(), Regime.OFAC);
        assertThat(ofac.get("e2:B3")).isEqualTo("blocked 50 50 | e2:X3 -10%-> e2:B3; e2:X3 -50%-> e2:A3(blocked) -40%-> e2:B3");
        assertThat(ofac.get("e13:A")).startsWith("clear 10 10");
    }

    @Test
    void sameRoundRing_sameStatusesAndIntervals_evidenceThroughTheListedOwnerDirectly() throws IOException {
        Graph g = graph(new String[] {SAME_ROUND_RING, "X"});
        Map<String, String> spark = onSpark("ring", g, Regime.OFAC);
        Map<String, String> single = single(g, Regime.OFAC, true);
        for (String id : single.keySet()) {
            assertThat(spark.get(id).split(" \\| ")[0]).as(id).isEqualTo(single.get(id).split(" \\| ")[0]);
        }
        assertThat(single.get("e0:A")).isEqualTo("blocked 100 100 | e0:X -50%-> e0:A; e0:X -50%-> e0:A(blocked) -50%-> e0:B(blocked) -50%-> e0:A");
        assertThat(spark.get("e0:A")).isEqualTo("blocked 100 100 | e0:X -50%-> e0:A; e0:X -50%-> e0:B(blocked) -50%-> e0:A");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Regime.class, names = {"OFAC", "EU", "UK"})
    void generatedGraphWithCycles_sameStatusesAndIntervals(Regime regime) throws IOException {
        Graph g = generated(20261202L, 300, 60);
        Map<String, String> expected = single(g, regime, false);
        assertThat(expected.values()).anyMatch(v -> v.startsWith("blocked")).anyMatch(v -> v.startsWith("undetermined"))
                .anyMatch(v -> v.startsWith("clear"));
        assertThat(withoutEvidence(onSpark("generated", g, regime))).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void allRegimes_sortedByEntityThenRegime() throws IOException {
        onSpark("examples", examples(), Regime.OFAC);
        List<String> keys = ORDER.get("examples");
        assertThat(keys.subList(0, 3)).containsExactly("e0:A/ofac", "e0:A/eu", "e0:A/uk");
        assertThat(keys.stream().map(k -> k.substring(0, k.indexOf('/'))).toList()).isSorted();
    }

    @Test
    void badRows_areRefusedNamingFileIdsAndField() throws IOException {
        Path stakes = Files.writeString(dir.resolve("stakes.csv"), """
                owner_id,owned_id,share_min,share_max,type,start,end
                X,A,60,60,shareholding,,
                X,B,abc,,shareholding,,
                Y,C,10,10,ownsALot,,
                Z,Z,10,10,shareholding,,
                """);
        Path listed = Files.writeString(dir.resolve("listed.csv"), "entity_id\nX\n");
        assertThatThrownBy(() -> OwnershipJob.prepare(spark, stakes.toString(), listed.toString(), TODAY, new PrintWriter(new StringWriter())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stakes.csv row 'X' -> 'B': field share_min: not a number: 'abc'")
                .hasMessageContaining("stakes.csv row 'Y' -> 'C': field type must be shareholding")
                .hasMessageContaining("stakes.csv row 'Z' -> 'Z': field owned_id: 'Z' owns itself")
                .hasMessageContaining("3 bad row(s) in stakes.csv; nothing written");
    }

    @Test
    void minimumStakesAbove100_areRefusedNamingTheCompany() throws IOException {
        Path stakes = Files.writeString(dir.resolve("stakes.csv"), """
                owner_id,owned_id,share_min,share_max,type,start,end
                X,A,60,60,shareholding,,
                Y,A,50,50,shareholding,,
                Z,A,50,50,shareholding,2020-01-01,2021-01-01
                """);
        Path listed = Files.writeString(dir.resolve("listed.csv"), "entity_id\nX\n");
        assertThatThrownBy(() -> OwnershipJob.prepare(spark, stakes.toString(), listed.toString(), TODAY, new PrintWriter(new StringWriter())))
                .hasMessageContaining("stakes.csv rows 'X' -> 'A', 'Y' -> 'A': field share_min: the minimum shareholding stakes in 'A' "
                        + "active on 2026-11-24 add up to 110%, more than 100%");
    }

    @Test
    void everyThirdStakeGivenTwice_sameAnswerAsTheGraphWithEachStakeOnce_oneWarningEach() throws IOException {
        Graph g = examples();
        List<Stake> doubled = new ArrayList<>();
        int twice = 0;
        for (int i = 0; i < g.stakes().size(); i++) {
            doubled.add(g.stakes().get(i));
            if (i % 3 == 0) {
                doubled.add(g.stakes().get(i));
                twice++;
            }
        }
        Path[] files = write(new Graph(doubled, g.listed(), g.arrangements()));
        StringWriter err = new StringWriter();
        OwnershipJob job = OwnershipJob.prepare(spark, files[0].toString(), files[1].toString(), TODAY, new PrintWriter(err));
        assertThat(job.stakeCount()).isEqualTo(g.stakes().size());
        Map<String, String> ofac = new HashMap<>();
        for (Row r : job.evaluate(List.of(Regime.OFAC)).collectAsList()) {
            ofac.put(r.getString(0), r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " | " + r.getString(5));
        }
        assertThat(ofac).containsExactlyInAnyOrderEntriesOf(single(g, Regime.OFAC, true));
        assertThat(err.toString().lines().filter(l -> l.contains("the same stake given 2 times"))).hasSize(Math.min(twice, StakeTable.MAX_WARNINGS));
        assertThat(err.toString()).contains(String.format(java.util.Locale.ROOT,
                "kordon spark: warning: %,d stakes given more than once in stakes.csv in all; each counted once", twice));
    }

    @Test
    void duplicateRowsTellTheOwnedKind_keptForTheStakeCountedOnce() throws IOException {
        // J is a joint arrangement: X and Y hold it jointly, so J's stake in C is theirs; the kind is given only on the
        // second, duplicate row of Y's stake
        Path stakes = Files.writeString(dir.resolve("stakes.csv"), """
                owner_id,owned_id,share_min,share_max,type,start,end,owned_kind
                X,J,,,shareholding,,,
                Y,J,,,shareholding,,,
                Y,J,,,shareholding,,,arrangement
                J,C,60,60,shareholding,,,
                """);
        Path listed = Files.writeString(dir.resolve("listed.csv"), "entity_id\nX\n");
        Graph g = new Graph(List.of(new Stake("X", "J", Share.unknown(), StakeType.SHAREHOLDING, null, null),
                new Stake("Y", "J", Share.unknown(), StakeType.SHAREHOLDING, null, null), Stake.shares("J", "C", Share.exact(60))),
                Set.of("X"), Set.of("J"));
        OwnershipJob job = OwnershipJob.prepare(spark, stakes.toString(), listed.toString(), TODAY, new PrintWriter(new StringWriter()));
        Map<String, String> eu = new HashMap<>();
        for (Row r : job.evaluate(List.of(Regime.EU)).collectAsList()) {
            eu.put(r.getString(0), r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " | " + r.getString(5));
        }
        assertThat(eu).containsExactlyInAnyOrderEntriesOf(single(g, Regime.EU, true));
    }

    @Test
    void missingColumn_isRefusedNamingIt() throws IOException {
        Path stakes = Files.writeString(dir.resolve("stakes.csv"), "owner_id,owned_id,share_min,share_max,type,start\nX,A,1,1,shareholding,\n");
        Path listed = Files.writeString(dir.resolve("listed.csv"), "entity_id\nX\n");
        assertThatThrownBy(() -> OwnershipJob.prepare(spark, stakes.toString(), listed.toString(), TODAY, new PrintWriter(new StringWriter())))
                .hasMessageStartingWith("stakes.csv line 1: field end is missing from the header");
    }

    @Test
    void parquetStakes_giveTheSameAnswerAsCsv() throws IOException {
        Graph g = examples(3);
        Path[] files = write(g);
        String parquet = dir.resolve("stakes.parquet").toString();
        spark.read().option("header", "true").csv(files[0].toString()).write().parquet(parquet);
        OwnershipJob job = OwnershipJob.prepare(spark, parquet, files[1].toString(), TODAY, new PrintWriter(new StringWriter()));
        List<String> fromParquet = job.evaluate(List.of(Regime.EU)).collectAsList().stream().map(Row::toString).toList();
        OwnershipJob csvJob = OwnershipJob.prepare(spark, files[0].toString(), files[1].toString(), TODAY, new PrintWriter(new StringWriter()));
        assertThat(fromParquet).isEqualTo(csvJob.evaluate(List.of(Regime.EU)).collectAsList().stream().map(Row::toString).toList());
    }
}
