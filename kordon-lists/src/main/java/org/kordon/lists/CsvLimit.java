package org.kordon.lists;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reader under a list CSV: it bounds the characters of one record while they stream, so that a single
 * multi-gigabyte field (an unclosed quote at the top of a huge file) fails after {@link Limit#RECORD_CHARS}
 * characters instead of being buffered whole by the CSV parser. The parser's loop calls {@link #nextRecord}
 * after each record; the count then starts again. The parser reads ahead by one buffer (8 KiB), so a record
 * may pass the cap by that much before it is refused. Also counts the records against {@link Limit#ROWS}.
 *
 * <pre>{@code
 * CsvLimit in = CsvLimit.open(ctx, file, name, StandardCharsets.UTF_8);
 * CSVParser csv = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
 * for (...) { CSVRecord rec = it.next(); in.nextRecord(csv.getCurrentLineNumber() + 1); ... }
 * }</pre>
 * Not thread-safe.
 */
final class CsvLimit extends FilterReader {
    private final ParseContext ctx;
    private final String name;
    private long sinceRecord;
    private long startLine = 1;
    private long records;

    private CsvLimit(Reader in, ParseContext ctx, String name) {
        super(in);
        this.ctx = ctx;
        this.name = name;
    }

    /**
     * Opens a plain CSV file after checking its size against {@link Limit#DOCUMENT_BYTES}. Undecodable bytes fail
     * the read (as {@link Files#newBufferedReader} does), they are never replaced.
     *
     * @param name the file name for messages ({@code "alt.csv"})
     */
    static CsvLimit open(ParseContext ctx, Path file, String name, Charset charset) throws IOException {
        ctx.checkSize(file);
        return new CsvLimit(Files.newBufferedReader(file, charset), ctx, name);
    }

    /**
     * A record ended; the next one starts on {@code line}. Fails when the file has had more than {@link Limit#ROWS}
     * records.
     */
    void nextRecord(long line) {
        sinceRecord = 0;
        startLine = line;
        if (++records > ctx.max(Limit.ROWS)) {
            throw ListFormatException.limit(name, "line " + line, null, Limit.ROWS, "the file has more than "
                    + (records - 1) + " records, past " + Limit.ROWS.describe(ctx.max(Limit.ROWS)));
        }
    }

    private void count(long n) {
        if (n > 0) {
            sinceRecord += n;
            if (sinceRecord > ctx.max(Limit.RECORD_CHARS)) {
                throw ListFormatException.limit(name, "line " + startLine, null, Limit.RECORD_CHARS,
                        "the record starting here runs on (an unclosed quote?), past "
                                + Limit.RECORD_CHARS.describe(ctx.max(Limit.RECORD_CHARS)));
            }
        }
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        count(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        count(s);
        return s;
    }
}
