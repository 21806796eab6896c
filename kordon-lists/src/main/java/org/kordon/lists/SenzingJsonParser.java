package org.kordon.lists;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/**
 * Reads OpenSanctions' Senzing export: JSON lines in Senzing's entity-specification layout
 * ({@code senzing.json}), one record per line.
 *
 * <p>Example line (shortened):
 * <pre>{@code
 * {"DATA_SOURCE":"OS_US_CONGRESS","RECORD_ID":"Q101198561","RECORD_TYPE":"PERSON","LAST_CHANGE":"2025-07-27T08:44:02",
 *  "NAMES":[{"NAME_TYPE":"PRIMARY","NAME_FULL":"Scott Franklin"},{"NAME_TYPE":"ALIAS","NAME_FULL":"C. Scott Franklin"}],
 *  "RISKS":[{"TOPIC":"role.pep"}],"DATES":[{"DATE_OF_BIRTH":"1964"}],"COUNTRIES":[{"NATIONALITY":"us"}],…}
 * }</pre>
 * becomes entity {@code os:Q101198561}, a PERSON with primary name "Scott Franklin", alias "C. Scott Franklin",
 * birth date 1964, nationality us and the remark "topic: role.pep".
 * <ul>
 *   <li>RECORD_TYPE PERSON → PERSON, ORGANIZATION → ORGANIZATION (also VESSEL, AIRCRAFT, COMPANY). A record with
 *       no RECORD_TYPE or no name is not a listed party (OpenSanctions writes positions such as "United States
 *       senator" this way for RELATIONSHIPS to point at): it is skipped and counted in one warning;</li>
 *   <li>NAMES: NAME_FULL, NAME_ORG, or NAME_FIRST/NAME_MIDDLE/NAME_LAST joined; NAME_TYPE PRIMARY → PRIMARY,
 *       others → ALIAS; a name in a non-Latin script → ORIGINAL_SCRIPT with the script as lang;</li>
 *   <li>DATES: DATE_OF_BIRTH → birth date (ISO, partial allowed; a bad one rejects the record), DATE_OF_DEATH and
 *       REGISTRATION_DATE → remarks; COUNTRIES: NATIONALITY/CITIZENSHIP → nationalities, any other key →
 *       countries; ADDRESSES: ADDR_FULL or ADDR_LINE1..3/ADDR_CITY/ADDR_STATE/ADDR_POSTAL_CODE/ADDR_COUNTRY;</li>
 *   <li>IDENTIFIERS: PASSPORT_NUMBER (+PASSPORT_COUNTRY), NATIONAL_ID_NUMBER, TAX_ID_NUMBER, LEI_NUMBER, DUNS
 *       (OTHER), OTHER_ID_TYPE + OTHER_ID_NUMBER and TRUSTED_ID_TYPE + TRUSTED_ID_NUMBER (INN → TAX_ID,
 *       OGRN → REGISTRATION, SWIFT/BIC → BIC, IMO, MMSI, else OTHER with the type as label), EMAIL_ADDRESS,
 *       PHONE_NUMBER, WEBSITE_ADDRESS;</li>
 *   <li>RISKS: every TOPIC is kept as the remark {@code "topic: <topic>"}; only a topic starting with
 *       {@code sanction} makes a sanction (authority from the dataset, e.g. EU for {@code OS_EU_FSF}); URL → remark.
 *       RELATIONSHIPS are not loaded.</li>
 * </ul>
 * The source is {@code SourceRef("os-<dataset>", <newest LAST_CHANGE date>)}, the dataset being DATA_SOURCE in
 * lower case without its {@code OS_} prefix ({@code os-us_congress}); a cheap first pass finds both.
 * Errors name the line and the JSON path: {@code senzing.json line 3, field DATES.DATE_OF_BIRTH: bad date …}.
 */
final class SenzingJsonParser implements ListParser {
    private ParseContext ctx;
    private int notParties;

    @Override
    public void parse(ParseContext ctx) throws IOException {
        this.ctx = ctx;
        Set<String> sources = new TreeSet<>();
        String[] newest = {null};
        OsJson.scanTopLevel(ctx, Set.of("DATA_SOURCE", "LAST_CHANGE"), (k, v) -> {
            if (k.equals("DATA_SOURCE")) {
                sources.add(dataset(v));
            } else if (v.length() >= 10 && (newest[0] == null || v.substring(0, 10).compareTo(newest[0]) > 0)) {
                newest[0] = v.substring(0, 10);
            }
        });
        SourceRef source = new SourceRef(sources.size() == 1 ? "os-" + sources.iterator().next() : "opensanctions",
                newest[0]);
        ctx.source(source);
        OsJson.readLines(ctx, line -> record(line, source).ifPresent(ctx::emit));
        if (notParties > 0) {
            ctx.warn(null, "RECORD_TYPE", notParties + " records without a RECORD_TYPE or a name (positions and"
                    + " other relationship targets, not listed parties) were skipped", false);
        }
    }

    /** {@code OS_US_CONGRESS} → {@code us_congress}. */
    static String dataset(String dataSource) {
        String d = dataSource.strip().toLowerCase(Locale.ROOT);
        return d.startsWith("os_") ? d.substring(3) : d;
    }

    private Optional<Entity> record(OsJson.Line line, SourceRef source) {
        Map<String, Object> o = line.object();
        String loc = "line " + line.number();
        String id = OsJson.string(o, "RECORD_ID");
        if (id == null) {
            throw ctx.error(loc, "RECORD_ID", "record has no RECORD_ID");
        }
        String type = OsJson.string(o, "RECORD_TYPE");
        List<Map<String, Object>> names = OsJson.objects(o, "NAMES");
        if (type == null || names.isEmpty()) {
            notParties++;
            return Optional.empty();
        }
        Schema schema;
        try {
            schema = Schema.parse(type);
        } catch (IllegalArgumentException e) {
            throw ctx.error(loc, "RECORD_TYPE", "unknown record type '" + type + "'");
        }
        Entity.Builder b = Entity.builder("os:" + id, schema).source(source);
        for (Map<String, Object> n : names) {
            String value = name(n);
            if (value == null) {
                continue;
            }
            NameKind kind = "PRIMARY".equalsIgnoreCase(OsJson.string(n, "NAME_TYPE")) ? NameKind.PRIMARY : NameKind.ALIAS;
            String script = OsJson.nonLatinScript(value);
            b.name(new Name(value, script != null ? NameKind.ORIGINAL_SCRIPT : kind, script));
        }
        if (!b.hasNames()) {
            notParties++;
            return Optional.empty();
        }
        for (Map<String, Object> d : OsJson.objects(o, "DATES")) {
            for (Map.Entry<String, Object> e : d.entrySet()) {
                if (!(e.getValue() instanceof String v) || v.isBlank()) {
                    continue;
                }
                switch (e.getKey()) {
                    case "DATE_OF_BIRTH" -> b.birthDate(DateRange.of(date(loc, "DATES.DATE_OF_BIRTH", v)));
                    case "DATE_OF_DEATH" -> b.remark("Date of death: " + v);
                    default -> b.remark(e.getKey().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + v);
                }
            }
        }
        for (Map<String, Object> c : OsJson.objects(o, "COUNTRIES")) {
            for (Map.Entry<String, Object> e : c.entrySet()) {
                if (e.getValue() instanceof String v) {
                    if (e.getKey().equals("NATIONALITY") || e.getKey().equals("CITIZENSHIP")) {
                        b.nationality(v);
                    } else {
                        b.country(v);
                    }
                }
            }
        }
        for (Map<String, Object> a : OsJson.objects(o, "ADDRESSES")) {
            address(loc, a).ifPresent(b::address);
        }
        for (Map<String, Object> i : OsJson.objects(o, "IDENTIFIERS")) {
            identifiers(loc, i, b);
        }
        String dataset = dataset(OsJson.string(o, "DATA_SOURCE") == null ? "opensanctions" : OsJson.string(o, "DATA_SOURCE"));
        boolean sanctioned = false;
        for (Map<String, Object> r : OsJson.objects(o, "RISKS")) {
            String topic = OsJson.string(r, "TOPIC");
            if (topic != null) {
                b.remark("topic: " + topic);
                sanctioned |= topic.startsWith("sanction");
            }
        }
        if (sanctioned) {
            b.sanction(new Sanction(OsJson.authority(dataset), List.of(), null, null, null));
        }
        String url = OsJson.string(o, "URL");
        if (url != null) {
            b.remark("url: " + url);
        }
        try {
            return Optional.of(b.build());
        } catch (IllegalArgumentException e) {
            throw ctx.error(loc, null, e.getMessage());
        }
    }

    private static String name(Map<String, Object> n) {
        String full = OsJson.string(n, "NAME_FULL");
        if (full != null) {
            return full;
        }
        String org = OsJson.string(n, "NAME_ORG");
        if (org != null) {
            return org;
        }
        List<String> parts = new ArrayList<>();
        for (String k : new String[] {"NAME_PREFIX", "NAME_FIRST", "NAME_MIDDLE", "NAME_LAST", "NAME_SUFFIX"}) {
            String v = OsJson.string(n, k);
            if (v != null) {
                parts.add(v);
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private PartialDate date(String loc, String field, String text) {
        String v = text.strip();
        v = v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v;
        try {
            return PartialDate.parse(v);
        } catch (IllegalArgumentException e) {
            throw ctx.error(loc, field, e.getMessage());
        }
    }

    private Optional<Address> address(String loc, Map<String, Object> a) {
        StringBuilder street = new StringBuilder();
        for (String k : new String[] {"ADDR_LINE1", "ADDR_LINE2", "ADDR_LINE3"}) {
            String v = OsJson.string(a, k);
            if (v != null) {
                street.append(street.isEmpty() ? "" : ", ").append(v);
            }
        }
        String full = OsJson.string(a, "ADDR_FULL");
        String city = OsJson.string(a, "ADDR_CITY");
        String country = OsJson.string(a, "ADDR_COUNTRY");
        if (full == null && street.isEmpty() && city == null && country == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Address(full, street.isEmpty() ? null : street.toString(), city,
                    OsJson.string(a, "ADDR_POSTAL_CODE"), OsJson.string(a, "ADDR_STATE"), country));
        } catch (IllegalArgumentException e) {
            throw ctx.error(loc, "ADDRESSES", e.getMessage());
        }
    }

    private void identifiers(String loc, Map<String, Object> i, Entity.Builder b) {
        try {
            add(b, IdType.PASSPORT, OsJson.string(i, "PASSPORT_NUMBER"), OsJson.string(i, "PASSPORT_COUNTRY"), null);
            add(b, IdType.NATIONAL_ID, OsJson.string(i, "NATIONAL_ID_NUMBER"),
                    OsJson.string(i, "NATIONAL_ID_COUNTRY"), null);
            add(b, IdType.TAX_ID, OsJson.string(i, "TAX_ID_NUMBER"), OsJson.string(i, "TAX_ID_COUNTRY"),
                    OsJson.string(i, "TAX_ID_TYPE"));
            add(b, IdType.LEI, OsJson.string(i, "LEI_NUMBER"), null, null);
            add(b, IdType.OTHER, OsJson.string(i, "DUNS_NUMBER"), null, "DUNS");
            add(b, IdType.EMAIL, OsJson.string(i, "EMAIL_ADDRESS"), null, null);
            add(b, IdType.PHONE, OsJson.string(i, "PHONE_NUMBER"), null, null);
            add(b, IdType.WEBSITE, OsJson.string(i, "WEBSITE_ADDRESS"), null, null);
            for (String prefix : new String[] {"OTHER_ID", "TRUSTED_ID"}) {
                String number = OsJson.string(i, prefix + "_NUMBER");
                String label = OsJson.string(i, prefix + "_TYPE");
                add(b, otherType(label), number, OsJson.string(i, prefix + "_COUNTRY"), label);
            }
        } catch (IllegalArgumentException e) {
            throw ctx.error(loc, "IDENTIFIERS", e.getMessage());
        }
    }

    private static IdType otherType(String label) {
        String l = label == null ? "" : label.toUpperCase(Locale.ROOT);
        return switch (l) {
            case "INN" -> IdType.TAX_ID;
            case "OGRN" -> IdType.REGISTRATION;
            case "SWIFT", "BIC", "SWIFT_BIC" -> IdType.BIC;
            case "IMO" -> IdType.IMO;
            case "MMSI" -> IdType.MMSI;
            case "LEI" -> IdType.LEI;
            default -> IdType.OTHER;
        };
    }

    private static void add(Entity.Builder b, IdType type, String value, String country, String label) {
        if (value != null) {
            b.identifier(new Identifier(type, value, country, label));
        }
    }
}
