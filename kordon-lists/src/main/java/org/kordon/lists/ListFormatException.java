package org.kordon.lists;

import java.nio.file.Path;

/**
 * A list file could not be read as its format says it should be. The message names the file, the place
 * (line number or XML element path) and the field, e.g.
 * {@code sdn.csv line 12, field Program: unterminated quoted field}.
 */
public final class ListFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;
    private final String field;
    private final String detail;
    private final String limit;

    /**
     * @param file     file name (no directories, so messages stay short), or null
     * @param location {@code "line 12"}, {@code "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[3]"}, or null
     * @param field    the column or element at fault, or null
     * @param detail   what is wrong, in words
     */
    public ListFormatException(String file, String location, String field, String detail) {
        this(file, location, field, detail, null);
    }

    public ListFormatException(String file, String location, String field, String detail, Throwable cause) {
        this(file, location, field, detail, cause, null);
    }

    private ListFormatException(String file, String location, String field, String detail, Throwable cause,
            String limit) {
        super(format(file, location, field, detail), cause);
        this.file = file;
        this.location = location;
        this.field = field;
        this.detail = detail;
        this.limit = limit;
    }

    /** The file passed one of Kordon's size limits: fails the load in lenient mode too. */
    static ListFormatException limit(String file, String location, String field, Limit limit, String detail) {
        return new ListFormatException(file, location, field, detail, null, limit.key());
    }

    static String fileName(Path p) {
        return p == null ? null : (p.getFileName() == null ? p.toString() : p.getFileName().toString());
    }

    private static String format(String file, String location, String field, String detail) {
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

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return detail;
    }

    /**
     * The name of the size limit the file passed (e.g. {@code "columns"}, {@code "document-bytes"}), or null when
     * the file is malformed in another way. Such a file fails in lenient mode too: skipping records cannot help.
     */
    public String limit() {
        return limit;
    }
}
