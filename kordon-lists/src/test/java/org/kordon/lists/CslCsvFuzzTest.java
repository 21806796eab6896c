package org.kordon.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the US Consolidated Screening List CSV parser: the input is the file. Property:
 * {@link ParserFuzz#check}. The seed (the hand-written fixture) is in {@code
 * src/test/resources/org/kordon/lists/CslCsvFuzzTestInputs/}; {@code ./run-tests} replays it, {@code ./mvnw
 * -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class CslCsvFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parse_anyInput_returnsOrThrowsListFormatExceptionWithinBudget(byte[] data) {
        ParserFuzz.check(CslParser::csv, ParserFuzz.file("consolidated.csv", data));
    }
}
