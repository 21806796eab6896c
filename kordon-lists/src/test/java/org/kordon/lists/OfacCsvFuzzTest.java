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
        // OFAC ends its files with 0x1A and the parser refuses a file without it before reading a row, so the
        // fuzzer's files get the marker: the rows, not the marker check, are what is fuzzed here
        var files = new java.util.LinkedHashMap<String, byte[]>();
        ParserFuzz.split(data, NAMES).forEach((name, bytes) -> files.put(name, withEndMarker(bytes)));
        ParserFuzz.files(files);
        ParserFuzz.check(OfacCsvParser::new, ParserFuzz.path("sdn.csv"));
    }

    private static byte[] withEndMarker(byte[] bytes) {
        byte[] out = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        out[bytes.length] = 0x1A;
        return out;
    }
}
