package org.kordon.trade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kordon.input.CsvTable;
import org.kordon.input.InputFormatException;

/**
 * Kordon's reference CSV files read with {@link CsvTable}: {@code #} comment lines before the header carry
 * {@code key: value} metadata (list, published, source), columns are read by name, each record comes with its line
 * number. A structural fault (not UTF-8, a quote never closed) is CsvTable's {@link InputFormatException}; a bad
 * value is a {@link TradeFormatException} from {@link Row#error}.
 */
final class Csv {
    /** One record with the line it starts on, its file name for messages. */
    record Row(CsvTable.Row row) {
        /**
         * The stripped value of {@code column}, or null when absent or empty.
         *
         * @throws TradeFormatException when the record has a value past the header's last column (its values are
         *                              shifted by an unquoted comma)
         */
        String get(String column) {
            try {
                return row.get(column);
            } catch (IllegalArgumentException e) {
                throw new TradeFormatException(file() + " line " + line() + ": " + e.getMessage());
            }
        }

        String file() {
            return row.file();
        }

        long line() {
            return row.line();
        }

        TradeFormatException error(String field, String message) {
            return new TradeFormatException(file() + " line " + line() + ": field " + field + ": " + message);
        }
    }

    /** Header comment metadata, the header's column names (lower case) and the rows of a reference file. */
    record Table(Map<String, String> meta, List<String> header, List<Row> rows) {
    }

    private Csv() {
    }

    static Table read(Path file, List<String> required) throws IOException {
        try (CsvTable in = CsvTable.open(InputFormatException.fileName(file), () -> Files.newInputStream(file), required, true)) {
            return table(in);
        }
    }

    static Table resource(String name, List<String> required) {
        if (Csv.class.getResource(name) == null) {
            throw new IllegalStateException("resource " + name + " is missing from the kordon-trade jar");
        }
        try (CsvTable in = CsvTable.open(name, () -> Csv.class.getResourceAsStream(name), required, true)) {
            return table(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table table(CsvTable in) {
        List<String> header = in.header().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row r; (r = in.next()) != null; ) {
            rows.add(new Row(r));
        }
        return new Table(in.metadata(), header, rows);
    }
}
