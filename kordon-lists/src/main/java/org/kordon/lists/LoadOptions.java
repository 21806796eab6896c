package org.kordon.lists;

/**
 * How to load lists.
 *
 * @param format  the format of every file, or null to detect it from each file's name and first bytes
 * @param lenient skip malformed records and report them instead of failing the load
 */
public record LoadOptions(ListFormat format, boolean lenient) {
    public static LoadOptions defaults() {
        return new LoadOptions(null, false);
    }

    public static LoadOptions lenientDefaults() {
        return new LoadOptions(null, true);
    }
}
