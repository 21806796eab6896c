package org.kordon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void parse_yearOnly_spansWholeYear() {
        PartialDate d = PartialDate.parse("1952");
        assertThat(d.earliest()).isEqualTo(LocalDate.of(1952, 1, 1));
        assertThat(d.latest()).isEqualTo(LocalDate.of(1952, 12, 31));
        assertThat(d).hasToString("1952");
    }

    @Test
    void parse_yearMonth_endsOnLastDayOfMonth() {
        assertThat(PartialDate.parse("1952-02").latest()).isEqualTo(LocalDate.of(1952, 2, 29));
    }

    @Test
    void parse_fullDate_roundTrips() {
        assertThat(PartialDate.parse("1952-10-07")).hasToString("1952-10-07");
    }

    @Test
    void parse_impossibleDate_quotesValue() {
        assertThatThrownBy(() -> PartialDate.parse("1952-02-30"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1952-02-30");
    }

    @Test
    void parse_garbage_saysExpectedForms() {
        assertThatThrownBy(() -> PartialDate.parse("07.10.1952"))
                .hasMessageContaining("07.10.1952").hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void dateRange_parse_roundTripsRangesAndCirca() {
        assertThat(DateRange.parse("1960..1962")).hasToString("1960..1962");
        assertThat(DateRange.parse("~1960").approximate()).isTrue();
    }

    @Test
    void dateRange_endingBeforeStart_isRejected() {
        assertThatThrownBy(() -> DateRange.parse("1962..1960")).hasMessageContaining("1962..1960");
    }
}
