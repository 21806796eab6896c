package org.kordon.lists;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that are safe against hostile XML: no DTDs, no external entities, no entity expansion.
 * A document that declares a DTD fails at once with an error ("DTD is not allowed") instead of expanding
 * a billion laughs or fetching a URL.
 */
final class SafeXml {
    private static final XMLInputFactory FACTORY = newFactory();

    private SafeXml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity not allowed: " + systemId);
        });
        return f;
    }

    /** A reader over {@code in} that refuses DTDs and external entities. */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(in);
        return new DtdRejectingReader(r);
    }

    /** Fails on a DOCTYPE: with SUPPORT_DTD off the JDK's StAX silently skips it, we want it refused. */
    private static final class DtdRejectingReader extends javax.xml.stream.util.StreamReaderDelegate {
        DtdRejectingReader(XMLStreamReader r) {
            super(r);
        }

        @Override
        public int next() throws XMLStreamException {
            int ev = super.next();
            if (ev == DTD) {
                throw new XMLStreamException("DTD is not allowed in a list file", getLocation());
            }
            if (ev == ENTITY_REFERENCE) {
                throw new XMLStreamException("entity reference &" + getLocalName() + "; is not allowed", getLocation());
            }
            return ev;
        }
    }
}
