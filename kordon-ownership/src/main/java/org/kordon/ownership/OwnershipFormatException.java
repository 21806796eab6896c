package org.kordon.ownership;

import org.kordon.input.InputFormatException;

/** A graph file that cannot be read as it claims to be; the message names the file, line and field. */
public final class OwnershipFormatException extends InputFormatException {
    private static final long serialVersionUID = 1L;

    public OwnershipFormatException(String message) {
        super(message, null);
    }
}
