package org.kordon.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the listed.csv reader of {@code kordon ownership --listed}. Property: {@link
 * CommandFuzz#check}. Seeds (small valid and broken files) in {@code
 * src/test/resources/org/kordon/cli/OwnershipListedFuzzTestInputs/}; {@code ./run-tests} replays them, {@code
 * ./mvnw -Pfuzz} fuzzes (see docs/reliability/bounds-and-fuzzing.md).
 */
class OwnershipListedFuzzTest {
    private static final byte[] STAKES = ("owner_id,owned_id,share_min,share_max,type,start,end\n"
            + "X,A,50,50,shareholding,,\nA,B,60,60,shareholding,,\n").getBytes(StandardCharsets.UTF_8);

    @FuzzTest(maxDuration = "30s")
    void run_anyInputFile_exitsOkOrBadInputWithinBudget(byte[] data) {
        CommandFuzz.check("listed.csv", data, in -> new String[] {"ownership", "--stakes",
                CommandFuzz.write("stakes.csv", STAKES).toString(), "--listed", in.toString(), "--regime", "all",
                "--as-of", "2026-01-01", "--output", CommandFuzz.path("out.csv").toString()});
    }
}
