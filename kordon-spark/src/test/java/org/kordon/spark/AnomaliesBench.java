package org.kordon.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.kordon.trade.Anomaly;
import org.kordon.trade.Period;
import org.kordon.trade.TradeAnomalies;
import org.kordon.trade.TradeFlows;

/**
 * Times the anomalies job (did_growth and mirror_gap, read + compute + write one CSV) in local[1] and local[2] against
 * {@code TradeAnomalies} (load + compute, all four metrics as {@code kordon trade anomalies} computes them) on one
 * generated Comtrade data set. Not a test; the command is in docs/SCALE.md.
 *
 * <pre>
 * java -cp ... org.kordon.spark.AnomaliesBench [exporters (default 60)] [months (default 30)] [runs (default 3)]
 * </pre>
 */
public final class AnomaliesBench {
    private AnomaliesBench() {
    }

    public static void main(String[] args) throws Exception {
        int exporters = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path dir = Files.createTempDirectory("kordon-anomalies-bench");
        try {
            List<Path> files = ComtradeFixtures.generate(dir, 20221, exporters, months);
            long rows = 0;
            long bytes = 0;
            for (Path f : files) {
                try (Stream<String> l = Files.lines(f)) {
                    rows += l.count() - 1;
                }
                bytes += Files.size(f);
            }
            System.out.printf(Locale.ROOT, "data: %d exporters, %d months: %,d rows, %.1f MB in %d files; %d cores, max heap %,d MB%n",
                    exporters, months, rows, bytes / 1e6, files.size(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            AnomaliesJob job = new AnomaliesJob(AnomaliesJobTest.HUBS, new Period(2022, 3));
            TradeAnomalies local = TradeAnomalies.builder().hubs(AnomaliesJobTest.HUBS).since(new Period(2022, 3)).build();
            long expected = 0;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < runs + 1; i++) { // the first run warms the JIT
                long t0 = System.nanoTime();
                List<Anomaly> all = local.compute(TradeFlows.load(files));
                expected = all.stream().filter(a -> AnomaliesJob.METRICS.contains(a.metric())).count();
                double s = (System.nanoTime() - t0) / 1e9;
                if (i > 0) {
                    best = Math.min(best, s);
                }
            }
            System.out.printf(Locale.ROOT, "TradeAnomalies (one thread, load + compute): best of %d %.2f s; %,d did_growth + mirror_gap rows%n",
                    runs, best, expected);
            for (String master : List.of("local[1]", "local[2]")) {
                long s0 = System.nanoTime();
                SparkSession spark = KordonSpark.session(master);
                double startup = (System.nanoTime() - s0) / 1e9;
                best = Double.MAX_VALUE;
                long lines = 0;
                for (int i = 0; i < runs + 1; i++) {
                    Path out = dir.resolve("anomalies-" + i + ".csv");
                    long t0 = System.nanoTime();
                    AnomaliesJob.writeCsv(job.compute(AnomaliesJob.readFlows(spark, files.stream().map(Path::toString).toList()),
                            AnomaliesJob.METRICS), out.toString());
                    double s = (System.nanoTime() - t0) / 1e9;
                    if (i > 0) {
                        best = Math.min(best, s);
                    }
                    try (Stream<String> l = Files.lines(out)) {
                        lines = l.count() - 1;
                    }
                    spark.catalog().clearCache();
                }
                System.out.printf(Locale.ROOT, "Spark %s (read + compute + write): best of %d %.2f s; session start %.1f s; %,d rows%s%n", master, runs,
                        best, startup, lines, lines == expected ? "" : " (DIFFERENT COUNT)");
                spark.stop();
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
