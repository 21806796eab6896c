package org.kordon.payments;

import java.util.Objects;

/**
 * A free-text field of a transaction: remittance information, instructions, purpose, MT 70 or 72.
 *
 * @param field the element path or MT tag ({@code CdtTrfTxInf/RmtInf/Ustrd}, {@code 70})
 * @param text  the text as written (MT lines joined with line breaks)
 */
public record FreeText(String field, String text) {
    public FreeText {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }
}
