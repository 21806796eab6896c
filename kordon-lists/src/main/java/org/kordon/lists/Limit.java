package org.kordon.lists;

import java.util.Locale;

/**
 * Every cap on what one list file may make Kordon read or hold, in one place. A file that passes a cap fails
 * with a {@link ListFormatException} naming the file, the place, the cap and its value, in lenient mode too
 * (a cap is not a bad record that can be skipped), before memory runs out. Example message:
 * {@code ConList.xlsx row 17, field XFD17: cell XFD17 is in column 16384, past the limit of 1,024 columns per row
 * (Kordon limit 'columns')}.
 *
 * <p>Each cap is far above the largest real file of its format and low enough that a hostile file cannot
 * exhaust a 1 GiB heap; the table with the real maxima and the ratios is in
 * {@code docs/reliability/bounds-and-fuzzing.md}.
 */
enum Limit {
    /** Decompressed bytes of one plain list file, or of one part of a zip (an .xlsx sheet, an .ods content.xml). */
    DOCUMENT_BYTES(512L << 20, "bytes per file or zip part"),
    /** Decompressed bytes read from all the parts of one zip together. */
    ARCHIVE_BYTES(1L << 30, "decompressed bytes per zip"),
    /** Entries in one zip (an .xlsx, .ods or zipped OFAC XML). */
    ZIP_ENTRIES(10_000, "entries per zip"),
    /** Bytes the XML reader may consume for one event: a text node, a tag with its attributes, a comment. */
    XML_EVENT_BYTES(1L << 20, "bytes per XML text, tag or comment"),
    /** Nesting of XML elements, counted from the root. */
    XML_DEPTH(64, "levels of XML nesting"),
    /** Attributes of one XML element. */
    XML_ATTRIBUTES(256, "attributes per XML element"),
    /** XML elements in one record (a UN INDIVIDUAL, an OFAC entity, an EU sanctionEntity, a top-level section). */
    RECORD_ELEMENTS(100_000, "XML elements per record"),
    /** Characters of one record: a CSV record, a JSON line, the text of one XML record or of one sheet row. */
    RECORD_CHARS(1L << 20, "characters per record"),
    /** Non-empty rows of a spreadsheet, or records of a CSV file. */
    ROWS(500_000, "rows per file"),
    /** The last row number a spreadsheet may use for a non-empty row (Excel's and LibreOffice's own maximum). */
    ROW_NUMBER(1_048_576, "as the last row number"),
    /** Cells of one row of a spreadsheet or CSV file (trailing empty cells do not count). */
    COLUMNS(1_024, "columns per row"),
    /** Strings in an .xlsx shared-string table. */
    SHARED_STRINGS(1_000_000, "shared strings"),
    /** Characters of all the strings in an .xlsx shared-string table together. */
    SHARED_STRING_CHARS(64L << 20, "characters of shared strings"),
    /** Nesting of JSON objects and arrays in one line. */
    JSON_DEPTH(32, "levels of JSON nesting"),
    /** Characters of one JSON number. */
    JSON_NUMBER_CHARS(100, "characters per JSON number"),
    /** Characters of one JSON property name. */
    JSON_NAME_CHARS(1_000, "characters per JSON property name"),
    /** Entities one file may give. */
    ENTITIES(500_000, "entities per file");

    /*
     * Why these numbers. The heap has to hold what a file gives (entities) and, while one record is read, that
     * record; everything else is streamed. So the caps come in two kinds:
     * - caps on what is held: entities and sheet rows per file (the OFSI ConList keeps its rows' groups until the
     *   end), the shared strings of an .xlsx, one record (elements and characters), one XML event;
     * - caps on work: decompressed bytes, zip entries, nesting, attributes, columns. These bound time and guard
     *   the places where a parser would otherwise build something per unit of input (a cell list padded to
     *   column XFD, a zip with a million entries).
     * A 1 GiB heap holds 500,000 minimal entities with room to spare (measured: see the docs), and every
     * transient buffer is a few MiB at most. The real files are 10 to 1,000 times below each cap.
     */

    private final long max;
    private final String unit;

    Limit(long max, String unit) {
        this.max = max;
        this.unit = unit;
    }

    /** The system property that raises or lowers a cap for one run: {@code kordon.limit.<key>}. */
    static final String PROPERTY_PREFIX = "kordon.limit.";

    /**
     * The cap: the value above, unless the system property {@code kordon.limit.<key>} gives another (e.g.
     * {@code KORDON_JAVA_OPTS="-Xmx16g -Dkordon.limit.entities=3000000 -Dkordon.limit.document-bytes=8589934592"} for
     * a full OpenSanctions export, which is past the default entity and byte caps). A property that is not a
     * positive whole number fails at once, naming it.
     */
    long max() {
        return Overrides.VALUES[ordinal()];
    }

    /** The defaults, without the overrides. */
    long defaultMax() {
        return max;
    }

    /** Reads the overrides once, at first use. */
    private static final class Overrides {
        static final long[] VALUES = read();

        private static long[] read() {
            Limit[] all = values();
            long[] v = new long[all.length];
            for (Limit l : all) {
                String name = PROPERTY_PREFIX + l.key();
                String given = System.getProperty(name);
                v[l.ordinal()] = l.max;
                if (given != null && !given.isBlank()) {
                    try {
                        v[l.ordinal()] = Long.parseLong(given.strip().replace("_", ""));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(name + " must be a whole number, got '" + given + "'");
                    }
                    if (v[l.ordinal()] <= 0) {
                        throw new IllegalArgumentException(name + " must be positive, got '" + given + "'");
                    }
                }
            }
            return v;
        }
    }

    /** The name used in messages and in the docs: {@code XML_EVENT_BYTES} gives {@code "xml-event-bytes"}. */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code "the limit of 256 columns per row (Kordon limit 'columns')"} for the given value of the cap. */
    String describe(long value) {
        return "the limit of " + String.format(Locale.ROOT, "%,d", value) + " " + unit + " (Kordon limit '" + key() + "')";
    }
}
