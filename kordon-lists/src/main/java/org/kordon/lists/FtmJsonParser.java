package org.kordon.lists;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kordon.model.Address;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.model.VesselInfo;

/**
 * Reads OpenSanctions FollowTheMoney entities, one JSON object per line ({@code entities.ftm.json}, or the
 * nested {@code targets.nested.json}).
 *
 * <p>Each line is an entity: {@code {"id":"NK-2Ka3…","caption":"Vitaly Yurievich KUZMENKO","schema":"Person",
 * "properties":{"name":[…],"birthDate":["1971-01-22"],"taxNumber":["366510784303"],…},"datasets":["eu_fsf"],
 * "first_seen":…,"last_change":"2024-03-28T18:57:01","target":true}}. It becomes entity {@code os:<id>}:
 * <ul>
 *   <li>schema: Person, Organization, Company, LegalEntity, PublicBody, Vessel, Airplane (FtM's name; Kordon's
 *       own older exports wrote Aircraft, still read). Other schemata are
 *       helper entities (Address, Sanction, Ownership, Identification…): they are skipped and counted in one
 *       warning at the end, because a streaming pass cannot join them to entities that came before. In the
 *       nested export their values are objects inside the target's properties and are used: {@code sanctions}
 *       (Sanction: authority, program/programId, listingDate/startDate, provisions, reason), {@code addressEntity}
 *       (Address: full or street/city/postalCode/region/country), {@code identification}/{@code passport};</li>
 *   <li>names: {@code name} values are PRIMARY when equal to the caption, else ALIAS; {@code alias} ALIAS,
 *       {@code weakAlias} WEAK_ALIAS, {@code previousName} PREVIOUS; any of them written in a non-Latin script
 *       becomes ORIGINAL_SCRIPT with the script as its lang ({@code "Cyrillic"}, {@code "Greek"});</li>
 *   <li>birthDate (ISO, partial allowed; a bad one rejects the entity), birthPlace, nationality and citizenship,
 *       country and jurisdiction, address, gender, position, notes/summary/title (remarks), topics (remarks
 *       {@code "topic: sanction"});</li>
 *   <li>identifiers: idNumber → NATIONAL_ID, passportNumber → PASSPORT, taxNumber/innCode/vatCode → TAX_ID,
 *       ogrnCode/registrationNumber → REGISTRATION, swiftBic → BIC, leiCode → LEI, imoNumber → IMO, mmsi → MMSI,
 *       callSign → CALL_SIGN, serialNumber → AIRCRAFT_SERIAL, email/website/phone; vessel flag, type, tonnage,
 *       grossRegisteredTonnage → {@code VesselInfo};</li>
 *   <li>sanctions: nested Sanction objects when present; otherwise, for an entity with a {@code sanction*} topic,
 *       one sanction per dataset with the authority the dataset belongs to ({@code eu_fsf} → EU), programmes
 *       from programId/program and the listing date from the earliest createdAt.</li>
 * </ul>
 * The source is {@code SourceRef("os-<dataset>", <newest last_change date>)} (list {@code "opensanctions"} when
 * the file mixes datasets); a cheap first pass over the file finds both before entities are emitted.
 *
 * <p>Errors name the line and the JSON path: {@code entities.ftm.json line 3, field properties.birthDate: bad
 * date '1971-13-01' …}. A line that is not JSON is a bad record (skipped in lenient mode): JSON lines have no
 * structure beyond the line.
 */
final class FtmJsonParser implements ListParser {
    private static final Set<String> TARGET_SCHEMATA = Set.of("Person", "Organization", "Company", "LegalEntity",
            "PublicBody", "Vessel", "Airplane", "Aircraft");

    private ParseContext ctx;
    private SourceRef source;
    private final Map<String, Integer> skippedSchemata = new TreeMap<>();

    @Override
    public void parse(ParseContext ctx) throws IOException {
        this.ctx = ctx;
        Set<String> datasets = new TreeSet<>();
        String[] newest = {null};
        OsJson.scanTopLevel(ctx, Set.of("datasets", "last_change"), (k, v) -> {
            if (k.equals("datasets")) {
                datasets.add(v);
            } else if (v.length() >= 10 && (newest[0] == null || v.substring(0, 10).compareTo(newest[0]) > 0)) {
                newest[0] = v.substring(0, 10);
            }
        });
        String list = datasets.size() == 1 ? "os-" + datasets.iterator().next() : "opensanctions";
        source = new SourceRef(list, newest[0]);
        ctx.source(source);
        OsJson.readLines(ctx, line -> entity(line).ifPresent(ctx::emit));
        if (!skippedSchemata.isEmpty()) {
            int total = skippedSchemata.values().stream().mapToInt(Integer::intValue).sum();
            ctx.warn(null, "schema", total + " helper entities of schemata that are not listed parties were skipped: "
                    + skippedSchemata, false);
        }
    }

    private java.util.Optional<Entity> entity(OsJson.Line line) {
        Map<String, Object> o = line.object();
        String loc = "line " + line.number();
        String id = OsJson.string(o, "id");
        if (id == null) {
            throw ctx.error(loc, "id", "entity has no id");
        }
        String schemaName = OsJson.string(o, "schema");
        if (schemaName == null) {
            throw ctx.error(loc, "schema", "entity " + id + " has no schema");
        }
        if (!TARGET_SCHEMATA.contains(schemaName)) {
            skippedSchemata.merge(schemaName, 1, Integer::sum);
            return java.util.Optional.empty();
        }
        Schema schema = Schema.parse(schemaName);
        Object propsValue = o.get("properties");
        if (propsValue != null && !(propsValue instanceof Map<?, ?>)) {
            throw ctx.error(loc, "properties", "properties is not an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> p = propsValue == null ? Map.of() : (Map<String, Object>) propsValue;
        Entity.Builder b = Entity.builder("os:" + id, schema).source(source);

        String caption = OsJson.string(o, "caption");
        boolean primary = false;
        for (String n : OsJson.strings(p, "name")) {
            boolean isCaption = n.equals(caption) && !primary;
            primary |= isCaption;
            addName(b, n, isCaption ? NameKind.PRIMARY : NameKind.ALIAS);
        }
        if (!primary && caption != null) {
            addName(b, caption, NameKind.PRIMARY);
        }
        OsJson.strings(p, "alias").forEach(n -> addName(b, n, NameKind.ALIAS));
        OsJson.strings(p, "weakAlias").forEach(n -> addName(b, n, NameKind.WEAK_ALIAS));
        OsJson.strings(p, "previousName").forEach(n -> addName(b, n, NameKind.PREVIOUS));
        if (!b.hasNames()) {
            throw ctx.error(loc, "properties.name", "entity " + id + " has no name");
        }

        for (String d : OsJson.strings(p, "birthDate")) {
            b.birthDate(DateRange.of(date(loc, "properties.birthDate", d)));
        }
        OsJson.strings(p, "birthPlace").forEach(b::birthPlace);
        OsJson.strings(p, "nationality").forEach(b::nationality);
        OsJson.strings(p, "citizenship").forEach(b::nationality);
        OsJson.strings(p, "country").forEach(b::country);
        OsJson.strings(p, "jurisdiction").forEach(b::country);
        OsJson.strings(p, "mainCountry").forEach(b::country);
        for (String a : OsJson.strings(p, "address")) {
            b.address(Address.of(a, null));
        }
        for (Map<String, Object> a : OsJson.objects(p, "addressEntity")) {
            address(loc, a).ifPresent(b::address);
        }
        OsJson.strings(p, "gender").stream().findFirst().ifPresent(b::gender);
        OsJson.strings(p, "position").forEach(b::position);
        OsJson.strings(p, "title").forEach(t -> b.remark("Title: " + t));
        OsJson.strings(p, "notes").forEach(b::remark);
        OsJson.strings(p, "summary").forEach(b::remark);
        List<String> topics = OsJson.strings(p, "topics");
        topics.forEach(t -> b.remark("topic: " + t));

        identifiers(loc, p, schema, b);
        if (schema == Schema.VESSEL) {
            b.vessel(new VesselInfo(first(p, "flag"), first(p, "type"), first(p, "tonnage"),
                    first(p, "grossRegisteredTonnage"), null));
        }
        sanctions(loc, o, p, topics, b);
        try {
            return java.util.Optional.of(b.build());
        } catch (IllegalArgumentException e) {
            throw ctx.error(loc, null, e.getMessage());
        }
    }

    private static void addName(Entity.Builder b, String value, NameKind kind) {
        String script = OsJson.nonLatinScript(value);
        b.name(new Name(value, script != null ? NameKind.ORIGINAL_SCRIPT : kind, script));
    }

    private static String first(Map<String, Object> p, String key) {
        List<String> v = OsJson.strings(p, key);
        return v.isEmpty() ? null : v.get(0);
    }

    private PartialDate date(String loc, String field, String text) {
        String v = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
        try {
            return PartialDate.parse(v);
        } catch (IllegalArgumentException e) {
            throw ctx.error(loc, field, e.getMessage());
        }
    }

    private void identifiers(String loc, Map<String, Object> p, Schema schema, Entity.Builder b) {
        Object[][] map = {
            {"idNumber", IdType.NATIONAL_ID, null}, {"passportNumber", IdType.PASSPORT, null},
            {"taxNumber", IdType.TAX_ID, null}, {"innCode", IdType.TAX_ID, "INN"}, {"vatCode", IdType.TAX_ID, "VAT"},
            {"ogrnCode", IdType.REGISTRATION, "OGRN"}, {"registrationNumber", IdType.REGISTRATION, null},
            {"swiftBic", IdType.BIC, null}, {"leiCode", IdType.LEI, null}, {"imoNumber", IdType.IMO, null},
            {"mmsi", IdType.MMSI, null}, {"callSign", IdType.CALL_SIGN, null},
            {"serialNumber", IdType.AIRCRAFT_SERIAL, null}, {"email", IdType.EMAIL, null},
            {"website", IdType.WEBSITE, null}, {"phone", IdType.PHONE, null},
            {"kppCode", IdType.OTHER, "KPP"}, {"okpoCode", IdType.OTHER, "OKPO"},
        };
        for (Object[] m : map) {
            String key = (String) m[0];
            IdType type = (IdType) m[1];
            if (schema == Schema.AIRCRAFT && key.equals("registrationNumber")) {
                type = IdType.AIRCRAFT_TAIL;
            }
            for (String v : OsJson.strings(p, key)) {
                try {
                    b.identifier(new Identifier(type, v, null, (String) m[2]));
                } catch (IllegalArgumentException e) {
                    throw ctx.error(loc, "properties." + key, e.getMessage());
                }
            }
        }
        for (String key : new String[] {"identification", "passport"}) {
            for (Map<String, Object> nested : OsJson.objects(p, key)) {
                Map<String, Object> np = props(nested);
                String number = first(np, "number");
                if (number == null) {
                    continue;
                }
                IdType type = "Passport".equals(OsJson.string(nested, "schema")) ? IdType.PASSPORT : IdType.NATIONAL_ID;
                b.identifier(new Identifier(type, number, first(np, "country"), first(np, "type")));
            }
        }
    }

    private void sanctions(String loc, Map<String, Object> o, Map<String, Object> p, List<String> topics,
            Entity.Builder b) {
        List<Map<String, Object>> nested = OsJson.objects(p, "sanctions");
        for (Map<String, Object> s : nested) {
            Map<String, Object> sp = props(s);
            String authority = first(sp, "authority");
            if (authority == null) {
                List<String> ds = OsJson.strings(s, "datasets");
                authority = ds.isEmpty() ? "unknown" : OsJson.authority(ds.get(0));
            }
            List<String> programs = new ArrayList<>(OsJson.strings(sp, "programId"));
            programs.addAll(OsJson.strings(sp, "program"));
            String listed = first(sp, "listingDate");
            listed = listed != null ? listed : first(sp, "startDate");
            b.sanction(new Sanction(authority, programs,
                    listed == null ? null : date(loc, "properties.sanctions.properties.listingDate", listed),
                    first(sp, "provisions"), first(sp, "reason")));
        }
        if (!nested.isEmpty() || topics.stream().noneMatch(t -> t.startsWith("sanction"))) {
            return;
        }
        List<String> programs = new ArrayList<>(OsJson.strings(p, "programId"));
        programs.addAll(OsJson.strings(p, "program"));
        PartialDate listed = null;
        for (String c : OsJson.strings(p, "createdAt")) {
            PartialDate d = date(loc, "properties.createdAt", c);
            listed = listed == null || d.compareTo(listed) < 0 ? d : listed;
        }
        List<String> datasets = OsJson.strings(o, "datasets");
        for (String ds : datasets.isEmpty() ? List.of("opensanctions") : datasets) {
            b.sanction(new Sanction(OsJson.authority(ds), programs, listed, null, null));
        }
    }

    private java.util.Optional<Address> address(String loc, Map<String, Object> a) {
        Map<String, Object> ap = props(a);
        try {
            if (first(ap, "full") == null && first(ap, "street") == null && first(ap, "city") == null
                    && first(ap, "country") == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Address(first(ap, "full"), first(ap, "street"), first(ap, "city"),
                    first(ap, "postalCode"), first(ap, "region"), first(ap, "country")));
        } catch (IllegalArgumentException e) {
            throw ctx.error(loc, "properties.addressEntity", e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> entity) {
        Object v = entity.get("properties");
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
