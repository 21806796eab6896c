package org.kordon.model;

import org.jspecify.annotations.Nullable;

/**
 * A postal address as the list gives it. Lists differ in how much structure they give; {@link #full()} is
 * always set (built from the parts when the list gives only parts).
 *
 * @param full       the whole address on one line
 * @param street     street and number, or null
 * @param city       city or town, or null
 * @param postalCode postal code, or null
 * @param region     state, province or region, or null
 * @param country    ISO 3166-1 alpha-2 code (lower case) when recognised, else the list's text, or null
 */
public record Address(String full, @Nullable String street, @Nullable String city, @Nullable String postalCode,
        @Nullable String region, @Nullable String country) {
    public Address {
        street = Text.clean(street);
        city = Text.clean(city);
        postalCode = Text.clean(postalCode);
        region = Text.clean(region);
        String countryText = Text.clean(country);
        country = Countries.normalizeOrNull(countryText);
        full = Text.clean(full);
        if (full == null) {
            StringBuilder b = new StringBuilder();
            for (String part : new String[] {street, city, region, postalCode, countryText}) {
                if (part != null) {
                    b.append(b.isEmpty() ? "" : ", ").append(part);
                }
            }
            full = b.isEmpty() ? null : b.toString();
        }
        if (full == null) {
            throw new IllegalArgumentException("address is empty");
        }
    }

    public static Address of(String full, @Nullable String country) {
        return new Address(full, null, null, null, null, country);
    }
}
