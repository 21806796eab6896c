package org.kordon.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.model.ListSnapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to load each shared list, and all of them together, through {@link ListLoader}.
 *
 * <p>Run from the Kordon folder, with {@code ../shared/data/lists} beside it:
 * <pre>
 * ./mvnw -q -pl kordon-bench -am -DskipTests package
 * java -jar kordon-bench/target/benchmarks.jar LoadBenchmark -f 1 -wi 2 -i 5
 * </pre>
 * The {@code all} row is the target of issue 3: every shared list together in under 5 s on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class LoadBenchmark {
    @Param({"ofac/sdn.csv", "ofac/CONS_ENHANCED.ZIP", "un/UN_consolidated.xml", "eu/32014R0269.csv", "eu/32014R0833.csv",
            "uk/OFSI_ConList_2025-04-10.xlsx", "uk/FCDO_SL_Mon_Aug_11_2025.ods", "opensanctions/us_congress_senzing.json", "all"})
    public String list;

    private Path path;

    @org.openjdk.jmh.annotations.Setup
    public void setUp() {
        Path root = BenchData.listsDir();
        path = list.equals("all") ? root : root.resolve(list);
    }

    @Benchmark
    public ListSnapshot load() {
        return ListLoader.load(List.of(path), LoadOptions.defaults()).snapshot();
    }
}
