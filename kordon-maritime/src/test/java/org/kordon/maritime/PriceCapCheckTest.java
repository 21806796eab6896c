package org.kordon.maritime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bundled caps, edge by edge: the day before and after each change, inside and after each grace period. */
class PriceCapCheckTest {
    private static final PriceCapCheck CHECK = PriceCapCheck.of(PriceCaps.bundled());
    /** A contract date after every grace cut-off, so no grace applies. */
    private static final String RECENT = "2026-01-31";

    static Verdict check(Regime regime, String product, String loading, String contract, String price) {
        return CHECK.check(new Cargo("c", regime, product, LocalDate.parse(loading), LocalDate.parse(contract), new BigDecimal(price)));
    }

    static void assertCap(Verdict v, String cap, String reason) {
        assertThat(v.capUsdPerBbl()).isEqualByComparingTo(cap);
        assertThat(v.reason()).isEqualTo(reason);
    }

    // crude, first cap

    @Test
    void check_crudeDayBeforeFirstCap_hasNoCap() {
        for (Regime r : Regime.values()) {
            Verdict v = check(r, "crude", "2022-12-04", "2022-11-01", "90");
            assertThat(v.capUsdPerBbl()).isNull();
            assertThat(v.withinCap()).isTrue();
            assertThat(v.reason()).isEqualTo("no " + r + " crude cap before 2022-12-05");
        }
    }

    @Test
    void check_crudeOnFirstCapDay_isSixtyDollarCapInEveryRegime() {
        for (Regime r : Regime.values()) {
            assertCap(check(r, "crude", "2022-12-05", "2022-11-01", "60"), "60", r + " crude cap $60.00 from 2022-12-05");
        }
    }

    // EU, 3 Sep 2025

    @Test
    void check_euCrudeDayBeforeCut_isSixtyDollarCap() {
        assertCap(check(Regime.EU, "crude", "2025-09-02", "2025-08-01", "55"), "60", "EU crude cap $60.00 from 2022-12-05");
    }

    @Test
    void check_euCrudeDayOfCut_isFortySevenSixty() {
        Verdict v = check(Regime.EU, "crude", "2025-09-03", "2025-08-01", "55");
        assertCap(v, "47.60", "EU crude cap $47.60 from 2025-09-03");
        assertThat(v.withinCap()).isFalse();
    }

    @Test
    void check_euOldContractInsideGrace_isSixtyDollarGraceCap() {
        Verdict v = check(Regime.EU, "crude", "2025-10-18", "2025-07-19", "59.99");
        assertCap(v, "60.00", "EU grace: contract before 2025-07-20, executed by 2025-10-18 at $60.00");
        assertThat(v.withinCap()).isTrue();
    }

    @Test
    void check_euOldContractDayAfterGrace_isFortySevenSixty() {
        assertCap(check(Regime.EU, "crude", "2025-10-19", "2025-07-19", "59"), "47.60", "EU crude cap $47.60 from 2025-09-03");
    }

    @Test
    void check_euContractOnCutOffDate_getsNoGrace() {
        assertCap(check(Regime.EU, "crude", "2025-09-10", "2025-07-20", "59"), "47.60", "EU crude cap $47.60 from 2025-09-03");
    }

    // UK, 23:01 BST on 2 Sep 2025 -> loadings from 3 Sep

    @Test
    void check_ukCrudeOnChangeDay_isStillSixty() {
        assertCap(check(Regime.UK, "crude", "2025-09-02", "2025-09-02", "60"), "60", "UK crude cap $60.00 from 2022-12-05");
    }

    @Test
    void check_ukCrudeDayAfterChange_isFortySevenSixty() {
        assertCap(check(Regime.UK, "crude", "2025-09-03", "2025-09-03", "47.60"), "47.60", "UK crude cap $47.60 from 2025-09-03");
    }

    @Test
    void check_ukContractOnChangeDayInsideWindDown_isSixtyGraceCap() {
        assertCap(check(Regime.UK, "crude", "2025-10-17", "2025-09-02", "60"), "60",
                "UK grace: contract before 2025-09-03, executed by 2025-10-17 at $60.00");
    }

    @Test
    void check_ukOldContractDayAfterWindDown_isFortySevenSixty() {
        assertCap(check(Regime.UK, "crude", "2025-10-18", "2025-09-02", "60"), "47.60", "UK crude cap $47.60 from 2025-09-03");
    }

    @Test
    void check_ukContractAfterChange_getsNoGrace() {
        assertCap(check(Regime.UK, "crude", "2025-09-10", "2025-09-03", "50"), "47.60", "UK crude cap $47.60 from 2025-09-03");
    }

    // EU, 1 Feb 2026 (published 15 Jan 2026)

    @Test
    void check_euCrudeDayBeforeFebruaryCut_isFortySevenSixty() {
        assertCap(check(Regime.EU, "crude", "2026-01-31", RECENT, "47"), "47.60", "EU crude cap $47.60 from 2025-09-03");
    }

    @Test
    void check_euCrudeFromFebruaryCut_isFortyFourTen() {
        assertCap(check(Regime.EU, "crude", "2026-02-01", "2026-01-15", "44.10"), "44.10", "EU crude cap $44.10 from 2026-02-01");
    }

    @Test
    void check_euContractBeforePublicationInsideNinetyDays_isFortySevenSixtyGraceCap() {
        assertCap(check(Regime.EU, "crude", "2026-04-16", "2026-01-14", "47"), "47.60",
                "EU grace: contract before 2026-01-15, executed by 2026-04-16 at $47.60");
    }

    @Test
    void check_euContractBeforePublicationAfterNinetyDays_isFortyFourTen() {
        Verdict v = check(Regime.EU, "crude", "2026-04-17", "2026-01-14", "47");
        assertCap(v, "44.10", "EU crude cap $44.10 from 2026-02-01");
        assertThat(v.withinCap()).isFalse();
    }

    // UK, 23:01 GMT on 31 Jan 2026 -> loadings from 1 Feb

    @Test
    void check_ukCrudeOnJanuaryChangeDay_isFortySevenSixty() {
        assertCap(check(Regime.UK, "crude", "2026-01-31", RECENT, "47"), "47.60", "UK crude cap $47.60 from 2025-09-03");
    }

    @Test
    void check_ukCrudeFromFebruary_isFortyFourTen() {
        assertCap(check(Regime.UK, "crude", "2026-02-01", "2026-02-01", "44"), "44.10", "UK crude cap $44.10 from 2026-02-01");
    }

    @Test
    void check_ukContractBeforeChangeInsideWindDown_isFortySevenSixtyGraceCap() {
        assertCap(check(Regime.UK, "crude", "2026-04-16", "2026-01-31", "47.60"), "47.60",
                "UK grace: contract before 2026-02-01, executed by 2026-04-16 at $47.60");
    }

    @Test
    void check_ukContractBeforeChangeAfterWindDown_isFortyFourTen() {
        assertCap(check(Regime.UK, "crude", "2026-04-17", "2026-01-31", "47"), "44.10", "UK crude cap $44.10 from 2026-02-01");
    }

    // US keeps $60

    @Test
    void check_usCrudeAfter2025Cuts_staysSixty() {
        for (String day : new String[] {"2025-09-03", "2026-02-01", "2026-11-24"}) {
            Verdict v = check(Regime.US, "crude", day, day, "59.50");
            assertCap(v, "60", "US crude cap $60.00 from 2022-12-05");
            assertThat(v.withinCap()).isTrue();
        }
    }

    // products

    @Test
    void check_productsDayBeforeFebruary2023_haveNoCap() {
        for (Regime r : Regime.values()) {
            for (String p : new String[] {"diesel", "naphtha"}) {
                Verdict v = check(r, p, "2023-02-04", "2023-01-01", "150");
                assertThat(v.capUsdPerBbl()).isNull();
                assertThat(v.withinCap()).isTrue();
            }
        }
        assertThat(check(Regime.EU, "diesel", "2023-02-04", "2023-01-01", "150").reason())
                .isEqualTo("no EU premium-to-crude product cap before 2023-02-05");
    }

    @Test
    void check_premiumProductsFromFebruary2023_areHundredDollarCap() {
        for (Regime r : Regime.values()) {
            for (String p : new String[] {"diesel", "gasoline", "jet", "kerosene"}) {
                assertCap(check(r, p, "2023-02-05", "2023-01-01", "100"), "100", r + " premium-to-crude product cap $100.00 from 2023-02-05");
            }
        }
    }

    @Test
    void check_discountProductsFromFebruary2023_areFortyFiveDollarCap() {
        for (Regime r : Regime.values()) {
            for (String p : new String[] {"fuel_oil", "naphtha"}) {
                Verdict v = check(r, p, "2026-03-01", "2026-03-01", "45.01");
                assertCap(v, "45", r + " discount-to-crude product cap $45.00 from 2023-02-05");
                assertThat(v.withinCap()).isFalse();
            }
        }
    }

    @Test
    void check_productNameIsCaseInsensitive() {
        assertCap(check(Regime.EU, "Diesel", "2024-01-01", "2024-01-01", "90"), "100", "EU premium-to-crude product cap $100.00 from 2023-02-05");
    }

    // price edges

    @Test
    void check_priceExactlyAtCap_isWithinCap() {
        assertThat(check(Regime.EU, "crude", "2025-09-03", RECENT, "47.60").withinCap()).isTrue();
        assertThat(check(Regime.EU, "crude", "2025-09-03", RECENT, "47.6000").withinCap()).isTrue();
        assertThat(check(Regime.EU, "crude", "2025-09-03", RECENT, "47.601").withinCap()).isFalse();
    }

    @Test
    void check_unknownProduct_throwsNamingKnownOnes() {
        assertThatThrownBy(() -> check(Regime.EU, "bitumen", "2024-01-01", "2024-01-01", "10"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown product 'bitumen'")
                .hasMessageContaining("diesel");
    }

    @Test
    void cargo_negativePrice_isRejected() {
        assertThatThrownBy(() -> new Cargo("c", Regime.EU, "crude", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-01"),
                new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price_usd_per_bbl");
    }

    @Test
    void regime_parse_unknownNamesTheValue() {
        assertThat(Regime.parse(" Uk ")).isEqualTo(Regime.UK);
        assertThatThrownBy(() -> Regime.parse("ch")).hasMessage("regime must be eu, uk or us, got 'ch'");
    }
}
