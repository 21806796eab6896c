package org.kordon.input;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * An input (a list, a user's CSV, a reference table, a graph, a document) that cannot be read as its format says it
 * should be. Every module's format exception extends this one, so that a caller catches one type and maps it to one
 * answer: exit code 3 in the CLI, a 400 problem in the server. The message names the file, the place and the field:
 *
 * <pre>{@code
 * new InputFormatException("cargoes.csv", 31, "valid_from", "not an ISO date (YYYY-MM-DD): '2026-13-01'").getMessage()
 * // "cargoes.csv line 31, field valid_from: not an ISO date (YYYY-MM-DD): '2026-13-01'"
 * }</pre>
 *
 * Each part may be absent (null, or line 0): the message then leaves it out. A subclass whose messages were worded
 * before this family existed passes its message whole ({@link #InputFormatException(String, Throwable)}); its
 * {@link #file()}, {@link #location()} and {@link #field()} are then null, the message still names them.
 */
public class InputFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String file;
    private final @Nullable String location;
    private final @Nullable String field;
    private final String detail;

    /**
     * @param file   file name (no directories, so messages stay short), or null
     * @param line   the physical line (from 1) where the fault is, or 0 when there is none
     * @param field  the column at fault, or null
     * @param detail what is wrong, in words
     */
    public InputFormatException(@Nullable String file, long line, @Nullable String field, String detail) {
        this(file, line > 0 ? "line " + line : null, field, detail, null);
    }

    /**
     * @param file     file name, or null
     * @param location {@code "line 12"}, {@code "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[3]"}, or null
     * @param field    the column or element at fault, or null
     * @param detail   what is wrong, in words
     * @param cause    the parser's own exception, or null
     */
    public InputFormatException(@Nullable String file, @Nullable String location, @Nullable String field, String detail,
            @Nullable Throwable cause) {
        super(format(file, location, field, detail), cause);
        this.file = file;
        this.location = location;
        this.field = field;
        this.detail = detail;
    }

    /** A message already worded with the file, line and field in it, e.g. {@code flows.csv line 3: field flow: ...}. */
    protected InputFormatException(String message, @Nullable Throwable cause) {
        super(message, cause);
        this.file = null;
        this.location = null;
        this.field = null;
        this.detail = message;
    }

    /** The file name a message shows for {@code p}: its last element, or null for null. */
    public static @Nullable String fileName(@Nullable Path p) {
        return p == null ? null : (p.getFileName() == null ? p.toString() : p.getFileName().toString());
    }

    private static String format(@Nullable String file, @Nullable String location, @Nullable String field, String detail) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
        }
        if (location != null) {
            b.append(b.isEmpty() ? "" : " ").append(location);
        }
        if (field != null) {
            b.append(b.isEmpty() ? "" : ", ").append("field ").append(field);
        }
        return (b.isEmpty() ? "" : b + ": ") + detail;
    }

    /** The file name, or null when unknown or worded into the message only. */
    public @Nullable String file() {
        return file;
    }

    /** {@code "line 12"}, an element path, or null. */
    public @Nullable String location() {
        return location;
    }

    /** The column or element at fault, or null. */
    public @Nullable String field() {
        return field;
    }

    /** What is wrong, without the file, place and field. */
    public String detail() {
        return detail;
    }

    /**
     * What the user can do about it, in a few words ({@code "fix the caps file; its format is in the bundled
     * price-caps.csv"}), or null; the CLI prints it in brackets after the message.
     */
    public @Nullable String advice() {
        return null;
    }
}
