package org.kordon.documents;

import org.kordon.input.InputFormatException;

/**
 * A document that cannot be read as text: not UTF-8, over the size cap, a damaged or encrypted PDF. The message
 * names the file and, where there is one, the line: {@code news.txt line 3: not UTF-8 (byte 0xFF)}.
 */
public final class DocumentFormatException extends InputFormatException {
    private static final long serialVersionUID = 1L;

    public DocumentFormatException(String message) {
        super(message, null);
    }

    public DocumentFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
