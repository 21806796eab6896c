package org.kordon.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the queries.csv reader of {@code kordon screen --input}. Property: {@link
 * CommandFuzz#check}. Seeds (small valid and broken files) in {@code
 * src/test/resources/org/kordon/cli/ScreenQueriesFuzzTestInputs/}; {@code ./run-tests} replays them, {@code ./mvnw
 * -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class ScreenQueriesFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void run_anyInputFile_exitsOkOrBadInputWithinBudget(byte[] data) {
        CommandFuzz.check("queries.csv", data, in -> new String[] {"screen", "--list", CommandFuzz.sample(), "--input",
                in.toString(), "--output", CommandFuzz.path("out.csv").toString(), "--top", "1"});
    }
}
