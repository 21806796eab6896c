package org.kordon.input;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CSV table (queries.csv, cargoes.csv, stakes.csv, a reference file...): strict UTF-8 with an optional BOM, a header
 * row with required columns, records handed out with the physical line they start on, so that a bad row is reported
 * where an editor shows it, also after quoted fields that hold line breaks and after blank lines.
 *
 * <pre>{@code
 * try (CsvTable in = CsvTable.open(Path.of("queries.csv"), List.of("id", "name"))) {
 *     for (CsvTable.Row row; (row = in.next()) != null; ) {
 *         row.line();        // 5 for the record that starts on line 5
 *         row.get("name");   // stripped value, null when empty or absent
 *     }
 * }
 * }</pre>
 *
 * <p>Two kinds of fault, kept apart:
 * <ul>
 * <li>A record the parser read but whose values cannot be trusted (a value past the header's last column: an
 *     unquoted comma shifted them) is handed out; {@link Row#get} then throws {@link IllegalArgumentException} saying
 *     so, and the caller reports that row as it reports a bad value.</li>
 * <li>A structural fault after which the following records cannot be told apart (a quoted field never closed, or
 *     closed and followed by other characters; bytes that are not UTF-8; a record longer than
 *     {@link #MAX_RECORD_CHARS}) throws {@link InputFormatException} naming the line where the bad record starts:
 *     {@code queries.csv line 5000: a quoted field is never closed (the file ends inside it) ...}.</li>
 * </ul>
 * Blank lines are not records and are passed over. A missing required column
 * ({@code queries.csv line 1: missing required column 'name'}) or a header of more than {@link #MAX_COLUMNS} columns
 * throws {@link InputFormatException} too; a file that cannot be opened throws {@link IOException}
 * ({@link java.nio.file.NoSuchFileException} when it does not exist).
 *
 * <p>Optionally ({@link #open(String, Source, List, boolean)}) {@code #} comment lines before the header carry
 * {@code key: value} metadata ({@link #metadata()}), as Kordon's reference files do. Not thread-safe.
 */
public final class CsvTable implements Closeable {
    /** Most characters in one record (a runaway quote would otherwise read the rest of the file into memory). */
    public static final int MAX_RECORD_CHARS = 1 << 20;
    /** Most columns in the header. */
    public static final int MAX_COLUMNS = 1_000;
    /** Characters the parser may read ahead of the record it returns. */
    private static final int READ_AHEAD = 1 << 16;
    private static final Pattern AT_LINE = Pattern.compile("at line: (\\d+)");
    private static final Pattern META_KEY = Pattern.compile("[a-z_]+");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false).get();

    /** What a byte sequence that is not UTF-8 does. */
    public enum Utf8 {
        /** Fails naming its line: the default, for files whose text Kordon reads (names, codes it matches). */
        STRICT,
        /**
         * Becomes U+FFFD: for tables Kordon reads by code and figure, whose names it does not use (legacy UN Comtrade
         * files hold Latin-1 country names).
         */
        REPLACE
    }

    /** Where the bytes come from; opened once to read and again to find the line of a byte that is not UTF-8. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** One record and the physical line of the file it starts on. */
    public static final class Row {
        private final String file;
        private final long line;
        private final CSVRecord record;
        private final int columns;

        Row(String file, long line, CSVRecord record, int columns) {
            this.file = file;
            this.line = line;
            this.record = record;
            this.columns = columns;
        }

        /** The physical line (from 1) the record starts on. */
        public long line() {
            return line;
        }

        /** The file name, for messages. */
        public String file() {
            return file;
        }

        /**
         * The stripped value of {@code column}, or null when the column is absent or the cell empty.
         *
         * @throws IllegalArgumentException when the record has more fields than the header (its values are shifted)
         */
        public @Nullable String get(String column) {
            CsvTable.requireAligned(record, columns);
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String v = record.get(column).strip();
            return v.isEmpty() ? null : v;
        }

        /**
         * Checks that the record's values are where the header says, for callers that read fields by position.
         *
         * @throws IllegalArgumentException as {@link #get} does when the values are shifted
         */
        public void requireAligned() {
            CsvTable.requireAligned(record, columns);
        }

        /** How many fields the record has (the header's count, fewer, or more when its values are shifted). */
        public int size() {
            return record.size();
        }

        /** The field at {@code index} as written (not stripped), for formats that read fields by position. */
        public String value(int index) {
            return record.get(index);
        }

        /** What stands for an empty id in results: {@code line:17} for the record on line 17. */
        public String lineId() {
            return "line:" + line;
        }

        /** The error for a bad value of {@code field} in this record: {@code file line N, field F: detail}. */
        public InputFormatException error(String field, String detail) {
            return new InputFormatException(file, line, field, detail);
        }

        boolean isBlank() {
            for (String v : record) {
                if (!v.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * True when a record has a value past the header's last column: an unquoted comma shifted its values (empty
     * fields at the end are trailing commas and shift nothing).
     */
    public static boolean shifted(CSVRecord record, int columns) {
        for (int i = columns; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks that {@code record}'s values are where its header says: a record read by another CSV reader (Spark's)
     * is judged as {@link Row#get} judges one.
     *
     * @throws IllegalArgumentException {@code has 7 fields but the header has 6 (a value holding a comma must be
     *                                  quoted)} when {@link #shifted}
     */
    public static void requireAligned(CSVRecord record, int columns) {
        if (record.size() > columns && shifted(record, columns)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "has %d fields but the header has %d (a value holding a comma must be quoted)", record.size(), columns));
        }
    }

    private final String name;
    private final @Nullable Source source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final BoundedReader reader;
    private final int columns;
    private final long headerLines;
    private final Map<String, String> metadata;
    private long lineAfter;

    private CsvTable(String name, @Nullable Source source, CSVParser parser, BoundedReader reader, long headerLines, Map<String, String> metadata) {
        this.name = name;
        this.source = source;
        this.parser = parser;
        this.records = parser.iterator();
        this.reader = reader;
        this.columns = parser.getHeaderNames().size();
        this.headerLines = headerLines;
        this.metadata = Collections.unmodifiableMap(metadata);
        this.lineAfter = headerLines + parser.getCurrentLineNumber();
    }

    /**
     * Opens {@code file} and checks that its header has every {@code required} column.
     *
     * @throws InputFormatException   when the header is unreadable, too wide or lacks a required column
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     */
    public static CsvTable open(Path file, List<String> required) throws IOException {
        return open(String.valueOf(file.getFileName()), () -> Files.newInputStream(file), required, false);
    }

    /**
     * Opens the table {@code source} called {@code name} in messages; with {@code metadata}, {@code #} lines before
     * the header are comments whose {@code key: value} pairs {@link #metadata()} returns (the first of a key wins).
     */
    public static CsvTable open(String name, Source source, List<String> required, boolean metadata) throws IOException {
        return open(name, source, required, metadata, Utf8.STRICT);
    }

    /** {@link #open(String, Source, List, boolean)} with bytes that are not UTF-8 failing or replaced. */
    public static CsvTable open(String name, Source source, List<String> required, boolean metadata, Utf8 utf8) throws IOException {
        return open(name, utf8Reader(name, source, utf8), source, required, metadata);
    }

    /**
     * Opens a table from characters already decoded (a test's string, a resource read by the caller); an optional
     * BOM is passed over. A decoding fault the reader reports is named at the line of the record it surfaced in.
     */
    public static CsvTable open(String name, Reader reader, List<String> required, boolean metadata) throws IOException {
        BufferedReader r = new BufferedReader(reader, 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return open(name, r, null, required, metadata);
    }

    private static CsvTable open(String name, BufferedReader utf8, @Nullable Source source, List<String> required, boolean metadata)
            throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        long preamble;
        try {
            preamble = skipPreamble(utf8, metadata ? meta : null);
        } catch (CharacterCodingException e) {
            utf8.close();
            throw notUtf8(name, source, 1);
        }
        BoundedReader bounded = new BoundedReader(utf8);
        long headerLine = preamble + 1;
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(bounded).setFormat(FORMAT).get();
        } catch (CharacterCodingException e) {
            bounded.close();
            throw notUtf8(name, source, 1);
        } catch (CSVException | RecordTooLong e) {
            // the header's own structural faults arrive unwrapped (a record's arrive as UncheckedIOException)
            bounded.close();
            throw new InputFormatException(name, headerLine, null, "unreadable header: " + problem(e, headerLine));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            bounded.close();
            throw new InputFormatException(name, headerLine, null, "unreadable header: "
                    + (e instanceof UncheckedIOException u ? problem(u.getCause(), headerLine) : e.getMessage()));
        }
        Map<String, Integer> header = parser.getHeaderMap();
        if (header.size() > MAX_COLUMNS) {
            parser.close();
            throw new InputFormatException(name, headerLine, null, String.format(Locale.ROOT, "the header has %,d columns, at most %,d",
                    header.size(), MAX_COLUMNS));
        }
        for (String column : required) {
            if (!header.containsKey(column)) {
                parser.close();
                throw new InputFormatException(name, headerLine, null, "missing required column '" + column
                        + "' (header has: " + String.join(",", header.keySet()) + ")");
            }
        }
        return new CsvTable(name, source, parser, bounded, preamble, meta);
    }

    /**
     * Reads the whole file once and returns its number of records (blank lines not counted), so that a structural
     * fault stops a command before it does any work, and progress has a true total.
     *
     * @throws InputFormatException as {@link #open} and {@link #next} do
     */
    public static long count(Path file, List<String> required) throws IOException {
        long n = 0;
        try (CsvTable in = open(file, required)) {
            while (in.next() != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * The next record that is not blank, or null at the end of the file.
     *
     * @throws InputFormatException on a structural fault, naming the line where the faulty record starts
     */
    public @Nullable Row next() {
        while (true) {
            reader.startRecord();
            CSVRecord rec;
            long line = lineAfter + 1;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                rec = records.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw notUtf8(name, source, line);
                }
                throw new InputFormatException(name, line, null, problem(e.getCause(), line));
            }
            lineAfter = headerLines + parser.getCurrentLineNumber();
            Row row = new Row(name, line, rec, columns);
            if (!row.isBlank()) {
                return row;
            }
        }
    }

    /** The physical line (from 1) of the header: after the blank and comment lines before it. */
    public long headerLine() {
        return headerLines + 1;
    }

    /** The header's column names as written. */
    public List<String> header() {
        return parser.getHeaderNames();
    }

    /** The {@code key: value} pairs of the {@code #} lines before the header (empty unless asked for). */
    public Map<String, String> metadata() {
        return metadata;
    }

    /**
     * Which columns of the header the caller does not read, so that a misspelt column ({@code birthdate} for
     * {@code birth_date}) is not silently ignored:
     * {@code queries.csv line 1: column 'birthdate' is not read (read: id, name, ...)}; empty when all are read.
     */
    public Optional<String> unreadColumns(List<String> read) {
        List<String> unread = parser.getHeaderNames().stream().filter(h -> !read.contains(h) && !h.isBlank()).toList();
        if (unread.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(name + " line " + headerLine() + ": column" + (unread.size() == 1 ? " '" : "s '")
                + String.join("', '", unread) + (unread.size() == 1 ? "' is" : "' are") + " not read (read: " + String.join(", ", read) + ")");
    }

    /** The file name, for messages. */
    public String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /**
     * The error for a file that is not UTF-8, naming the line of its first bad byte (the reader decodes ahead of
     * the parser, so the line is found again from the bytes); without a source to read again, the record's line.
     */
    private static InputFormatException notUtf8(String name, @Nullable Source source, long atLeast) {
        if (source == null) {
            return new InputFormatException(name, atLeast, null, "not valid UTF-8 (in this record or soon after it)");
        }
        long line = 1;
        CharsetDecoder dec = strictDecoder();
        CharBuffer chars = CharBuffer.allocate(1 << 14);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
        try (InputStream in = source.open()) {
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                var result = dec.decode(bytes, chars, n < 0);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError() || n < 0) {
                    break;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            // the line stays the best known
        }
        return new InputFormatException(name, line, null, "not valid UTF-8 (save the file as UTF-8)");
    }

    /** What is wrong with the record starting on {@code line}, from the parser's exception. */
    private static String problem(@Nullable Throwable cause, long line) {
        if (cause instanceof RecordTooLong) {
            return String.format(Locale.ROOT, "the record that starts here is longer than %,d characters (a quote left open?); "
                    + "the records after it cannot be told apart", MAX_RECORD_CHARS);
        }
        String m = String.valueOf(cause == null ? null : cause.getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed (the file ends inside it); the records after it cannot be told apart. "
                    + "Close the quote (a quote inside a quoted field is written twice: \"\")";
        }
        if (m.contains("Invalid character between encapsulated token and delimiter")) {
            Matcher at = AT_LINE.matcher(m);
            String where = at.find() && Long.parseLong(at.group(1)) != line ? " (on line " + at.group(1) + ")" : "";
            return "a quoted field is closed and followed by other characters" + where + ": a quote is missing or not doubled; "
                    + "the records after it cannot be told apart. Quote the whole value and double the quotes inside it (\"\")";
        }
        return "unreadable CSV: " + m;
    }

    /**
     * Passes over blank lines before the header and, when {@code meta} is not null, {@code #} comment lines, putting
     * their {@code key: value} pairs in it; returns how many lines were passed over.
     */
    private static long skipPreamble(BufferedReader r, @Nullable Map<String, String> meta) throws IOException {
        long n = 0;
        StringBuilder comment = null;
        boolean lineStart = true;
        r.mark(READ_AHEAD);
        for (int i = 0, c; i < READ_AHEAD - 1 && (c = r.read()) >= 0; i++) {
            if (c == '\n') {
                n++;
                if (comment != null && meta != null) { // a comment is only started when meta is given
                    metadata(comment, meta);
                    comment = null;
                }
                r.mark(READ_AHEAD);
                i = 0;
                lineStart = true;
                continue;
            }
            if (comment != null) {
                comment.append((char) c);
            } else if (c == '#' && meta != null && lineStart) {
                comment = new StringBuilder();
            } else if (!Character.isWhitespace(c)) {
                break;
            }
            lineStart = false;
        }
        r.reset();
        return n;
    }

    /** A {@code # key: value} comment's pair (the first of a key wins; other comment lines are prose). */
    private static void metadata(CharSequence comment, Map<String, String> meta) {
        String body = comment.toString().strip();
        int colon = body.indexOf(':');
        if (colon > 0) {
            String key = body.substring(0, colon);
            if (META_KEY.matcher(key).matches()) {
                meta.putIfAbsent(key, body.substring(colon + 1).strip());
            }
        }
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static BufferedReader utf8Reader(String name, Source source, Utf8 utf8) throws IOException {
        CharsetDecoder dec = utf8 == Utf8.STRICT ? strictDecoder() : StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader r = new BufferedReader(new InputStreamReader(source.open(), dec), 1 << 16);
        try {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
        } catch (CharacterCodingException e) {
            r.close();
            throw notUtf8(name, source, 1);
        }
        return r;
    }

    /** A record grew past {@link #MAX_RECORD_CHARS}. */
    private static final class RecordTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLong() {
            super("record longer than " + MAX_RECORD_CHARS + " characters");
        }
    }

    /**
     * Counts the characters the parser reads since the record began and fails once they exceed the cap (plus what
     * the parser may have read ahead of the record's start).
     */
    private static final class BoundedReader extends FilterReader {
        private long read;
        private long recordStart;

        BoundedReader(Reader in) {
            super(in);
        }

        void startRecord() {
            recordStart = read;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count(1);
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RecordTooLong {
            read += n;
            if (read - recordStart > (long) MAX_RECORD_CHARS + READ_AHEAD) {
                throw new RecordTooLong();
            }
        }
    }
}
