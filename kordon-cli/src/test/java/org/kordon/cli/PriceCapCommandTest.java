package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kordon pricecap check} as a user runs it: arguments in; stdout, stderr, exit code and result.csv out. */
class PriceCapCommandTest {
    @TempDir Path tmp;

    static KordonRun kordon(String... args) {
        return KordonRun.of(args);
    }

    @Test
    void check_writesVerdictsAndSkipsBadRowsWithLineNumbers() throws Exception {
        Path in = tmp.resolve("cargoes.csv");
        Files.writeString(in, """
                id,regime,product,loading_date,contract_date,price_usd_per_bbl
                c1,eu,crude,2025-09-02,2025-08-01,59.00
                c2,eu,crude,2025-09-03,2025-08-01,50.00
                c3,eu,crude,2025-10-01,2025-07-01,59.00
                c4,us,crude,2026-03-01,2026-02-15,60
                c5,uk,diesel,2023-02-04,2023-01-10,120
                c6,ch,crude,2025-01-01,2025-01-01,50
                c7,eu,bitumen,2025-01-01,2025-01-01,50
                c8,eu,crude,2025-02-30,2025-01-01,50
                c9,eu,crude,2025-01-01,2025-01-01,-1
                c10,eu,crude,2025-01-01,,50
                c11,uk,naphtha,2026-01-05,2026-01-01,47.60
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("result.csv");
        KordonRun r = kordon("pricecap", "check", "--input", in.toString(), "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(out)).containsExactly(
                "id,cap_usd_per_bbl,within_cap,reason",
                "c1,60.00,true,EU crude cap $60.00 from 2022-12-05",
                "c2,47.60,false,EU crude cap $47.60 from 2025-09-03",
                "c3,60.00,true,\"EU grace: contract before 2025-07-20, executed by 2025-10-18 at $60.00\"",
                "c4,60.00,true,US crude cap $60.00 from 2022-12-05",
                "c5,,true,no UK premium-to-crude product cap before 2023-02-05",
                "c11,45.00,false,UK discount-to-crude product cap $45.00 from 2023-02-05");
        assertThat(r.err())
                .contains("cargoes.csv line 7: field regime: regime must be eu, uk or us, got 'ch'; row skipped")
                .contains("cargoes.csv line 8: field product: unknown product 'bitumen'")
                .contains("cargoes.csv line 9: field loading_date: not an ISO date (YYYY-MM-DD): '2025-02-30'")
                .contains("cargoes.csv line 10: field price_usd_per_bbl: must not be negative, got -1")
                .contains("cargoes.csv line 11: field contract_date is empty")
                .contains("kordon: checked 6 cargo(es), 2 above the cap, rejected 5 row(s); caps from price-caps.csv");
    }

    @Test
    void check_missingRequiredColumn_exitsBadInputNamingFileAndLineOne() throws Exception {
        Path in = tmp.resolve("nocontract.csv");
        Files.writeString(in, "id,regime,product,loading_date,price_usd_per_bbl\nc1,eu,crude,2025-09-03,50\n");
        KordonRun r = kordon("pricecap", "check", "--input", in.toString(), "--output", tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("nocontract.csv line 1: missing required column 'contract_date'");
    }

    @Test
    void check_withUserCapsFile_appliesTheNextChange() throws Exception {
        Path caps = tmp.resolve("next-caps.csv");
        Files.writeString(caps, """
                kind,regime,class,product,cap_usd_per_bbl,valid_from,contract_before,grace_until,grace_cap_usd_per_bbl,source
                cap,us,crude,,60.00,2022-12-05,,,,OFAC
                cap,us,crude,,41.00,2027-01-01,,,,"OFAC, hypothetical next change"
                product,,crude,crude,,,,,,
                """);
        Path in = tmp.resolve("cargoes.csv");
        Files.writeString(in, "id,regime,product,loading_date,contract_date,price_usd_per_bbl\nc1,us,crude,2027-01-01,2026-12-01,45\n");
        Path out = tmp.resolve("result.csv");
        KordonRun r = kordon("pricecap", "check", "--input", in.toString(), "--output", out.toString(), "--caps", caps.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("id,cap_usd_per_bbl,within_cap,reason",
                "c1,41.00,false,US crude cap $41.00 from 2027-01-01");
        assertThat(r.err()).contains("caps from next-caps.csv");
    }

    @Test
    void check_malformedCapsFile_exitsBadInputNamingLineAndField() throws Exception {
        Path caps = tmp.resolve("bad-caps.csv");
        Files.writeString(caps, """
                kind,regime,class,product,cap_usd_per_bbl,valid_from,contract_before,grace_until,grace_cap_usd_per_bbl,source
                cap,us,crude,,60.00,5 Dec 2022,,,,OFAC
                """);
        Path in = tmp.resolve("cargoes.csv");
        Files.writeString(in, "id,regime,product,loading_date,contract_date,price_usd_per_bbl\n");
        KordonRun r = kordon("pricecap", "check", "--input", in.toString(), "--output", tmp.resolve("o.csv").toString(), "--caps", caps.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("bad-caps.csv line 2, field valid_from: not an ISO date (YYYY-MM-DD): '5 Dec 2022'");
    }

    @Test
    void check_missingInput_exitsIoError() {
        KordonRun r = kordon("pricecap", "check", "--input", tmp.resolve("absent.csv").toString(), "--output", tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("absent.csv: no such file");
    }

    @Test
    void check_help_showsExampleAndColumns() {
        KordonRun r = kordon("pricecap", "check", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("kordon pricecap check --input cargoes.csv --output result.csv")
                .contains("id,regime,product,loading_date,contract_date,price_usd_per_bbl");
    }
}
