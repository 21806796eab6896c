package org.kordon.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the US Consolidated Screening List JSON parser: the input is the file. Property:
 * {@link ParserFuzz#check}. The seed (the hand-written fixture) is in {@code
 * src/test/resources/org/kordon/lists/CslJsonFuzzTestInputs/}; {@code ./run-tests} replays it, {@code ./mvnw
 * -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class CslJsonFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parse_anyInput_returnsOrThrowsListFormatExceptionWithinBudget(byte[] data) {
        ParserFuzz.check(CslParser::json, ParserFuzz.file("consolidated.json", data));
    }
}
