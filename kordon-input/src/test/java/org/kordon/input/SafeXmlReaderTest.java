package org.kordon.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class SafeXmlReaderTest {
    static final SafeXmlReader.Caps SMALL = new SafeXmlReader.Caps(4, 2, 64, 10);

    /** The refusal the tests see: the cap, element and line in the message. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private static XMLStreamReader open(String xml) throws XMLStreamException {
        return SafeXmlReader.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "a test file", SMALL,
                (cap, element, line, what) -> new Refused(cap + " " + element + " line " + line + ": " + what));
    }

    private static void readAll(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            r.next();
        }
    }

    @Test
    void open_dtd_isRefusedNamingTheDocument() {
        assertThatThrownBy(() -> readAll(open("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")))
                .isInstanceOf(XMLStreamException.class).hasMessageContaining("DTD is not allowed in a test file");
    }

    @Test
    void open_nestedPastTheCap_isRefusedThroughTheCallersRefusal() {
        assertThatThrownBy(() -> readAll(open("<a><b><c><d>\n<e/></d></c></b></a>")))
                .isInstanceOf(Refused.class).hasMessage("DEPTH e line 2: element <e> is nested 5 levels deep");
    }

    @Test
    void open_tooManyAttributesOrALongTextOrEvent_areRefused() {
        assertThatThrownBy(() -> readAll(open("<a x=\"1\" y=\"2\" z=\"3\"/>"))).hasMessageStartingWith("ATTRIBUTES a");
        assertThatThrownBy(() -> {
            XMLStreamReader r = open("<a>0123456789ab</a>");
            r.nextTag();
            r.getElementText();
        }).hasMessageStartingWith("TEXT_CHARS a");
        assertThatThrownBy(() -> readAll(open("<a>" + "x".repeat(500) + "</a>"))).hasMessageStartingWith("EVENT_BYTES null");
    }

    @Test
    void open_predefinedEntities_readAsText() throws XMLStreamException {
        XMLStreamReader r = open("<a>S &amp; S</a>");
        r.nextTag();
        assertThat(r.getElementText()).isEqualTo("S & S");
    }
}
