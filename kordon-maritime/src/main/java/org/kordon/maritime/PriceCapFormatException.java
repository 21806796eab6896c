package org.kordon.maritime;

/**
 * A caps file is malformed. The message names the file, the line and the field, e.g.
 * {@code my-caps.csv line 31, field valid_from: not an ISO date (YYYY-MM-DD): '2026-13-01'}.
 */
public final class PriceCapFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PriceCapFormatException(String file, long line, String field, String detail) {
        super(file + " line " + line + (field == null ? "" : ", field " + field) + ": " + detail);
    }
}
