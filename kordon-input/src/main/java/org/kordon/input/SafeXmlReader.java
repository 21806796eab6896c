package org.kordon.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.jspecify.annotations.Nullable;

/**
 * The one way Kordon reads XML (the list loaders, the payment messages): StAX readers safe against hostile XML. No
 * DTDs, no external entities, no entity expansion, and bounded. A document that declares a DTD fails at once
 * ("DTD is not allowed in a list file") instead of expanding a billion laughs or fetching a URL; an entity reference
 * fails too. The caller's {@link Caps}: one event (a text node, a tag with its attributes, a comment) may not make
 * the parser read more than {@code eventBytes} bytes, so a gigabyte-long text node fails after a megabyte instead of
 * being buffered whole; elements nest at most {@code depth} levels and carry at most {@code attributes}
 * attributes; {@link XMLStreamReader#getElementText()} returns at most {@code textChars} characters. A cap passed
 * throws what the caller's {@link Refusal} makes of it (its own exception, with the cap named).
 *
 * <pre>{@code
 * XMLStreamReader r = SafeXmlReader.open(in, "a payment message", new SafeXmlReader.Caps(64, 32, 1 << 20, 10_000),
 *         (cap, element, line, what) -> new MyFormatException(file, line, what));
 * }</pre>
 *
 * <p>The JDK's own XML limits differ between JDK versions (JDK 24 lowered {@code jdk.xml.maxGeneralEntitySizeLimit}
 * to 100,000, which a long list with many <code>&amp;amp;</code> reaches; it raised none of Kordon's caps): they are
 * set here explicitly, so a file reads the same on every JDK. With DTDs refused only the five predefined entities can
 * occur, which expand one to one, so the entity-size limits are lifted and the byte cap bounds the text. Readers
 * are not thread-safe; opening them is.
 */
public final class SafeXmlReader {
    private static final XMLInputFactory FACTORY = newFactory();

    /** The caps a reader keeps. */
    public enum Cap {
        /** Bytes read for one event. */
        EVENT_BYTES,
        /** Elements nested in each other. */
        DEPTH,
        /** Attributes of one element. */
        ATTRIBUTES,
        /** Characters of one element's text, read by {@code getElementText}. */
        TEXT_CHARS
    }

    /**
     * The values of the caps.
     *
     * @param depth      levels of nesting
     * @param attributes attributes per element
     * @param eventBytes bytes read for one event
     * @param textChars  characters of one element's text
     */
    public record Caps(long depth, long attributes, long eventBytes, long textChars) {
    }

    /** What a reader throws when a cap is passed. */
    @FunctionalInterface
    public interface Refusal {
        /**
         * The exception to throw for a cap passed.
         *
         * @param cap     the cap passed
         * @param element the element at fault, or null (a text running on)
         * @param line    the line (from 1) where the reader is, or 0 when unknown
         * @param what    what was seen: {@code "element <X> is nested 65 levels deep"}
         * @return the exception to throw
         */
        RuntimeException refuse(Cap cap, @Nullable String element, int line, String what);
    }

    private SafeXmlReader() {
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
        // depth and attributes are counted below, with the caller's messages; element names stay at the JDK's 1,000
        f.setProperty("jdk.xml.maxElementDepth", "0");
        f.setProperty("jdk.xml.elementAttributeLimit", "0");
        f.setProperty("jdk.xml.maxXMLNameLimit", "1000");
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity not allowed: " + systemId);
        });
        return f;
    }

    /**
     * A reader over {@code in} that refuses DTDs and entity references and keeps to {@code caps}.
     *
     * @param document what the document is, for the refusal of a DTD: {@code "a list file"}
     */
    public static XMLStreamReader open(InputStream in, String document, Caps caps, Refusal refusal) throws XMLStreamException {
        EventBytes counted = new EventBytes(in, caps.eventBytes(), refusal);
        Guarded r = new Guarded(FACTORY.createXMLStreamReader(counted), counted, document, caps, refusal);
        counted.reader = r;
        return r;
    }

    private static int line(@Nullable XMLStreamReader r) {
        Location l = r == null ? null : r.getLocation();
        return l == null ? 0 : Math.max(0, l.getLineNumber());
    }

    /** Counts the bytes the parser reads since the last event and fails past the cap. */
    private static final class EventBytes extends FilterInputStream {
        private final long max;
        private final Refusal refusal;
        private @Nullable XMLStreamReader reader;
        private long sinceEvent;

        EventBytes(InputStream in, long max, Refusal refusal) {
            super(in);
            this.max = max;
            this.refusal = refusal;
        }

        private void count(long n) {
            if (n > 0) {
                sinceEvent += n;
                if (sinceEvent > max) {
                    throw refusal.refuse(Cap.EVENT_BYTES, null, line(reader), "an XML text, tag or comment runs on");
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
        private final String document;
        private final Caps caps;
        private final Refusal refusal;
        private int depth;

        Guarded(XMLStreamReader r, EventBytes counted, String document, Caps caps, Refusal refusal) {
            super(r);
            this.counted = counted;
            this.document = document;
            this.caps = caps;
            this.refusal = refusal;
        }

        @Override
        public int next() throws XMLStreamException {
            counted.sinceEvent = 0;
            int ev = super.next();
            switch (ev) {
                case DTD -> throw new XMLStreamException("DTD is not allowed in " + document, getLocation());
                case ENTITY_REFERENCE -> throw new XMLStreamException("entity reference &" + getLocalName()
                        + "; is not allowed", getLocation());
                case START_ELEMENT -> {
                    if (++depth > caps.depth()) {
                        throw refusal.refuse(Cap.DEPTH, getLocalName(), line(this),
                                "element <" + getLocalName() + "> is nested " + depth + " levels deep");
                    }
                    if (getAttributeCount() > caps.attributes()) {
                        throw refusal.refuse(Cap.ATTRIBUTES, getLocalName(), line(this),
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
                        if (b.length() + getTextLength() > caps.textChars()) {
                            throw refusal.refuse(Cap.TEXT_CHARS, name, line(this), "the text of <" + name + "> runs on");
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
