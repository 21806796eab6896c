package org.kordon.lists;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the rows of the first worksheet of an Excel workbook (.xlsx, Office Open XML), as text.
 *
 * <p>An xlsx file is a zip: {@code xl/workbook.xml} names the sheets, {@code xl/_rels/workbook.xml.rels}
 * maps them to parts such as {@code xl/worksheets/sheet1.xml}, and cell text of type {@code s} is an index
 * into {@code xl/sharedStrings.xml}. The shared strings are held in memory (they must be: cells point into
 * them in any order); the sheet itself is read row by row with {@link SafeXml}, so a DOCTYPE or entity in
 * any part is refused. Numbers and booleans are returned as written in the file ({@code 13651}, {@code 1});
 * date-formatted numbers are not converted (the lists Kordon reads write dates as text).
 *
 * <p>Rows are handed over as {@code (rowNumber, cells)} with {@code rowNumber} the sheet's own 1-based number,
 * so error messages can say "row 17" as Excel shows it.
 */
final class XlsxSheetReader {
    /** Receives one row. */
    interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }

    private final ParseContext ctx;

    XlsxSheetReader(ParseContext ctx) {
        this.ctx = ctx;
    }

    /** Reads the first sheet and passes each row to {@code handler}. */
    void read(RowHandler handler) throws IOException {
        try (ZipLimit zip = ZipLimit.open(ctx, "an Excel .xlsx workbook")) {
            String sheetPart = firstSheetPart(zip);
            ZipEntry sheet = zip.entry(sheetPart);
            if (sheet == null) {
                throw ctx.error(null, null, "not an Excel .xlsx workbook: no worksheet " + sheetPart);
            }
            List<String> shared = sharedStrings(zip);
            try (InputStream in = zip.open(sheet)) {
                readSheet(sheetPart, in, shared, handler);
            }
        }
    }

    private String firstSheetPart(ZipLimit zip) throws IOException {
        ZipEntry wb = zip.entry("xl/workbook.xml");
        ZipEntry rels = zip.entry("xl/_rels/workbook.xml.rels");
        if (wb == null || rels == null) {
            return "xl/worksheets/sheet1.xml";
        }
        String rid = null;
        try (InputStream in = zip.open(wb)) {
            XMLStreamReader r = SafeXml.reader(in, ctx, wb.getName());
            while (r.hasNext() && rid == null) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if (r.getAttributeLocalName(i).equals("id")) {
                            rid = r.getAttributeValue(i);
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw xmlError("xl/workbook.xml", e);
        }
        if (rid == null) {
            return "xl/worksheets/sheet1.xml";
        }
        try (InputStream in = zip.open(rels)) {
            XMLStreamReader r = SafeXml.reader(in, ctx, rels.getName());
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
                        && rid.equals(r.getAttributeValue(null, "Id"))) {
                    String target = r.getAttributeValue(null, "Target");
                    if (target == null) {
                        break;
                    }
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        } catch (XMLStreamException e) {
            throw xmlError("xl/_rels/workbook.xml.rels", e);
        }
        return "xl/worksheets/sheet1.xml";
    }

    /**
     * The shared-string table: at most {@link Limit#SHARED_STRINGS} strings of {@link Limit#SHARED_STRING_CHARS}
     * characters together (they are held in memory while the sheet is read).
     */
    private List<String> sharedStrings(ZipLimit zip) throws IOException {
        List<String> out = new ArrayList<>();
        ZipEntry e = zip.entry("xl/sharedStrings.xml");
        if (e == null) {
            return out;
        }
        String part = e.getName();
        try (InputStream in = zip.open(e)) {
            XMLStreamReader r = SafeXml.reader(in, ctx, part);
            StringBuilder text = null;
            int phonetic = 0;
            long chars = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            if (text != null && phonetic == 0) {
                                String t = r.getElementText();
                                chars += t.length();
                                if (chars > ctx.max(Limit.SHARED_STRING_CHARS)) {
                                    throw ctx.limit(part + " string " + out.size(), null, Limit.SHARED_STRING_CHARS,
                                            "the shared strings run on");
                                }
                                text.append(t);
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("si") && text != null) {
                        if (out.size() >= ctx.max(Limit.SHARED_STRINGS)) {
                            throw ctx.limit(part, null, Limit.SHARED_STRINGS,
                                    "the workbook has more than " + out.size() + " shared strings");
                        }
                        out.add(text.toString());
                        text = null;
                    } else if (r.getLocalName().equals("rPh")) {
                        phonetic--;
                    }
                }
            }
        } catch (XMLStreamException ex) {
            throw xmlError(part, ex);
        }
        return out;
    }

    /**
     * Streams the rows of the sheet. Caps: {@link Limit#ROWS} non-empty rows, none past {@link Limit#ROW_NUMBER};
     * a non-blank cell past {@link Limit#COLUMNS} (blank styled cells there are ignored, Excel writes them); at
     * most {@link Limit#RECORD_CHARS} characters per row.
     */
    private void readSheet(String part, InputStream in, List<String> shared, RowHandler handler) {
        int rowNumber = 0;
        long rows = 0;
        try {
            XMLStreamReader r = SafeXml.reader(in, ctx, part);
            List<String> cells = null;
            int nextCol = 0;
            long chars = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("row")) {
                        String n = r.getAttributeValue(null, "r");
                        rowNumber = n != null ? parseInt(part, r, "row/@r", n) : rowNumber + 1;
                        if (rowNumber < 1 || rowNumber > ctx.max(Limit.ROW_NUMBER)) {
                            throw ctx.limit(part + " row " + rowNumber, null, Limit.ROW_NUMBER,
                                    "row number " + rowNumber + " is out of range");
                        }
                        cells = new ArrayList<>();
                        nextCol = 0;
                        chars = 0;
                    } else if (name.equals("c") && cells != null) {
                        String ref = r.getAttributeValue(null, "r");
                        int col = ref != null ? column(ref) : nextCol;
                        if (col < 0) {
                            throw ctx.error("row " + rowNumber, null, "bad cell reference '" + ref + "' in " + part);
                        }
                        String value = cell(r, part, rowNumber, shared);
                        nextCol = col == Integer.MAX_VALUE ? col : col + 1;
                        if (value == null || value.isBlank()) {
                            continue; // an empty (styled) cell: nothing to keep, wherever it is
                        }
                        if (col >= ctx.max(Limit.COLUMNS)) {
                            throw ctx.limit("row " + rowNumber, ref, Limit.COLUMNS, "cell " + (ref != null ? ref
                                    : "number " + (col + 1L)) + " is in column " + (col + 1L));
                        }
                        chars += value.length();
                        if (chars > ctx.max(Limit.RECORD_CHARS)) {
                            throw ctx.limit("row " + rowNumber, ref, Limit.RECORD_CHARS, "the row's text runs on");
                        }
                        while (cells.size() < col) {
                            cells.add(null);
                        }
                        if (col == cells.size()) {
                            cells.add(value);
                        } else {
                            cells.set(col, value);
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row") && cells != null) {
                    if (!cells.isEmpty() && ++rows > ctx.max(Limit.ROWS)) {
                        throw ctx.limit("row " + rowNumber, null, Limit.ROWS, "the sheet has more than "
                                + (rows - 1) + " non-empty rows");
                    }
                    handler.row(rowNumber, cells);
                    cells = null;
                }
            }
        } catch (XMLStreamException e) {
            throw xmlError(part + " after row " + rowNumber, e);
        }
    }

    /** Reads one {@code <c>} element to its end and returns its text. */
    private String cell(XMLStreamReader r, String part, int rowNumber, List<String> shared)
            throws XMLStreamException {
        String type = r.getAttributeValue(null, "t");
        StringBuilder v = null;
        StringBuilder inline = null;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String n = r.getLocalName();
                if (n.equals("v")) {
                    v = new StringBuilder(r.getElementText());
                    depth--;
                } else if (n.equals("t")) {
                    inline = inline == null ? new StringBuilder() : inline;
                    inline.append(r.getElementText());
                    if (inline.length() > ctx.max(Limit.RECORD_CHARS)) {
                        throw ctx.limit("row " + rowNumber, null, Limit.RECORD_CHARS, "the row's text runs on");
                    }
                    depth--;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("file ends inside a cell");
            }
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? null : inline.toString();
        }
        if (v == null) {
            return null;
        }
        if ("s".equals(type)) {
            String s = v.toString().strip();
            int i = parseInt(part, r, "c/v", s);
            if (i < 0 || i >= shared.size()) {
                throw ctx.error("row " + rowNumber, null, "shared string index " + i + " out of range (0.."
                        + (shared.size() - 1) + ") in " + part);
            }
            return shared.get(i);
        }
        return v.toString();
    }

    private int parseInt(String part, XMLStreamReader r, String what, String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw ctx.error(part + " (line " + r.getLocation().getLineNumber() + ")", what, "not a number: '" + s + "'");
        }
    }

    /**
     * The 0-based column of a cell reference: {@code "AJ18798"} gives 35, {@code "XFD1"} 16383; -1 if there are no
     * letters; {@link Integer#MAX_VALUE} when the letters go past any column a spreadsheet can have.
     */
    static int column(String ref) {
        long col = 0;
        int i = 0;
        while (i < ref.length() && isAsciiLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (col > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
            i++;
        }
        return i == 0 ? -1 : (int) (col - 1);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private ListFormatException xmlError(String part, XMLStreamException e) {
        String line = e.getLocation() != null && e.getLocation().getLineNumber() > 0
                ? " (line " + e.getLocation().getLineNumber() + ")" : "";
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        return new ListFormatException(ctx.fileName(), part + line, null, "malformed XML: " + msg, e);
    }
}
