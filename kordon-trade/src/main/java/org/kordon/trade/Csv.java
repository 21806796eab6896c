package org.kordon.trade;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading of Kordon's reference CSV files: {@code #} comment lines before the header carry {@code key: value}
 * metadata (list, published, source), columns are read by name, each record comes with its line number.
 */
final class Csv {
    /** One record with the line it starts on, its file name for messages. */
    record Row(String file, long line, CSVRecord record) {
        /** The stripped value of {@code column}, or null when absent or empty. */
        String get(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String v = record.get(column).strip();
            return v.isEmpty() ? null : v;
        }

        TradeFormatException error(String field, String message) {
            return new TradeFormatException(file + " line " + line + ": field " + field + ": " + message);
        }
    }

    /** Header comment metadata and the rows of a reference file. */
    record Table(Map<String, String> meta, List<String> header, List<Row> rows) {
    }

    private Csv() {
    }

    static Table read(Reader reader, String name, List<String> required) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Map<String, String> meta = new LinkedHashMap<>();
        // Comment lines first: "# key: value" pairs become metadata, continuation lines are ignored.
        long line = 0;
        r.mark(1 << 16);
        String l;
        while ((l = r.readLine()) != null && l.startsWith("#")) {
            line++;
            r.mark(1 << 16);
            String body = l.substring(l.indexOf('#') + 1).strip();
            int colon = body.indexOf(':');
            if (colon > 0 && body.substring(0, colon).matches("[a-z_]+") && !meta.containsKey(body.substring(0, colon))) {
                meta.put(body.substring(0, colon), body.substring(colon + 1).strip());
            }
        }
        if (l != null) {
            r.reset();
        }
        // Blank lines are records here, passed over below, so that each record's first line is known exactly.
        CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        List<String> header;
        try (CSVParser p = CSVParser.builder().setReader(r).setFormat(fmt).get()) {
            header = p.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            Map<String, Integer> hm = p.getHeaderMap();
            for (String c : required) {
                if (!hm.containsKey(c)) {
                    throw new TradeFormatException(name + " line " + (line + 1) + ": missing required column '" + c + "' (header has: "
                            + String.join(",", hm.keySet()) + ")");
                }
            }
            long after = line + p.getCurrentLineNumber();
            try {
                for (CSVRecord rec : p) {
                    long at = after + 1;
                    after = line + p.getCurrentLineNumber();
                    if (rec.size() == 1 && rec.get(0).isBlank()) {
                        continue;
                    }
                    rows.add(new Row(name, at, rec));
                }
            } catch (UncheckedIOException e) {
                throw new TradeFormatException(name + " line " + (after + 1) + ": "
                        + (e.getCause() instanceof CharacterCodingException ? "not valid UTF-8 (in this record or soon after it)"
                        : "unreadable CSV record starting here (a quote not closed or not doubled?): "
                        + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
            }
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new TradeFormatException(name + ": unreadable CSV: " + e.getMessage());
        }
        return new Table(meta, header, rows);
    }

    static Table read(Path file, List<String> required) throws IOException {
        try (Reader r = strictUtf8(Files.newInputStream(file))) {
            return read(r, String.valueOf(file.getFileName()), required);
        } catch (CharacterCodingException e) {
            throw new TradeFormatException(file.getFileName() + ": not valid UTF-8 near the start of the file");
        }
    }

    static Table resource(String name, List<String> required) {
        try (InputStream in = Csv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the kordon-trade jar");
            }
            return read(strictUtf8(in), name, required);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedReader strictUtf8(InputStream in) throws IOException {
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
