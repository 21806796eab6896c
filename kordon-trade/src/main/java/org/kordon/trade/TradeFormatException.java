package org.kordon.trade;

import org.kordon.input.InputFormatException;

/**
 * A trade file (nomenclature, controlled list, trade flows) that cannot be read as it should: the message names the
 * file, the line and the field, e.g. {@code controlled.csv line 4: field hs_code: HS code '84x1' has a character ...}.
 */
public final class TradeFormatException extends InputFormatException {
    private static final long serialVersionUID = 1L;

    public TradeFormatException(String message) {
        super(message, null);
    }
}
