package org.kordon.spark;

import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/*
 * Input tables of the jobs: Parquet when the path ends in .parquet or is a folder of .parquet files, else CSV as
 * the single-machine commands read it (UTF-8, a header line, RFC 4180 quoting, every column a string).
 */
final class Tables {
    private Tables() {
    }

    static Dataset<Row> read(SparkSession spark, String path) {
        if (KordonSpark.Format.ofInput(path) == KordonSpark.Format.PARQUET) {
            return spark.read().parquet(path);
        }
        return spark.read().option("header", "true").option("encoding", "UTF-8").option("mode", "FAILFAST")
                .option("escape", "\"").csv(path);
    }

    /**
     * Names, once, the columns of a table that a job does not read, as the single-machine commands do, so that a
     * misspelt column is not silently ignored: {@code kordon spark: warning: queries.csv line 1: columns 'birthdate',
     * 'nationality' are not read (read: id, name, schema, birth_date, country, identifier)}.
     */
    static void warnUnread(String path, List<String> columns, List<String> read, PrintWriter err) {
        List<String> unread = columns.stream()
                .filter(c -> !read.contains(c) && !c.isBlank() && !c.matches("_c\\d+") && !ScreenJob.hidden(c)).toList();
        if (!unread.isEmpty()) {
            boolean csv = KordonSpark.Format.ofInput(path) == KordonSpark.Format.CSV;
            err.println("kordon spark: warning: " + name(path) + (csv ? " line 1" : "") + ": column" + (unread.size() == 1 ? " '" : "s '")
                    + String.join("', '", unread) + (unread.size() == 1 ? "' is" : "' are") + " not read (read: " + String.join(", ", read) + ")");
        }
    }

    /** The last part of a path or URI, for messages. */
    static String name(String path) {
        if (path == null || path.isEmpty()) {
            return "(input)";
        }
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
