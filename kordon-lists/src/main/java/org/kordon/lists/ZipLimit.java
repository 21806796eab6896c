package org.kordon.lists;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A list file that is a zip (an .xlsx workbook, an .ods spreadsheet, a zipped OFAC XML), opened with caps so that
 * a zip bomb fails with a clear error instead of filling the heap or running for minutes: at most
 * {@link Limit#ZIP_ENTRIES} entries, at most {@link Limit#DOCUMENT_BYTES} decompressed bytes per part and
 * {@link Limit#ARCHIVE_BYTES} for all parts read together. A part whose declared size already passes the cap is
 * refused before it is inflated; otherwise the bytes are counted as they are read (a declared size can lie).
 *
 * <pre>{@code
 * try (ZipLimit zip = ZipLimit.open(ctx, "an Excel .xlsx workbook")) {
 *     ZipEntry sheet = zip.entry("xl/worksheets/sheet1.xml");
 *     try (InputStream in = zip.open(sheet)) { ... }
 * }
 * }</pre>
 * Not thread-safe: one per file.
 */
final class ZipLimit implements Closeable {
    private final ParseContext ctx;
    private final ZipFile zip;
    private long total;

    private ZipLimit(ParseContext ctx, ZipFile zip) {
        this.ctx = ctx;
        this.zip = zip;
    }

    /**
     * Opens {@code ctx.file()} as a zip.
     *
     * @param what what the file should be, for the message when it is not a zip ({@code "an Excel .xlsx workbook"})
     * @throws ListFormatException when the file is not a zip or has more than {@link Limit#ZIP_ENTRIES} entries
     */
    static ZipLimit open(ParseContext ctx, String what) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(ctx.file().toFile());
        } catch (ZipException | EOFException e) {
            throw ctx.error(null, null, "not " + what + " (not a zip file, or one cut short): " + e.getMessage());
        }
        if (zip.size() > ctx.max(Limit.ZIP_ENTRIES)) {
            int n = zip.size();
            zip.close();
            throw ctx.limit(null, null, Limit.ZIP_ENTRIES, "the zip has " + String.format(Locale.ROOT, "%,d", n)
                    + " entries");
        }
        return new ZipLimit(ctx, zip);
    }

    /** The entry of that name, or null. */
    ZipEntry entry(String name) {
        return zip.getEntry(name);
    }

    /** The first entry that is a file whose name ends with {@code suffix} (any case), or null. */
    ZipEntry first(String suffix) {
        String s = suffix.toLowerCase(Locale.ROOT);
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(s)) {
                return e;
            }
        }
        return null;
    }

    /** The decompressed bytes of one part, counted against the caps as they are read. */
    InputStream open(ZipEntry e) throws IOException {
        if (e.getSize() > ctx.max(Limit.DOCUMENT_BYTES)) {
            throw tooBig(e.getName(), Limit.DOCUMENT_BYTES, "says it expands to "
                    + String.format(Locale.ROOT, "%,d", e.getSize()) + " bytes");
        }
        try {
            return new Counted(zip.getInputStream(e), e.getName());
        } catch (ZipException | EOFException x) {
            throw damaged(e.getName(), x);
        }
    }

    /** A part whose compressed bytes are damaged or cut short: malformed input, not an I/O failure. */
    private ListFormatException damaged(String part, IOException e) {
        return ctx.error(part, null, "zip part " + part + " is damaged or cut short: " + e);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private ListFormatException tooBig(String part, Limit limit, String what) {
        return ctx.limit(part, null, limit, "zip part " + part + " " + what + " (a zip bomb?)");
    }

    /** One part's stream: counts its bytes and the archive's. */
    private final class Counted extends FilterInputStream {
        private final String part;
        private long read;

        Counted(InputStream in, String part) {
            super(in);
            this.part = part;
        }

        private void count(long n) {
            if (n <= 0) {
                return;
            }
            read += n;
            total += n;
            if (read > ctx.max(Limit.DOCUMENT_BYTES)) {
                throw tooBig(part, Limit.DOCUMENT_BYTES, "expands further");
            }
            if (total > ctx.max(Limit.ARCHIVE_BYTES)) {
                throw tooBig(part, Limit.ARCHIVE_BYTES, "takes the zip's decompressed bytes further");
            }
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (ZipException | EOFException e) {
                throw damaged(part, e);
            }
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (ZipException | EOFException e) {
                throw damaged(part, e);
            }
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s;
            try {
                s = super.skip(n);
            } catch (ZipException | EOFException e) {
                throw damaged(part, e);
            }
            count(s);
            return s;
        }
    }
}
