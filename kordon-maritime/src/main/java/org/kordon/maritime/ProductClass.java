package org.kordon.maritime;

import java.util.Locale;

/** The class of a cargo under the price cap: crude oil, or a refined product priced above or below crude. */
public enum ProductClass {
    CRUDE("crude"),
    PREMIUM_TO_CRUDE("premium-to-crude"),
    DISCOUNT_TO_CRUDE("discount-to-crude");

    private final String label;

    ProductClass(String label) {
        this.label = label;
    }

    /** The words used in reasons, e.g. {@code premium-to-crude}. */
    public String label() {
        return label;
    }

    /** The code used in the caps file: {@code crude}, {@code premium_to_crude}, {@code discount_to_crude}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a caps-file code such as {@code premium_to_crude}.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static ProductClass parse(String s) {
        for (ProductClass c : values()) {
            if (s != null && c.code().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("class must be crude, premium_to_crude or discount_to_crude, got '" + s + "'");
    }
}
