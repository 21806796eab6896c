package org.kordon.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A user's input CSV (queries.csv, cargoes.csv, stakes.csv...): strict UTF-8 with an optional BOM, a header row with
 * required columns, records handed out with the physical line they start on, so that a bad row is reported where an
 * editor shows it, also after quoted fields that hold line breaks and after blank lines.
 *
 * <pre>{@code
 * try (CsvInput in = CsvInput.open(Path.of("queries.csv"), List.of("id", "name"))) {
 *     for (CsvInput.Row row; (row = in.next()) != null; ) {
 *         row.line();        // 5 for the record that starts on line 5
 *         row.get("name");   // stripped value, null when empty or absent
 *     }
 * }
 * }</pre>
 *
 * <p>Two kinds of fault, kept apart:
 * <ul>
 * <li>A record the parser read but whose values cannot be trusted (a value past the header's last column: an
 *     unquoted comma shifted them) is handed out; {@link Row#get} then throws {@link IllegalArgumentException} saying so, and the
 *     command reports that row as it reports a bad value.</li>
 * <li>A structural fault after which the following records cannot be told apart (a quoted field never closed, or
 *     closed and followed by other characters; bytes that are not UTF-8; a record longer than
 *     {@link #MAX_RECORD_CHARS}) fails with a {@link UserException}, exit 3, naming the line where the bad record
 *     starts: {@code queries.csv line 5000: a quoted field is never closed (the file ends inside it) ...}.</li>
 * </ul>
 * Blank lines are not records and are passed over. Other failures: exit 4 when the file cannot be read, exit 3 when
 * a required column is missing ({@code queries.csv line 1: missing required column 'name'}) or the header has more
 * than {@link #MAX_COLUMNS} columns.
 */
final class CsvInput implements Closeable {
    /** Most characters in one record (a runaway quote would otherwise read the rest of the file into memory). */
    static final int MAX_RECORD_CHARS = 1 << 20;
    /** Most columns in the header. */
    static final int MAX_COLUMNS = 1_000;
    /** Characters the parser may read ahead of the record it returns. */
    private static final int READ_AHEAD = 1 << 16;
    private static final Pattern AT_LINE = Pattern.compile("at line: (\\d+)");

    /** One record and the physical line of the file it starts on. */
    record Row(long line, CSVRecord record, int columns) {
        /**
         * The stripped value of {@code column}, or null when the column is absent or the cell empty.
         *
         * @throws IllegalArgumentException when the record has more fields than the header (its values are shifted)
         */
        String get(String column) {
            if (record.size() > columns && shifted(record, columns)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "has %d fields but the header has %d (a value holding a comma must be quoted)", record.size(), columns));
            }
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String v = record.get(column).strip();
            return v.isEmpty() ? null : v;
        }

        /** What stands for an empty id in results: {@code line:17} for the record on line 17. */
        String lineId() {
            return "line:" + line;
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
    static boolean shifted(CSVRecord record, int columns) {
        for (int i = columns; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final BoundedReader reader;
    private final int columns;
    private final long headerLines;
    private long lineAfter;

    private CsvInput(Path file, CSVParser parser, BoundedReader reader, long headerLines) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        this.reader = reader;
        this.columns = parser.getHeaderNames().size();
        this.headerLines = headerLines;
        this.lineAfter = headerLines + parser.getCurrentLineNumber();
    }

    /** Opens {@code file} and checks that its header has every {@code required} column. */
    static CsvInput open(Path file, List<String> required) throws IOException {
        CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).get();
        BufferedReader utf8 = strictUtf8(file);
        long blank;
        try {
            blank = skipBlankLines(utf8);
        } catch (CharacterCodingException e) {
            utf8.close();
            throw notUtf8(file);
        }
        BoundedReader bounded = new BoundedReader(utf8);
        String name = String.valueOf(file.getFileName());
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(bounded).setFormat(fmt).get();
        } catch (CharacterCodingException e) {
            bounded.close();
            throw notUtf8(file);
        } catch (CSVException | RecordTooLong e) {
            // the header's own structural faults arrive unwrapped (a record's arrive as UncheckedIOException)
            bounded.close();
            throw new UserException(ExitCode.BAD_INPUT, name + " line " + (blank + 1) + ": unreadable header: " + problem(e, blank + 1));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            bounded.close();
            throw new UserException(ExitCode.BAD_INPUT, name + " line " + (blank + 1) + ": unreadable header: "
                    + (e instanceof UncheckedIOException u ? problem(u.getCause(), blank + 1) : e.getMessage()));
        }
        Map<String, Integer> header = parser.getHeaderMap();
        if (header.size() > MAX_COLUMNS) {
            parser.close();
            throw new UserException(ExitCode.BAD_INPUT, String.format(Locale.ROOT, "%s line %d: the header has %,d columns, at most %,d",
                    name, blank + 1, header.size(), MAX_COLUMNS));
        }
        for (String column : required) {
            if (!header.containsKey(column)) {
                parser.close();
                throw new UserException(ExitCode.BAD_INPUT, name + " line " + (blank + 1) + ": missing required column '" + column
                        + "' (header has: " + String.join(",", header.keySet()) + ")");
            }
        }
        return new CsvInput(file, parser, bounded, blank);
    }

    /**
     * Reads the whole file once and returns its number of records (blank lines not counted), so that a structural
     * fault stops a command before it does any work, and progress has a true total.
     *
     * @throws UserException as {@link #open} and {@link #next} do
     */
    static long count(Path file, List<String> required) throws IOException {
        long n = 0;
        try (CsvInput in = open(file, required)) {
            while (in.next() != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * The next record that is not blank, or null at the end of the file.
     *
     * @throws UserException exit 3 on a structural fault, naming the line where the faulty record starts
     */
    Row next() {
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
                    throw notUtf8(file);
                }
                throw new UserException(ExitCode.BAD_INPUT, name() + " line " + line + ": " + problem(e.getCause(), line));
            }
            lineAfter = headerLines + parser.getCurrentLineNumber();
            Row row = new Row(line, rec, columns);
            if (!row.isBlank()) {
                return row;
            }
        }
    }

    /**
     * Says on {@code err}, once, which columns of the header the command does not read, so that a misspelt column
     * ({@code birthdate} for {@code birth_date}) is not silently ignored:
     * {@code kordon: warning: queries.csv line 1: column 'birthdate' is not read (read: id, name, ...)}.
     */
    void warnUnread(List<String> read, PrintWriter err) {
        List<String> unread = parser.getHeaderNames().stream().filter(h -> !read.contains(h) && !h.isBlank()).toList();
        if (!unread.isEmpty()) {
            err.println("kordon: warning: " + name() + " line " + (headerLines + 1) + ": column" + (unread.size() == 1 ? " '" : "s '")
                    + String.join("', '", unread) + (unread.size() == 1 ? "' is" : "' are") + " not read (read: " + String.join(", ", read) + ")");
        }
    }

    /**
     * {@link #count} after {@link #warnUnread}: the check a command makes of its input before it does any work.
     */
    static long check(Path file, List<String> required, List<String> read, PrintWriter err) throws IOException {
        try (CsvInput in = open(file, required)) {
            in.warnUnread(read, err);
        }
        return count(file, required);
    }

    /** The file name, for messages. */
    String name() {
        return String.valueOf(file.getFileName());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /**
     * The error for a file that is not UTF-8, naming the line of its first bad byte (the reader decodes ahead of
     * the parser, so the line is found again from the bytes).
     */
    private static UserException notUtf8(Path file) {
        long line = 1;
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 14);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 14);
        try (InputStream in = Files.newInputStream(file)) {
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
        return new UserException(ExitCode.BAD_INPUT, file.getFileName() + " line " + line + ": not valid UTF-8 (save the file as UTF-8)");
    }

    /** What is wrong with the record starting on {@code line}, from the parser's exception. */
    private static String problem(Throwable cause, long line) {
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

    /** Passes over blank lines before the header; returns how many there were. */
    private static long skipBlankLines(BufferedReader r) throws IOException {
        long n = 0;
        r.mark(READ_AHEAD);
        for (int i = 0, c; i < READ_AHEAD - 1 && (c = r.read()) >= 0; i++) {
            if (c == '\n') {
                n++;
                r.mark(READ_AHEAD);
                i = 0;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
        }
        r.reset();
        return n;
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
        try {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
        } catch (CharacterCodingException e) {
            r.close();
            throw notUtf8(p);
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
