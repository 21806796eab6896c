package org.kordon.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.Share;
import org.kordon.ownership.Stake;

/**
 * Writes the generated scale-free graph of {@link OwnershipGraphs} as stakes.csv and listed.csv, for timing
 * {@code kordon ownership} end to end.
 *
 * <p>Run: {@code java -cp kordon-bench/target/benchmarks.jar org.kordon.bench.MakeStakes <dir> [companies] [stakes] [listed]}
 */
public final class MakeStakes {
    private MakeStakes() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int companies = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int stakes = args.length > 2 ? Integer.parseInt(args[2]) : 3_000_000;
        int listed = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        OwnershipGraph g = OwnershipGraphs.scaleFree(companies, stakes, 42);
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("stakes.csv"), StandardCharsets.UTF_8)) {
            w.write("owner_id,owned_id,share_min,share_max,type,start,end\n");
            for (Stake s : g.stakes()) {
                Share sh = s.share();
                String min = sh.isUnknown() ? "" : sh.min().toPlainString();
                String max = sh.isUnknown() ? "" : sh.max().toPlainString();
                w.write(s.owner() + "," + s.owned() + "," + min + "," + max + "," + s.type().code() + ",,\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("listed.csv"), StandardCharsets.UTF_8)) {
            w.write("entity_id\n");
            for (String id : OwnershipGraphs.listed(companies, listed, 7)) {
                w.write(id + "\n");
            }
        }
    }
}
