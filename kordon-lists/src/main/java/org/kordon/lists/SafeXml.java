package org.kordon.lists;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers that are safe against hostile XML: no DTDs, no external entities, no entity expansion, and
 * bounded. A document that declares a DTD fails at once with an error ("DTD is not allowed") instead of
 * expanding a billion laughs or fetching a URL. The caps of {@link Limit}: one event (a text node, a tag with
 * its attributes, a comment) may not make the parser read more than {@link Limit#XML_EVENT_BYTES} bytes, so a
 * gigabyte-long text node fails after a megabyte instead of being buffered whole; elements nest at most
 * {@link Limit#XML_DEPTH} levels and carry at most {@link Limit#XML_ATTRIBUTES} attributes;
 * {@link XMLStreamReader#getElementText()} returns at most {@link Limit#RECORD_CHARS} characters.
 *
 * <p>The JDK's own XML limits differ between JDK versions (JDK 24 lowered {@code jdk.xml.maxGeneralEntitySizeLimit}
 * to 100,000, which a long list with many <code>&amp;amp;</code> reaches; it raised none of Kordon's caps): they are set
 * here explicitly, so a list reads the same on every JDK. With DTDs refused only the five predefined entities can
 * occur, which expand one to one, so the entity-size limits are lifted and Kordon's byte cap bounds the text.
 */
final class SafeXml {
    private static final XMLInputFactory FACTORY = newFactory();

    private SafeXml() {
    }

    private static XMLInputFactory newFactory() {
        // the JDK's own StAX, whatever else is on the class path: its behaviour is the one tested
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        f.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        f.setProperty("jdk.xml.entityExpansionLimit", "0");
        // depth and attributes are counted below, with Kordon's messages; element names stay at the JDK's 1,000
        f.setProperty("jdk.xml.maxElementDepth", "0");
        f.setProperty("jdk.xml.elementAttributeLimit", "0");
        f.setProperty("jdk.xml.maxXMLNameLimit", "1000");
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity not allowed: " + systemId);
        });
        return f;
    }

    /**
     * A reader over {@code in} that refuses DTDs and external entities and keeps to the caps.
     *
     * @param part the zip part being read ({@code "content.xml"}), for messages; null for a plain file
     */
    static XMLStreamReader reader(InputStream in, ParseContext ctx, String part) throws XMLStreamException {
        EventBytes counted = new EventBytes(in, ctx, part);
        Guarded r = new Guarded(FACTORY.createXMLStreamReader(counted), counted, ctx, part);
        counted.reader = r;
        return r;
    }

    /** Where a reader is, for messages: {@code "content.xml (line 12)"}, {@code "(line 12)"}. */
    private static String where(String part, XMLStreamReader r) {
        Location l = r == null ? null : r.getLocation();
        String line = l != null && l.getLineNumber() > 0 ? "(line " + l.getLineNumber() + ")" : "";
        String s = (part == null ? "" : part + " ") + line;
        return s.isBlank() ? null : s.strip();
    }

    /** Counts the bytes the parser reads since the last event and fails past {@link Limit#XML_EVENT_BYTES}. */
    private static final class EventBytes extends FilterInputStream {
        private final ParseContext ctx;
        private final String part;
        private XMLStreamReader reader;
        private long sinceEvent;

        EventBytes(InputStream in, ParseContext ctx, String part) {
            super(in);
            this.ctx = ctx;
            this.part = part;
        }

        private void count(long n) {
            if (n > 0) {
                sinceEvent += n;
                if (sinceEvent > ctx.max(Limit.XML_EVENT_BYTES)) {
                    throw ctx.limit(where(part, reader), null, Limit.XML_EVENT_BYTES,
                            "an XML text, tag or comment runs on");
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count(s);
            return s;
        }
    }

    /**
     * Fails on a DOCTYPE (with SUPPORT_DTD off the JDK's StAX silently skips it, we want it refused) and on the
     * caps. {@code nextTag} and {@code getElementText} are rebuilt on {@code next} so that every event passes here.
     */
    private static final class Guarded extends StreamReaderDelegate {
        private final EventBytes counted;
        private final ParseContext ctx;
        private final String part;
        private int depth;

        Guarded(XMLStreamReader r, EventBytes counted, ParseContext ctx, String part) {
            super(r);
            this.counted = counted;
            this.ctx = ctx;
            this.part = part;
        }

        @Override
        public int next() throws XMLStreamException {
            counted.sinceEvent = 0;
            int ev = super.next();
            switch (ev) {
                case DTD -> throw new XMLStreamException("DTD is not allowed in a list file", getLocation());
                case ENTITY_REFERENCE -> throw new XMLStreamException("entity reference &" + getLocalName()
                        + "; is not allowed", getLocation());
                case START_ELEMENT -> {
                    if (++depth > ctx.max(Limit.XML_DEPTH)) {
                        throw ctx.limit(where(part, this), getLocalName(), Limit.XML_DEPTH,
                                "element <" + getLocalName() + "> is nested " + depth + " levels deep");
                    }
                    if (getAttributeCount() > ctx.max(Limit.XML_ATTRIBUTES)) {
                        throw ctx.limit(where(part, this), getLocalName(), Limit.XML_ATTRIBUTES,
                                "element <" + getLocalName() + "> has " + getAttributeCount() + " attributes");
                    }
                }
                case END_ELEMENT -> depth--;
                default -> {
                    // text, comments, processing instructions: bounded by the byte count
                }
            }
            return ev;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int ev = next();
            while ((ev == CHARACTERS && isWhiteSpace()) || (ev == CDATA && isWhiteSpace()) || ev == SPACE
                    || ev == PROCESSING_INSTRUCTION || ev == COMMENT) {
                ev = next();
            }
            if (ev != START_ELEMENT && ev != END_ELEMENT) {
                throw new XMLStreamException("expected a start or end tag", getLocation());
            }
            return ev;
        }

        @Override
        public String getElementText() throws XMLStreamException {
            if (getEventType() != START_ELEMENT) {
                throw new XMLStreamException("not on a start tag", getLocation());
            }
            String name = getLocalName();
            StringBuilder b = new StringBuilder();
            int ev = next();
            while (ev != END_ELEMENT) {
                switch (ev) {
                    case CHARACTERS, CDATA, SPACE -> {
                        if (b.length() + getTextLength() > ctx.max(Limit.RECORD_CHARS)) {
                            throw ctx.limit(where(part, this), name, Limit.RECORD_CHARS,
                                    "the text of <" + name + "> runs on");
                        }
                        b.append(getTextCharacters(), getTextStart(), getTextLength());
                    }
                    case PROCESSING_INSTRUCTION, COMMENT -> {
                        // no text
                    }
                    case END_DOCUMENT -> throw new XMLStreamException("file ends inside <" + name + ">", getLocation());
                    case START_ELEMENT -> throw new XMLStreamException("element <" + getLocalName()
                            + "> inside <" + name + ">, where only text is allowed", getLocation());
                    default -> throw new XMLStreamException("unexpected XML event " + ev + " inside <" + name + ">",
                            getLocation());
                }
                ev = next();
            }
            return b.toString();
        }
    }
}
