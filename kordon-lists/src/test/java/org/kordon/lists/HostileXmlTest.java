package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kordon.model.Entity;

/**
 * Every XML list parser refuses a document type declaration before it reads a record: no DTD, no entity
 * expansion (billion laughs), no external entity (XXE), and nothing emitted from such a file, in lenient mode too.
 *
 * <p>One specification for all plain-XML parsers; the zipped formats (xlsx, ods) test the same refusal with the
 * part name in the message in their own tests.
 */
class HostileXmlTest {
    @TempDir
    Path tmp;

    /** A parser and the root element its format starts with (its body is irrelevant: the DTD comes first). */
    record XmlFormat(String name, Supplier<ListParser> parser, String root) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<XmlFormat> formats() {
        return Stream.of(
                new XmlFormat("un-xml", UnXmlParser::new, "CONSOLIDATED_LIST"),
                new XmlFormat("ofac-xml", OfacXmlParser::new, "sanctionsData"),
                new XmlFormat("eu-fsf-xml", EuFsfXmlParser::new, "export"));
    }

    enum Attack {
        DOCTYPE {
            @Override
            String prolog(String root, Path secret) {
                return "<!DOCTYPE " + root + " [<!ELEMENT " + root + " ANY>]>";
            }
        },
        BILLION_LAUGHS {
            @Override
            String prolog(String root, Path secret) {
                StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
                for (int i = 1; i <= 9; i++) {
                    dtd.append("<!ENTITY lol").append(i).append(" \"")
                            .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
                }
                return dtd.append("]>").toString();
            }

            @Override
            String body() {
                return "&lol9;";
            }
        },
        EXTERNAL_ENTITY {
            @Override
            String prolog(String root, Path secret) {
                return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
            }

            @Override
            String body() {
                return "&xxe;";
            }
        };

        abstract String prolog(String root, Path secret);

        String body() {
            return "";
        }
    }

    static Stream<Arguments> cases() {
        return formats().flatMap(f -> Stream.of(Attack.values()).map(a -> Arguments.of(f, a)));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("cases")
    void parse_documentTypeDeclaration_isRefusedNamingTheFileAndEmittingNothing(XmlFormat format, Attack attack)
            throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET", StandardCharsets.UTF_8);
        Path file = tmp.resolve(format.name() + "-" + attack.name().toLowerCase(java.util.Locale.ROOT) + ".xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n" + attack.prolog(format.root(), secret) + "\n<"
                + format.root() + ">" + attack.body() + "</" + format.root() + ">\n", StandardCharsets.UTF_8);

        List<Entity> emitted = new ArrayList<>();
        assertThatThrownBy(() -> emitted.addAll(ParseRun.lenient(format.parser().get(), file).entities()))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContaining("DTD")
                .hasMessageNotContaining("TOP-SECRET")
                .hasMessageNotContaining("lollollol");
        assertThat(emitted).isEmpty();
    }
}
