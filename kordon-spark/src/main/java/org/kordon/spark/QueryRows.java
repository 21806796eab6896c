package org.kordon.spark;

import org.apache.spark.sql.Row;
import org.kordon.matching.QueryFields;

/**
 * A queries.csv row (id, name, optional schema, birth_date, country, identifier) read as {@code kordon screen} reads
 * it: by {@link QueryFields}, so that a subject is screened on its valid fields and told what was ignored.
 */
final class QueryRows {
    private static final char REPLACEMENT = '\uFFFD';

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
     * The stripped value of {@code column}, or null when the column is absent or the cell empty (as CsvInput.get).
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
