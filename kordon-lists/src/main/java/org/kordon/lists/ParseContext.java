package org.kordon.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.kordon.model.Entity;
import org.kordon.model.SourceRef;

/**
 * What a parser is given for one file: where to send entities, how strict to be, where to report.
 *
 * <p>Parsers build each record inside a try block and hand a {@link ListFormatException} to
 * {@link #reject(ListFormatException)}: in strict mode it is rethrown and the load fails; in lenient mode
 * it is recorded and the parser goes on with the next record. A {@link Limit} passed fails the file in both
 * modes ({@link #limit}). Not thread-safe: one per file.
 */
final class ParseContext {
    /** Keep at most this many problem details; beyond it only the count grows. */
    static final int MAX_PROBLEMS = 1000;

    private final Path file;
    private final boolean lenient;
    private final Consumer<Entity> sink;
    private final List<LoadProblem> problems = new ArrayList<>();
    private int skipped;
    private SourceRef source;
    private int emitted;
    private UntrustedListException refusal;
    private final Map<Limit, Long> limits = new EnumMap<>(Limit.class);

    ParseContext(Path file, boolean lenient, Consumer<Entity> sink) {
        this.file = file;
        this.lenient = lenient;
        this.sink = sink;
    }

    /** Lowers (or raises) one cap for this file only: for tests and fuzzers that need small caps to stay fast. */
    ParseContext withLimit(Limit limit, long max) {
        limits.put(limit, max);
        return this;
    }

    /** The value of a cap for this file: {@link Limit#max()} unless {@link #withLimit} changed it. */
    long max(Limit limit) {
        Long v = limits.get(limit);
        return v != null ? v : limit.max();
    }

    /**
     * A new exception saying that the file passed a cap: {@code what} says what was seen, the message adds the
     * cap's value and name. {@link #reject} rethrows it in lenient mode too.
     */
    ListFormatException limit(String location, String field, Limit limit, String what) {
        return ListFormatException.limit(fileName(), location, field, limit,
                what + ", past " + limit.describe(max(limit)));
    }

    /** Fails when a plain (not zipped) file is larger than {@link Limit#DOCUMENT_BYTES}. */
    void checkSize(Path f) throws IOException {
        long size = Files.size(f);
        if (size > max(Limit.DOCUMENT_BYTES)) {
            throw ListFormatException.limit(ListFormatException.fileName(f), null, null, Limit.DOCUMENT_BYTES,
                    "the file has " + String.format(Locale.ROOT, "%,d", size) + " bytes, past "
                            + Limit.DOCUMENT_BYTES.describe(max(Limit.DOCUMENT_BYTES)));
        }
    }

    Path file() {
        return file;
    }

    String fileName() {
        return ListFormatException.fileName(file);
    }

    boolean lenient() {
        return lenient;
    }

    /** The list and version this file holds; parsers set it as soon as they know the version. */
    void source(SourceRef s) {
        this.source = s;
    }

    SourceRef source() {
        return source;
    }

    void emit(Entity e) {
        if (emitted >= max(Limit.ENTITIES)) {
            throw limit(null, null, Limit.ENTITIES, "the file gives more than " + emitted + " entities");
        }
        emitted++;
        sink.accept(e);
    }

    int emitted() {
        return emitted;
    }

    /** A new exception about this file. */
    ListFormatException error(String location, String field, String detail) {
        return new ListFormatException(fileName(), location, field, detail);
    }

    /**
     * Rethrows in strict mode, and in every mode when a {@link Limit} was passed; in lenient mode records the
     * problem and counts a skipped record.
     */
    void reject(ListFormatException e) {
        if (!lenient || e.limit() != null) {
            throw e;
        }
        skipped++;
        record(LoadProblem.of(e));
    }

    /** A warning that is not a malformed record in the file's own terms (e.g. an orphan alias row). */
    void warn(String location, String field, String message, boolean countsAsSkipped) {
        if (countsAsSkipped) {
            skipped++;
        }
        record(new LoadProblem(fileName(), location, field, message));
    }

    private void record(LoadProblem p) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        }
    }

    /**
     * Marks the file set as not trustworthy (e.g. truncated: its end marker is missing). The parser stops; the load
     * then fails with {@code refusal} in every mode, lenient too: a cut file is not a bad record to skip.
     */
    void refuse(UntrustedListException refusal) {
        this.refusal = refusal;
    }

    /** Why the file set was refused, or null. */
    UntrustedListException refusal() {
        return refusal;
    }

    List<LoadProblem> problems() {
        return problems;
    }

    int skipped() {
        return skipped;
    }
}
