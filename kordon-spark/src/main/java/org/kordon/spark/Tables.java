package org.kordon.spark;

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

    /** The last part of a path or URI, for messages. */
    static String name(String path) {
        if (path == null || path.isEmpty()) {
            return "(input)";
        }
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
