package org.kordon.payments;

import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.kordon.input.SafeXmlReader;

/**
 * Payment messages' XML readers: kordon-input's {@link SafeXmlReader}, the list loaders' hardening (no DTD, no
 * external entity, no entity expansion), with the caps of {@link Limits}; a cap passed is a
 * {@link PaymentFormatException} naming the file and line.
 */
final class HardenedXml {
    private static final SafeXmlReader.Caps CAPS = new SafeXmlReader.Caps(Limits.XML_DEPTH, Limits.XML_ATTRIBUTES,
            Limits.XML_EVENT_BYTES, Limits.XML_TEXT_CHARS);

    private HardenedXml() {
    }

    /** A reader over {@code in}, the payment file {@code file}. */
    static XMLStreamReader reader(String file, InputStream in) throws XMLStreamException {
        return SafeXmlReader.open(in, "a payment message", CAPS, (cap, element, line, what) -> new PaymentFormatException(file, line,
                what + " (at most " + switch (cap) {
                    case EVENT_BYTES -> Limits.XML_EVENT_BYTES + " bytes";
                    case DEPTH -> Limits.XML_DEPTH + " levels";
                    case ATTRIBUTES -> Limits.XML_ATTRIBUTES + " attributes";
                    case TEXT_CHARS -> Limits.XML_TEXT_CHARS + " characters";
                } + ")"));
    }
}
