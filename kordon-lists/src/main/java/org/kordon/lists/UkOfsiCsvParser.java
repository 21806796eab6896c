package org.kordon.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the OFSI Consolidated List ("ConList") in its CSV form ({@code ConList.csv}).
 *
 * <p>Same publication and columns as the Excel form ({@link UkOfsiXlsxParser}, mapping in {@link OfsiConList}):
 * line 1 is {@code Last Updated,10/04/2025} (trailing empty fields allowed), line 2 the 36-column header, then
 * one line per name variation, grouped by Group ID into one entity {@code uk:<Group ID>}. Fields are RFC 4180
 * quoted and "Other Information" may span several lines; a UTF-8 byte-order mark is ignored. Example line:
 * <pre>
 * AKIMOV,Andrey,Igorevich,,,,,Андрей Игоревич Акимов,,,22/09/1953,…,Individual,Primary name,,Russia,06/04/2022,…,15071
 * </pre>
 * Errors name the line a record starts on and the column: {@code ConList.csv line 5, field DOB: bad date …}.
 * A file without the ConList header or with an unterminated quote fails even in lenient mode.
 */
final class UkOfsiCsvParser implements ListParser {
    @Override
    public void parse(ParseContext ctx) throws IOException {
        OfsiConList list = new OfsiConList(ctx);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get();
        try (CsvLimit reader = CsvLimit.open(ctx, ctx.file(), ctx.fileName(), StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> it = csv.iterator();
            long line = 1;
            boolean first = true;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    String msg = e.getCause() != null && e.getCause().getMessage() != null
                            ? e.getCause().getMessage() : e.getMessage();
                    throw ctx.error("line " + line, null, "malformed CSV: " + msg);
                }
                String location = "line " + line;
                line = csv.getCurrentLineNumber() + 1;
                reader.nextRecord(line);
                List<String> cells = new ArrayList<>(Math.min(rec.size(), 64));
                for (int i = 0; i < rec.size(); i++) {
                    if (i < ctx.max(Limit.COLUMNS)) {
                        cells.add(rec.get(i));
                    } else if (!rec.get(i).isBlank()) {
                        throw ctx.limit(location, null, Limit.COLUMNS, "a non-empty cell is in column " + (i + 1));
                    }
                }
                if (!list.hasHeader()) {
                    if (first) {
                        first = false;
                        if (!cells.isEmpty() && cells.get(0) != null) {
                            cells.set(0, cells.get(0).replace("\uFEFF", ""));
                        }
                        if (list.preamble(location, cells)) {
                            continue;
                        }
                    }
                    list.header(location, cells);
                    continue;
                }
                list.row(location, cells);
            }
        }
        if (!list.hasHeader()) {
            throw ctx.error(null, null, "the file has no OFSI ConList header line");
        }
        list.finish();
    }
}
