package org.kordon.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.kordon.input.CsvTable;
import org.kordon.matching.QueryFields;

/**
 * A queries.csv row (id, name, optional schema, birth_date, country, identifier) read as {@code kordon screen} reads
 * it: by {@link QueryFields}, so that a subject is screened on its valid fields and told what was ignored.
 */
final class QueryRows {
    private static final char REPLACEMENT = '\uFFFD';
    private static final CSVFormat CSV = CSVFormat.RFC4180;
    private static final int EXCERPT_CHARS = 80;

    private QueryRows() {
    }

    /**
     * The subject in {@code row}; the columns are the queries.csv names, absent optional ones null.
     *
     * @param number the row's number in the input (from 1), for the id {@code row:N} that stands for an empty id
     * @throws IllegalArgumentException naming the field when the row has no usable name, or a value is not UTF-8
     */
    static QueryFields.Subject read(Row row, long number) {
        return QueryFields.read(c -> get(row, c), () -> "row:" + number);
    }

    /**
     * Checks a row Spark's CSV reader found malformed (its text in {@link ScreenJob#CORRUPT}) as {@code kordon screen}
     * checks a record: fewer fields than the header is fine (the others are empty), and so are empty fields past the
     * last column (trailing commas); a value past the last column means the values are shifted.
     *
     * @throws IllegalArgumentException {@code has 7 fields but the header has 6 (...)}: the row is skipped
     * @throws InputFault               when the text is not CSV (a quote never closed): the run stops, since the
     *                                  records after it cannot be told apart
     */
    static void requireFields(Row row, int columns) {
        String raw = hidden(row, ScreenJob.CORRUPT);
        if (raw == null) {
            return;
        }
        List<CSVRecord> records;
        try (CSVParser p = CSVParser.parse(raw, CSV)) {
            records = p.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            records = null;
        }
        if (records == null || records.size() != 1) {
            String excerpt = raw.length() > EXCERPT_CHARS ? raw.substring(0, EXCERPT_CHARS) + "..." : raw;
            throw new InputFault(Tables.name(hidden(row, ScreenJob.FILE)), "the record starting '" + excerpt.strip().replace("\n", "\\n")
                    + "' has a quoted field that is never closed; the records after it cannot be told apart. Close the quote "
                    + "(a quote inside a quoted field is written twice: \"\"); nothing written");
        }
        CsvTable.requireAligned(records.get(0), columns);
    }

    private static String hidden(Row row, String column) {
        int i;
        try {
            i = row.fieldIndex(column);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return row.isNullAt(i) ? null : row.getString(i);
    }

    /**
     * The stripped value of {@code column}, or null when the column is absent or the cell empty (as CsvTable.Row.get).
     *
     * @throws IllegalArgumentException naming the field when the value held bytes that are not UTF-8
     */
    static String get(Row row, String column) {
        int i;
        try {
            i = row.fieldIndex(column);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Object v = row.get(i);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        if (s.indexOf(REPLACEMENT) >= 0) {
            // Spark's CSV reader replaces bytes that are not UTF-8 with U+FFFD; kordon screen rejects such input
            throw new IllegalArgumentException("field " + column + " is not valid UTF-8");
        }
        return s.isEmpty() ? null : s;
    }
}
