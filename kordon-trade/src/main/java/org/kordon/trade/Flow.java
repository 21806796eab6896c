package org.kordon.trade;

import java.util.Locale;

/**
 * One cell of trade statistics: what a reporter declared it exported to or imported from a partner, of a product,
 * in a period.
 *
 * <p>{@code Flow[reporter=DE, partner=KZ, product=854231, direction=EXPORT, period=2022-05, value=120000.0,
 * currency=EUR, netKg=NaN]}
 *
 * @param reporter  ISO alpha-2 of the declaring country
 * @param partner   ISO alpha-2 of the partner
 * @param product   an HS-6 code; an HS-4 heading when the source has no finer level for it; or {@code TOTAL}
 * @param direction export or import (re-exports count as exports, re-imports as imports)
 * @param period    month or year
 * @param value     in {@code currency} (Eurostat EUR, Comtrade USD)
 * @param currency  EUR or USD
 * @param netKg     net mass in kilograms, NaN when unknown
 */
public record Flow(String reporter, String partner, String product, Direction direction, Period period, double value,
                   String currency, double netKg) {
    /** Which way the goods go, as the reporter declares it. */
    public enum Direction {
        EXPORT, IMPORT;

        /** Parses X, M, RX, RM, EXPORT, IMPORT and the numeric codes 1 import, 2 export, 3 re-export, 4 re-import. */
        static Direction parse(String s) {
            return switch (s.strip().toUpperCase(Locale.ROOT)) {
                case "X", "RX", "EXPORT", "EXPORTS", "RE-EXPORT", "2", "3" -> EXPORT;
                case "M", "RM", "IMPORT", "IMPORTS", "RE-IMPORT", "1", "4" -> IMPORT;
                default -> throw new IllegalArgumentException("flow '" + s + "' is not X, M, RX, RM, EXPORT or IMPORT");
            };
        }
    }

    /** The product code meaning all goods. */
    public static final String TOTAL = "TOTAL";
}
