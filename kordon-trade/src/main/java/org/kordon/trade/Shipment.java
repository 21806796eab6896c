package org.kordon.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One shipment as declared, screened as a whole by {@link ShipmentScreener}.
 *
 * <pre>{@code
 * Shipment s = new Shipment("S-1", LocalDate.parse("2024-03-01"),
 *         List.of(new Party(Party.Role.EXPORTER, "Alpha GmbH", "DE"), new Party(Party.Role.CONSIGNEE, "Beta LLP", "KZ")),
 *         "KZ", List.of(), "8542.31.0000", "microcontrollers", new BigDecimal("12000"), "EUR");
 * }</pre>
 *
 * @param id                 the caller's reference; never blank
 * @param date               the shipment date, or null
 * @param parties            the declared parties (at most one per role is usual, more are allowed)
 * @param destinationCountry ISO alpha-2 upper case, or null
 * @param transitCountries   ISO alpha-2 upper case in route order; never null
 * @param hsCode             the HS code as declared (any notation), or null
 * @param description        the goods description as declared, or null
 * @param value              the declared value, or null
 * @param currency           ISO 4217 code, or null
 */
public record Shipment(String id, LocalDate date, List<Party> parties, String destinationCountry, List<String> transitCountries,
                       String hsCode, String description, BigDecimal value, String currency) {
    public Shipment {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("shipment id is blank");
        }
        parties = List.copyOf(Objects.requireNonNullElse(parties, List.of()));
        destinationCountry = country(destinationCountry, "destination_country");
        List<String> t = new ArrayList<>();
        for (String c : Objects.requireNonNullElse(transitCountries, List.<String>of())) {
            String cc = country(c, "transit_countries");
            if (cc != null) {
                t.add(cc);
            }
        }
        transitCountries = List.copyOf(t);
        hsCode = blankToNull(hsCode);
        description = blankToNull(description);
        currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
    }

    /** The first party declared in {@code role}. */
    public Optional<Party> party(Party.Role role) {
        return parties.stream().filter(p -> p.role() == role).findFirst();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** True when {@code c} is an ISO 3166-1 alpha-2 code (any case) that a shipment accepts as a country. */
    public static boolean isCountryCode(String c) {
        return c != null && Countries.ISO2.contains(c.strip().toUpperCase(Locale.ROOT));
    }

    /** Validates an ISO alpha-2 code, upper-cased; null for blank. */
    static String country(String c, String field) {
        if (c == null || c.isBlank()) {
            return null;
        }
        String s = c.strip().toUpperCase(Locale.ROOT);
        if (s.length() != 2 || !Countries.ISO2.contains(s)) {
            throw new IllegalArgumentException(field + ": not an ISO 3166-1 alpha-2 country code: '" + c.strip() + "'");
        }
        return s;
    }
}
