package org.kordon.lists;

import org.kordon.input.InputFormatException;

/**
 * A list file could not be read as its format says it should be. The message names the file, the place
 * (line number or XML element path) and the field, e.g.
 * {@code sdn.csv line 12, field Program: unterminated quoted field}.
 */
public final class ListFormatException extends InputFormatException {
    private static final long serialVersionUID = 1L;

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
        super(file, location, field, detail, cause);
        this.limit = limit;
    }

    /** The file passed one of Kordon's size limits: fails the load in lenient mode too. */
    static ListFormatException limit(String file, String location, String field, Limit limit, String detail) {
        return new ListFormatException(file, location, field, detail, null, limit.key());
    }

    /**
     * The name of the size limit the file passed (e.g. {@code "columns"}, {@code "document-bytes"}), or null when
     * the file is malformed in another way. Such a file fails in lenient mode too: skipping records cannot help.
     */
    public String limit() {
        return limit;
    }
}
