package org.kordon.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * One CSV file from a Dataset of string columns, as the single-machine commands write it (RFC 4180, LF line ends, a
 * header line): the partitions are written in parallel, then merged in partition order by the driver, so a sorted
 * Dataset gives a sorted file.
 *
 * <pre>{@code
 * CsvOutput.write(result, OwnershipJob.RESULT_HEADER, "result.csv");
 * }</pre>
 */
public final class CsvOutput {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvOutput() {
    }

    /**
     * Writes {@code rows} (every column a string, in header order) as one file at {@code output}, any Hadoop file
     * system URI or a local path.
     *
     * @throws UncheckedIOException naming {@code output} when it cannot be written
     */
    public static void write(Dataset<Row> rows, List<String> header, String output) {
        int n = header.size();
        writeLines(rows.map((MapFunction<Row, String>) r -> {
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                values[i] = r.get(i);
            }
            return CSV.format(values);
        }, Encoders.STRING()), header, output);
    }

    /**
     * Writes ready-made CSV lines (no line end) under a header line, as {@link #write} does. The file is written whole
     * or not at all: the parts and the merged file go beside {@code output} under hidden names, and the merged file
     * is moved over {@code output} only when complete (an atomic rename on a local disk; on other file systems the old
     * file is deleted first). On failure both are removed and an earlier {@code output} is left as it was.
     */
    static void writeLines(Dataset<String> lines, List<String> header, String output) {
        Path out = new Path(output);
        Path dir = out.getParent() == null ? new Path(".") : out.getParent();
        String id = UUID.randomUUID().toString();
        Path parts = new Path(dir, "." + out.getName() + "-parts-" + id);
        Path merged = new Path(dir, "." + out.getName() + "." + id + ".tmp");
        FileSystem fs;
        try {
            fs = parts.getFileSystem(lines.sparkSession().sparkContext().hadoopConfiguration());
            if (fs instanceof LocalFileSystem local) {
                fs = local.getRaw(); // no .crc file beside the output, as the single-machine commands write none
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            lines.write().text(parts.toString());
            FileStatus[] files = fs.listStatus(parts, p -> p.getName().startsWith("part-"));
            Arrays.sort(files, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
            try (OutputStream w = fs.create(merged, false)) {
                w.write((CSV.format(header.toArray()) + "\n").getBytes(StandardCharsets.UTF_8));
                for (FileStatus f : files) {
                    try (FSDataInputStream in = fs.open(f.getPath())) {
                        in.transferTo(w);
                    }
                }
            }
            replace(fs, merged, out);
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        } finally {
            removeQuietly(fs, parts);
            if (!done) {
                removeQuietly(fs, merged);
            }
        }
    }

    /** Moves {@code from} over {@code to}: atomically on a local disk, else delete then rename. */
    private static void replace(FileSystem fs, Path from, Path to) throws IOException {
        if ("file".equals(fs.getUri().getScheme())) {
            java.nio.file.Path source = java.nio.file.Path.of(fs.makeQualified(from).toUri());
            java.nio.file.Path target = java.nio.file.Path.of(fs.makeQualified(to).toUri());
            try {
                java.nio.file.Files.move(source, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                java.nio.file.Files.move(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        if (fs.exists(to) && !fs.delete(to, false)) {
            throw new IOException("cannot replace " + to);
        }
        if (!fs.rename(from, to)) {
            throw new IOException("cannot rename " + from + " to " + to);
        }
    }

    private static void removeQuietly(FileSystem fs, Path p) {
        try {
            fs.delete(p, true);
        } catch (IOException ignored) {
            // best effort: a hidden leftover beside the output, never a partial output
        }
    }
}
