package org.kordon.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the EU annex CSV (OpenSanctions EU Journal layout) parser: the input is the CSV file.
 * Property: {@link ParserFuzz#check}. The seeds (small real-format excerpts) are in {@code
 * src/test/resources/org/kordon/lists/EuCsvFuzzTestInputs/}; {@code ./run-tests} replays them, {@code ./mvnw
 * -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class EuCsvFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parse_anyInput_returnsOrThrowsListFormatExceptionWithinBudget(byte[] data) {
        ParserFuzz.check(EuCsvParser::new, ParserFuzz.file("32014R0269.csv", data));
    }
}
