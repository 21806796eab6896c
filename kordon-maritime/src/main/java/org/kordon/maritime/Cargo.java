package org.kordon.maritime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One cargo to check against the price cap.
 *
 * @param id              the caller's id, echoed in results
 * @param regime          the regime whose cap applies
 * @param product         {@code crude} or a product name known to the caps file ({@code diesel}, {@code naphtha}…)
 * @param loadingDate     the loading date (stands for the date of execution)
 * @param contractDate    the date the contract was concluded (decides grace for old contracts)
 * @param priceUsdPerBbl  the price paid, US dollars per barrel, not negative
 */
public record Cargo(String id, Regime regime, String product, LocalDate loadingDate, LocalDate contractDate,
                    BigDecimal priceUsdPerBbl) {
    /** @throws IllegalArgumentException naming the first missing or bad field */
    public Cargo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is empty");
        }
        Objects.requireNonNull(regime, "regime");
        if (product == null || product.isBlank()) {
            throw new IllegalArgumentException("product is empty");
        }
        if (loadingDate == null) {
            throw new IllegalArgumentException("loading_date is empty");
        }
        if (contractDate == null) {
            throw new IllegalArgumentException("contract_date is empty");
        }
        if (priceUsdPerBbl == null) {
            throw new IllegalArgumentException("price_usd_per_bbl is empty");
        }
        if (priceUsdPerBbl.signum() < 0) {
            throw new IllegalArgumentException("price_usd_per_bbl must not be negative, got " + priceUsdPerBbl.toPlainString());
        }
    }
}
