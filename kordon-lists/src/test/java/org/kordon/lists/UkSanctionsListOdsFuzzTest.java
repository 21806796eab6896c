package org.kordon.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the FCDO UK Sanctions List spreadsheet (.ods) parser: the input is content.xml; the
 * target zips it into a spreadsheet. Property: {@link ParserFuzz#check}. The seeds (small real-format excerpts) are
 * in {@code src/test/resources/org/kordon/lists/UkSanctionsListOdsFuzzTestInputs/}; {@code ./run-tests} replays
 * them, {@code ./mvnw -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class UkSanctionsListOdsFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parse_anyInput_returnsOrThrowsListFormatExceptionWithinBudget(byte[] data) {
        ParserFuzz.check(UkSanctionsListOdsParser::new, ParserFuzz.file("FCDO_SL_Mon_Aug_11_2025.ods",
                ParserFuzz.zip(Map.of("content.xml", data))));
    }
}
