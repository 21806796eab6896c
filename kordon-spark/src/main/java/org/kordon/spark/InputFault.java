package org.kordon.spark;

/**
 * Malformed input found by a task on an executor that stops the whole run, as the single-machine commands stop on
 * it: exit 3 with this message, whatever Spark wraps it in ({@code KordonSpark} looks for it among the causes).
 */
final class InputFault extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InputFault(String message) {
        super(message);
    }
}
