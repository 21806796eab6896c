package org.kordon.spark;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.kordon.matching.Query;
import org.kordon.model.Countries;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/** A queries.csv row (id, name, optional schema, birth_date, country, identifier) read as {@code kordon screen} reads it. */
final class QueryRows {
    private static final char REPLACEMENT = '\uFFFD';
    static final List<String> OPTIONAL = List.of("schema", "birth_date", "country", "identifier");

    private QueryRows() {
    }

    /**
     * The query in {@code row}; the columns are the queries.csv names, absent optional ones null.
     *
     * @throws IllegalArgumentException naming the field when a value is empty or malformed
     */
    static Query toQuery(Row row) {
        String id = get(row, "id");
        String name = get(row, "name");
        if (id == null) {
            throw new IllegalArgumentException("field id is empty");
        }
        if (name == null) {
            throw new IllegalArgumentException("field name is empty");
        }
        Schema schema = null;
        String s = get(row, "schema");
        if (s != null) {
            try {
                schema = Schema.parse(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field schema: " + e.getMessage());
            }
        }
        PartialDate birth = null;
        String b = get(row, "birth_date");
        if (b != null) {
            try {
                birth = PartialDate.parse(b);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field birth_date: " + e.getMessage());
            }
        }
        String country = get(row, "country");
        if (country != null) {
            if (!Countries.isCode(country)) {
                throw new IllegalArgumentException("field country: country must be an ISO 3166-1 alpha-2 code such as ru or kz, got '"
                        + country + "'");
            }
            country = country.toLowerCase(Locale.ROOT);
        }
        String ident = get(row, "identifier");
        return new Query(id, name, schema, birth, country, ident == null ? List.of() : List.of(ident));
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
