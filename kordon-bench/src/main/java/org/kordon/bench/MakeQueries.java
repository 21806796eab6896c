package org.kordon.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.Query;
import org.kordon.model.ListSnapshot;

/**
 * Writes a queries.csv for batch runs of {@code kordon screen}: {@link BenchQueries#mixed} over the OFAC SDN
 * (half listed names, some perturbed; half common first-name + surname pairs and company names that are not listed),
 * fixed seed.
 *
 * <p>Run: {@code java -cp kordon-bench/target/benchmarks.jar org.kordon.bench.MakeQueries queries.csv 100000}
 */
public final class MakeQueries {
    private MakeQueries() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "queries.csv");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        ListSnapshot sdn = ListLoader.load(List.of(BenchData.listsDir().resolve("ofac/sdn.csv")), LoadOptions.defaults()).snapshot();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.print("id,name\n");
            for (Query q : BenchQueries.mixed(sdn, n, 7)) {
                w.print(q.id() + ",\"" + q.name().replace("\"", "\"\"") + "\"\n");
            }
        }
        System.out.println("wrote " + n + " queries to " + out);
    }
}
