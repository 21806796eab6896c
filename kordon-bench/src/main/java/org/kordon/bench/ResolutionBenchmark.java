package org.kordon.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.ListSnapshot;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.Resolver;
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
 * Resolution of all the shared lists (issue 25), beside their load (the baseline).
 *
 * <ul>
 *   <li>{@code load}: every shared list through {@link ListLoader}, as {@code LoadBenchmark}'s {@code all} row;</li>
 *   <li>{@code screenerBuild}: the screening index over the loaded snapshot, which screening builds anyway;</li>
 *   <li>{@code resolve}: resolution with the index already built (what a load adds when the server shares the
 *       screener with resolution);</li>
 *   <li>{@code buildAndResolve}: index and resolution together ({@link Resolver#resolve(ListSnapshot)}).</li>
 * </ul>
 * Run from the Kordon folder, with {@code ../shared/data/lists} beside it:
 * <pre>
 * ./mvnw -q -pl kordon-bench -am -DskipTests package
 * java -jar kordon-bench/target/benchmarks.jar ResolutionBenchmark -f 1 -wi 2 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ResolutionBenchmark {
    private ListSnapshot snapshot;
    private Screener screener;

    @Setup
    public void setUp() {
        snapshot = load();
        screener = Screeners.build(snapshot, Algorithm.KORDON);
    }

    @Benchmark
    public ListSnapshot load() {
        return ListLoader.load(List.of(BenchData.listsDir()), LoadOptions.defaults()).snapshot();
    }

    @Benchmark
    public Screener screenerBuild() {
        return Screeners.build(snapshot, Algorithm.KORDON);
    }

    @Benchmark
    public Resolution resolve() {
        return Resolver.resolve(snapshot, screener);
    }

    @Benchmark
    public Resolution buildAndResolve() {
        return Resolver.resolve(snapshot);
    }
}
