package org.kordon.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A user's input CSV (queries.csv, cargoes.csv): strict UTF-8 with an optional BOM, a header row with required
 * columns, records handed out with the line they start on so that a bad row can be reported by line number.
 *
 * <p>Fails with a {@link UserException}: exit 4 when the file cannot be read, exit 3 when a required column is
 * missing ({@code queries.csv line 1: missing required column 'name'}) or the bytes are not UTF-8.
 */
final class CsvInput implements Closeable {
    /** One record and the line of the file it starts on. */
    record Row(long line, CSVRecord record) {
        /** The stripped value of {@code column}, or null when the column is absent or the cell empty. */
        String get(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String v = record.get(column).strip();
            return v.isEmpty() ? null : v;
        }
    }

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lineAfter = 1;

    private CsvInput(Path file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** Opens {@code file} and checks that its header has every {@code required} column. */
    static CsvInput open(Path file, List<String> required) throws IOException {
        CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        BufferedReader reader = strictUtf8(file);
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(reader).setFormat(fmt).get();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            reader.close();
            throw new UserException(ExitCode.BAD_INPUT, file.getFileName() + " line 1: unreadable header: " + e.getMessage());
        }
        Map<String, Integer> header = parser.getHeaderMap();
        for (String column : required) {
            if (!header.containsKey(column)) {
                parser.close();
                throw new UserException(ExitCode.BAD_INPUT, file.getFileName() + " line 1: missing required column '" + column
                        + "' (header has: " + String.join(",", header.keySet()) + ")");
            }
        }
        return new CsvInput(file, parser);
    }

    /** The next record, or null at the end of the file. */
    Row next() {
        CSVRecord rec;
        try {
            if (!records.hasNext()) {
                return null;
            }
            rec = records.next();
        } catch (UncheckedIOException e) {
            throw new UserException(ExitCode.BAD_INPUT, file.getFileName() + " after line " + lineAfter + ": "
                    + (e.getCause() instanceof CharacterCodingException ? "not valid UTF-8" : e.getMessage()));
        }
        long line = lineAfter + 1;
        lineAfter = parser.getCurrentLineNumber();
        return new Row(line, rec);
    }

    /** The file name, for messages. */
    String name() {
        return String.valueOf(file.getFileName());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static BufferedReader strictUtf8(Path p) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(p);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCode.IO_ERROR, "cannot read " + p + ": no such file");
        }
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }
}
