package org.kordon.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the stakes.csv reader of {@code kordon ownership --stakes}. Property: {@link
 * CommandFuzz#check}. Seeds (small valid and broken files) in {@code
 * src/test/resources/org/kordon/cli/OwnershipStakesFuzzTestInputs/}; {@code ./run-tests} replays them, {@code
 * ./mvnw -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class OwnershipStakesFuzzTest {
    private static final byte[] LISTED = "entity_id\nX\n".getBytes(StandardCharsets.UTF_8);

    @FuzzTest(maxDuration = "30s")
    void run_anyInputFile_exitsOkOrBadInputWithinBudget(byte[] data) {
        CommandFuzz.check("stakes.csv", data, in -> new String[] {"ownership", "--stakes", in.toString(), "--listed",
                CommandFuzz.write("listed.csv", LISTED).toString(), "--regime", "all", "--as-of", "2026-01-01",
                "--output", CommandFuzz.path("out.csv").toString()});
    }
}
