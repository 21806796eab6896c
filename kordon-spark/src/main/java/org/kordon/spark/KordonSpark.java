package org.kordon.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.kordon.ownership.Regime;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.kordon.lists.UntrustedListException;
import org.kordon.input.InputFormatException;
import org.kordon.matching.QueryFields;
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
 * ./kordon spark ownership --stakes stakes.csv --listed listed.csv --regime ofac --output result.csv
 * ./kordon spark screen --list lists/ --input subjects.parquet --output results.parquet
 * spark-submit --class org.kordon.spark.KordonSpark kordon-spark.jar anomalies --flows comtrade.csv --hubs KZ,KG,AM --output anomalies.csv
 * ./kordon spark anomalies --flows comtrade.csv mirror.parquet --output anomalies.csv --metric mirror_gap --master local[2]
 * </pre>
 */
@Command(name = "kordon spark", mixinStandardHelpOptions = true, subcommands = {KordonSpark.Screen.class, KordonSpark.Ownership.class, KordonSpark.Anomalies.class},
        description = "Kordon's engines as Apache Spark jobs.")
public final class KordonSpark implements Runnable {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;
    static final int IO_ERROR = 4;
    /** As kordon-cli's ExitCode.UNTRUSTED_LISTS: a list is empty, truncated or not current; nothing was screened. */
    static final int UNTRUSTED_LISTS = 6;

    @Spec CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 2 usage, 3 bad input, 4 I/O error, 6 lists refused). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new KordonSpark());
        cl.setCaseInsensitiveEnumValuesAllowed(true); // --input-format parquet
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UntrustedListException) {
                line.getErr().println("kordon spark: refusing lists: " + e.getMessage());
                return UNTRUSTED_LISTS;
            }
            String malformed = malformedInput(e);
            // one "kordon spark: " line per line of the message, as kordon prints each bad row
            String message = malformed != null ? malformed : String.valueOf(e.getMessage());
            message.lines().forEach(l -> line.getErr().println("kordon spark: " + l));
            return malformed != null || e instanceof IllegalArgumentException ? BAD_INPUT : IO_ERROR;
        });
        return cl.execute(args);
    }

    private static final java.util.regex.Pattern READING_FILE = java.util.regex.Pattern.compile("while reading file (\\S+?)\\.?\\s");
    private static final java.util.regex.Pattern MALFORMED_RECORD = java.util.regex.Pattern.compile(
            "\\[MALFORMED_CSV_RECORD\\] Malformed CSV record: (.*?)(?: SQLSTATE: \\w+)?$", java.util.regex.Pattern.DOTALL);
    private static final int EXCERPT_CHARS = 120;

    /**
     * What to say when a job failed on malformed input, or null: the message of an {@link InputFormatException} (the
     * family every format error of Kordon belongs to, {@link InputFault} among them) thrown by the driver or by a
     * task, whatever Spark wrapped it in; or a record Spark's CSV reader refused (a row with more or fewer fields than
     * the header, a quote not closed), named with its file and its first characters (Spark's reader does not know
     * lines). The one place a Spark run's input errors are mapped (to exit 3).
     */
    static String malformedInput(Throwable e) {
        String file = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputFormatException) {
                return t.getMessage();
            }
            String m = String.valueOf(t.getMessage());
            java.util.regex.Matcher f = READING_FILE.matcher(m);
            if (file == null && f.find()) {
                file = Tables.name(f.group(1));
            }
            java.util.regex.Matcher r = MALFORMED_RECORD.matcher(m);
            if (r.find()) {
                String record = r.group(1).strip();
                String excerpt = record.length() > EXCERPT_CHARS ? record.substring(0, EXCERPT_CHARS) + "..." : record;
                return (file == null ? "input" : file) + ": a record does not fit the header (a value holding a comma must be quoted; "
                        + "every row needs the header's fields; a quote must be closed): '" + excerpt.replace("\n", "\\n")
                        + "'; nothing written";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a job: screen, ownership or anomalies");
    }

    /** {@code screen}: queries (CSV or Parquet) to results (CSV or Parquet), with the list version. */
    @Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Screen subjects (CSV or Parquet) against sanctions lists, on Spark.",
            footer = {"", "Queries: id,name, optional schema,birth_date,country,identifier, as the",
                    "queries.csv of kordon screen. In Parquet, columns are strings; id and",
                    "identifier may be integers, birth_date a date or an integer year; other",
                    "types are refused. As in kordon screen, a subject is screened on its valid",
                    "fields: a bad schema, birth_date or country is ignored and said in the",
                    "explanation; only a row without a usable name is skipped.",
                    "Input format: --input-format, else Parquet when the path ends in .parquet",
                    "or is a folder of .parquet files, else CSV (UTF-8, header). On hdfs:// or",
                    "s3a://, name it .parquet or give --input-format.",
                    "",
                    "Results: query_id,rank,entity_id,score,matched_name,schema,explanation,",
                    "list_version. Output format: --output-format, else Parquet (a folder, as",
                    "Spark writes it) when the path ends in .parquet, else one CSV file in the",
                    "format of kordon screen."})
    static final class Screen implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--list", required = true, arity = "1..*", paramLabel = "<file-or-dir>",
                description = "List files or folders, read once by the driver.") List<Path> lists = new ArrayList<>();
        @Option(names = {"-i", "--input"}, required = true, paramLabel = "<queries.csv|.parquet>",
                description = "Subjects: a CSV file, a Parquet file or a folder of Parquet files.") String input;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<results.csv|.parquet>") String output;
        @Option(names = "--input-format", paramLabel = "csv|parquet",
                description = "Format of --input (default: from its name, see below).") Format inputFormat;
        @Option(names = "--output-format", paramLabel = "csv|parquet",
                description = "Format of --output (default: parquet when it ends in .parquet, else csv).") Format outputFormat;
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
            if (!input.contains("://") && !Files.exists(Path.of(input))) {
                err.println("kordon spark: cannot read " + input + ": no such file");
                return IO_ERROR;
            }
            Format in = inputFormat != null ? inputFormat : Format.ofInput(input);
            Format out = outputFormat != null ? outputFormat : Format.ofOutput(output);
            if (inputFormat == null && in == Format.CSV && !input.contains("://") && Files.isDirectory(Path.of(input))) {
                err.println("kordon spark: " + input + " is a folder without .parquet files; give --input-format csv|parquet");
                return USAGE;
            }
            try (SparkSession spark = session(master)) {
                long t0 = System.nanoTime();
                ScreenJob job = ScreenJob.prepare(spark, lists);
                Dataset<Row> queries = in == Format.PARQUET ? ScreenJob.readQueriesParquet(spark, input)
                        : ScreenJob.readQueries(spark, input);
                Tables.warnUnread(input, List.of(queries.columns()), QueryFields.COLUMNS, err);
                Dataset<Row> results = job.screen(queries, t, top);
                if (out == Format.PARQUET) {
                    ScreenJob.writeParquet(results, output);
                } else {
                    ScreenJob.writeCsv(results, output);
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                err.printf(Locale.ROOT, "kordon spark: screened %,d (%,d with fields ignored), rejected %,d row(s) in %.1f s (%,.1f rows/s) "
                                + "on %s, lists %s; results in %s%n",
                        job.screenedCount(), job.withIgnoredCount(), job.rejectedCount(), secs, job.screenedCount() / Math.max(secs, 1e-9),
                        spark.sparkContext().master(), job.listVersion(), output);
            }
            return OK;
        }
    }

    /** {@code ownership}: stakes.csv and listed.csv to result.csv, per regime. */
    @Command(name = "ownership", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Companies blocked or controlled through ownership by listed persons (OFAC 50%, EU, UK), on Spark.",
            footer = {"", "stakes.csv (or .parquet): owner_id,owned_id,share_min,share_max,type,start,end[,owned_kind] (as kordon ownership).",
                    "  The same stake given twice is counted once (with a warning); stakes in one company whose",
                    "  minimum shares add up to more than 100% are refused (exit 3), as by kordon ownership.",
                    "listed.csv (or .parquet): entity_id.",
                    "result.csv: entity_id,regime,status,share_min,share_max,evidence,link (link empty: nodes are listed by id)"})
    static final class Ownership implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--stakes", required = true, paramLabel = "<stakes.csv>", description = "Stakes, one per row; a path ending in .parquet is read as Parquet.")
        String stakes;
        @Option(names = "--listed", required = true, paramLabel = "<listed.csv>", description = "Listed entity ids (column entity_id).")
        String listed;
        @Option(names = "--regime", required = true, paramLabel = "ofac|eu|uk|all", description = "Rules to apply; all = ofac, eu, uk.")
        String regime;
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day the answer holds for (default: today, UTC).") String asOf;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "<result.csv>") String output;
        @Option(names = "--master", paramLabel = "<url>",
                description = "Spark master, e.g. local[2]; default: spark-submit's, else local[*].") String master;

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter err = spec.commandLine().getErr();
            List<Regime> regimes;
            try {
                regimes = regime.strip().equalsIgnoreCase("all") ? List.of(Regime.OFAC, Regime.EU, Regime.UK) : List.of(Regime.parse(regime));
            } catch (IllegalArgumentException e) {
                err.println("kordon spark: --regime must be ofac, eu, uk or all, got '" + regime + "'");
                return USAGE;
            }
            if (regimes.contains(Regime.BO)) {
                err.println("kordon spark: --regime bo (beneficial ownership) has no Spark job; use kordon ownership");
                return USAGE;
            }
            LocalDate day;
            try {
                day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                err.println("kordon spark: --as-of: not an ISO date (YYYY-MM-DD): '" + asOf + "'");
                return USAGE;
            }
            for (String in : List.of(stakes, listed)) {
                if (!in.contains("://") && !Files.exists(Path.of(in))) {
                    err.println("kordon spark: cannot read " + in + ": no such file");
                    return IO_ERROR;
                }
            }
            try (SparkSession spark = session(master)) {
                long t0 = System.nanoTime();
                OwnershipJob job = OwnershipJob.prepare(spark, stakes, listed, day, err);
                CsvOutput.write(job.evaluate(regimes), OwnershipJob.RESULT_HEADER, output);
                double secs = (System.nanoTime() - t0) / 1e9;
                err.printf(Locale.ROOT, "kordon spark: %,d entities, %,d stakes, %,d listed in the graph; %s as of %s in %.1f s on %s; results in %s%n",
                        job.nodeCount(), job.stakeCount(), job.listedCount(),
                        String.join(", ", regimes.stream().map(Regime::code).toList()), day, secs, spark.sparkContext().master(), output);
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
            }
            return OK;
        }
    }

    /** The formats of {@code --input} and {@code --output}. */
    enum Format {
        CSV, PARQUET;

        /** Parquet when {@code path} ends in .parquet or is a local folder holding .parquet files, else CSV. */
        static Format ofInput(String path) {
            if (endsInParquet(path)) {
                return PARQUET;
            }
            if (!path.contains("://") && Files.isDirectory(Path.of(path))) {
                try (java.util.stream.Stream<Path> files = Files.list(Path.of(path))) {
                    if (files.anyMatch(f -> endsInParquet(f.getFileName().toString()))) {
                        return PARQUET;
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
                }
            }
            return CSV;
        }

        /** Parquet when {@code path} ends in .parquet, else CSV. */
        static Format ofOutput(String path) {
            return endsInParquet(path) ? PARQUET : CSV;
        }

        private static boolean endsInParquet(String path) {
            String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return p.toLowerCase(Locale.ROOT).endsWith(".parquet");
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
        if (conf.get("spark.master").startsWith("local")) {
            // one machine: a few shuffle partitions per core, not the cluster default of 200 (the ownership rounds shuffle often)
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
