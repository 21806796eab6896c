package org.kordon.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Coverage-guided fuzzing of the zip container (.xlsx, .ods, zipped OFAC XML) parser: the input is the raw bytes of
 * a zip, read as each of the three zip formats. Property: {@link ParserFuzz#check}. The seeds (small real-format
 * excerpts) are in {@code src/test/resources/org/kordon/lists/ZipContainerFuzzTestInputs/}; {@code ./run-tests}
 * replays them, {@code ./mvnw -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class ZipContainerFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parse_anyInput_returnsOrThrowsListFormatExceptionWithinBudget(byte[] data) {
        ParserFuzz.check(UkOfsiXlsxParser::new, ParserFuzz.file("ConList.xlsx", data));
        ParserFuzz.check(UkSanctionsListOdsParser::new, ParserFuzz.file("FCDO_SL_Mon_Aug_11_2025.ods", data));
        ParserFuzz.check(OfacXmlParser::new, ParserFuzz.file("CONS_ENHANCED.ZIP", data));
    }
}
