package org.kordon.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code labelled.csv}: query, expected entity id or {@code none}, category. */
record LabelledSet(List<Row> rows) {
    record Row(String query, String expected, String category) {
        boolean positive() {
            return !expected.equals("none");
        }
    }

    static LabelledSet load() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                LabelledSet.class.getResourceAsStream("labelled.csv"), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                int close = line.indexOf('"', 1);
                String query = line.substring(1, close);
                String[] rest = line.substring(close + 2).split(",");
                rows.add(new Row(query, rest[0], rest[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LabelledSet(rows);
    }
}
