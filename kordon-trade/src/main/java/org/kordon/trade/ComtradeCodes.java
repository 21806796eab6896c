package org.kordon.trade;

import java.util.Locale;

/**
 * How a UN Comtrade row's codes are read: the product code, the reporter and partner countries, and whether a row is
 * a breakdown of a total. One reading for {@link TradeFlows} and for Kordon on Spark, so both keep the same rows.
 *
 * <pre>{@code
 * ComtradeCodes.product("85171300")   // "851713"; "8703" stays HS-4; "TOTAL" is Flow.TOTAL; "AG2" is null
 * ComtradeCodes.country("ARM")        // "AM"; "W00" (World) is null
 * ComtradeCodes.breakdown("5", "0")   // true: a mode-of-transport row beside its total ("0")
 * }</pre>
 */
public final class ComtradeCodes {
    private ComtradeCodes() {
    }

    /** An HS-6 code (longer codes cut to 6 digits), an HS-4 code, {@link Flow#TOTAL}, or null for anything else. */
    public static String product(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.equalsIgnoreCase("total")) {
            return Flow.TOTAL;
        }
        if (!raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        if (raw.length() >= 6) {
            return raw.substring(0, 6);
        }
        return raw.length() == 4 ? raw : null;
    }

    /** The ISO alpha-2 code of an alpha-3 code, or null for Comtrade's areas (World, "_X", "W00"). */
    public static String country(String alpha3) {
        return Countries.fromAlpha3(alpha3);
    }

    /** The ISO alpha-2 code of a country name (legacy files without ISO columns), upper case, or null. */
    public static String countryByName(String name) {
        if (name == null) {
            return null;
        }
        String code = org.kordon.model.Countries.toCode(name);
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    /** True when a breakdown column holds something other than its total's code: the row is a part, not the whole. */
    public static boolean breakdown(String value, String total) {
        return value != null && !value.equalsIgnoreCase(total);
    }
}
