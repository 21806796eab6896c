package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kordon.model.Entity;
import org.kordon.testkit.Allocation;

/**
 * The property every list-parser fuzz target checks, for one input: the parser returns (every entity with an id
 * and a name) or throws {@link ListFormatException} naming the file, never anything else, within
 * {@link #DEADLINE_NANOS} and allocating at most {@link #ALLOCATION_BUDGET} bytes on its thread.
 *
 * <p>Fuzzing runs with the byte caps lowered ({@link #context}): an input the fuzzer turns into a zip bomb then
 * costs at most a few MiB to refuse, so the allocation budget can be a constant. The real caps are attacked in
 * {@link ListBoundsTest}. Inputs are written to one temporary folder per JVM, under fixed names.
 */
final class ParserFuzz {
    /** A parser must answer one fuzz input within this (a generous hang guard; most take milliseconds). */
    static final long DEADLINE_NANOS = 5_000_000_000L;
    /** A parser may allocate at most this much for one fuzz input. */
    static final long ALLOCATION_BUDGET = 256L << 20;
    /** Separates the files of one input: {@code sdn.csv} bytes, the separator, {@code alt.csv} bytes, ... */
    static final String SEPARATOR = "\n--next-file--\n";

    private static final Path DIR = tempDir();

    private ParserFuzz() {
    }

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("kordon-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caps for fuzzing: the real ones, with the byte, row and entity caps lowered to keep each input cheap. */
    static ParseContext context(Path file, boolean lenient, List<Entity> sink) {
        return new ParseContext(file, lenient, sink::add)
                .withLimit(Limit.DOCUMENT_BYTES, 8L << 20)
                .withLimit(Limit.ARCHIVE_BYTES, 16L << 20)
                .withLimit(Limit.SHARED_STRINGS, 100_000)
                .withLimit(Limit.SHARED_STRING_CHARS, 4L << 20)
                .withLimit(Limit.ROWS, 100_000)
                .withLimit(Limit.ENTITIES, 100_000);
    }

    /** A file of the per-JVM folder, written with {@code bytes}; other files of the folder are removed first. */
    static Path file(String name, byte[] bytes) {
        return files(Map.of(name, bytes)).get(0);
    }

    /** A file of the per-JVM folder. */
    static Path path(String name) {
        return DIR.resolve(name);
    }

    /** Writes several files side by side (OFAC's sdn.csv and companions); returns their paths in order. */
    static List<Path> files(Map<String, byte[]> named) {
        try {
            try (var s = Files.list(DIR)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            List<Path> out = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : named.entrySet()) {
                out.add(Files.write(DIR.resolve(e.getKey()), e.getValue()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one input at {@link #SEPARATOR} into at most {@code names.size()} files, named in order. */
    static Map<String, byte[]> split(byte[] data, List<String> names) {
        String s = new String(data, StandardCharsets.ISO_8859_1);
        String[] parts = s.split(SEPARATOR, names.size());
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            out.put(names.get(i), parts[i].getBytes(StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    /** A zip of the given parts (deflated), as the bytes of an .xlsx/.ods file. */
    static byte[] zip(Map<String, byte[]> parts) {
        try (var bytes = new java.io.ByteArrayOutputStream(); OutputStream out = bytes;
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            z.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code file} strictly and leniently and checks the property each time. */
    static void check(java.util.function.Supplier<ListParser> parser, Path file) {
        checkOnce(parser.get(), file, false);
        checkOnce(parser.get(), file, true);
    }

    private static void checkOnce(ListParser parser, Path file, boolean lenient) {
        List<Entity> out = new ArrayList<>();
        ParseContext ctx = context(file, lenient, out);
        long start = System.nanoTime();
        Allocation.Result r = Allocation.measure(() -> parser.parse(ctx));
        long took = System.nanoTime() - start;
        Throwable t = r.thrown();
        if (t != null && !(t instanceof ListFormatException)) {
            throw new AssertionError((lenient ? "lenient" : "strict") + " parse threw " + t, t);
        }
        if (t instanceof ListFormatException e) {
            assertThat(e.file()).as("file named in %s", e.getMessage()).isNotNull();
            assertThat(e.getMessage()).startsWith(e.file());
        } else {
            assertThat(out).allSatisfy(e -> {
                assertThat(e.id()).isNotBlank();
                assertThat(e.names()).as("names of %s", e.id()).isNotEmpty();
            });
        }
        assertThat(took).as("nanoseconds to parse").isLessThan(DEADLINE_NANOS);
        assertThat(r.bytes()).as("bytes allocated").isLessThan(ALLOCATION_BUDGET);
    }
}
