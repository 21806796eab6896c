package org.kordon.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the vessels.csv reader of {@code kordon vessels screen}. Property: {@link
 * CommandFuzz#check}. Seeds (small valid and broken files) in {@code
 * src/test/resources/org/kordon/cli/VesselsFuzzTestInputs/}; {@code ./run-tests} replays them, {@code ./mvnw
 * -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class VesselsFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void run_anyInputFile_exitsOkOrBadInputWithinBudget(byte[] data) {
        CommandFuzz.check("vessels.csv", data, in -> new String[] {"vessels", "screen", "--list", CommandFuzz.sample(),
                "--input", in.toString(), "--output", CommandFuzz.path("out.csv").toString(), "--top", "1"});
    }
}
