package org.kordon.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.ListSnapshot;

/**
 * {@code kordon screen} as a Spark job: the same engine, the same results, one row per match.
 *
 * <p>The driver reads the list files once and broadcasts their bytes; each executor JVM builds the screener once
 * per list version ({@link ScreenerHolder}) and every partition reuses it. Queries keep their input order: they
 * are numbered, range-partitioned on that number, and the part files are merged in partition order.
 *
 * <pre>{@code
 * ScreenJob job = ScreenJob.prepare(spark, List.of(Path.of("lists")));
 * Dataset<Row> results = job.screen(ScreenJob.readQueries(spark, "queries.csv"), Screeners.DEFAULT_THRESHOLD, 5);
 * ScreenJob.writeCsv(results, "results.csv");   // query_id,rank,entity_id,score,matched_name,schema,explanation,list_version
 * }</pre>
 */
public final class ScreenJob {
    /** The results.csv columns of {@code kordon screen}, then the list version. */
    public static final List<String> RESULT_HEADER = List.of("query_id", "rank", "entity_id", "score", "matched_name", "schema",
            "explanation", "list_version");
    static final StructType RESULT_SCHEMA = new StructType()
            .add("query_id", DataTypes.StringType, false)
            .add("rank", DataTypes.IntegerType, false)
            .add("entity_id", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("matched_name", DataTypes.StringType, true)
            .add("schema", DataTypes.StringType, false)
            .add("explanation", DataTypes.StringType, true)
            .add("list_version", DataTypes.StringType, false);
    private static final String SEQ = "_kordon_seq";

    private final SparkSession spark;
    private final Broadcast<ListFiles> lists;
    private final String version;
    private final LongAccumulator screened;
    private final LongAccumulator rejected;

    private ScreenJob(SparkSession spark, ListFiles files) {
        this.spark = spark;
        this.version = files.version();
        this.lists = spark.sparkContext().broadcast(files, scala.reflect.ClassTag$.MODULE$.apply(ListFiles.class));
        this.screened = spark.sparkContext().longAccumulator("kordon.screened");
        this.rejected = spark.sparkContext().longAccumulator("kordon.rejected");
    }

    /**
     * Reads the lists under {@code lists} (files or folders, as {@code --list}) once on the driver, checks that they
     * load, and broadcasts them.
     *
     * @throws org.kordon.lists.ListFormatException when a path holds no list or a file is malformed
     */
    public static ScreenJob prepare(SparkSession spark, List<Path> lists) {
        ListFiles files = ListFiles.read(lists);
        // fail on the driver, with the loader's message, rather than in every executor
        ListSnapshot snapshot = files.load().snapshot();
        if (spark.sparkContext().isLocal()) {
            // the only executor is this JVM: build the index once here instead of again in the first task
            ScreenerHolder.put(files.version(), Screeners.build(snapshot, Algorithm.KORDON));
        }
        return new ScreenJob(spark, files);
    }

    /** The list version written in every result row: a digest of the list files' names and bytes. */
    public String listVersion() {
        return version;
    }

    /** Query rows screened so far by this job's actions (valid rows only). */
    public long screenedCount() {
        return screened.value();
    }

    /** Query rows skipped so far because a field was empty or malformed (each said on the executor's stderr). */
    public long rejectedCount() {
        return rejected.value();
    }

    /**
     * Reads a queries.csv (UTF-8, header; id and name required, optional schema, birth_date, country, identifier).
     *
     * @throws IllegalArgumentException naming the file and the column when id or name is missing from the header
     */
    public static Dataset<Row> readQueries(SparkSession spark, String path) {
        Dataset<Row> df = spark.read().option("header", "true").option("encoding", "UTF-8").option("mode", "FAILFAST")
                .option("multiLine", "true").option("escape", "\"").csv(path);
        List<String> columns = Arrays.asList(df.columns());
        for (String required : List.of("id", "name")) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException(path + " line 1: field " + required + " is missing from the header (found "
                        + String.join(",", columns) + ")");
            }
        }
        return df;
    }

    /**
     * Screens every query row against the lists: at most {@code top} matches scoring at least {@code threshold}
     * per query, ranked from 1, in query order, with the columns of {@link #RESULT_HEADER}.
     */
    public Dataset<Row> screen(Dataset<Row> queries, double threshold, int top) {
        int partitions = Math.max(1, spark.sparkContext().defaultParallelism() * 2);
        Dataset<Row> ordered = queries.withColumn(SEQ, monotonically_increasing_id())
                .repartitionByRange(partitions, col(SEQ)).sortWithinPartitions(col(SEQ)).drop(SEQ);
        return ordered.mapPartitions(new ScreenPartition(lists, version, threshold, top, screened, rejected),
                Encoders.row(RESULT_SCHEMA));
    }

    /** Screens one partition with the executor's screener. */
    private record ScreenPartition(Broadcast<ListFiles> lists, String version, double threshold, int top,
                                   LongAccumulator screened, LongAccumulator rejected)
            implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            Screener screener = ScreenerHolder.get(lists, version);
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
                    Query q;
                    try {
                        q = QueryRows.toQuery(row);
                    } catch (IllegalArgumentException e) {
                        rejected.add(1);
                        String id;
                        try {
                            id = QueryRows.get(row, "id");
                        } catch (IllegalArgumentException bad) {
                            id = null;
                        }
                        System.err.println("kordon spark: query " + (id == null ? "(no id)" : id) + ": " + e.getMessage()
                                + "; row skipped");
                        return;
                    }
                    screened.add(1);
                    int rank = 1;
                    for (Match m : screener.screen(q, threshold, top)) {
                        pending.add(RowFactory.create(q.id(), rank++, m.entity().id(), m.score(), m.matchedName(),
                                m.entity().schema().ftmName(), m.explanation().summary(), version));
                    }
                }
            };
        }
    }

    /**
     * Writes {@code results} as one CSV file at {@code output} (any Hadoop file system URI or a local path), in the
     * format of {@code kordon screen}: RFC 4180, LF line ends, score with 4 decimals. The partitions are written in
     * parallel, then merged in partition order by the driver.
     */
    public static void writeCsv(Dataset<Row> results, String output) {
        writeLines(results.map((MapFunction<Row, String>) ScreenJob::csvLine, Encoders.STRING()), String.join(",", RESULT_HEADER), output);
    }

    /**
     * Writes {@code lines} (CSV records without their LF, which the writer adds) under {@code header} as one file at {@code output}: the
     * partitions in parallel, then merged in partition order by the driver.
     */
    static void writeLines(Dataset<String> lines, String header, String output) {
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
        org.apache.hadoop.fs.Path parts = new org.apache.hadoop.fs.Path(out.getParent() == null ? new org.apache.hadoop.fs.Path(".") : out.getParent(),
                "." + out.getName() + "-parts-" + UUID.randomUUID());
        lines.write().text(parts.toString());
        try {
            FileSystem fs = parts.getFileSystem(lines.sparkSession().sparkContext().hadoopConfiguration());
            if (fs instanceof LocalFileSystem local) {
                fs = local.getRaw(); // no .crc file beside results.csv, as kordon screen writes none
            }
            FileStatus[] files = fs.listStatus(parts, p -> p.getName().startsWith("part-"));
            Arrays.sort(files, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
            try (OutputStream w = fs.create(out, true)) {
                w.write((header + "\n").getBytes(StandardCharsets.UTF_8));
                for (FileStatus f : files) {
                    try (FSDataInputStream in = fs.open(f.getPath())) {
                        in.transferTo(w);
                    }
                }
            }
            fs.delete(parts, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    static String csvLine(Row r) {
        return CSV.format(r.getString(0), r.getInt(1), r.getString(2), String.format(Locale.ROOT, "%.4f", r.getDouble(3)),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7));
    }
}
