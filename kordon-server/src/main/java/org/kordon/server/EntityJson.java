package org.kordon.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kordon.model.Address;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.Identifier;
import org.kordon.model.Name;
import org.kordon.model.Sanction;
import org.kordon.resolution.ResolvedEntity;

/**
 * A listed entity in FollowTheMoney's shape, as yente answers it: {@code id}, {@code caption}, {@code schema},
 * {@code properties} with FtM property names ({@code name}, {@code alias}, {@code birthDate}, {@code nationality},
 * {@code passportNumber}, {@code imoNumber}…), {@code datasets}.
 */
final class EntityJson {
    private EntityJson() {
    }

    static Map<String, Object> of(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("caption", e.caption());
        m.put("schema", e.schema().ftmName());
        m.put("properties", properties(e));
        m.put("datasets", List.of(e.source().list()));
        m.put("referents", List.of());
        m.put("target", true);
        m.put("last_change", e.source().version());
        return m;
    }

    /**
     * A listing as one of its resolved entity, in yente's shape of a merged entity: the listing's own id, caption and
     * properties, {@code datasets} the lists of all the entity's listings, {@code referents} the ids of its other
     * listings; then Kordon's {@code resolved_id} and the entity's listings in full ({@link #listings}).
     */
    static Map<String, Object> of(Entity listing, ResolvedEntity entity) {
        Map<String, Object> m = of(listing);
        m.put("datasets", entity.sources());
        m.put("referents", entity.otherListingIds(listing.id()));
        m.put("resolved_id", entity.id());
        m.put("listings", listings(entity));
        return m;
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
        m.put("schema", e.schema().ftmName());
        m.put("listedOn", e.sanctions().stream().filter(s -> s.listedOn() != null).map(s -> s.listedOn().toString()).distinct().toList());
        m.put("names", e.names().stream().map(Name::value).toList());
        m.put("birthDates", e.birthDates().stream().map(EntityJson::date).toList());
        m.put("nationalities", e.nationalities());
        m.put("countries", e.countries());
        List<Map<String, Object>> ids = new ArrayList<>();
        for (Identifier id : e.identifiers()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("type", property(id));
            i.put("value", id.value());
            putIf(i, "country", id.country());
            ids.add(i);
        }
        m.put("identifiers", ids);
        return m;
    }

    static Map<String, List<Object>> properties(Entity e) {
        Map<String, List<Object>> p = new LinkedHashMap<>();
        for (Name n : e.names()) {
            String prop = switch (n.kind()) {
                case PRIMARY -> "name";
                case WEAK_ALIAS -> "weakAlias";
                case PREVIOUS -> "previousName";
                default -> "alias";
            };
            add(p, prop, n.value());
        }
        for (DateRange d : e.birthDates()) {
            add(p, "birthDate", date(d));
        }
        e.birthPlaces().forEach(v -> add(p, "birthPlace", v));
        e.nationalities().forEach(v -> add(p, "nationality", v));
        e.countries().forEach(v -> add(p, "country", v));
        for (Address a : e.addresses()) {
            add(p, "address", a.full());
        }
        for (Identifier id : e.identifiers()) {
            add(p, property(id), id.value());
        }
        if (e.gender() != null) {
            add(p, "gender", e.gender());
        }
        e.positions().forEach(v -> add(p, "position", v));
        e.remarks().forEach(v -> add(p, "notes", v));
        e.programs().forEach(v -> add(p, "program", v));
        for (Sanction s : e.sanctions()) {
            Map<String, Object> sp = new LinkedHashMap<>();
            putIf(sp, "authority", s.authority());
            if (!s.programs().isEmpty()) {
                sp.put("program", s.programs());
            }
            putIf(sp, "startDate", s.listedOn() == null ? null : s.listedOn().toString());
            putIf(sp, "provisions", s.measure());
            putIf(sp, "reason", s.reason());
            add(p, "sanctions", Map.of("schema", "Sanction", "properties", sp));
        }
        if (e.vessel() != null) {
            addIf(p, "flag", e.vessel().flag());
            addIf(p, "type", e.vessel().type());
            addIf(p, "tonnage", e.vessel().tonnage());
            addIf(p, "grossRegisteredTonnage", e.vessel().grossTonnage());
        }
        return p;
    }

    /** A birth date as FtM writes it: {@code 1952-10-07}; a range or circa date as {@link DateRange#toString()}. */
    private static String date(DateRange d) {
        return d.isSingle() ? d.from().toString() : d.toString();
    }

    static String property(Identifier id) {
        return switch (id.type()) {
            case PASSPORT -> "passportNumber";
            case TAX_ID -> "taxNumber";
            case REGISTRATION -> "registrationNumber";
            case BIC -> "swiftBic";
            case LEI -> "leiCode";
            case IMO -> "imoNumber";
            case MMSI -> "mmsi";
            case CALL_SIGN -> "callSign";
            case AIRCRAFT_SERIAL -> "serialNumber";
            case EMAIL -> "email";
            case WEBSITE -> "website";
            case PHONE -> "phone";
            default -> "idNumber";
        };
    }

    private static void add(Map<String, List<Object>> p, String key, Object v) {
        p.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
    }

    private static void putIf(Map<String, Object> m, String key, String v) {
        if (v != null && !v.isBlank()) {
            m.put(key, v);
        }
    }

    private static void addIf(Map<String, List<Object>> p, String key, String v) {
        if (v != null && !v.isBlank()) {
            add(p, key, v);
        }
    }
}
