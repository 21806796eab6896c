package org.kordon.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the OFAC Enhanced XML parser: the input is the XML file. Property: {@link
 * ParserFuzz#check}. The seeds (small real-format excerpts) are in {@code
 * src/test/resources/org/kordon/lists/OfacXmlFuzzTestInputs/}; {@code ./run-tests} replays them, {@code ./mvnw
 * -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class OfacXmlFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parse_anyInput_returnsOrThrowsListFormatExceptionWithinBudget(byte[] data) {
        ParserFuzz.check(OfacXmlParser::new, ParserFuzz.file("SDN_ENHANCED.XML", data));
    }
}
