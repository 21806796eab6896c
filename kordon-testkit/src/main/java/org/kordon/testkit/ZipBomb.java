package org.kordon.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip files whose parts expand far beyond their size on disk (a 1.5 MB file that inflates to 1.5 GiB), in
 * a second and without ever holding the expansion: each part is a head, one chunk repeated many times, and a tail.
 * The chunk is deflated once (a block that refers only to itself) and its bytes are written again and again; the
 * CRC and sizes are those of the whole expansion, so the zip is valid. The declared size may be set to lie.
 * Shared by the bounds tests and the CLI's out-of-memory tests.
 */
public final class ZipBomb {
    /** One part: {@code head}, then {@code chunk} {@code times} times, then {@code tail}. */
    public record Part(String name, byte[] head, byte[] chunk, long times, byte[] tail, Long declaredSize) {
        public Part(String name, String head, byte[] chunk, long times, String tail) {
            this(name, head.getBytes(StandardCharsets.UTF_8), chunk, times, tail.getBytes(StandardCharsets.UTF_8), null);
        }

        /** A small part written as is. */
        public static Part of(String name, String text) {
            return new Part(name, text, new byte[0], 0, "");
        }

        /** The same part, with a declared uncompressed size that differs from the real one. */
        public Part declaring(long size) {
            return new Part(name, head, chunk, times, tail, size);
        }

        long size() {
            return head.length + chunk.length * times + tail.length;
        }
    }

    private ZipBomb() {
    }

    /** {@code n} bytes of {@code c}. */
    public static byte[] fill(int n, char c) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) c);
        return b;
    }

    /** Writes the zip; returns {@code file}. */
    // every buffer here comes from le(), which allocates it (ByteBuffer.allocate): array() is the whole buffer
    @SuppressWarnings("ByteBufferBackingArray")
    public static Path write(Path file, List<Part> parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            long offset = 0;
            List<byte[]> central = new ArrayList<>();
            for (Part p : parts) {
                byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
                byte[] head = deflate(p.head());
                byte[] chunk = deflate(p.chunk());
                byte[] tail = deflate(p.tail());
                byte[] end = finalBlock();
                long compressed = head.length + chunk.length * p.times() + tail.length + end.length;
                CRC32 crc = new CRC32();
                crc.update(p.head());
                for (long i = 0; i < p.times(); i++) {
                    crc.update(p.chunk());
                }
                crc.update(p.tail());
                long size = p.declaredSize() != null ? p.declaredSize() : p.size();
                if (compressed > 0xFFFFFFFEL || size > 0xFFFFFFFEL || p.size() > 0xFFFFFFFEL) {
                    throw new IllegalArgumentException("ZipBomb writes no zip64: keep parts under 4 GiB");
                }
                ByteBuffer local = le(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800)
                        .putShort((short) 8).putInt(0).putInt((int) crc.getValue()).putInt((int) compressed)
                        .putInt((int) size).putShort((short) name.length).putShort((short) 0).put(name);
                out.write(local.array());
                out.write(head);
                for (long i = 0; i < p.times(); i++) {
                    out.write(chunk);
                }
                out.write(tail);
                out.write(end);
                central.add(le(46 + name.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                        .putShort((short) 0x0800).putShort((short) 8).putInt(0).putInt((int) crc.getValue())
                        .putInt((int) compressed).putInt((int) size).putShort((short) name.length).putShort((short) 0)
                        .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset)
                        .put(name).array());
                offset += 30 + name.length + compressed;
            }
            long cdStart = offset;
            long cdSize = 0;
            for (byte[] c : central) {
                out.write(c);
                cdSize += c.length;
            }
            int entries = Math.min(central.size(), 0xFFFF);
            out.write(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries)
                    .putShort((short) entries).putInt((int) cdSize).putInt((int) cdStart).putShort((short) 0).array());
        }
        return file;
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Raw deflate of {@code data} ending on a byte boundary without the final bit: blocks can be concatenated. */
    private static byte[] deflate(byte[] data) {
        if (data.length == 0) {
            return new byte[0];
        }
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH)) > 0) {
            out.write(buf, 0, n);
            if (n < buf.length && d.needsInput()) {
                break;
            }
        }
        d.end();
        return out.toByteArray();
    }

    /** An empty final stored block: ends a deflate stream. */
    private static byte[] finalBlock() {
        return new byte[] {0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xFF};
    }
}
