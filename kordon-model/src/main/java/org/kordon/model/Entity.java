package org.kordon.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A listed person, organisation, vessel or aircraft: the one model every list loads into.
 *
 * <p>Ids carry their source: {@code ofac-sdn:<ent_num>}, {@code ofac-cons:<id>}, {@code un:<reference>},
 * {@code eu:<logicalId>} or {@code eu:<celex>-<annex>-<recordId>}, {@code uk:<group id>} or
 * {@code uk:<unique id>}, {@code os:<OpenSanctions id>}, {@code csl:<CSL record id>}.
 *
 * <p>All collections are immutable and free of duplicates; {@link #builder(String, Schema)} builds one.
 */
public record Entity(
        String id,
        Schema schema,
        List<Name> names,
        List<DateRange> birthDates,
        List<String> birthPlaces,
        List<String> nationalities,
        List<String> countries,
        List<Address> addresses,
        List<Identifier> identifiers,
        @Nullable VesselInfo vessel,
        List<Sanction> sanctions,
        @Nullable String gender,
        List<String> positions,
        List<String> remarks,
        SourceRef source) {

    public Entity {
        id = Objects.requireNonNull(Text.clean(id), "id");
        Objects.requireNonNull(schema, "schema");
        names = distinct(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no name");
        }
        birthDates = distinct(birthDates);
        birthPlaces = distinct(birthPlaces.stream().map(Text::clean).filter(Objects::nonNull).toList());
        nationalities = distinct(nationalities.stream().map(Countries::normalizeOrNull).filter(Objects::nonNull).toList());
        countries = distinct(countries.stream().map(Countries::normalizeOrNull).filter(Objects::nonNull).toList());
        addresses = distinct(addresses);
        identifiers = distinct(identifiers);
        if (vessel != null && vessel.isEmpty()) {
            vessel = null;
        }
        sanctions = distinct(sanctions);
        gender = Text.clean(gender);
        positions = distinct(positions.stream().map(Text::clean).filter(Objects::nonNull).toList());
        remarks = distinct(remarks.stream().map(Text::clean).filter(Objects::nonNull).toList());
        Objects.requireNonNull(source, "source");
    }

    private static <T> List<T> distinct(List<T> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    /** The primary name, or the first name when the list marks none as primary. */
    public String caption() {
        for (Name n : names) {
            if (n.kind() == NameKind.PRIMARY) {
                return n.value();
            }
        }
        return names.get(0).value();
    }

    /** All programme codes of all sanctions, without duplicates. */
    public List<String> programs() {
        return sanctions.stream().flatMap(s -> s.programs().stream()).distinct().toList();
    }

    /** Identifiers of one type. */
    public List<Identifier> identifiers(IdType type) {
        return identifiers.stream().filter(i -> i.type() == type).toList();
    }

    public static Builder builder(String id, Schema schema) {
        return new Builder(id, schema);
    }

    /** A builder for parsers: collects fields in any order, {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private String id;
        private Schema schema;
        private final List<Name> names = new ArrayList<>();
        private final List<DateRange> birthDates = new ArrayList<>();
        private final List<String> birthPlaces = new ArrayList<>();
        private final List<String> nationalities = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private final List<Address> addresses = new ArrayList<>();
        private final List<Identifier> identifiers = new ArrayList<>();
        private @Nullable VesselInfo vessel;
        private final List<Sanction> sanctions = new ArrayList<>();
        private @Nullable String gender;
        private final List<String> positions = new ArrayList<>();
        private final List<String> remarks = new ArrayList<>();
        private @Nullable SourceRef source;

        private Builder(String id, Schema schema) {
            this.id = id;
            this.schema = schema;
        }

        public String id() {
            return id;
        }

        public Schema schema() {
            return schema;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder schema(Schema v) { schema = v; return this; }
        public Builder name(Name v) { names.add(v); return this; }
        public Builder name(@Nullable String value, NameKind kind) {
            String clean = Text.clean(value);
            if (clean != null) {
                names.add(Name.of(clean, kind));
            }
            return this;
        }
        public Builder birthDate(DateRange v) { birthDates.add(v); return this; }
        public Builder birthPlace(@Nullable String v) { if (v != null) { birthPlaces.add(v); } return this; }
        public Builder nationality(@Nullable String v) { if (v != null) { nationalities.add(v); } return this; }
        public Builder country(@Nullable String v) { if (v != null) { countries.add(v); } return this; }
        public Builder address(Address v) { addresses.add(v); return this; }
        public Builder identifier(Identifier v) { identifiers.add(v); return this; }
        public Builder identifier(IdType type, @Nullable String value) {
            String clean = Text.clean(value);
            if (clean != null) {
                identifiers.add(Identifier.of(type, clean));
            }
            return this;
        }
        public Builder vessel(@Nullable VesselInfo v) { vessel = v; return this; }
        public Builder sanction(Sanction v) { sanctions.add(v); return this; }
        public Builder gender(@Nullable String v) { gender = v; return this; }
        public Builder position(@Nullable String v) { if (v != null) { positions.add(v); } return this; }
        public Builder remark(@Nullable String v) { if (v != null) { remarks.add(v); } return this; }
        public Builder source(SourceRef v) { source = v; return this; }

        public boolean hasNames() {
            return !names.isEmpty();
        }

        public Entity build() {
            return new Entity(id, schema, names, birthDates, birthPlaces, nationalities, countries, addresses,
                    identifiers, vessel, sanctions, gender, positions, remarks, Objects.requireNonNull(source, "source"));
        }
    }
}
