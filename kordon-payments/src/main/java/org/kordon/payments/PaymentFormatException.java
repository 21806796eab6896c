package org.kordon.payments;

import org.jspecify.annotations.Nullable;
import org.kordon.input.InputFormatException;

/**
 * A payment message that cannot be read: not well-formed XML, a DTD or entity, a size or nesting cap passed, a
 * broken MT block, an unsupported message type. The message names the file, the line where known and the reason:
 * {@code broken.fin line 7: block 4 is not closed by "-}"}.
 */
public final class PaymentFormatException extends InputFormatException {
    private static final long serialVersionUID = 1L;

    private final int line;

    public PaymentFormatException(String file, int line, String detail) {
        this(file, line, detail, null);
    }

    public PaymentFormatException(String file, int line, String detail, @Nullable Throwable cause) {
        super(file, line > 0 ? "line " + line : null, null, detail, cause);
        this.line = line;
    }

    /** The line (from 1) where the fault is, or 0 when unknown. */
    public int line() {
        return line;
    }
}
