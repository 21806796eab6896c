package org.kordon.ownership;

/** A graph file that cannot be read as it claims to be; the message names the file, line and field. */
public final class OwnershipFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OwnershipFormatException(String message) {
        super(message);
    }
}
