package org.kordon.lists;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps how much a part of a ZIP file (an .xlsx sheet, an .ods content.xml, a zipped OFAC XML) may expand to, so
 * that a zip bomb fails with a clear error instead of filling the disk or the heap. The largest real list part is
 * about 60 MB; the cap is far above it.
 */
final class ZipLimit extends FilterInputStream {
    /** No list part expands beyond this. */
    static final long MAX_BYTES = 1L << 30;

    private final ParseContext ctx;
    private final String part;
    private final long max;
    private long read;

    private ZipLimit(InputStream in, ParseContext ctx, String part, long max) {
        super(in);
        this.ctx = ctx;
        this.part = part;
        this.max = max;
    }

    /** {@code in}, failing with a {@link ListFormatException} naming {@code part} once it passes {@link #MAX_BYTES}. */
    static InputStream of(InputStream in, ParseContext ctx, String part) {
        return new ZipLimit(in, ctx, part, MAX_BYTES);
    }

    static InputStream of(InputStream in, ParseContext ctx, String part, long max) {
        return new ZipLimit(in, ctx, part, max);
    }

    private void count(long n) {
        if (n > 0) {
            read += n;
            if (read > max) {
                throw ctx.error(null, part, "zip part " + part + " expands beyond " + max + " bytes; refusing it (a zip bomb?)");
            }
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
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
