package org.kordon.maritime;

import java.util.Locale;

/** A sanctions regime that sets its own oil price cap. */
public enum Regime {
    EU, UK, US;

    /**
     * Parses a regime code, case-insensitive and trimmed: {@code parse(" uk ")} returns {@link #UK}.
     *
     * @throws IllegalArgumentException naming the bad value when it is not eu, uk or us
     */
    public static Regime parse(String s) {
        if (s != null) {
            Regime r = switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "eu" -> EU;
                case "uk" -> UK;
                case "us" -> US;
                default -> null;
            };
            if (r != null) {
                return r;
            }
        }
        throw new IllegalArgumentException("regime must be eu, uk or us, got '" + s + "'");
    }
}
