package org.kordon.maritime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Checks a cargo's price against the cap of its regime on its loading date.
 *
 * <p>Example: {@code PriceCapCheck.of(PriceCaps.bundled()).check(new Cargo("c1", Regime.EU, "crude",
 * LocalDate.parse("2025-09-10"), LocalDate.parse("2025-07-01"), new BigDecimal("59.00")))} returns
 * {@code Verdict[capUsdPerBbl=60.00, withinCap=true, reason=EU grace: contract before 2025-07-20, executed by
 * 2025-10-18 at $60.00]}.
 *
 * <p>Rules: the period applied is the latest of the regime and product class with {@code valid_from <= loading date};
 * none means no cap (verdict: cap null, within cap). When that period has a grace rule and
 * {@code contract date < contract_before} and {@code loading date <= grace_until}, the grace cap applies instead.
 * A price equal to the cap is within it. Thread-safe.
 */
public final class PriceCapCheck {
    private final PriceCaps caps;

    private PriceCapCheck(PriceCaps caps) {
        this.caps = Objects.requireNonNull(caps, "caps");
    }

    /** A check against the given caps. */
    public static PriceCapCheck of(PriceCaps caps) {
        return new PriceCapCheck(caps);
    }

    /**
     * The verdict for one cargo.
     *
     * @throws IllegalArgumentException when the cargo's product is not in the caps file's product table
     */
    public Verdict check(Cargo cargo) {
        ProductClass c = caps.classOf(cargo.product());
        List<CapPeriod> periods = caps.periods(cargo.regime(), c);
        CapPeriod applied = null;
        for (CapPeriod p : periods) {
            if (!p.validFrom().isAfter(cargo.loadingDate())) {
                applied = p;
            }
        }
        String what = cargo.regime() + " " + c.label() + (c == ProductClass.CRUDE ? "" : " product");
        if (applied == null) {
            String reason = periods.isEmpty() ? "no " + what + " cap"
                    : "no " + what + " cap before " + periods.get(0).validFrom();
            return new Verdict(null, true, reason);
        }
        LocalDate contract = cargo.contractDate();
        if (applied.hasGrace() && contract.isBefore(applied.contractBefore())
                && !cargo.loadingDate().isAfter(applied.graceUntil())) {
            return verdict(cargo, applied.graceCap(), cargo.regime() + " grace: contract before " + applied.contractBefore()
                    + ", executed by " + applied.graceUntil() + " at " + dollars(applied.graceCap()));
        }
        return verdict(cargo, applied.cap(), what + " cap " + dollars(applied.cap()) + " from " + applied.validFrom());
    }

    private static Verdict verdict(Cargo cargo, BigDecimal cap, String reason) {
        return new Verdict(cap, cargo.priceUsdPerBbl().compareTo(cap) <= 0, reason);
    }

    /** {@code $47.60}: two decimals, no grouping, locale-free. */
    static String dollars(BigDecimal d) {
        return "$" + d.setScale(Math.max(2, d.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}
