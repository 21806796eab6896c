package org.kordon.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the Comtrade flows reader of {@code kordon trade anomalies}. Property: {@link
 * CommandFuzz#check}. Seeds (small valid and broken files) in {@code
 * src/test/resources/org/kordon/cli/TradeFlowsFuzzTestInputs/}; {@code ./run-tests} replays them, {@code ./mvnw
 * -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class TradeFlowsFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void run_anyInputFile_exitsOkOrBadInputWithinBudget(byte[] data) {
        CommandFuzz.check("flows.csv", data, in -> new String[] {"trade", "anomalies", "--flows", in.toString(),
                "--output", CommandFuzz.path("out.csv").toString(), "--since", "2022-03"});
    }
}
