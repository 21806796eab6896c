package org.kordon.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kordon.model.Address;
import org.kordon.model.Countries;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.Identifier;
import org.kordon.model.Name;
import org.kordon.model.PartialDate;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.resolution.ResolvedEntity;

/**
 * A listed entity as a valid FollowTheMoney entity, in the shape yente answers it: {@code id}, {@code caption},
 * {@code schema}, {@code properties} (each an FtM property of the schema, every value a string), {@code datasets},
 * {@code referents}, {@code target}.
 *
 * <pre>{@code
 * {"id": "un:QDi.006", "caption": "AIMAN MUHAMMED RABI AL-ZAWAHIRI", "schema": "Person",
 *  "properties": {"name": [...], "birthDate": ["1951-06-19"], "nationality": ["eg"], "gender": ["male"],
 *                 "topics": ["sanction"],
 *                 "sanctions": [{"id": "un:QDi.006-sanction-1", "caption": "UN: Al-Qaida", "schema": "Sanction",
 *                                "properties": {"entity": ["un:QDi.006"], "authority": ["UN"], "program": ["Al-Qaida"], ...}}]},
 *  "datasets": ["un_sc_sanctions"], "referents": [], "target": true, "list": "un", "published": "2026-02-27T..."}
 * }</pre>
 *
 * <p>Kordon adds {@code list} (its own name of the listing's list, as in {@code listings[].source}) and
 * {@code published} (the list's version as its publisher states it), extra keys that yente's models allow.
 *
 * <p>FtM's rules, which the official model checks in {@code FtmValidityTest}: a value goes to a property only where
 * the schema has it ({@code passportNumber} on a person, {@code imoNumber} on a vessel or organisation,
 * {@code incorporationDate} rather than {@code birthDate} on a company), genders are {@code male}, {@code female} or
 * {@code other}, countries are codes, dates are ISO prefixes ({@code 1974}, {@code 1952-10}), never ranges (a range of
 * years is written as its years, {@code 1974}, {@code 1975}, {@code 1976}), and no value exceeds its property's
 * length; {@code topics} are those its list records ({@link #topics}). What has no FtM property on the schema, or is too long, or is a country the code table does not know, is
 * kept as a line of {@code notes} ({@code "nationality: Narnia"}): nothing the list says is dropped. Aircraft are
 * {@code Airplane}. Each sanction is its own {@code Sanction} entity with an id ({@code <listing>-sanction-<n>}) whose
 * {@code entity} names the listing: nested under {@code sanctions} as yente nests it, or side by side in
 * {@link #flat} as an FtM entity file holds it.
 */
final class EntityJson {
    /** A range of birth years longer than this is written as its two ends rather than every year. */
    static final int MAX_RANGE_YEARS = 10;
    /** FtM's maximum lengths of the property types Kordon writes (the model's {@code maxLength}). */
    static final Map<String, Integer> MAX_LENGTH = Map.of("name", 384, "identifier", 64, "string", 1024, "address", 250,
            "date", 32, "text", 65_000, "url", 4096, "email", 250, "phone", 64, "entity", 200);
    /** The properties Kordon writes whose FtM maximum is below their type's. */
    static final Map<String, Integer> PROPERTY_MAX_LENGTH = Map.of("phone", 32, "swiftBic", 16, "leiCode", 32, "imoNumber", 16,
            "mmsi", 16, "innCode", 32, "ogrnCode", 32, "vatCode", 32);
    /** FtM's topic of a sanctioned entity: every listing with a sanction has it. */
    static final String TOPIC = "sanction";
    /** How the FtM and Senzing readers keep the topics OpenSanctions gives an entity: a remark {@code topic: role.pep}. */
    static final String TOPIC_REMARK = "topic: ";

    private EntityJson() {
    }

    /** FtM's name of a schema: {@code Airplane} for aircraft. */
    static String schemaName(Schema s) {
        return s == Schema.AIRCRAFT ? "Airplane" : s.ftmName();
    }

    static Map<String, Object> of(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("caption", e.caption());
        m.put("schema", schemaName(e.schema()));
        Map<String, List<Object>> p = properties(e);
        List<Object> sanctions = new ArrayList<>(sanctions(e));
        if (!sanctions.isEmpty()) {
            p.put("sanctions", sanctions);
        }
        m.put("properties", p);
        m.put("datasets", List.of(YenteDatasets.nameOf(e.source().list())));
        m.put("referents", List.of());
        m.put("target", true);
        m.put("list", e.source().list());
        if (e.source().version() != null) {
            m.put("published", e.source().version());
        }
        return m;
    }

    /**
     * A listing as one of its resolved entity, in yente's shape of a merged entity: the listing's own id, caption and
     * properties, {@code datasets} the datasets of all the entity's listings, {@code referents} the ids of its other
     * listings; then Kordon's {@code resolved_id} and the entity's listings in full ({@link #listings}).
     */
    static Map<String, Object> of(Entity listing, ResolvedEntity entity) {
        Map<String, Object> m = of(listing);
        m.put("datasets", entity.sources().stream().map(YenteDatasets::nameOf).distinct().sorted().toList());
        m.put("referents", entity.otherListingIds(listing.id()));
        m.put("resolved_id", entity.id());
        m.put("listings", listings(entity));
        return m;
    }

    /**
     * The entity as an FtM entity file holds it: the entity without the nested sanctions, then each sanction as its own
     * {@code Sanction} entity whose {@code entity} is the listing's id.
     */
    static List<Map<String, Object>> flat(Entity e) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("caption", e.caption());
        m.put("schema", schemaName(e.schema()));
        m.put("properties", properties(e));
        m.put("datasets", List.of(YenteDatasets.nameOf(e.source().list())));
        out.add(m);
        out.addAll(sanctions(e));
        return out;
    }

    /**
     * The listings of a resolved entity side by side, each with what its own list says: {@code id}, {@code source},
     * {@code name} and {@code programs} (as {@code ListingSummary}), then {@code schema}, {@code listedOn} (the dates
     * of its sanctions), {@code names}, {@code birthDates}, {@code nationalities}, {@code countries} and
     * {@code identifiers} ({@code type} as the FtM property, {@code value}, {@code country} when given). Values that
     * disagree between listings stay under the listing that gives them.
     */
    static List<Map<String, Object>> listings(ResolvedEntity entity) {
        return entity.listings().stream().map(EntityJson::listing).toList();
    }

    private static Map<String, Object> listing(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("source", e.source().list());
        m.put("name", e.caption());
        m.put("programs", e.programs());
        m.put("schema", schemaName(e.schema()));
        m.put("listedOn", e.sanctions().stream().filter(s -> s.listedOn() != null).map(s -> s.listedOn().toString()).distinct().toList());
        m.put("names", e.names().stream().map(Name::value).toList());
        m.put("birthDates", e.birthDates().stream().map(d -> d.isSingle() ? d.from().toString() : d.toString()).toList());
        m.put("nationalities", e.nationalities());
        m.put("countries", e.countries());
        List<Map<String, Object>> ids = new ArrayList<>();
        for (Identifier id : e.identifiers()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("type", property(id, e.schema()));
            i.put("value", id.value());
            putIf(i, "country", id.country());
            ids.add(i);
        }
        m.put("identifiers", ids);
        return m;
    }

    /** The FtM properties of the entity, without its sanctions. */
    static Map<String, List<Object>> properties(Entity e) {
        Props p = new Props(e.schema());
        for (Name n : e.names()) {
            String prop = switch (n.kind()) {
                case PRIMARY -> "name";
                case WEAK_ALIAS -> "weakAlias";
                case PREVIOUS -> "previousName";
                default -> "alias";
            };
            p.add(prop, "name", n.value());
        }
        String dateProp = p.person ? "birthDate" : p.legal ? "incorporationDate" : p.vehicle ? "buildDate" : null;
        for (DateRange d : e.birthDates()) {
            for (String v : dates(d)) {
                p.add(dateProp, "date", v, "birthDate: " + d);
            }
        }
        e.birthPlaces().forEach(v -> p.add(p.person ? "birthPlace" : null, "string", v, "birthPlace: " + v));
        e.nationalities().forEach(v -> p.country(p.person ? "nationality" : "country", v));
        e.countries().forEach(v -> p.country("country", v));
        for (Address a : e.addresses()) {
            p.add("address", "address", a.full());
        }
        for (Identifier id : e.identifiers()) {
            String type = switch (id.type()) {
                case EMAIL -> "email";
                case WEBSITE -> "url";
                case PHONE -> "phone";
                default -> "identifier";
            };
            p.add(property(id, e.schema()), type, id.value(),
                    (id.label() == null ? id.type().name().toLowerCase(Locale.ROOT) : id.label()) + ": " + id.value());
        }
        if (e.gender() != null) {
            p.add(p.person ? "gender" : null, "string", gender(e.gender()), "gender: " + e.gender());
        }
        e.positions().forEach(v -> p.add(p.person ? "position" : null, "string", v, "position: " + v));
        e.programs().forEach(v -> p.add("program", "string", v));
        topics(e).forEach(t -> p.add("topics", "string", t));
        if (e.vessel() != null) {
            boolean vessel = e.schema() == Schema.VESSEL;
            if (e.vessel().flag() != null) {
                p.country(vessel ? "flag" : "country", e.vessel().flag());
            }
            addIf(p, p.vehicle ? "type" : null, e.vessel().type(), "type");
            addIf(p, vessel ? "tonnage" : null, e.vessel().tonnage(), "tonnage");
            addIf(p, vessel ? "grossRegisteredTonnage" : null, e.vessel().grossTonnage(), "gross registered tonnage");
            addIf(p, null, e.vessel().owner(), "owner");
        }
        e.remarks().stream().filter(v -> !v.startsWith(TOPIC_REMARK)).forEach(v -> p.add("notes", "text", v));
        p.flushNotes();
        return p.map;
    }

    private static void addIf(Props p, String prop, String v, String label) {
        if (v != null && !v.isBlank()) {
            p.add(prop, "string", v, label + ": " + v);
        }
    }

    /**
     * The entity's FtM topics as far as its list records them: {@code sanction} when it has a sanction, then the
     * topics OpenSanctions gave it ({@code role.pep}), kept by the readers as {@code topic: …} remarks. A list that
     * records no topics (the official lists) gives only {@code sanction}.
     */
    static Set<String> topics(Entity e) {
        Set<String> topics = new TreeSet<>();
        if (!e.sanctions().isEmpty()) {
            topics.add(TOPIC);
        }
        for (String r : e.remarks()) {
            if (r.startsWith(TOPIC_REMARK) && !r.substring(TOPIC_REMARK.length()).isBlank()) {
                topics.add(r.substring(TOPIC_REMARK.length()).strip());
            }
        }
        return topics;
    }

    /** Each sanction as its own {@code Sanction} entity: id {@code <listing>-sanction-<n>}, {@code entity} the listing. */
    static List<Map<String, Object>> sanctions(Entity e) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (Sanction s : e.sanctions()) {
            n++;
            Props p = new Props(null);
            p.add("entity", "entity", e.id());
            p.add("authority", "string", s.authority());
            s.programs().forEach(v -> p.add("program", "string", v));
            if (s.listedOn() != null) {
                p.add("listingDate", "date", s.listedOn().toString());
            }
            if (s.measure() != null) {
                p.add("provisions", "string", s.measure());
            }
            if (s.reason() != null) {
                p.add("reason", "text", s.reason());
            }
            p.flushNotes();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id() + "-sanction-" + n);
            m.put("caption", s.programs().isEmpty() ? s.authority() : s.authority() + ": " + String.join(", ", s.programs()));
            m.put("schema", "Sanction");
            m.put("properties", p.map);
            m.put("datasets", List.of(YenteDatasets.nameOf(e.source().list())));
            out.add(m);
        }
        return out;
    }

    /** FtM's gender codes: {@code male}, {@code female}, else {@code other}. */
    static String gender(String g) {
        return switch (g.strip().toLowerCase(Locale.ROOT)) {
            case "male", "m", "man" -> "male";
            case "female", "f", "woman" -> "female";
            default -> "other";
        };
    }

    /**
     * A date as FtM writes it, an ISO prefix: {@code 1952-10-07}; {@code ~1952} as {@code 1952}; a range within one
     * year as that year; a range of years as each year ({@code 1974..1976}: 1974, 1975, 1976), or its two ends when it
     * spans more than {@link #MAX_RANGE_YEARS}.
     */
    static List<String> dates(DateRange d) {
        PartialDate from = d.from();
        PartialDate to = d.to();
        if (d.isSingle()) {
            return List.of(from.toString());
        }
        if (from.year() == to.year()) {
            return List.of(String.valueOf(from.year()));
        }
        if (to.year() - from.year() > MAX_RANGE_YEARS) {
            return List.of(String.valueOf(from.year()), String.valueOf(to.year()));
        }
        List<String> years = new ArrayList<>();
        for (int y = from.year(); y <= to.year(); y++) {
            years.add(String.valueOf(y));
        }
        return years;
    }

    /**
     * The FtM property of an identifier on an entity of {@code schema}, or null when the schema has none for it (the
     * value then goes to {@code notes}).
     */
    static String property(Identifier id, Schema schema) {
        boolean person = schema.isA(Schema.PERSON);
        boolean legal = schema.isA(Schema.LEGAL_ENTITY);
        boolean org = schema.isA(Schema.ORGANIZATION);
        boolean vessel = schema == Schema.VESSEL;
        boolean vehicle = vessel || schema == Schema.AIRCRAFT;
        return switch (id.type()) {
            case PASSPORT -> person ? "passportNumber" : legal ? "idNumber" : null;
            case TAX_ID -> legal ? "taxNumber" : null;
            case REGISTRATION -> legal || vehicle ? "registrationNumber" : null;
            case BIC -> legal ? "swiftBic" : null;
            case LEI -> legal ? "leiCode" : null;
            case IMO -> vessel || org ? "imoNumber" : null;
            case MMSI -> vessel ? "mmsi" : null;
            case CALL_SIGN -> vessel ? "callSign" : null;
            case AIRCRAFT_SERIAL -> schema == Schema.AIRCRAFT ? "serialNumber" : null;
            case AIRCRAFT_TAIL -> vehicle ? "registrationNumber" : null;
            case EMAIL -> legal ? "email" : null;
            case WEBSITE -> legal ? "website" : null;
            case PHONE -> legal ? "phone" : null;
            default -> legal ? "idNumber" : null;
        };
    }

    private static void putIf(Map<String, Object> m, String key, String v) {
        if (v != null && !v.isBlank()) {
            m.put(key, v);
        }
    }

    /** Properties being written: values that have no property or are too long become lines of {@code notes}. */
    private static final class Props {
        final Map<String, List<Object>> map = new LinkedHashMap<>();
        final List<Object> notes = new ArrayList<>();
        final boolean person;
        final boolean legal;
        final boolean vehicle;

        Props(Schema schema) {
            person = schema != null && schema.isA(Schema.PERSON);
            legal = schema != null && schema.isA(Schema.LEGAL_ENTITY);
            vehicle = schema == Schema.VESSEL || schema == Schema.AIRCRAFT;
        }

        void add(String prop, String type, String value) {
            add(prop, type, value, prop + ": " + value);
        }

        /** {@code value} under {@code prop}; {@code note} in notes when prop is null or the value too long for its type. */
        void add(String prop, String type, String value, String note) {
            if (value == null || value.isBlank()) {
                return;
            }
            if (prop == null || value.codePointCount(0, value.length()) > PROPERTY_MAX_LENGTH.getOrDefault(prop, MAX_LENGTH.get(type))) {
                notes.add(note);
                return;
            }
            List<Object> values = map.computeIfAbsent(prop, k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
        }

        /** A country as its code; a name the code table does not know becomes a note. */
        void country(String prop, String value) {
            String code = Countries.toCode(value);
            if (code == null) {
                notes.add(prop + ": " + value);
            } else {
                add(prop, "string", code);
            }
        }

        void flushNotes() {
            for (Object n : notes) {
                String s = n.toString();
                add("notes", "text", s.length() > MAX_LENGTH.get("text") ? s.substring(0, MAX_LENGTH.get("text")) : s);
            }
            notes.clear();
        }
    }
}
