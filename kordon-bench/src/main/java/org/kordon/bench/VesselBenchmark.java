package org.kordon.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.maritime.ImoNumber;
import org.kordon.maritime.OwnerCheck;
import org.kordon.maritime.VesselData;
import org.kordon.maritime.VesselMatch;
import org.kordon.maritime.VesselProfile;
import org.kordon.maritime.VesselProfiles;
import org.kordon.maritime.VesselQuery;
import org.kordon.maritime.VesselScreener;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Schema;
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
 * Vessel screening and vessel profiles over all shared lists, beside the baseline of the plain name screen (what
 * {@code kordon screen --schema Vessel} does with a vessel's name), in the same run.
 *
 * <p>Queries (fixed seed 42, 2,048): listed vessels with an IMO number, half queried with IMO + listed name + a
 * flag, half with the name alone; profiles for the same IMO numbers, with the shadow-fleet data and the owner
 * check against the lists. Run:
 * <pre>
 * java -jar kordon-bench/target/benchmarks.jar VesselBenchmark -f 1 -wi 2 -w 3 -i 3 -r 3 -t 1 -bm thrpt -tu s
 * </pre>
 * Vessel data: {@code -Dkordon.vessels=<dir>}, else {@code ../shared/data/maritime/ftm-shadowfleet}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class VesselBenchmark {
    private Screener names;
    private VesselScreener vessels;
    private VesselProfiles profiles;
    private List<VesselQuery> withImo;
    private List<VesselQuery> nameOnly;
    private List<Query> baseline;
    private List<ImoNumber> imos;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ListSnapshot s = ListLoader.load(List.of(BenchData.listsDir()), LoadOptions.defaults()).snapshot();
        names = Screeners.build(s, Algorithm.KORDON);
        vessels = VesselScreener.build(s, names);
        VesselData data = VesselData.load(Path.of(System.getProperty("kordon.vessels", "../shared/data/maritime/ftm-shadowfleet")));
        profiles = VesselProfiles.of(s, data, OwnerCheck.listed(s, names), LocalDate.of(2026, 11, 24));
        List<Entity> listed = new ArrayList<>();
        for (Entity e : s.entities()) {
            if (e.schema() == Schema.VESSEL && !e.identifiers(IdType.IMO).isEmpty()
                    && ImoNumber.isValid(e.identifiers(IdType.IMO).get(0).value())) {
                listed.add(e);
            }
        }
        Random r = new Random(42);
        withImo = new ArrayList<>();
        nameOnly = new ArrayList<>();
        baseline = new ArrayList<>();
        imos = new ArrayList<>();
        for (int i = 0; i < 2048; i++) {
            Entity e = listed.get(r.nextInt(listed.size()));
            ImoNumber imo = ImoNumber.parse(Identifier.normalize(IdType.IMO, e.identifiers(IdType.IMO).get(0).value()));
            String flag = e.vessel() != null && e.vessel().flag() != null && e.vessel().flag().length() == 2 ? e.vessel().flag() : null;
            withImo.add(new VesselQuery("q" + i, imo, e.caption(), flag, null, null));
            nameOnly.add(new VesselQuery("q" + i, null, e.caption(), null, null, null));
            baseline.add(new Query("q" + i, e.caption(), Schema.VESSEL, null, null, List.of()));
            imos.add(imo);
        }
    }

    /** Each thread's position in the fixed query list. */
    @State(Scope.Thread)
    public static class Cursor {
        int i;

        int next() {
            i = (i + 1) % 2048;
            return i;
        }
    }

    @Benchmark
    public List<VesselMatch> vesselImoNameFlag(Cursor c) {
        return vessels.screen(withImo.get(c.next()), 5);
    }

    @Benchmark
    public List<VesselMatch> vesselNameOnly(Cursor c) {
        return vessels.screen(nameOnly.get(c.next()), 5);
    }

    @Benchmark
    public List<Match> baselineNameScreen(Cursor c) {
        return names.screen(baseline.get(c.next()), Screeners.DEFAULT_THRESHOLD, 5);
    }

    @Benchmark
    public VesselProfile profile(Cursor c) {
        return profiles.profile(imos.get(c.next()));
    }
}
