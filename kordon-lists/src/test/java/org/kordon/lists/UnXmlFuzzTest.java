package org.kordon.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the UN Security Council consolidated list XML parser: the input is the XML file.
 * Property: {@link ParserFuzz#check}. The seeds (small real-format excerpts) are in {@code
 * src/test/resources/org/kordon/lists/UnXmlFuzzTestInputs/}; {@code ./run-tests} replays them, {@code ./mvnw
 * -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class UnXmlFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parse_anyInput_returnsOrThrowsListFormatExceptionWithinBudget(byte[] data) {
        ParserFuzz.check(UnXmlParser::new, ParserFuzz.file("consolidated.xml", data));
    }
}
