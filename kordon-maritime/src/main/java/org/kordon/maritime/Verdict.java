package org.kordon.maritime;

import java.math.BigDecimal;

/**
 * The outcome of a price-cap check.
 *
 * <p>Example: EU crude loaded on 2025-09-03 under a contract of 2025-08-01 at $47.60 gives
 * {@code Verdict[capUsdPerBbl=47.60, withinCap=true, reason=EU crude cap $47.60 from 2025-09-03]}.
 *
 * @param capUsdPerBbl the cap applied, or null when no cap applies (then {@code withinCap} is true)
 * @param withinCap    price at or below the cap
 * @param reason       the cap period or grace rule applied, in words
 */
public record Verdict(BigDecimal capUsdPerBbl, boolean withinCap, String reason) {
}
