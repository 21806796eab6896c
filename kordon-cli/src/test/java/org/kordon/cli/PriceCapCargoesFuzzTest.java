package org.kordon.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the cargoes.csv reader of {@code kordon pricecap check}. Property: {@link
 * CommandFuzz#check}. Seeds (small valid and broken files) in {@code
 * src/test/resources/org/kordon/cli/PriceCapCargoesFuzzTestInputs/}; {@code ./run-tests} replays them, {@code
 * ./mvnw -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class PriceCapCargoesFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void run_anyInputFile_exitsOkOrBadInputWithinBudget(byte[] data) {
        CommandFuzz.check("cargoes.csv", data, in -> new String[] {"pricecap", "check", "--input", in.toString(),
                "--output", CommandFuzz.path("out.csv").toString()});
    }
}
