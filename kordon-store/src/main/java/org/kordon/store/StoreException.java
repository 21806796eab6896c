package org.kordon.store;

/** The database failed or refused: the message names the operation and the database's own reason. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
