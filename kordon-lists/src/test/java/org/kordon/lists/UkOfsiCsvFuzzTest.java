package org.kordon.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Coverage-guided fuzzing of the OFSI ConList CSV parser: the input is the CSV file. Property: {@link
 * ParserFuzz#check}. The seeds (small real-format excerpts) are in {@code
 * src/test/resources/org/kordon/lists/UkOfsiCsvFuzzTestInputs/}; {@code ./run-tests} replays them, {@code ./mvnw
 * -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class UkOfsiCsvFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parse_anyInput_returnsOrThrowsListFormatExceptionWithinBudget(byte[] data) {
        ParserFuzz.check(UkOfsiCsvParser::new, ParserFuzz.file("ConList.csv", data));
    }
}
