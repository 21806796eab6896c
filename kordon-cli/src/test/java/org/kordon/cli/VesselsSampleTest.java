package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed contract of {@code kordon vessels screen} on the bundled sample of real entries, so that it is checked on
 * a fresh clone too ({@link VesselsCommandTest} runs the same command on the full shared lists when they are present).
 */
class VesselsSampleTest {
    @TempDir static Path tmp;
    static Path sample;

    @BeforeAll
    static void unpackSample() {
        sample = ListOptions.BundledSample.extract();
    }

    @Test
    void screen_sample_formerNameFoundByImo_badCheckDigitIgnoredWithLine_nameAloneCapped() throws Exception {
        Path in = tmp.resolve("vessels.csv");
        Files.writeString(in, """
                id,imo,name,flag,other
                v1,imo:9256858,LADY D,,ignored
                v2,9256859,PEGAS,,
                v3,,LINDA,,
                v4,IMO 9179842,ANGARA,ru,
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("results.csv");

        KordonRun r = KordonRun.of("vessels", "screen", "--list", sample.toString(), "--input", in.toString(),
                "--output", out.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(
                "query_id,rank,entity_id,score,matched_name,schema,explanation",
                "v1,1,ofac-sdn:34941,1.0000,LADY D,Vessel,\"IMO 9256858 matches; names differ: query \"\"LADY D\"\" is a former"
                        + " name, listed now as \"\"LINDA\"\"\"",
                // a listed vessel whose IMO number was mistyped: found by its name instead of dropped
                "v2,1,ofac-sdn:34942,0.7000,PEGAS,Vessel,\"name 1.00 \"\"PEGAS\"\" ~ \"\"PEGAS\"\" (primary name); name alone is weak"
                        + " evidence: capped at 0.70; ignored imo (invalid IMO number '9256859': check digit is 8, not 9)\"",
                "v3,1,ofac-sdn:34941,0.7000,LINDA,Vessel,\"name 1.00 \"\"LINDA\"\" ~ \"\"LINDA\"\" (primary name); name alone"
                        + " is weak evidence: capped at 0.70\"",
                "v4,1,eu:32014R0833-XLII-1,1.0000,Angara,Vessel,\"IMO 9179842 matches; name matches \"\"Angara\"\"\"");
        assertThat(r.err())
                .contains("kordon: warning: vessels.csv line 3: ignored imo (invalid IMO number '9256859': check digit is 8, not 9); "
                        + "screened on the other fields")
                .contains("screened 4 vessel(s) (1 with fields ignored), matched 4 (2 at or above 0.78), rejected 0 row(s)");
    }
}
