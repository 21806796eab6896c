package org.kordon.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One list record read from a StAX stream into a small tree, so a parser can map it field by field while
 * the file as a whole is still streamed (one record in memory at a time).
 *
 * <p>Each element knows its path, e.g. {@code /CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[3]/INDIVIDUAL_DATE_OF_BIRTH[2]},
 * and the line it starts on, for error messages. A repeated element gets its 1-based position among the
 * siblings of the same name; an element that is the only one of its name gets none. Names are local names
 * (namespaces are dropped). A record may hold at most {@link Limit#RECORD_ELEMENTS} elements and
 * {@link Limit#RECORD_CHARS} characters of text; nesting is capped by {@link SafeXml}. Not thread-safe.
 */
final class XmlRecord {

    private final String name;
    private final XmlRecord parent;
    private final String basePath;
    private final int line;
    private final Map<String, String> attributes;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlRecord> children = new ArrayList<>();

    private XmlRecord(String name, XmlRecord parent, String basePath, int line, Map<String, String> attributes) {
        this.name = name;
        this.parent = parent;
        this.basePath = basePath;
        this.line = line;
        this.attributes = attributes;
    }

    /**
     * Reads the element the reader is positioned on (a START_ELEMENT) with everything inside it; returns
     * with the reader on its END_ELEMENT.
     *
     * @param path the element's own path, as the caller knows it (e.g. with its index among records)
     * @throws ListFormatException when the record passes {@link Limit#RECORD_ELEMENTS} or {@link Limit#RECORD_CHARS}
     */
    static XmlRecord read(ParseContext ctx, XMLStreamReader r, String path) throws XMLStreamException {
        XmlRecord root = new XmlRecord(r.getLocalName(), null, path, lineOf(r), attributes(r));
        XmlRecord current = root;
        int depth = 1;
        long elements = 1;
        long chars = 0;
        while (depth > 0) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (++elements > ctx.max(Limit.RECORD_ELEMENTS)) {
                        throw ctx.limit(path + " (line " + lineOf(r) + ")", null, Limit.RECORD_ELEMENTS,
                                "the record holds more than " + (elements - 1) + " elements");
                    }
                    XmlRecord child = new XmlRecord(r.getLocalName(), current, null, lineOf(r), attributes(r));
                    current.children.add(child);
                    current = child;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        current = current.parent;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    chars += r.getTextLength();
                    if (chars > ctx.max(Limit.RECORD_CHARS)) {
                        throw ctx.limit(path + " (line " + lineOf(r) + ")", null, Limit.RECORD_CHARS,
                                "the record's text runs on");
                    }
                    current.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("file ends inside <" + current.name + ">", r.getLocation());
                default -> {
                    // comments and processing instructions carry no list data
                }
            }
        }
        return root;
    }

    /**
     * Moves to the root element and checks its local name. Uses {@code next()} (never {@code nextTag()}) so
     * that {@link SafeXml}'s DTD check sees every event.
     */
    static void toRoot(ParseContext ctx, XMLStreamReader r, String root) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                if (!root.equals(r.getLocalName())) {
                    throw ctx.error("/" + r.getLocalName() + " (line " + lineOf(r) + ")", null,
                            "root element is <" + r.getLocalName() + ">, expected <" + root + ">");
                }
                return;
            }
        }
        throw ctx.error("line " + lineOf(r), null, "no root element <" + root + ">: the file is empty");
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        int n = r.getAttributeCount();
        if (n == 0) {
            return Map.of();
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return m;
    }

    static int lineOf(XMLStreamReader r) {
        Location l = r.getLocation();
        return l == null ? -1 : l.getLineNumber();
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    /** The element path, e.g. {@code /export/sanctionEntity[2]/birthdate}. */
    String path() {
        if (basePath != null) {
            return basePath;
        }
        int index = 0;
        int same = 0;
        for (XmlRecord sibling : parent.children) {
            if (sibling.name.equals(name)) {
                same++;
                if (sibling == this) {
                    index = same;
                }
            }
        }
        return parent.path() + "/" + name + (same > 1 ? "[" + index + "]" : "");
    }

    /** The path with the line, for error messages: {@code /A/B[3]/C (line 812)}. */
    String where() {
        return path() + " (line " + line + ")";
    }

    /** The element's own text, stripped; null when blank. */
    String text() {
        String s = text.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** An attribute's value, stripped; null when absent or blank. */
    String attr(String attribute) {
        String v = attributes.get(attribute);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    List<XmlRecord> children() {
        return children;
    }

    /** The children of one name, in document order. */
    List<XmlRecord> children(String childName) {
        List<XmlRecord> out = new ArrayList<>();
        for (XmlRecord c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child of that name, or null. */
    XmlRecord child(String childName) {
        for (XmlRecord c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** The text of the first child of that name, or null when absent or blank. */
    String childText(String childName) {
        XmlRecord c = child(childName);
        return c == null ? null : c.text();
    }

    /** The non-blank texts of the {@code VALUE} children of the first child of that name (UN style). */
    List<String> values(String childName) {
        List<String> out = new ArrayList<>();
        for (XmlRecord c : children(childName)) {
            for (XmlRecord v : c.children) {
                String t = v.text();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Reads one XML file's body; {@link #parseFile} opens and closes the reader around it. */
    interface Body {
        void read(ParseContext ctx, XMLStreamReader r) throws XMLStreamException;
    }

    /** Opens {@code ctx.file()} with {@link SafeXml}, runs {@code body}, and turns XML errors into {@link #fatal}. */
    static void parseFile(ParseContext ctx, Body body) throws java.io.IOException {
        ctx.checkSize(ctx.file());
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(ctx.file())) {
            XMLStreamReader r = SafeXml.reader(in, ctx, null);
            try {
                body.read(ctx, r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw fatal(ctx, e, null);
        }
    }

    /**
     * A fatal error for a stream the XML parser could not read: hostile (DTD, entity) or broken (truncated,
     * mismatched tags). Names the element the reader was in and the line.
     */
    static ListFormatException fatal(ParseContext ctx, XMLStreamException e, String path) {
        String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int at = msg.indexOf("Message: ");
        if (at >= 0) {
            msg = msg.substring(at + "Message: ".length());
        }
        msg = msg.strip();
        Location l = e.getLocation();
        String location = (path == null ? "" : path + " ")
                + (l != null && l.getLineNumber() > 0 ? "(line " + l.getLineNumber() + ")" : "");
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        boolean hostile = lower.contains("dtd") || lower.contains("doctype") || lower.contains("external entity")
                || lower.contains("entity reference") || lower.contains("entity \"");
        String detail = hostile
                ? "refused hostile or unsupported XML: " + msg
                : "malformed XML: " + msg;
        return new ListFormatException(ctx.fileName(), location.isBlank() ? null : location.strip(), null, detail, e);
    }
}
