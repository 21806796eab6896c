package org.kordon.payments;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers hardened as kordon-lists' {@code SafeXml} hardens the list loaders' (no DTD, no external entity, no
 * entity expansion; the JDK's entity limits lifted because only the five predefined entities can occur), with the
 * caps of {@link Limits}: a DOCTYPE or entity reference fails at once, an element nested more than
 * {@link Limits#XML_DEPTH} deep or with more than {@link Limits#XML_ATTRIBUTES} attributes fails, and no event may
 * make the parser read more than {@link Limits#XML_EVENT_BYTES} bytes. Failures are {@link XMLStreamException}s
 * with the location, which the reader turns into a {@link PaymentFormatException} naming the line.
 */
final class HardenedXml {
    private static final XMLInputFactory FACTORY = newFactory();

    private HardenedXml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        f.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        f.setProperty("jdk.xml.entityExpansionLimit", "0");
        f.setProperty("jdk.xml.maxElementDepth", "0");
        f.setProperty("jdk.xml.elementAttributeLimit", "0");
        f.setProperty("jdk.xml.maxXMLNameLimit", "1000");
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity not allowed: " + systemId);
        });
        return f;
    }

    /** A reader over {@code in} that refuses DTDs and entities and keeps to the caps. */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        EventBytes counted = new EventBytes(in);
        return new Guarded(FACTORY.createXMLStreamReader(counted), counted);
    }

    /** Counts the bytes read since the last event; past the cap the read fails (the parser reports it with its line). */
    private static final class EventBytes extends FilterInputStream {
        private long sinceEvent;

        EventBytes(InputStream in) {
            super(in);
        }

        private void count(long n) throws IOException {
            if (n > 0) {
                sinceEvent += n;
                if (sinceEvent > Limits.XML_EVENT_BYTES) {
                    throw new IOException("an XML text, tag or comment runs on past " + Limits.XML_EVENT_BYTES + " bytes");
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

    /** Refuses DOCTYPEs (which the JDK would skip silently) and entity references; counts depth and attributes. */
    private static final class Guarded extends StreamReaderDelegate {
        private final EventBytes counted;
        private int depth;

        Guarded(XMLStreamReader r, EventBytes counted) {
            super(r);
            this.counted = counted;
        }

        @Override
        public int next() throws XMLStreamException {
            counted.sinceEvent = 0;
            int ev = super.next();
            switch (ev) {
                case DTD -> throw new XMLStreamException("a DTD (<!DOCTYPE>) is not allowed in a payment message", getLocation());
                case ENTITY_REFERENCE -> throw new XMLStreamException("entity reference &" + getLocalName() + "; is not allowed",
                        getLocation());
                case START_ELEMENT -> {
                    if (++depth > Limits.XML_DEPTH) {
                        throw new XMLStreamException("element <" + getLocalName() + "> is nested " + depth
                                + " levels deep (at most " + Limits.XML_DEPTH + ")", getLocation());
                    }
                    if (getAttributeCount() > Limits.XML_ATTRIBUTES) {
                        throw new XMLStreamException("element <" + getLocalName() + "> has " + getAttributeCount()
                                + " attributes (at most " + Limits.XML_ATTRIBUTES + ")", getLocation());
                    }
                }
                case END_ELEMENT -> depth--;
                default -> {
                    // text, comments, processing instructions: bounded by the byte count
                }
            }
            return ev;
        }

        /** The element's text, read through {@link #next()} so that every event passes the checks; capped in length. */
        @Override
        public String getElementText() throws XMLStreamException {
            String name = getLocalName();
            StringBuilder b = new StringBuilder();
            for (int ev = next(); ev != END_ELEMENT; ev = next()) {
                switch (ev) {
                    case CHARACTERS, CDATA, SPACE -> {
                        if (b.length() + getTextLength() > Limits.XML_TEXT_CHARS) {
                            throw new XMLStreamException("the text of <" + name + "> runs on past " + Limits.XML_TEXT_CHARS
                                    + " characters", getLocation());
                        }
                        b.append(getTextCharacters(), getTextStart(), getTextLength());
                    }
                    case COMMENT, PROCESSING_INSTRUCTION -> {
                        // no text
                    }
                    case START_ELEMENT -> throw new XMLStreamException("element <" + getLocalName() + "> inside <" + name
                            + ">, where only text is allowed", getLocation());
                    default -> throw new XMLStreamException("unexpected XML event " + ev + " inside <" + name + ">", getLocation());
                }
            }
            return b.toString();
        }
    }
}
