package org.kordon.maritime;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One risk indicator found on a vessel, with its evidence and dates.
 *
 * <p>Example (IMO 9224283): {@code Indicator[kind=FLAG_CHANGES, evidence=3 flag changes within 12 months:
 * St.Kitts and Nevis -> Cook islands 2023-05-01 -> Togo 2023-06-01 -> Cook islands 2023-08-01 (4 in all),
 * from=2023-05-01, to=2023-08-01]}.
 *
 * @param kind     which indicator
 * @param evidence what in the history shows it, with the sources' own values and dates; never blank
 * @param from     first date of the evidence, or null when undated
 * @param to       last date of the evidence, or null when still current or undated
 */
public record Indicator(IndicatorKind kind, String evidence, LocalDate from, LocalDate to) {
    public Indicator {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
    }
}
