package org.kordon.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.kordon.matching.Match;
import org.kordon.matching.QueryFields;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.ResolvedMatch;
import org.kordon.resolution.ResolvedScreener;
import org.kordon.model.ListSnapshot;

/**
 * {@code kordon screen} as a Spark job: the same engine, the same results, one row per match.
 *
 * <p>The driver reads the list files once, resolves their listings once, and broadcasts the files' bytes and the
 * resolution's links ({@link ResolutionLinks}); each executor JVM rebuilds that resolution from its links and builds
 * the screener once per list version ({@link ScreenerHolder}), and every partition reuses it. Queries keep their input order: they
 * are numbered, range-partitioned on that number, and the part files are merged in partition order.
 *
 * <pre>{@code
 * ScreenJob job = ScreenJob.prepare(spark, List.of(Path.of("lists")));
 * Dataset<Row> results = job.screen(ScreenJob.readQueries(spark, "queries.csv"), Screeners.DEFAULT_THRESHOLD, 5);
 * ScreenJob.writeCsv(results, "results.csv");   // query_id,rank,entity_id,score,matched_name,schema,explanation,same_as,list_version
 * }</pre>
 */
public final class ScreenJob {
    /** The results.csv columns of {@code kordon screen}, then the list version. */
    public static final List<String> RESULT_HEADER = List.of("query_id", "rank", "entity_id", "score", "matched_name", "schema",
            "explanation", "same_as", "list_version");
    static final StructType RESULT_SCHEMA = new StructType()
            .add("query_id", DataTypes.StringType, false)
            .add("rank", DataTypes.IntegerType, false)
            .add("entity_id", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("matched_name", DataTypes.StringType, true)
            .add("schema", DataTypes.StringType, false)
            .add("explanation", DataTypes.StringType, true)
            .add("same_as", DataTypes.StringType, false)
            .add("list_version", DataTypes.StringType, false);
    private static final String HIDDEN = "_kordon_";
    private static final String SEQ = HIDDEN + "seq";
    /** The text of a row Spark's CSV reader found malformed (its field count is not the header's), else null. */
    static final String CORRUPT = HIDDEN + "corrupt";
    /** The file a CSV row comes from. */
    static final String FILE = HIDDEN + "file";

    private final SparkSession spark;
    private final Broadcast<ListFiles> lists;
    private final Broadcast<ResolutionLinks> links;
    private final String version;
    private final LongAccumulator screened;
    private final LongAccumulator withIgnored;
    private final LongAccumulator rejected;

    private ScreenJob(SparkSession spark, ListFiles files, ResolutionLinks resolution) {
        this.spark = spark;
        this.version = files.version();
        this.lists = spark.sparkContext().broadcast(files, scala.reflect.ClassTag$.MODULE$.apply(ListFiles.class));
        this.links = spark.sparkContext().broadcast(resolution, scala.reflect.ClassTag$.MODULE$.apply(ResolutionLinks.class));
        this.screened = spark.sparkContext().longAccumulator("kordon.screened");
        this.withIgnored = spark.sparkContext().longAccumulator("kordon.withIgnored");
        this.rejected = spark.sparkContext().longAccumulator("kordon.rejected");
    }

    /**
     * Reads the lists under {@code lists} (files or folders, as {@code --list}) once on the driver, checks that they
     * load, resolves their listings, and broadcasts the files and the resolution's links: the executors never resolve.
     *
     * @throws org.kordon.lists.ListFormatException when a path holds no list or a file is malformed
     */
    public static ScreenJob prepare(SparkSession spark, List<Path> lists) {
        ListFiles files = ListFiles.read(lists);
        // fail on the driver, with the loader's message, rather than in every executor
        ListSnapshot snapshot = files.load().snapshot();
        Resolution resolution = ScreenerHolder.resolve(snapshot);
        if (spark.sparkContext().isLocal()) {
            // the only executor is this JVM: build the index once here instead of again in the first task
            ScreenerHolder.put(files.version(), ScreenerHolder.build(snapshot, resolution));
        }
        return new ScreenJob(spark, files, ResolutionLinks.of(resolution));
    }

    /** The list version written in every result row: a digest of the list files' names and bytes. */
    public String listVersion() {
        return version;
    }

    /** Query rows screened so far by this job's actions, with fields ignored or not. */
    public long screenedCount() {
        return screened.value();
    }

    /**
     * Query rows screened so far on their valid fields only: a schema, birth date or country that is not valid was
     * left out (each said on the executor's stderr and in the row's results' explanation).
     */
    public long withIgnoredCount() {
        return withIgnored.value();
    }

    /**
     * Query rows skipped so far because they have no usable name (empty, over 1,000 characters, no letter or digit)
     * or a value that is not UTF-8 (each said on the executor's stderr).
     */
    public long rejectedCount() {
        return rejected.value();
    }

    /**
     * Reads a queries.csv (UTF-8, header; id and name required, optional schema, birth_date, country, identifier).
     * Rows are taken as {@code kordon screen} takes them: a row with fewer fields than the header has the others
     * empty; a row with a value past the header's last column (an unquoted comma) is skipped by {@link #screen},
     * said with its row number; a quote never closed stops the run ({@link #screen} fails with the file's name).
     * Two hidden columns ({@code _kordon_corrupt}, {@code _kordon_file}) carry what that needs.
     *
     * @throws IllegalArgumentException naming the file and the column when id or name is missing from the header
     */
    public static Dataset<Row> readQueries(SparkSession spark, String path) {
        String[] header = csv(spark).csv(path).columns();
        requireColumns(path + " line 1", "header", Arrays.asList(header));
        StructType schema = new StructType();
        for (String c : header) {
            schema = schema.add(c, DataTypes.StringType, true);
        }
        // PERMISSIVE keeps the rows Spark's reader calls malformed (a field count other than the header's) with their
        // text, so that screen() can treat them as kordon screen does instead of failing the whole job
        return csv(spark).schema(schema.add(CORRUPT, DataTypes.StringType, true)).option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT).csv(path).withColumn(FILE, input_file_name());
    }

    private static org.apache.spark.sql.DataFrameReader csv(SparkSession spark) {
        return spark.read().option("header", "true").option("encoding", "UTF-8").option("multiLine", "true").option("escape", "\"");
    }

    /** The columns of {@code queries} that hold data: not the hidden ones readQueries adds. */
    static boolean hidden(String column) {
        return column.startsWith(HIDDEN);
    }

    /**
     * Reads queries from Parquet (one file, or a folder of part files as Spark writes them) with the queries.csv
     * columns. Strings are read as in queries.csv; a few other types are taken as their text: {@code id} and
     * {@code identifier} may be integers, {@code birth_date} a date (1952-10-07) or an integer year (1952).
     * Other columns are ignored, as in queries.csv.
     *
     * <pre>{@code
     * Dataset<Row> q = ScreenJob.readQueriesParquet(spark, "queries.parquet");   // id BIGINT, name STRING, birth_date DATE
     * }</pre>
     *
     * @throws IllegalArgumentException naming the file and the column when id or name is missing, or when a
     *     queries.csv column has another type (a timestamp birth_date, a numeric name, ...)
     */
    public static Dataset<Row> readQueriesParquet(SparkSession spark, String path) {
        Dataset<Row> df = spark.read().parquet(path);
        requireColumns(path, "schema", df);
        for (StructField f : df.schema().fields()) {
            String column = f.name();
            if (!QueryFields.COLUMNS.contains(column)) {
                continue;
            }
            DataType t = f.dataType();
            if (t.equals(DataTypes.StringType)) {
                continue;
            }
            boolean integral = t.equals(DataTypes.LongType) || t.equals(DataTypes.IntegerType) || t.equals(DataTypes.ShortType)
                    || t.equals(DataTypes.ByteType);
            boolean asText = switch (column) {
                case "id", "identifier" -> integral;
                case "birth_date" -> integral || t.equals(DataTypes.DateType);
                default -> false;
            };
            if (!asText) {
                throw new IllegalArgumentException(path + ": column " + column + " has type " + t.simpleString() + "; expected "
                        + switch (column) {
                            case "id", "identifier" -> "string or integer";
                            case "birth_date" -> "string (1952-10-07, 1952-10 or 1952), date or integer year";
                            default -> "string";
                        });
            }
            // a DATE's text is yyyy-MM-dd and an integer's its digits: what PartialDate and queries.csv read
            df = df.withColumn(column, col(column).cast(DataTypes.StringType));
        }
        return df;
    }

    private static void requireColumns(String where, String what, Dataset<Row> df) {
        requireColumns(where, what, Arrays.asList(df.columns()));
    }

    private static void requireColumns(String where, String what, List<String> columns) {
        for (String required : List.of("id", "name")) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException(where + ": field " + required + " is missing from the " + what + " (found "
                        + String.join(",", columns) + ")");
            }
        }
    }

    /**
     * Screens every query row against the lists: at most {@code top} matches scoring at least {@code threshold}
     * per query, ranked from 1, in query order, with the columns of {@link #RESULT_HEADER}.
     *
     * <p>Each row is read as {@code kordon screen} reads a queries.csv row ({@link QueryFields}): a schema, birth date
     * or country that is not valid is left out, and said at the end of the explanation of the row's results
     * ({@code ...; ignored birth_date '1948-13-16' (month 13)}); a row with no usable name is skipped. An empty id is
     * replaced by {@code row:N}, N the row's number in the input as Spark reads it (for one CSV file: the Nth record
     * after the header; Spark's CSV reader does not know line numbers, which {@code kordon screen} gives instead).
     */
    public Dataset<Row> screen(Dataset<Row> queries, double threshold, int top) {
        int partitions = Math.max(1, spark.sparkContext().defaultParallelism() * 2);
        // the rows' numbers in input order: for the stand-in of an empty id, and to keep the results in query order
        JavaRDD<Row> numbered = queries.toJavaRDD().zipWithIndex().map(ScreenJob::numbered);
        Dataset<Row> ordered = spark.createDataFrame(numbered, queries.schema().add(SEQ, DataTypes.LongType, false))
                .repartitionByRange(partitions, col(SEQ)).sortWithinPartitions(col(SEQ));
        int columns = (int) Arrays.stream(queries.columns()).filter(c -> !hidden(c)).count();
        return ordered.mapPartitions(new ScreenPartition(lists, links, version, threshold, top, columns, screened, withIgnored, rejected),
                Encoders.row(RESULT_SCHEMA));
    }

    /** The row with its index appended. */
    private static Row numbered(scala.Tuple2<Row, Long> t) {
        Row r = t._1();
        Object[] values = new Object[r.length() + 1];
        for (int i = 0; i < r.length(); i++) {
            values[i] = r.get(i);
        }
        values[r.length()] = t._2();
        return RowFactory.create(values);
    }

    /** Screens one partition with the executor's screener. */
    private record ScreenPartition(Broadcast<ListFiles> lists, Broadcast<ResolutionLinks> links, String version, double threshold, int top, int columns,
                                   LongAccumulator screened, LongAccumulator withIgnored, LongAccumulator rejected)
            implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            ResolvedScreener screener = ScreenerHolder.get(lists, links, version);
            return new Iterator<>() {
                private final List<Row> pending = new ArrayList<>();
                private int next;

                @Override
                public boolean hasNext() {
                    while (next == pending.size() && rows.hasNext()) {
                        pending.clear();
                        next = 0;
                        screenOne(rows.next());
                    }
                    return next < pending.size();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return pending.get(next++);
                }

                private void screenOne(Row row) {
                    long number = row.getLong(row.fieldIndex(SEQ)) + 1;
                    QueryFields.Subject q;
                    try {
                        QueryRows.requireFields(row, columns);
                        q = QueryRows.read(row, number);
                    } catch (IllegalArgumentException e) { // a bad row is skipped; an InputFault (not one) stops the run
                        rejected.add(1);
                        System.err.println("kordon spark: " + where(row, number) + ": " + e.getMessage() + "; row skipped");
                        return;
                    }
                    if (q.idReplaced()) {
                        System.err.println("kordon spark: warning: row " + number + ": field id is empty; its results have query_id '"
                                + q.query().id() + "'");
                    }
                    if (!q.ignored().isEmpty()) {
                        withIgnored.add(1);
                        System.err.println("kordon spark: warning: " + where(row, number) + ": " + String.join("; ", q.ignored())
                                + "; screened on the other fields");
                    }
                    screened.add(1);
                    int rank = 1;
                    for (ResolvedMatch r : screener.screen(q.query(), threshold, top)) {
                        Match m = r.match();
                        pending.add(RowFactory.create(q.query().id(), rank++, m.entity().id(), m.score(), m.matchedName(),
                                m.entity().schema().ftmName(), q.explain(m.explanation().summaryWithProbability()),
                                String.join(";", r.sameAs()), version));
                    }
                }
            };
        }

        /** {@code query q7 (row 7)}, or {@code row 7} when the id is empty or unreadable. */
        private static String where(Row row, long number) {
            String id;
            try {
                id = QueryRows.get(row, "id");
            } catch (IllegalArgumentException bad) {
                id = null;
            }
            return id == null ? "row " + number : "query " + id + " (row " + number + ")";
        }
    }

    /**
     * Writes {@code results} as one CSV file at {@code output} (any Hadoop file system URI or a local path), in the
     * format of {@code kordon screen}: RFC 4180, LF line ends, score with 4 decimals. The partitions are written in
     * parallel, then merged in partition order by the driver.
     */
    public static void writeCsv(Dataset<Row> results, String output) {
        CsvOutput.writeLines(results.map((MapFunction<Row, String>) ScreenJob::csvLine, Encoders.STRING()), RESULT_HEADER, output);
    }

    /**
     * Writes {@code results} as Parquet at {@code output} (a folder of part files, as Spark writes Parquet), with the
     * columns of {@link #RESULT_HEADER}: rank an INT, score a DOUBLE (not rounded), the others strings. The part
     * files are numbered in query order.
     *
     * <pre>{@code
     * ScreenJob.writeParquet(job.screen(queries, Screeners.DEFAULT_THRESHOLD, 5), "results.parquet");
     * }</pre>
     */
    public static void writeParquet(Dataset<Row> results, String output) {
        results.write().mode("overwrite").parquet(output);
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    static String csvLine(Row r) {
        return CSV.format(r.getString(0), r.getInt(1), r.getString(2), String.format(Locale.ROOT, "%.4f", r.getDouble(3)),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8));
    }
}
