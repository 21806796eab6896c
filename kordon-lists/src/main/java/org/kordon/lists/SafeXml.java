package org.kordon.lists;

import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.kordon.input.SafeXmlReader;

/**
 * The list loaders' XML readers: kordon-input's {@link SafeXmlReader} (no DTDs, no external entities, no entity
 * expansion; "DTD is not allowed in a list file") with the caps of {@link Limit} for this file
 * ({@link Limit#XML_EVENT_BYTES}, {@link Limit#XML_DEPTH}, {@link Limit#XML_ATTRIBUTES}, and
 * {@link Limit#RECORD_CHARS} for one element's text), a cap passed being the {@link ListFormatException} of
 * {@link ParseContext#limit} that names the part and line.
 */
final class SafeXml {
    private SafeXml() {
    }

    /**
     * A reader over {@code in} that refuses DTDs and external entities and keeps to the caps.
     *
     * @param part the zip part being read ({@code "content.xml"}), for messages; null for a plain file
     */
    static XMLStreamReader reader(InputStream in, ParseContext ctx, String part) throws XMLStreamException {
        SafeXmlReader.Caps caps = new SafeXmlReader.Caps(ctx.max(Limit.XML_DEPTH), ctx.max(Limit.XML_ATTRIBUTES),
                ctx.max(Limit.XML_EVENT_BYTES), ctx.max(Limit.RECORD_CHARS));
        return SafeXmlReader.open(in, "a list file", caps, (cap, element, line, what) -> ctx.limit(where(part, line), element,
                switch (cap) {
                    case EVENT_BYTES -> Limit.XML_EVENT_BYTES;
                    case DEPTH -> Limit.XML_DEPTH;
                    case ATTRIBUTES -> Limit.XML_ATTRIBUTES;
                    case TEXT_CHARS -> Limit.RECORD_CHARS;
                }, what));
    }

    /** Where a reader is, for messages: {@code "content.xml (line 12)"}, {@code "(line 12)"}. */
    private static String where(String part, int line) {
        String l = line > 0 ? "(line " + line + ")" : "";
        String s = (part == null ? "" : part + " ") + l;
        return s.isBlank() ? null : s.strip();
    }
}
