package org.kordon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;

/**
 * A rough speed check on the real OFAC SDN list in {@code ../shared/data} (read here with a minimal CSV
 * reader, to keep kordon-lists out of this module's dependencies). Off by default; run with
 * {@code ./run-tests -pl kordon-matching -am -Dkordon.perf=true -Dtest=PerformanceCheckTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * The benchmarks module measures properly (JMH, all lists); this only guards against gross regressions.
 */
@EnabledIfSystemProperty(named = "kordon.perf", matches = "true")
class PerformanceCheckTest {
    @Test
    void screen_realSdnList_isFastAndFindsPerturbedNames() throws Exception {
        Path dir = Path.of(System.getProperty("kordon.shared.dir", "../../shared"), "data", "lists", "ofac");
        assumeTrue(Files.exists(dir.resolve("sdn.csv")), "no shared OFAC list");
        ListSnapshot snap = loadSdn(dir, "ofac-sdn:");
        if (Boolean.getBoolean("kordon.perf.double") && Files.exists(dir.resolve("bench-2021/sdn.csv"))) {
            // the 2021 SDN beside today's: twice the names, most of them twice, so postings are twice as long
            List<Entity> both = new ArrayList<>(snap.entities());
            both.addAll(loadSdn(dir.resolve("bench-2021"), "ofac-sdn-2021:").entities());
            snap = new ListSnapshot(snap.sources(), both);
        }
        long t0 = System.nanoTime();
        Screener kordon = Screeners.build(snap, Algorithm.KORDON);
        long t1 = System.nanoTime();
        Screener brute = Screeners.bruteForce(snap);
        Screener ofac = Screeners.build(snap, Algorithm.OFAC);
        System.out.printf("entities %d, names %d, build %.1f s%n", snap.size(),
                snap.entities().stream().mapToInt(e -> e.names().size()).sum(), (t1 - t0) / 1e9);

        Random rnd = new Random(42);
        List<String> queries = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<Entity> es = snap.entities();
        for (int k = 0; k < 4000; k++) {
            Entity e = es.get(rnd.nextInt(es.size()));
            String n = e.names().get(rnd.nextInt(e.names().size())).value();
            queries.add(perturb(n, rnd));
            expected.add(e.id());
        }
        for (int k = 0; k < 1000; k++) {
            queries.add(NEGATIVES[k % NEGATIVES.length] + (k < NEGATIVES.length ? "" : " " + (char) ('a' + k % 26)));
            expected.add(null);
        }
        for (int k = 0; k < 500; k++) { // warm up
            kordon.screen(Query.of(queries.get(k)), Screeners.DEFAULT_THRESHOLD, 10);
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        if (Boolean.getBoolean("kordon.perf.verbose")) {
            NameIndex idx = new NameIndex(snap, NameAnalyzer.DEFAULT);
            long p0 = mx.getCurrentThreadCpuTime();
            for (String q : queries) {
                QueryPlan.of(Query.of(q), NameAnalyzer.DEFAULT, idx, false);
            }
            long p1 = mx.getCurrentThreadCpuTime();
            for (String q : queries) {
                NameAnalyzer.DEFAULT.analyze(q);
            }
            long p2 = mx.getCurrentThreadCpuTime();
            System.out.printf("plan %.3f ms/query of which analysis %.3f ms%n", (p1 - p0) / 1e6 / queries.size(), (p2 - p1) / 1e6 / queries.size());
        }
        long[] lat = new long[queries.size()];
        int found = 0;
        int positives = 0;
        for (int k = 0; k < queries.size(); k++) {
            long a = mx.getCurrentThreadCpuTime();
            List<Match> r = kordon.screen(Query.of(queries.get(k)), Screeners.DEFAULT_THRESHOLD, 10);
            lat[k] = mx.getCurrentThreadCpuTime() - a;
            if (expected.get(k) != null) {
                positives++;
                String id = expected.get(k);
                if (r.stream().anyMatch(m -> m.entity().id().equals(id))) {
                    found++;
                }
            }
        }
        if (Boolean.getBoolean("kordon.perf.verbose")) {
            Integer[] order = new Integer[lat.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (x, y) -> Long.compare(lat[y], lat[x]));
            for (int k = 0; k < 15; k++) {
                System.out.printf("slow %.1f ms: %s%n", lat[order[k]] / 1e6, queries.get(order[k]));
            }
            int shown = 0;
            for (int k = 0; k < queries.size() && shown < 25; k++) {
                String id = expected.get(k);
                if (id != null) {
                    List<Match> r = kordon.screen(Query.of(queries.get(k)), 0.0, 3);
                    if (r.stream().noneMatch(m -> m.entity().id().equals(id) && m.score() >= Screeners.DEFAULT_THRESHOLD)) {
                        shown++;
                        System.out.println("miss " + queries.get(k) + " (" + id + ") -> "
                                + (r.isEmpty() ? "nothing" : r.get(0).entity().id() + " " + r.get(0).explanation().summary()));
                    }
                }
            }
        }
        // the index finds what a full scan finds, on the real list too (a sample: the full scan is slow)
        KordonScreener ks = (KordonScreener) kordon;
        int differ = 0;
        for (int k = 0; k < queries.size(); k += 50) {
            Query q = Query.of(queries.get(k));
            List<String> a = ks.screen(q, Screeners.DEFAULT_THRESHOLD, 20).stream().map(m -> m.entity().id() + m.score()).toList();
            List<String> b = ks.screenFullScan(q, Screeners.DEFAULT_THRESHOLD, 20).stream().map(m -> m.entity().id() + m.score()).toList();
            if (!a.equals(b)) {
                differ++;
                System.out.println("index differs from full scan for " + q.name() + ": " + a + " vs " + b);
            }
        }
        assertThat(differ).isZero();
        Arrays.sort(lat);
        System.out.printf("single-thread CPU time: p50 %.2f ms, p99 %.2f ms, max %.2f ms; recall of perturbed names %.3f%n",
                lat[lat.length / 2] / 1e6, lat[lat.length * 99 / 100] / 1e6, lat[lat.length - 1] / 1e6, (double) found / positives);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        long b0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            final int off = t;
            fs.add(pool.submit(() -> {
                for (int k = off; k < queries.size(); k += 2) {
                    kordon.screen(Query.of(queries.get(k)), Screeners.DEFAULT_THRESHOLD, 10);
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double qps = queries.size() / ((System.nanoTime() - b0) / 1e9);
        pool.shutdown();
        System.out.printf("batch on 2 threads: %.0f queries/s%n", qps);

        long c0 = System.nanoTime();
        for (int k = 0; k < 100; k++) {
            brute.screen(Query.of(queries.get(k)), 0.9, 10);
        }
        double bruteQps = 100 / ((System.nanoTime() - c0) / 1e9);
        long d0 = System.nanoTime();
        for (int k = 0; k < 500; k++) {
            ofac.screen(Query.of(queries.get(k)), 0.85, 10);
        }
        double ofacQps = 500 / ((System.nanoTime() - d0) / 1e9);
        System.out.printf("brute force: %.0f queries/s single-thread; OFAC mode %.0f queries/s%n", bruteQps, ofacQps);
        assertThat(lat[lat.length * 99 / 100]).isLessThan(50_000_000L);
    }

    static final String[] NEGATIVES = {"John Smith", "Maria Garcia", "Deutsche Bank", "Bank of America", "George Bush",
        "Emma Daniels", "Acme Trading LLC", "Vladimir Pozner", "Roman Abramov", "Ivan Petrov", "Olga Ivanova",
        "Mohammed Salah", "Ali Hassan", "Global Shipping Ltd", "Sunrise Holdings", "Wei Zhang", "Kim Min-jun"};

    static String perturb(String name, Random rnd) {
        String[] w = name.replace(",", "").split(" ");
        switch (rnd.nextInt(4)) {
            case 0 -> { // reorder
                List<String> l = new ArrayList<>(Arrays.asList(w));
                java.util.Collections.reverse(l);
                return String.join(" ", l);
            }
            case 1 -> { // one typo in the longest word
                int at = 0;
                for (int i = 1; i < w.length; i++) {
                    if (w[i].length() > w[at].length()) {
                        at = i;
                    }
                }
                if (w[at].length() > 5) {
                    char[] c = w[at].toCharArray();
                    int p = 1 + rnd.nextInt(c.length - 2);
                    char x = c[p];
                    c[p] = c[p + 1];
                    c[p + 1] = x;
                    w[at] = new String(c);
                }
                return String.join(" ", w);
            }
            case 2 -> {
                return name.toLowerCase(java.util.Locale.ROOT);
            }
            default -> {
                return name;
            }
        }
    }

    /** sdn.csv and alt.csv: ent_num, name, type, ...; alt: ent_num, alt_num, type, name. */
    static ListSnapshot loadSdn(Path dir) throws IOException {
        return loadSdn(dir, "ofac-sdn:");
    }

    static ListSnapshot loadSdn(Path dir, String idPrefix) throws IOException {
        Map<String, Entity.Builder> byId = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
            List<String> f = csv(line);
            if (f.size() < 3) {
                continue;
            }
            String type = f.get(2).strip();
            Schema s = type.equals("individual") ? Schema.PERSON : type.equals("vessel") ? Schema.VESSEL
                    : type.equals("aircraft") ? Schema.AIRCRAFT : Schema.ORGANIZATION;
            byId.put(f.get(0), Entity.builder(idPrefix + f.get(0), s).name(f.get(1), NameKind.PRIMARY).source(Fixtures.SOURCE));
        }
        for (String line : Files.readAllLines(dir.resolve("alt.csv"), StandardCharsets.ISO_8859_1)) {
            List<String> f = csv(line);
            if (f.size() < 4 || !byId.containsKey(f.get(0))) {
                continue;
            }
            byId.get(f.get(0)).name(f.get(3), f.get(2).contains("weak") ? NameKind.WEAK_ALIAS : NameKind.ALIAS);
        }
        List<Entity> es = new ArrayList<>();
        for (Entity.Builder b : byId.values()) {
            es.add(b.build());
        }
        return new ListSnapshot(List.of(Fixtures.SOURCE), es);
    }

    private static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (c == ',' && !q) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }
}
