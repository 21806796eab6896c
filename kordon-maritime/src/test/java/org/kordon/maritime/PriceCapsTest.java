package org.kordon.maritime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading caps files: the bundled one, a user's file with the next change, and malformed ones. */
class PriceCapsTest {
    static final String HEADER = "kind,regime,class,product,cap_usd_per_bbl,valid_from,contract_before,grace_until,grace_cap_usd_per_bbl,source\n";

    static PriceCaps parse(String body) throws Exception {
        return PriceCaps.parse(new StringReader(body), "my-caps.csv");
    }

    @Test
    void bundled_hasEachRegimesOwnRows() {
        PriceCaps caps = PriceCaps.bundled();
        assertThat(caps.periods(Regime.EU, ProductClass.CRUDE)).hasSize(3);
        assertThat(caps.periods(Regime.UK, ProductClass.CRUDE)).hasSize(3);
        assertThat(caps.periods(Regime.US, ProductClass.CRUDE)).hasSize(1);
        assertThat(caps.periods(Regime.EU, ProductClass.CRUDE)).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        assertThat(caps.products()).contains("crude", "diesel", "gasoline", "jet", "kerosene", "fuel_oil", "naphtha");
        assertThat(caps.classOf("fuel_oil")).isEqualTo(ProductClass.DISCOUNT_TO_CRUDE);
    }

    @Test
    void load_userFileWithNextChange_appliesIt() throws Exception {
        Path f = Files.createTempFile("caps", ".csv");
        try {
            Files.writeString(f, "# a user's copy\n" + HEADER
                    + "cap,us,crude,,60.00,2022-12-05,,,,OFAC\n"
                    + "cap,us,crude,,50.00,2027-01-01,2026-12-01,2027-02-01,60.00,\"OFAC, next change\"\n"
                    + "product,,crude,crude,,,,,,\n");
            PriceCapCheck check = PriceCapCheck.of(PriceCaps.load(f));
            Verdict v = check.check(new Cargo("c", Regime.US, "crude", LocalDate.parse("2027-01-02"), LocalDate.parse("2026-12-15"),
                    new BigDecimal("55")));
            assertThat(v.capUsdPerBbl()).isEqualByComparingTo("50");
            assertThat(v.withinCap()).isFalse();
            assertThat(v.reason()).isEqualTo("US crude cap $50.00 from 2027-01-01");
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void parse_badDate_namesFileLineAndField() {
        assertThatThrownBy(() -> parse("# comment\n" + HEADER + "cap,eu,crude,,60,2022-13-05,,,,src\n"))
                .isInstanceOf(PriceCapFormatException.class)
                .hasMessage("my-caps.csv line 3, field valid_from: not an ISO date (YYYY-MM-DD): '2022-13-05'");
    }

    @Test
    void parse_badCap_namesField() {
        assertThatThrownBy(() -> parse(HEADER + "cap,eu,crude,,sixty,2022-12-05,,,,src\n"))
                .hasMessage("my-caps.csv line 2, field cap_usd_per_bbl: not a number: 'sixty'");
        assertThatThrownBy(() -> parse(HEADER + "cap,eu,crude,,-5,2022-12-05,,,,src\n"))
                .hasMessage("my-caps.csv line 2, field cap_usd_per_bbl: must be positive, got -5");
    }

    @Test
    void parse_unknownRegimeOrClass_namesField() {
        assertThatThrownBy(() -> parse(HEADER + "cap,ch,crude,,60,2022-12-05,,,,src\n"))
                .hasMessageStartingWith("my-caps.csv line 2, field regime: regime must be eu, uk or us");
        assertThatThrownBy(() -> parse(HEADER + "product,,lubricant,oil,,,,,,\n"))
                .hasMessageStartingWith("my-caps.csv line 2, field class:");
    }

    @Test
    void parse_partialGrace_isRejected() {
        assertThatThrownBy(() -> parse(HEADER + "cap,eu,crude,,47.60,2025-09-03,2025-07-20,,60,src\n"))
                .hasMessageStartingWith("my-caps.csv line 2, field grace_until: the grace fields");
    }

    @Test
    void parse_wrongFieldCount_namesLine() {
        assertThatThrownBy(() -> parse(HEADER + "cap,eu,crude,,60,2022-12-05\n"))
                .hasMessage("my-caps.csv line 2: expected 10 fields, got 6");
    }

    @Test
    void parse_wrongHeader_namesLineOne() {
        assertThatThrownBy(() -> parse("regime,class,cap\n"))
                .hasMessageStartingWith("my-caps.csv line 1: header must be kind,regime,class");
    }

    @Test
    void parse_duplicatePeriodOrProduct_isRejected() {
        assertThatThrownBy(() -> parse(HEADER + "cap,eu,crude,,60,2022-12-05,,,,a\ncap,eu,crude,,50,2022-12-05,,,,b\n"))
                .hasMessage("my-caps.csv line 3, field valid_from: a EU crude cap from 2022-12-05 is already listed");
        assertThatThrownBy(() -> parse(HEADER + "product,,crude,crude,,,,,,\nproduct,,crude,Crude,,,,,,\n"))
                .hasMessage("my-caps.csv line 3, field product: product 'crude' is listed twice");
    }

    @Test
    void parse_missingSourceOrUnterminatedQuote_isRejected() {
        assertThatThrownBy(() -> parse(HEADER + "cap,eu,crude,,60,2022-12-05,,,,\n"))
                .hasMessage("my-caps.csv line 2, field source: is empty");
        assertThatThrownBy(() -> parse(HEADER + "cap,eu,crude,,60,2022-12-05,,,,\"open\n"))
                .hasMessageStartingWith("my-caps.csv line 2: a quoted field is never closed (the file ends inside it)");
    }

    @Test
    void parse_emptyFile_isRejected() {
        assertThatThrownBy(() -> parse("")).hasMessage("my-caps.csv line 1: no header row (file is empty)");
    }

    @Test
    void parse_quotedCommaAndEscapedQuote_areOneValue() throws Exception {
        PriceCaps caps = parse(HEADER + "cap,eu,crude,,60,2022-12-05,,,,\"Reg 2022/879, art. \"\"3n\"\"\"\n");
        assertThat(caps.periods(Regime.EU, ProductClass.CRUDE)).singleElement()
                .satisfies(p -> assertThat(p.source()).isEqualTo("Reg 2022/879, art. \"3n\""));
    }

    @Test
    void parse_commentLinesBeforeAndAfterTheHeader_areSkippedAndCounted() {
        assertThatThrownBy(() -> parse("# a\n# b, with a comma\n" + HEADER + "# c\ncap,eu,crude,,sixty,2022-12-05,,,,src\n"))
                .hasMessage("my-caps.csv line 5, field cap_usd_per_bbl: not a number: 'sixty'");
    }

    @Test
    void load_notUtf8_namesTheLine() throws Exception {
        Path f = Files.createTempFile("caps", ".csv");
        try {
            Files.write(f, (HEADER + "cap,eu,crude,,60,2022-12-05,,,,M\u00fcller\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            assertThatThrownBy(() -> PriceCaps.load(f)).isInstanceOf(org.kordon.input.InputFormatException.class)
                    .hasMessage(f.getFileName() + " line 2: not valid UTF-8 (save the file as UTF-8)");
        } finally {
            Files.delete(f);
        }
    }
}
