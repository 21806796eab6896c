package org.kordon.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.kordon.documents.DocumentScanner;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.NameTokens;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scanning documents against all shared lists on 2 cores: {@link DocumentScanner} beside the naive baseline, in the
 * same run. Each operation scans a corpus of news-like documents ({@link BenchText}, fixed seeds), two at a time
 * (a parallel stream: the caller and one pool thread on a 2-core machine).
 *
 * <ul>
 *   <li>{@code scannerCold}: a scanner built afresh before each iteration (not timed), so its caches of screened
 *       names and folded words start empty: every name is seen for the first time. 16 documents of 16 Ki chars.</li>
 *   <li>{@code scannerWarm}: the same scanner scans 16 other documents after a first corpus: names that recur
 *       (as they do across a news stream) are answered from its caches.</li>
 *   <li>{@code naiveSubstring}: each sentence folded as the screener folds names, then every listed name and alias,
 *       folded the same way, looked for as a substring ("try every listed name against every sentence" without a
 *       screener call per pair, which would be slower still). Only 2 of the documents: it is that slow.</li>
 * </ul>
 * MB/s = corpus UTF-8 bytes / time per operation (printed at setup).
 *
 * <pre>
 * ./mvnw -q -pl kordon-bench -am -DskipTests package
 * java -jar kordon-bench/target/benchmarks.jar DocumentScanBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DocumentScanBenchmark {
    static final int DOCS = 16;
    static final int CHARS = 16 * 1024;

    /** The lists, the corpora and the baseline's folded names, loaded once. */
    @State(Scope.Benchmark)
    public static class Data {
        ListSnapshot snapshot;
        List<String> corpus;
        List<String> secondCorpus;
        List<String> baselineCorpus;
        List<String> listedKeys;

        @Setup(Level.Trial)
        public void setUp() {
            snapshot = ListLoader.load(List.of(BenchData.listsDir()), LoadOptions.defaults()).snapshot();
            corpus = corpus(1);
            secondCorpus = corpus(1001);
            baselineCorpus = corpus.subList(0, 2);
            Set<String> keys = new HashSet<>();
            for (Entity e : snapshot.entities()) {
                for (Name n : e.names()) {
                    List<String> f = NameTokens.fold(n.value());
                    if (!f.isEmpty()) {
                        keys.add(" " + String.join(" ", f) + " ");
                    }
                }
            }
            listedKeys = new ArrayList<>(keys);
            System.out.printf("%ncorpus: %d documents, %,d UTF-8 bytes; baseline corpus: %,d UTF-8 bytes; %,d listed name keys%n",
                    corpus.size(), bytes(corpus), bytes(baselineCorpus), listedKeys.size());
        }

        private List<String> corpus(long firstSeed) {
            List<String> docs = new ArrayList<>(DOCS);
            for (int i = 0; i < DOCS; i++) {
                docs.add(BenchText.generate(snapshot, CHARS, firstSeed + i));
            }
            return docs;
        }

        static long bytes(List<String> docs) {
            return docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        }
    }

    /** A scanner with empty caches, built before each iteration. */
    @State(Scope.Benchmark)
    public static class Cold {
        DocumentScanner scanner;

        @Setup(Level.Iteration)
        public void setUp(Data d) {
            scanner = DocumentScanner.build(d.snapshot);
        }
    }

    /** A scanner that has scanned one corpus already, built before each iteration. */
    @State(Scope.Benchmark)
    public static class Warm {
        DocumentScanner scanner;

        @Setup(Level.Iteration)
        public void setUp(Data d) {
            scanner = DocumentScanner.build(d.snapshot);
            d.corpus.parallelStream().forEach(scanner::scan);
        }
    }

    @Benchmark
    public long scannerCold(Data d, Cold c) {
        return d.corpus.parallelStream().mapToLong(t -> c.scanner.scan(t).size()).sum();
    }

    @Benchmark
    public long scannerWarm(Data d, Warm w) {
        return d.secondCorpus.parallelStream().mapToLong(t -> w.scanner.scan(t).size()).sum();
    }

    @Benchmark
    public long naiveSubstring(Data d) {
        return d.baselineCorpus.parallelStream().mapToLong(doc -> {
            long found = 0;
            for (String sentence : doc.split("(?<=[.!?])\\s+")) {
                String folded = " " + String.join(" ", NameTokens.fold(sentence)) + " ";
                for (String key : d.listedKeys) {
                    if (folded.contains(key)) {
                        found++;
                    }
                }
            }
            return found;
        }).sum();
    }
}
