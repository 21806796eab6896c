package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.kordon.testkit.Allocation;

/**
 * The property every command-CSV fuzz target checks, for one input file: the command ends with exit 0 (the bad rows
 * skipped and reported) or 3 (malformed input, one line on stderr naming the file), never an internal error, a
 * stack trace or another code, within {@link #DEADLINE_NANOS} and allocating at most {@link #ALLOCATION_BUDGET}
 * bytes on the calling thread (where the CSV is read). Inputs go to one temporary folder per JVM.
 */
final class CommandFuzz {
    /** A command must answer one fuzz input within this (a hang guard: it loads the bundled sample list too). */
    static final long DEADLINE_NANOS = 30_000_000_000L;
    /** A command may allocate at most this much on its thread for one fuzz input of at most a few KiB. */
    static final long ALLOCATION_BUDGET = 1L << 30;

    private static final Path DIR = tempDir();
    private static Path sample;

    private CommandFuzz() {
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("kordon-cli-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled sample list, extracted once per JVM. */
    static synchronized String sample() {
        if (sample == null) {
            sample = ListOptions.BundledSample.extract();
        }
        return sample.toString();
    }

    /** Writes a fixed companion file (listed.csv beside the fuzzed stakes.csv) in the per-JVM folder. */
    static Path write(String name, byte[] bytes) {
        try {
            return Files.write(path(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path in the per-JVM folder. */
    static Path path(String name) {
        return DIR.resolve(name);
    }

    /**
     * Writes {@code data} as {@code input}, runs the command {@code args} gives for it (the output goes to
     * {@code out.csv}), and checks the property.
     */
    static void check(String input, byte[] data, Function<Path, String[]> args) {
        Path in = path(input);
        try {
            Files.write(in, data);
            Files.deleteIfExists(path("out.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KordonRun[] run = new KordonRun[1];
        long start = System.nanoTime();
        Allocation.Result r = Allocation.measure(() -> run[0] = KordonRun.of(args.apply(in)));
        long took = System.nanoTime() - start;
        if (r.thrown() != null) {
            throw new AssertionError("the command threw " + r.thrown(), r.thrown());
        }
        KordonRun k = run[0];
        assertThat(k.code()).as("exit code; stderr: %s", k.err()).isIn(ExitCode.OK, ExitCode.BAD_INPUT);
        assertThat(k.err()).as("stderr").doesNotContain("internal error").doesNotContain("\tat ");
        if (k.code() == ExitCode.BAD_INPUT) {
            assertThat(k.err()).as("stderr").contains(input);
        }
        assertThat(took).as("nanoseconds").isLessThan(DEADLINE_NANOS);
        assertThat(r.bytes()).as("bytes allocated").isLessThan(ALLOCATION_BUDGET);
    }
}
