package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Share intervals, stake types and stakes: validation quotes the bad value; labels read as in the evidence. */
class ShareTest {
    @Test
    void labels_exactBandUnknown() {
        assertThat(Share.exact(50)).hasToString("50%");
        assertThat(Share.between(25, 50)).hasToString("25-50%");
        assertThat(Share.unknown()).hasToString("?%");
        assertThat(Share.exact(new BigDecimal("12.50"))).hasToString("12.5%");
    }

    @Test
    void belowZero_aboveHundred_minAboveMax_areRefusedQuotingTheValue() {
        assertThatThrownBy(() -> Share.exact(-1)).hasMessage("share must be in [0, 100], got -1.0");
        assertThatThrownBy(() -> Share.exact(new BigDecimal("100.01"))).hasMessage("share must be in [0, 100], got 100.01");
        assertThatThrownBy(() -> Share.between(60, 40)).hasMessage("share min 60.0 is above max 40.0");
    }

    @Test
    void moreThanFourDecimals_roundOutwards() {
        Share s = Share.exact(new BigDecimal("33.333333"));
        assertThat(s.minUnits()).isEqualTo(333_333L);
        assertThat(s.maxUnits()).isEqualTo(333_334L);
    }

    @Test
    void stakeType_parse_ignoresCaseUnderTurkishLocale_andNamesTheAcceptedValues() {
        assertThat(StakeType.parse("VOTINGRIGHTS")).isEqualTo(StakeType.VOTING_RIGHTS);
        assertThat(StakeType.parse("shareholdIng")).isEqualTo(StakeType.SHAREHOLDING);
        assertThatThrownBy(() -> StakeType.parse("shares")).hasMessageContaining("got 'shares'");
    }

    @Test
    void stake_endNotAfterStart_andSelfOwnership_areRefused() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> new Stake("X", "A", Share.exact(1), StakeType.SHAREHOLDING, d, d))
                .hasMessage("end 2024-01-01 is not after start 2024-01-01");
        assertThatThrownBy(() -> Stake.shares("X", "X", Share.exact(1))).hasMessage("owner and owned are the same entity 'X'");
    }

    @Test
    void stake_activeFromStartUntilTheDayItEnded() {
        Stake s = new Stake("X", "A", Share.exact(1), StakeType.SHAREHOLDING, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1));
        assertThat(s.activeOn(LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(s.activeOn(LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(s.activeOn(LocalDate.of(2024, 1, 1))).isFalse();
        assertThat(s.activeOn(LocalDate.of(2019, 12, 31))).isFalse();
    }

    @Test
    void regime_parse_namesTheAcceptedValues() {
        assertThat(Regime.parse(" UK ")).isEqualTo(Regime.UK);
        assertThatThrownBy(() -> Regime.parse("ch")).hasMessage("regime must be ofac, eu, uk or bo, got 'ch'");
    }
}
