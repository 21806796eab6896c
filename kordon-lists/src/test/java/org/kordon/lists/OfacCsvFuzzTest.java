package org.kordon.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Coverage-guided fuzzing of the OFAC legacy CSV set parser: one input holds sdn.csv, then alt.csv, add.csv and
 * sdn_comments.csv, each after {@link ParserFuzz#SEPARATOR}. Property: {@link ParserFuzz#check}. The seeds (small
 * real-format excerpts) are in {@code src/test/resources/org/kordon/lists/OfacCsvFuzzTestInputs/}; {@code
 * ./run-tests} replays them, {@code ./mvnw -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class OfacCsvFuzzTest {
    private static final List<String> NAMES = List.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");

    @FuzzTest(maxDuration = "30s")
    void parse_anyInput_returnsOrThrowsListFormatExceptionWithinBudget(byte[] data) {
        ParserFuzz.files(ParserFuzz.split(data, NAMES));
        ParserFuzz.check(OfacCsvParser::new, ParserFuzz.path("sdn.csv"));
    }
}
