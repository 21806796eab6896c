package org.kordon.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the OFSI ConList workbook (.xlsx) parser: one input holds the sheet XML, then the
 * shared strings after {@link ParserFuzz#SEPARATOR}; the target zips them into a workbook (mutating compressed
 * bytes would find little). Property: {@link ParserFuzz#check}. The seeds (small real-format excerpts) are in
 * {@code src/test/resources/org/kordon/lists/UkOfsiXlsxFuzzTestInputs/}; {@code ./run-tests} replays them, {@code
 * ./mvnw -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class UkOfsiXlsxFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parse_anyInput_returnsOrThrowsListFormatExceptionWithinBudget(byte[] data) {
        Map<String, byte[]> parts = ParserFuzz.split(data, List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"));
        ParserFuzz.check(UkOfsiXlsxParser::new, ParserFuzz.file("ConList.xlsx", ParserFuzz.zip(parts)));
    }
}
