package org.kordon.lists;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.kordon.model.Entity;
import org.kordon.model.Identifier;
import org.kordon.model.IdType;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

/**
 * Reads the FCDO UK Sanctions List short-form spreadsheet export (OpenDocument {@code .ods}), e.g.
 * {@code FCDO_SL_Mon_Aug_11_2025.ods}.
 *
 * <p>The file is a zip whose {@code content.xml} holds one table ({@code UK_Sanction_List}) with a header row
 * and one row per designation:
 * <pre>
 * Unique ID | OFSI Group ID | Name | Regime Name | Type | Designation source | Date Designated | Sanctions Imposed
 * RUS0001   | 14186         | …    | Russia      | Individual | UK        | 16-03-2022      | Asset freeze, Travel Ban
 * </pre>
 * Each row becomes entity {@code uk:<Unique ID>} (e.g. {@code uk:RUS0001}): Type → schema (Individual → PERSON,
 * Entity → ORGANIZATION, Ship → VESSEL), Name → the one PRIMARY name, OFSI Group ID → an OTHER identifier
 * labelled "OFSI Group ID" (the key of the same designation in the ConList), and one sanction: authority
 * {@code UK}, programme = Regime Name, listed on = Date Designated ({@code dd-mm-yyyy}), measure = Sanctions
 * Imposed; Designation source ({@code UK}/{@code UN}) is kept as the remark "Designation source: UN". The
 * short form carries no aliases, birth dates, addresses or IMO numbers.
 *
 * <p>The version is the date in the file name when it has the FCDO's pattern {@code FCDO_SL_<Day>_<Mon>_<dd>_<yyyy>}
 * (here {@code 2025-08-11}), else null: the sheet itself carries no publication date.
 *
 * <p>{@code content.xml} is streamed with {@link SafeXml} (DOCTYPE and entities refused). ODF compresses
 * repeated cells and rows ({@code table:number-columns-repeated}, {@code table:number-rows-repeated}, used for
 * the million empty rows at the end): repeats are counted, not materialised, so row numbers in errors match
 * what a spreadsheet shows ({@code row 17}); cell text is the {@code text:p} paragraphs joined by a newline,
 * with {@code text:s} (spaces), {@code text:tab} and {@code text:line-break} expanded. A malformed date or an
 * unknown Type rejects that row; a missing header column or broken XML fails the file. A row whose Name is
 * blank (the August 2025 export has two: BEL0174 and RUS1467) cannot be screened: it is skipped with a warning
 * naming the row and the Unique ID, in strict mode too, since the file itself is well-formed.
 */
final class UkSanctionsListOdsParser implements ListParser {
    static final String LIST = "uk-sl";
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final List<String> COLUMNS = List.of("Unique ID", "OFSI Group ID", "Name", "Regime Name", "Type",
            "Designation source", "Date Designated", "Sanctions Imposed");
    private static final Pattern FILE_DATE = Pattern.compile(
            "(?i)FCDO_SL_[A-Za-z]{3}_([A-Za-z]{3})_(\\d{1,2})_(\\d{4})(?:\\D.*)?");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    /** The most spaces one {@code text:s} element may stand for (real files use a handful). */
    private static final int MAX_SPACES = 1000;

    private ParseContext ctx;
    private SourceRef source;
    private Map<String, Integer> columns;

    @Override
    public void parse(ParseContext ctx) throws IOException {
        this.ctx = ctx;
        this.source = new SourceRef(LIST, versionFromName(ctx.fileName()));
        ctx.source(source);
        try (ZipLimit zip = ZipLimit.open(ctx, "an OpenDocument .ods spreadsheet")) {
            ZipEntry content = zip.entry("content.xml");
            if (content == null) {
                throw ctx.error(null, null, "not an OpenDocument spreadsheet: no content.xml");
            }
            try (InputStream in = zip.open(content)) {
                readContent(in);
            }
        }
        if (columns == null) {
            throw ctx.error("content.xml", null, "no UK Sanctions List table with a header row");
        }
    }

    /**
     * The version in an FCDO file name: {@code FCDO_SL_Mon_Aug_11_2025.ods} gives {@code 2025-08-11}; other
     * names give null.
     */
    static String versionFromName(String fileName) {
        if (fileName == null) {
            return null;
        }
        Matcher m = FILE_DATE.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            return null;
        }
        try {
            return new PartialDate(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2))).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Streams the first table. Caps: {@link Limit#ROWS} non-empty rows, none past {@link Limit#ROW_NUMBER} (the
     * empty rows that pad a sheet to its end are counted, never materialised); see {@link #readRow} for cells.
     */
    private void readContent(InputStream in) {
        long rowNumber = 0;
        long rows = 0;
        boolean inTable = false;
        try {
            XMLStreamReader r = SafeXml.reader(in, ctx, "content.xml");
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (isTable(r, "table")) {
                        if (columns != null) {
                            ctx.warn("content.xml", null, "further sheet '" + r.getAttributeValue(TABLE_NS, "name")
                                    + "' ignored: only the first sheet is the list", false);
                            skipElement(r);
                            continue;
                        }
                        inTable = true;
                        rowNumber = 0;
                    } else if (inTable && isTable(r, "table-row")) {
                        int repeat = repeat(r, "number-rows-repeated", rowNumber);
                        long first = rowNumber + 1;
                        List<String> cells = readRow(r, first);
                        rowNumber += repeat;
                        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                            continue;
                        }
                        if (first > ctx.max(Limit.ROW_NUMBER)) {
                            throw ctx.limit("content.xml row " + first, null, Limit.ROW_NUMBER,
                                    "non-empty row " + first + " is past the end of a spreadsheet");
                        }
                        if (++rows > ctx.max(Limit.ROWS)) {
                            throw ctx.limit("content.xml row " + first, null, Limit.ROWS,
                                    "the sheet has more than " + (rows - 1) + " non-empty rows");
                        }
                        if (repeat > 1) {
                            ctx.warn("row " + first, null, "row repeated " + repeat
                                    + " times in the file: read once", false);
                        }
                        handleRow((int) first, cells);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && isTable(r, "table")) {
                    inTable = false;
                }
            }
        } catch (XMLStreamException e) {
            String line = e.getLocation() != null && e.getLocation().getLineNumber() > 0
                    ? " (line " + e.getLocation().getLineNumber() + ")" : "";
            throw new ListFormatException(ctx.fileName(), "content.xml" + line + " after row " + rowNumber, null,
                    "malformed XML: " + e.getMessage(), e);
        }
    }

    private static boolean isTable(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && TABLE_NS.equals(r.getNamespaceURI());
    }

    private int repeat(XMLStreamReader r, String attribute, long rowNumber) {
        String v = r.getAttributeValue(TABLE_NS, attribute);
        if (v == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1) {
                throw new NumberFormatException("must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ctx.error("content.xml row " + (rowNumber + 1), "table:" + attribute,
                    "bad repeat count '" + v + "'");
        }
    }

    /**
     * Reads a {@code table:table-row} to its end. Repeated cells are expanded up to {@link Limit#COLUMNS} (ODF
     * pads rows to 16,384 columns with one repeated empty cell); a non-blank cell past it fails, as does a row
     * with more than {@link Limit#RECORD_CHARS} characters of text.
     */
    private List<String> readRow(XMLStreamReader r, long rowNumber) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        long column = 0;
        long chars = 0;
        long maxColumns = ctx.max(Limit.COLUMNS);
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (isTable(r, "table-cell") || isTable(r, "covered-table-cell")) {
                    int repeat = repeat(r, "number-columns-repeated", rowNumber - 1);
                    String dateValue = r.getAttributeValue(OFFICE_NS, "date-value");
                    String text = cellText(r, rowNumber);
                    if (text == null && dateValue != null) {
                        text = dateValue;
                    }
                    boolean blank = text == null || text.isBlank();
                    if (!blank && column + repeat > maxColumns) {
                        throw ctx.limit("content.xml row " + rowNumber, null, Limit.COLUMNS,
                                "a non-empty cell reaches column " + (column + repeat));
                    }
                    if (!blank) {
                        chars += text.length() * (long) repeat;
                        if (chars > ctx.max(Limit.RECORD_CHARS)) {
                            throw ctx.limit("content.xml row " + rowNumber, null, Limit.RECORD_CHARS,
                                    "the row's text runs on");
                        }
                    }
                    for (int i = 0; i < repeat && cells.size() < maxColumns; i++) {
                        cells.add(text);
                    }
                    column += repeat;
                } else {
                    skipElement(r);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return cells;
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("file ends inside a table row");
            }
        }
    }

    /**
     * The text of a cell: its {@code text:p} paragraphs joined by newlines, or null if it has none. At most
     * {@link Limit#RECORD_CHARS} characters (a {@code text:s} stands for up to {@value #MAX_SPACES} spaces).
     */
    private String cellText(XMLStreamReader r, long rowNumber) throws XMLStreamException {
        StringBuilder b = null;
        int depth = 1;
        int paragraphDepth = 0;
        while (depth > 0) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    boolean text = TEXT_NS.equals(r.getNamespaceURI());
                    String n = r.getLocalName();
                    if (text && n.equals("p") && paragraphDepth == 0) {
                        b = b == null ? new StringBuilder() : b.append('\n');
                        paragraphDepth = depth;
                    } else if (text && n.equals("s") && b != null) {
                        String c = r.getAttributeValue(TEXT_NS, "c");
                        int count = 1;
                        try {
                            count = c == null ? 1 : Math.min(Integer.parseInt(c.strip()), MAX_SPACES);
                        } catch (NumberFormatException e) {
                            count = 1;
                        }
                        b.append(" ".repeat(Math.max(count, 0)));
                    } else if (text && n.equals("tab") && b != null) {
                        b.append('\t');
                    } else if (text && n.equals("line-break") && b != null) {
                        b.append('\n');
                    } else if (!text && paragraphDepth == 0) {
                        // annotations and other non-text children carry no cell value
                        skipElement(r);
                        depth--;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == paragraphDepth) {
                        paragraphDepth = 0;
                    }
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (paragraphDepth > 0 && b != null) {
                        b.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("file ends inside a cell");
                default -> { }
            }
            if (b != null && b.length() > ctx.max(Limit.RECORD_CHARS)) {
                throw ctx.limit("content.xml row " + rowNumber, null, Limit.RECORD_CHARS, "a cell's text runs on");
            }
        }
        return b == null ? null : b.toString();
    }

    private static void skipElement(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("file ends inside an element");
            }
        }
    }

    private void handleRow(int rowNumber, List<String> cells) {
        String location = "row " + rowNumber;
        if (columns == null) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String h = cells.get(i) == null ? "" : cells.get(i).strip();
                if (!h.isEmpty()) {
                    m.putIfAbsent(h, i);
                }
            }
            List<String> missing = COLUMNS.stream().filter(c -> !m.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw ctx.error(location, missing.get(0), "not a UK Sanctions List sheet: missing column(s) " + missing);
            }
            columns = m;
            return;
        }
        try {
            if (cell(cells, "Name") == null) {
                // the FCDO export has designations with a blank Name (BEL0174, RUS1467 in Aug 2025): not a
                // malformed file, but nothing to screen against either
                ctx.warn(location, "Name", "designation " + cell(cells, "Unique ID")
                        + " has no name in this export: skipped", true);
                return;
            }
            ctx.emit(entity(location, cells));
        } catch (ListFormatException e) {
            ctx.reject(e);
        } catch (IllegalArgumentException e) {
            ctx.reject(ctx.error(location, null, e.getMessage()));
        }
    }

    private Entity entity(String location, List<String> cells) {
        String uid = cell(cells, "Unique ID");
        if (uid == null) {
            throw ctx.error(location, "Unique ID", "row has no Unique ID");
        }
        String type = cell(cells, "Type");
        Schema schema;
        try {
            schema = Schema.parse(type);
        } catch (IllegalArgumentException e) {
            throw ctx.error(location, "Type", "unknown type '" + type + "' (expected Individual, Entity or Ship)");
        }
        String name = cell(cells, "Name");
        String dateText = cell(cells, "Date Designated");
        PartialDate designated = null;
        if (dateText != null) {
            Matcher m = DMY.matcher(dateText);
            try {
                if (m.matches()) {
                    designated = new PartialDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                } else {
                    designated = PartialDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
                }
            } catch (IllegalArgumentException e) {
                throw ctx.error(location, "Date Designated", "bad date '" + dateText + "' (expected dd-mm-yyyy)");
            }
        }
        Entity.Builder b = Entity.builder("uk:" + uid, schema).source(source);
        b.name(name, NameKind.PRIMARY);
        String group = cell(cells, "OFSI Group ID");
        if (group != null) {
            b.identifier(new Identifier(IdType.OTHER, group, null, "OFSI Group ID"));
        }
        b.identifier(new Identifier(IdType.OTHER, uid, null, "UK Sanctions List Ref"));
        String regime = cell(cells, "Regime Name");
        b.sanction(new Sanction("UK", regime == null ? List.of() : List.of(regime), designated,
                cell(cells, "Sanctions Imposed"), null));
        String designationSource = cell(cells, "Designation source");
        if (designationSource != null) {
            b.remark("Designation source: " + designationSource);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw ctx.error(location, null, e.getMessage());
        }
    }

    private String cell(List<String> cells, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= cells.size() || cells.get(i) == null) {
            return null;
        }
        String v = cells.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
