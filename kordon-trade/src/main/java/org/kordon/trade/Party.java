package org.kordon.trade;

import java.util.Locale;

/**
 * A party to a shipment: its role, its name as declared and its country.
 *
 * @param role    exporter, consignee, end user or notify party
 * @param name    the name as declared; never blank
 * @param country ISO 3166-1 alpha-2, upper case; or null when not declared
 * @param address the address as declared, or null
 */
public record Party(Role role, String name, String country, String address) {
    /** The roles a shipment declares, with their CSV column names. */
    public enum Role {
        EXPORTER("exporter"), CONSIGNEE("consignee"), END_USER("end_user"), NOTIFY_PARTY("notify_party");

        private final String column;

        Role(String column) {
            this.column = column;
        }

        /** The column and finding name, e.g. {@code end_user}. */
        public String column() {
            return column;
        }
    }

    public Party {
        if (role == null) {
            throw new IllegalArgumentException("party role is null");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(role.column() + " name is blank");
        }
        name = name.strip();
        country = Shipment.country(country, role.column() + "_country");
        address = Shipment.blankToNull(address);
    }

    /** A party without an address. */
    public Party(Role role, String name, String country) {
        this(role, name, country, null);
    }

    @Override
    public String toString() {
        return role.column() + " '" + name + "'" + (country == null ? "" : " (" + country.toUpperCase(Locale.ROOT) + ")");
    }
}
