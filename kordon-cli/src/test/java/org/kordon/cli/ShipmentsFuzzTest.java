package org.kordon.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the shipments.csv reader of {@code kordon shipments screen}. Property: {@link
 * CommandFuzz#check}. Seeds (small valid and broken files) in {@code
 * src/test/resources/org/kordon/cli/ShipmentsFuzzTestInputs/}; {@code ./run-tests} replays them, {@code ./mvnw
 * -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class ShipmentsFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void run_anyInputFile_exitsOkOrBadInputWithinBudget(byte[] data) {
        CommandFuzz.check("shipments.csv", data, in -> new String[] {"shipments", "screen", "--list",
                CommandFuzz.sample(), "--input", in.toString(), "--output", CommandFuzz.path("out.csv").toString()});
    }
}
