package org.kordon.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kordon.lists.ListDiff;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.model.ListSnapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ListDiff} on full lists: the OFAC SDN of July 2021 against that of May 2024 (6,870 added, 881 removed,
 * 1,316 changed), and a version against itself (the common daily case: little or nothing changed).
 *
 * <pre>
 * java -jar kordon-bench/target/benchmarks.jar DiffBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DiffBenchmark {
    private ListSnapshot sdn2021;
    private ListSnapshot sdn2024;
    private ListSnapshot sdn2024Again;

    @Setup
    public void setUp() {
        var dir = BenchData.listsDir().resolve("ofac");
        sdn2021 = ListLoader.load(List.of(dir.resolve("bench-2021/sdn.csv")), LoadOptions.defaults()).snapshot();
        sdn2024 = ListLoader.load(List.of(dir.resolve("sdn.csv")), LoadOptions.defaults()).snapshot();
        sdn2024Again = ListLoader.load(List.of(dir.resolve("sdn.csv")), LoadOptions.defaults()).snapshot();
    }

    @Benchmark
    public ListDiff threeYearsApart() {
        return ListDiff.compute(sdn2021, sdn2024);
    }

    @Benchmark
    public ListDiff unchanged() {
        return ListDiff.compute(sdn2024, sdn2024Again);
    }
}
