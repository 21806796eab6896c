package org.kordon.store;

/** The subject, alert or entity asked for does not exist; the message names it. */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
