package org.kordon.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a register says of a node besides its name, or what the lists say of a listed entity: the evidence a link
 * between the two is judged by ({@link ListLinks}).
 *
 * <pre>{@code
 * NodeFacts f = new NodeFacts(List.of("1991-04-02"), List.of("kz"), List.of(NodeFacts.Id.of("KZ-IIN", "910402300124")));
 * f.identifiers().get(0)   // Id[scheme=IIN, value=910402300124]
 * }</pre>
 *
 * @param birthDates  birth dates as written (ISO {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a listed range
 *                    as {@code YYYY/YYYY}); only the years are compared
 * @param countries   ISO 3166-1 alpha-2 codes, lower case: a person's nationalities, a company's jurisdiction
 * @param identifiers identifiers with their scheme
 */
public record NodeFacts(List<String> birthDates, List<String> countries, List<Id> identifiers) {
    /** Nothing known besides the name. */
    public static final NodeFacts NONE = new NodeFacts(List.of(), List.of(), List.of());

    public NodeFacts {
        birthDates = birthDates.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        countries = countries.stream().filter(s -> s != null && !s.isBlank()).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .distinct().toList();
        identifiers = List.copyOf(new java.util.LinkedHashSet<>(identifiers));
    }

    /** True when nothing is known besides the name. */
    public boolean isEmpty() {
        return birthDates.isEmpty() && countries.isEmpty() && identifiers.isEmpty();
    }

    /** These facts with {@code more} added (a second statement about the same node). */
    NodeFacts plus(NodeFacts more) {
        if (more.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return more;
        }
        List<String> b = new ArrayList<>(birthDates);
        b.addAll(more.birthDates);
        List<String> c = new ArrayList<>(countries);
        c.addAll(more.countries);
        List<Id> i = new ArrayList<>(identifiers);
        i.addAll(more.identifiers);
        return new NodeFacts(b, c, i);
    }

    /**
     * An identifier: a scheme and a value, both normalised by {@link #of}.
     *
     * @param scheme {@code INN}, {@code BIN}, {@code IIN}, {@code OGRN}, {@code LEI}, {@code IMO}, {@code BIC}, a
     *               register's code such as {@code GB-COH}, or one of the two generic schemes the lists often give
     *               ({@link #TAX}, {@link #REGISTRATION}); upper case
     * @param value  letters and digits only, upper case ({@code "77 0708-3893"} is {@code 7707083893})
     */
    public record Id(String scheme, String value) {
        /** A tax number whose kind the source does not say (the lists' "Tax ID No."). */
        public static final String TAX = "TAX";
        /** A registration number whose register the source does not say. */
        public static final String REGISTRATION = "REGISTRATION";
        private static final Set<String> TAX_KINDS = Set.of(TAX, "INN", "BIN", "IIN", "TIN", "KPP");
        private static final Set<String> NOT_REGISTRATION = Set.of("LEI", "IMO", "BIC", "PASSPORT", "NATIONAL_ID", "MMSI");

        public Id {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(value, "value");
            if (scheme.isBlank() || value.isBlank()) {
                throw new IllegalArgumentException("identifier scheme and value must not be blank, got '" + scheme + "' '" + value + "'");
            }
        }

        /**
         * An identifier from a scheme as sources write it: BODS codes ({@code RU-INN}, {@code RU-OGRN}, {@code KZ-BIN},
         * {@code KZ-IIN}, {@code KG-INN}, {@code XI-LEI}) become {@code INN}, {@code OGRN}, {@code BIN}, {@code IIN},
         * {@code INN}, {@code LEI}; other register codes stay as they are ({@code GB-COH}).
         *
         * @throws IllegalArgumentException when the scheme is blank or the value has no letter or digit
         */
        public static Id of(String scheme, String value) {
            String s = scheme == null ? "" : scheme.strip().toUpperCase(Locale.ROOT);
            int dash = s.indexOf('-');
            if (dash == 2) {
                String tail = s.substring(3);
                if (TAX_KINDS.contains(tail) || tail.equals("OGRN") || tail.equals("OGRNIP") || tail.equals("LEI")) {
                    s = tail;
                }
            }
            StringBuilder v = new StringBuilder();
            if (value != null) {
                value.codePoints().filter(Character::isLetterOrDigit).map(Character::toUpperCase).forEach(v::appendCodePoint);
            }
            String norm = v.toString();
            if (s.equals("IMO") && norm.startsWith("IMO")) {
                norm = norm.substring(3);
            }
            return new Id(s, norm);
        }

        /**
         * True when the two schemes can name the same number: equal, or one generic ({@link #TAX} for any tax number,
         * {@link #REGISTRATION} for any register's number) and the other of its kind.
         */
        public boolean comparableWith(Id o) {
            if (scheme.equals(o.scheme)) {
                return true;
            }
            if (scheme.equals(TAX) || o.scheme.equals(TAX)) {
                return TAX_KINDS.contains(scheme) && TAX_KINDS.contains(o.scheme);
            }
            if (scheme.equals(REGISTRATION) || o.scheme.equals(REGISTRATION)) {
                String other = scheme.equals(REGISTRATION) ? o.scheme : scheme;
                return !TAX_KINDS.contains(other) && !NOT_REGISTRATION.contains(other);
            }
            return false;
        }

        /** True when both name the same scheme exactly and it is not a generic one: two values then contradict. */
        boolean sameSpecificScheme(Id o) {
            return scheme.equals(o.scheme) && !scheme.equals(TAX) && !scheme.equals(REGISTRATION);
        }

        @Override
        public String toString() {
            return scheme + "=" + value;
        }
    }
}
