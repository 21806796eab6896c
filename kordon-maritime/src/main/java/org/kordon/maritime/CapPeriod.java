package org.kordon.maritime;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of kind {@code cap}: a regime's cap on a product class from a date, with its optional grace rule. */
record CapPeriod(Regime regime, ProductClass productClass, BigDecimal cap, LocalDate validFrom,
                 LocalDate contractBefore, LocalDate graceUntil, BigDecimal graceCap, String source) {
    boolean hasGrace() {
        return contractBefore != null;
    }
}
