package org.kordon.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An output file written whole or not at all: the content goes to a temporary file in the target's directory
 * ({@code .results.csv.<random>.tmp}), which {@link #commit()} moves over the target (an atomic rename where the
 * file system allows it, else a plain replace). Closed without a commit, or if the JVM exits first (Ctrl-C), the
 * temporary file is deleted and an existing target is left as it was.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.create(Path.of("results.csv"))) {
 *     out.writer().write("query_id,rank\n");
 *     ...                       // an exception here leaves results.csv untouched
 *     out.commit();             // results.csv now holds the whole content
 * }
 * AtomicOutput.writeString(Path.of("report.html"), html);
 * }</pre>
 *
 * <p>Creating one creates the temporary file, so a target in a missing or read-only directory fails at once (a
 * {@link UserException} with exit code 4), before any work is done. Not thread-safe.
 */
final class AtomicOutput implements Closeable {
    /** Temporary files not yet committed or deleted, removed by a shutdown hook if the JVM exits first. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicOutput::deleteQuietly), "kordon-output-cleanup"));
    }

    /** Writes the content of a file given its temporary path (for writers that take a path, such as a chart). */
    @FunctionalInterface
    interface PathWriter {
        void write(Path temp) throws IOException;
    }

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private OutputStream stream;
    private BufferedWriter writer;
    private boolean done;

    private AtomicOutput(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
    }

    /**
     * Creates the temporary file beside {@code target}.
     *
     * @throws UserException exit 4 when the directory does not exist, cannot be written, or {@code target} is a directory
     */
    static AtomicOutput create(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new UserException(ExitCode.IO_ERROR, "cannot write " + target + ": it is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserException(ExitCode.IO_ERROR, "cannot write " + target + ": no such directory " + (dir == null ? "" : dir));
        }
        Path temp;
        FileChannel ch;
        try {
            temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            PENDING.add(temp);
            ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (AccessDeniedException e) {
            throw new UserException(ExitCode.IO_ERROR, "cannot write " + target + ": permission denied in " + dir);
        } catch (IOException e) {
            throw new UserException(ExitCode.IO_ERROR, "cannot write " + target + ": " + e.getMessage());
        }
        return new AtomicOutput(target, temp, ch);
    }

    /**
     * Fails now, as {@link #create} would, when {@code target} cannot be written; for commands that write at the end
     * of a long run.
     */
    static void checkWritable(Path target) {
        create(target).close();
    }

    /** Writes {@code content} (UTF-8) to {@code target} whole or not at all. */
    static void writeString(Path target, String content) throws IOException {
        try (AtomicOutput out = create(target)) {
            out.writer().write(content);
            out.commit();
        }
    }

    /** Writes {@code bytes} to {@code target} whole or not at all. */
    static void write(Path target, byte[] bytes) throws IOException {
        try (AtomicOutput out = create(target)) {
            out.stream().write(bytes);
            out.commit();
        }
    }

    /** Lets {@code content} write the temporary file by its path, then moves it into place; on failure nothing changes. */
    static void write(Path target, PathWriter content) throws IOException {
        try (AtomicOutput out = create(target)) {
            out.channel.close();
            content.write(out.temp);
            out.commit();
        }
    }

    /** The target path, for messages. */
    Path target() {
        return target;
    }

    /** The bytes of the temporary file. */
    OutputStream stream() {
        if (stream == null) {
            stream = Channels.newOutputStream(channel);
        }
        return stream;
    }

    /** A UTF-8 writer over {@link #stream()}. */
    BufferedWriter writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream(), StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    /**
     * Flushes, forces the content to disk and moves the temporary file over the target.
     *
     * @throws IOException when the move fails; the target is then unchanged and the temporary file deleted
     */
    void commit() throws IOException {
        if (done) {
            throw new IllegalStateException("already committed or closed: " + target);
        }
        try {
            if (writer != null) {
                writer.flush();
            }
            if (channel.isOpen()) {
                channel.force(true);
                channel.close();
            } else {
                try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    c.force(true);
                }
            }
            move();
            done = true;
            PENDING.remove(temp);
        } finally {
            if (!done) {
                close();
            }
        }
    }

    private void move() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot write " + target + ": its directory was removed", e);
        }
    }

    /** Deletes the temporary file unless committed; the target is left as it was. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            channel.close();
        } catch (IOException e) {
            // closing a file being abandoned: nothing to do
        }
        deleteQuietly(temp);
        PENDING.remove(temp);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: a leftover .tmp file is harmless and named for its target
        }
    }
}
