package org.kordon.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.kordon.lists.ListFormatException;
import org.kordon.matching.Screeners;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Entry point of the Spark jobs, for {@code spark-submit} on a cluster and {@code ./kordon spark} in local mode.
 *
 * <pre>
 * spark-submit --class org.kordon.spark.KordonSpark kordon-spark.jar screen --list lists/ --input queries.csv --output results.csv
 * ./kordon spark screen --list lists/ --input queries.csv --output results.csv --master local[2]
 * spark-submit --class org.kordon.spark.KordonSpark kordon-spark.jar anomalies --flows comtrade.csv --hubs KZ,KG,AM --output anomalies.csv
 * ./kordon spark anomalies --flows comtrade.csv mirror.parquet --output anomalies.csv --metric mirror_gap --master local[2]
 * </pre>
 */
@Command(name = "kordon spark", mixinStandardHelpOptions = true, subcommands = {KordonSpark.Screen.class, KordonSpark.Anomalies.class},
        description = "Kordon's engines as Apache Spark jobs.")
public final class KordonSpark implements Runnable {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;
    static final int IO_ERROR = 4;

    @Spec CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 2 usage, 3 bad input, 4 I/O error). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new KordonSpark());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("kordon spark: " + e.getMessage());
            return e instanceof ListFormatException || e instanceof IllegalArgumentException ? BAD_INPUT : IO_ERROR;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a job: screen, anomalies");
    }

    /** {@code screen}: queries.csv to results.csv, with the list version. */
    @Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Screen a CSV file of subjects against sanctions lists, on Spark.",
            footer = {"", "queries.csv: id,name, optional schema,birth_date,country,identifier (as kordon screen).",
                    "results.csv: query_id,rank,entity_id,score,matched_name,schema,explanation,list_version"})
    static final class Screen implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--list", required = true, arity = "1..*", paramLabel = "<file-or-dir>",
                description = "List files or folders, read once by the driver.") List<Path> lists = new ArrayList<>();
        @Option(names = {"-i", "--input"}, required = true, paramLabel = "<queries.csv>") String input;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<results.csv>") String output;
        @Option(names = "--master", paramLabel = "<url>",
                description = "Spark master, e.g. local[2]; default: spark-submit's, else local[*].") String master;
        @Option(names = {"-t", "--threshold"}, paramLabel = "T", description = "Lowest score reported, 0..1 (default: as kordon screen).")
        Double threshold;
        @Option(names = {"-k", "--top"}, paramLabel = "K", defaultValue = "5", description = "At most K matches per query (default: ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter err = spec.commandLine().getErr();
            double t = threshold != null ? threshold : Screeners.DEFAULT_THRESHOLD;
            if (t < 0 || t > 1 || Double.isNaN(t)) {
                err.println("kordon spark: --threshold must be between 0 and 1, got " + t);
                return USAGE;
            }
            if (top < 1) {
                err.println("kordon spark: --top must be at least 1, got " + top);
                return USAGE;
            }
            if (!input.contains("://") && !Files.isRegularFile(Path.of(input))) {
                err.println("kordon spark: cannot read " + input + ": no such file");
                return IO_ERROR;
            }
            try (SparkSession spark = session(master)) {
                long t0 = System.nanoTime();
                ScreenJob job = ScreenJob.prepare(spark, lists);
                Dataset<Row> results = job.screen(ScreenJob.readQueries(spark, input), t, top);
                ScreenJob.writeCsv(results, output);
                double secs = (System.nanoTime() - t0) / 1e9;
                err.printf(Locale.ROOT, "kordon spark: screened %,d, rejected %,d row(s) in %.1f s (%,.1f rows/s) on %s, lists %s; results in %s%n",
                        job.screenedCount(), job.rejectedCount(), secs, job.screenedCount() / Math.max(secs, 1e-9),
                        spark.sparkContext().master(), job.listVersion(), output);
            }
            return OK;
        }
    }

    /** {@code anomalies}: Comtrade tables to anomalies.csv, did_growth and mirror_gap as {@code kordon trade anomalies}. */
    @Command(name = "anomalies", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Rank trade-diversion anomalies (did_growth, mirror_gap) over UN Comtrade tables, on Spark.",
            footer = {"", "Example:",
                    "  kordon spark anomalies --flows comtrade.csv mirror.parquet --output anomalies.csv --hubs KZ,KG,AM --since 2022-03",
                    "", "Flows: UN Comtrade CSV (current or legacy API columns) or Parquet with the same columns (path ending .parquet).",
                    "anomalies.csv: rank,metric,reporter,partner,hs6,controlled,value,baseline,post,detail (as kordon trade anomalies)."})
    static final class Anomalies implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--flows", required = true, arity = "1..*", paramLabel = "<FILE>",
                description = "Comtrade tables, in order: a cell given by two is taken from the first.") List<String> flows = new ArrayList<>();
        @Option(names = "--hubs", paramLabel = "<cc>", split = ",",
                description = "Hub countries (ISO alpha-2). Default: the bundled diversion-risk countries.") List<String> hubs = new ArrayList<>();
        @Option(names = "--since", paramLabel = "<YYYY-MM>", defaultValue = "2022-03",
                description = "First period after (YYYY-MM, YYYYMM or YYYY; default ${DEFAULT-VALUE}).") String since;
        @Option(names = "--metric", paramLabel = "<name>", defaultValue = "all",
                description = "did_growth, mirror_gap or all (default ${DEFAULT-VALUE}).") String metric;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<anomalies.csv>") String output;
        @Option(names = "--master", paramLabel = "<url>",
                description = "Spark master, e.g. local[2]; default: spark-submit's, else local[*].") String master;

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter err = spec.commandLine().getErr();
            AnomaliesJob job;
            java.util.Set<org.kordon.trade.Anomaly.Metric> metrics;
            try {
                org.kordon.trade.Period from = org.kordon.trade.Period.parse(since);
                metrics = AnomaliesJob.metrics(metric);
                java.util.Set<String> h = new java.util.LinkedHashSet<>();
                hubs.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(h::add);
                job = h.isEmpty() ? new AnomaliesJob(AnomaliesJob.defaults().hubs(), from) : new AnomaliesJob(h, from);
            } catch (IllegalArgumentException e) {
                err.println("kordon spark: " + (e.getMessage().startsWith("period") ? "--since: " : "") + e.getMessage());
                return USAGE;
            }
            for (String f : flows) {
                if (!f.contains("://") && !Files.exists(Path.of(f))) {
                    err.println("kordon spark: cannot read " + f + ": no such file");
                    return IO_ERROR;
                }
            }
            try (SparkSession spark = session(master)) {
                long t0 = System.nanoTime();
                Dataset<Row> cells = AnomaliesJob.readFlows(spark, flows);
                Dataset<Row> anomalies = job.compute(cells, metrics).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
                AnomaliesJob.writeCsv(anomalies, output);
                java.util.Map<String, Long> per = new java.util.TreeMap<>();
                for (Row r : anomalies.groupBy("metric").count().collectAsList()) {
                    per.put(r.getString(0), r.getLong(1));
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                err.printf(Locale.ROOT, "kordon spark: %,d anomalies (did_growth %,d, mirror_gap %,d) from %d file(s) in %.1f s on %s; results in %s%n",
                        per.values().stream().mapToLong(Long::longValue).sum(), per.getOrDefault("did_growth", 0L), per.getOrDefault("mirror_gap", 0L),
                        flows.size(), secs, spark.sparkContext().master(), output);
            } catch (org.kordon.trade.TradeFormatException e) {
                err.println("kordon spark: " + e.getMessage());
                return BAD_INPUT;
            }
            return OK;
        }
    }

    static SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("kordon");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
