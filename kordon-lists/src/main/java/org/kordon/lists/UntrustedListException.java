package org.kordon.lists;

/**
 * Kordon cannot trust the lists it was given, so it refuses them instead of screening against them: a source
 * that holds no entity, a file that lost its end marker (truncated), a source that lost more than its allowed
 * share of entities since the last good version ({@link ShrinkGuard}), or a folder that is not the current
 * version of a list in a data directory. Nothing was screened or replaced when this is thrown.
 *
 * <p>Unlike a {@link ListFormatException} this is not a bad record that {@code --lenient} could skip: lenient
 * loading refuses the same way. The message names the source and the counts, e.g.
 * {@code data/un/UN.xml (un-xml) has 0 entities: a sanctions list is never empty}.
 */
public final class UntrustedListException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source  the file, folder or list name at fault (several: the first)
     * @param message what is wrong, in words, naming the source and the counts
     */
    public UntrustedListException(String source, String message) {
        super(message);
        this.source = source;
    }

    /** The file, folder or list name the message is about. */
    public String source() {
        return source;
    }
}
