package org.kordon.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the OpenSanctions Senzing JSON-lines parser: the input is the file. Property: {@link
 * ParserFuzz#check}. The seeds (small real-format excerpts) are in {@code
 * src/test/resources/org/kordon/lists/SenzingJsonFuzzTestInputs/}; {@code ./run-tests} replays them, {@code ./mvnw
 * -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class SenzingJsonFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parse_anyInput_returnsOrThrowsListFormatExceptionWithinBudget(byte[] data) {
        ParserFuzz.check(SenzingJsonParser::new, ParserFuzz.file("senzing.json", data));
    }
}
