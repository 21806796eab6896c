package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the fixtures at random (fixed seeds) and checks the contract of every parser: it returns, or it
 * throws {@link ListFormatException}; never a NullPointerException, IllegalArgumentException or a raw
 * XMLStreamException, in strict or lenient mode.
 */
class UnEuParserRobustnessTest {
    private static final String[] JUNK = {"<", ">", "\"", "&", ",", ";", "\n", "</", "/>", "=\"", "\"\"", "&amp;",
        "<x>", "9999-99-99", "", "\u0000", "é", "\r\n", "]]>", "<!--", "-->"};

    @TempDir
    Path tmp;

    @Test
    void unXml_randomMutations_onlyListFormatException() throws IOException {
        fuzz(ParseRun.fixture("un-xml/UN_consolidated_small.xml"), UnXmlParser::new, 11);
    }

    @Test
    void euCsv_randomMutations_onlyListFormatException() throws IOException {
        fuzz(ParseRun.fixture("eu-csv/32014R0269.csv"), EuCsvParser::new, 22);
        fuzz(ParseRun.fixture("eu-csv/32014R0833.csv"), EuCsvParser::new, 23);
    }

    @Test
    void euFsfXml_randomMutations_onlyListFormatException() throws IOException {
        fuzz(ParseRun.fixture("eu-fsf-xml/xmlFullSanctionsList_1_1_small.xml"), EuFsfXmlParser::new, 33);
    }

    private void fuzz(Path fixture, Supplier<ListParser> parser, long seed) throws IOException {
        String base = Files.readString(fixture, StandardCharsets.UTF_8);
        Random random = new Random(seed);
        int failures = 0;
        for (int round = 0; round < 150; round++) {
            StringBuilder s = new StringBuilder(base);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(40)));
                    case 1 -> s.insert(at, JUNK[random.nextInt(JUNK.length)]);
                    default -> s.setLength(Math.max(1, at));
                }
            }
            Path p = tmp.resolve("fuzz-" + seed + "-" + round + fixture.getFileName().toString().replaceAll(".*\\.", "."));
            Files.writeString(p, s, StandardCharsets.UTF_8);
            for (boolean lenient : new boolean[] {false, true}) {
                try {
                    ParseRun.run(parser.get(), p, lenient);
                } catch (ListFormatException expected) {
                    assertThat(expected.getMessage()).contains(p.getFileName().toString());
                    failures++;
                }
            }
        }
        assertThat(failures).as("mutations that the parser refused").isPositive();
    }
}
