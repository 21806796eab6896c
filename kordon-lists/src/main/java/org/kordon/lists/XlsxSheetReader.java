package org.kordon.lists;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
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
        ZipFile zip;
        try {
            zip = new ZipFile(ctx.file().toFile());
        } catch (ZipException e) {
            throw ctx.error(null, null, "not an Excel .xlsx workbook (not a zip file): " + e.getMessage());
        }
        try (zip) {
            String sheetPart = firstSheetPart(zip);
            ZipEntry sheet = zip.getEntry(sheetPart);
            if (sheet == null) {
                throw ctx.error(null, null, "not an Excel .xlsx workbook: no worksheet " + sheetPart);
            }
            List<String> shared = sharedStrings(zip);
            try (InputStream in = ZipLimit.of(zip.getInputStream(sheet), ctx, sheet.getName())) {
                readSheet(sheetPart, in, shared, handler);
            }
        }
    }

    private String firstSheetPart(ZipFile zip) throws IOException {
        ZipEntry wb = zip.getEntry("xl/workbook.xml");
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (wb == null || rels == null) {
            return "xl/worksheets/sheet1.xml";
        }
        String rid = null;
        try (InputStream in = ZipLimit.of(zip.getInputStream(wb), ctx, wb.getName())) {
            XMLStreamReader r = SafeXml.reader(in);
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
        try (InputStream in = ZipLimit.of(zip.getInputStream(rels), ctx, rels.getName())) {
            XMLStreamReader r = SafeXml.reader(in);
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

    private List<String> sharedStrings(ZipFile zip) throws IOException {
        List<String> out = new ArrayList<>();
        ZipEntry e = zip.getEntry("xl/sharedStrings.xml");
        if (e == null) {
            return out;
        }
        try (InputStream in = ZipLimit.of(zip.getInputStream(e), ctx, e.getName())) {
            XMLStreamReader r = SafeXml.reader(in);
            StringBuilder text = null;
            int phonetic = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            if (text != null && phonetic == 0) {
                                text.append(r.getElementText());
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("si") && text != null) {
                        out.add(text.toString());
                        text = null;
                    } else if (r.getLocalName().equals("rPh")) {
                        phonetic--;
                    }
                }
            }
        } catch (XMLStreamException ex) {
            throw xmlError("xl/sharedStrings.xml", ex);
        }
        return out;
    }

    private void readSheet(String part, InputStream in, List<String> shared, RowHandler handler) {
        int rowNumber = 0;
        try {
            XMLStreamReader r = SafeXml.reader(in);
            List<String> cells = null;
            int nextCol = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("row")) {
                        String n = r.getAttributeValue(null, "r");
                        rowNumber = n != null ? parseInt(part, r, "row/@r", n) : rowNumber + 1;
                        cells = new ArrayList<>();
                        nextCol = 0;
                    } else if (name.equals("c") && cells != null) {
                        String ref = r.getAttributeValue(null, "r");
                        int col = ref != null ? column(ref) : nextCol;
                        if (col < 0) {
                            throw ctx.error("row " + rowNumber, null, "bad cell reference '" + ref + "' in " + part);
                        }
                        String value = cell(r, part, rowNumber, shared);
                        while (cells.size() < col) {
                            cells.add(null);
                        }
                        if (col == cells.size()) {
                            cells.add(value);
                        } else {
                            cells.set(col, value);
                        }
                        nextCol = col + 1;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row") && cells != null) {
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

    /** The 0-based column of a cell reference: {@code "AJ18798"} gives 35; -1 if there are no letters. */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 3) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    private ListFormatException xmlError(String part, XMLStreamException e) {
        String line = e.getLocation() != null && e.getLocation().getLineNumber() > 0
                ? " (line " + e.getLocation().getLineNumber() + ")" : "";
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        return new ListFormatException(ctx.fileName(), part + line, null, "malformed XML: " + msg, e);
    }
}
