package org.kordon.spark;

import org.kordon.input.InputFormatException;

/**
 * Malformed input found by a task on an executor that stops the whole run, as the single-machine commands stop on
 * it. One of the {@link InputFormatException} family: it names the file (Spark's CSV reader knows no line numbers,
 * so the detail quotes the record instead), and {@code KordonSpark} maps every member of the family, found among the
 * causes Spark wraps it in, to exit 3 with its message, in one place.
 */
final class InputFault extends InputFormatException {
    private static final long serialVersionUID = 1L;

    /** {@code file} as {@code Tables.name} gives it; {@code detail} what is wrong, with the record's first characters. */
    InputFault(String file, String detail) {
        super(file, 0, null, detail);
    }
}
