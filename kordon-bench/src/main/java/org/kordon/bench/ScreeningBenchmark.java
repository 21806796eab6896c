package org.kordon.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.ListSnapshot;
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
 * Name queries against all shared lists together: Kordon's indexed screener beside the brute-force baseline
 * (Jaro-Winkler against every listed name, the classic OFAC-style approach), same queries, same run.
 *
 * <p>Queries: {@link BenchQueries#mixed} — listed names, perturbed as users type them (reordered, a token dropped,
 * a typo), and names that are not listed, drawn with a fixed seed. Run with 2 threads for the batch rate and 1 for
 * single-query latency:
 * <pre>
 * ./mvnw -q -pl kordon-bench -am -DskipTests package
 * java -jar kordon-bench/target/benchmarks.jar ScreeningBenchmark -f 1 -wi 3 -i 5 -t 2 -bm thrpt -tu s
 * java -jar kordon-bench/target/benchmarks.jar 'ScreeningBenchmark.kordon' -f 1 -wi 3 -i 5 -t 1 -bm sample -tu ms
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScreeningBenchmark {
    private Screener kordon;
    private Screener ofac;
    private Screener bruteForce;
    private List<Query> queries;

    @Setup(Level.Trial)
    public void setUp() {
        ListSnapshot s = ListLoader.load(List.of(BenchData.listsDir()), LoadOptions.defaults()).snapshot();
        kordon = Screeners.build(s, Algorithm.KORDON);
        ofac = Screeners.build(s, Algorithm.OFAC);
        bruteForce = Screeners.bruteForce(s);
        queries = BenchQueries.mixed(s, 4096, 42);
    }

    /** One query per call, cycling through the fixed set; each thread keeps its own cursor. */
    @State(Scope.Thread)
    public static class Cursor {
        int i;
    }

    private Query next(Cursor c) {
        Query q = queries.get(c.i);
        c.i = (c.i + 1) % queries.size();
        return q;
    }

    @Benchmark
    public List<Match> kordon(Cursor c) {
        return kordon.screen(next(c), Screeners.DEFAULT_THRESHOLD, 5);
    }

    @Benchmark
    public List<Match> ofacParity(Cursor c) {
        return ofac.screen(next(c), Screeners.DEFAULT_THRESHOLD, 5);
    }

    @Benchmark
    public List<Match> bruteForceBaseline(Cursor c) {
        return bruteForce.screen(next(c), Screeners.DEFAULT_THRESHOLD, 5);
    }
}
