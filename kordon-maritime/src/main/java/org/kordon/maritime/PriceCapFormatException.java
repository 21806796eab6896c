package org.kordon.maritime;

import org.kordon.input.InputFormatException;

/**
 * A caps file is malformed. The message names the file, the line and the field, e.g.
 * {@code my-caps.csv line 31, field valid_from: not an ISO date (YYYY-MM-DD): '2026-13-01'}.
 */
public final class PriceCapFormatException extends InputFormatException {
    private static final long serialVersionUID = 1L;

    PriceCapFormatException(String file, long line, String field, String detail) {
        super(file, line, field, detail);
    }

    @Override
    public String advice() {
        return "fix the caps file; its format is in the bundled price-caps.csv";
    }
}
