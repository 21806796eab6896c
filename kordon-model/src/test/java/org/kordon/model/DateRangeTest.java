package org.kordon.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether a date (a birth date a query gives) may fall in a listed range. */
class DateRangeTest {
    @Test
    void admits_exactDate_theYearAndTheMonthItIsIn() {
        DateRange putin = DateRange.parse("1952-10-07");

        assertThat(putin.admits(PartialDate.parse("1952-10-07"))).isTrue();
        assertThat(putin.admits(PartialDate.parse("1952"))).isTrue();
        assertThat(putin.admits(PartialDate.parse("1952-10"))).isTrue();
        assertThat(putin.admits(PartialDate.parse("1952-10-08"))).isFalse();
        assertThat(putin.admits(PartialDate.parse("1953"))).isFalse();
    }

    @Test
    void admits_circa_aYearEitherSide() {
        DateRange circa = DateRange.parse("~1960");

        assertThat(circa.admits(PartialDate.parse("1959-12-31"))).isTrue();
        assertThat(circa.admits(PartialDate.parse("1961"))).isTrue();
        assertThat(circa.admits(PartialDate.parse("1958"))).isFalse();
    }

    @Test
    void admits_range_anyDateInIt() {
        DateRange r = DateRange.parse("1960..1962");

        assertThat(r.admits(PartialDate.parse("1961-06-01"))).isTrue();
        assertThat(r.admits(PartialDate.parse("1963"))).isFalse();
    }
}
