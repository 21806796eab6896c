package org.kordon.lists;

/**
 * How to load lists.
 *
 * @param format      the format of every file, or null to detect it from each file's name and first bytes
 * @param lenient     skip malformed records and report them instead of failing the load; it never makes an
 *                    empty or truncated source acceptable
 * @param oldVersions load a version folder of a data directory kept by {@link ListUpdater} even when it is not
 *                    the source's {@code current} one (inspection, {@code lists diff}, or a user's {@code --force});
 *                    false refuses it with an {@link UntrustedListException}
 */
public record LoadOptions(ListFormat format, boolean lenient, boolean oldVersions) {
    /** Options that refuse old version folders. */
    public LoadOptions(ListFormat format, boolean lenient) {
        this(format, lenient, false);
    }

    public static LoadOptions defaults() {
        return new LoadOptions(null, false);
    }

    public static LoadOptions lenientDefaults() {
        return new LoadOptions(null, true);
    }

    /** These options with {@link #oldVersions} set to {@code allow}. */
    public LoadOptions withOldVersions(boolean allow) {
        return new LoadOptions(format, lenient, allow);
    }
}
