package org.kordon.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kordon.model.Address;
import org.kordon.model.Countries;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

/**
 * Reads the US Consolidated Screening List (CSL) of the International Trade Administration, which merges the export
 * screening lists of Commerce (BIS Entity List, Military End-User List, Unverified List, Denied Persons List),
 * State (ITAR Debarred, Nonproliferation Sanctions) and Treasury (SDN and the non-SDN lists), in its two published
 * forms:
 * <ul>
 * <li><b>JSON</b> ({@code consolidated.json}, or a response of the API's {@code /search}): an object whose
 *     {@code results} array holds one object per entry: {@code id}, {@code source} (the list's name, e.g.
 *     {@code "Entity List (EL) - Bureau of Industry and Security"}), {@code entity_number}, {@code type},
 *     {@code name}, {@code alt_names[]}, {@code programs[]}, {@code addresses[]} (objects: {@code address, city,
 *     state, postal_code, country}), {@code ids[]} (objects: {@code type, number, country, issue_date,
 *     expiration_date}), {@code start_date}, {@code end_date}, {@code federal_register_notice},
 *     {@code license_requirement}, {@code license_policy}, {@code remarks}, {@code dates_of_birth[]},
 *     {@code places_of_birth[]}, {@code nationalities[]}, {@code citizenships[]}, the vessel fields and the two URLs.
 *     A top-level array of such objects is read too. A {@code total} larger than the entries the file holds (one
 *     page of the API) is refused: the file is not the whole list.</li>
 * <li><b>CSV</b> ({@code consolidated.csv}): the header {@code _id,source,entity_number,type,programs,name,title,
 *     addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,
 *     call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,
 *     alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids} (columns read
 *     by name; older files lack {@code _id}); list cells are {@code ;}-separated; an {@code ids} part is read as
 *     {@code type, number[, country]}.</li>
 * </ul>
 *
 * <p>Each entry becomes one entity {@code csl:<id>} (the CSL's own record id: {@code entity_number} repeats across
 * lists), schema from {@code type} ({@code Individual} person, {@code Entity} organisation, {@code Vessel},
 * {@code Aircraft}; the BIS lists give none: legal entity), and one {@link Sanction} whose authority is the list's
 * short code ({@code EL}, {@code MEU}, {@code UVL}, {@code DPL}, {@code SDN}, ...; {@link #listCode}) and whose
 * measure is the list's full name, so that every entry keeps its source list. Errors name the file, the line and the
 * field ({@code consolidated.json line 12: field results[3].name: is empty}). Not thread-safe: one per file.
 */
final class CslParser implements ListParser {
    /** The CSL CSV's published columns. */
    static final List<String> CSV_COLUMNS = List.of("_id", "source", "entity_number", "type", "programs", "name", "title", "addresses",
            "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement", "license_policy", "call_sign",
            "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks", "source_list_url",
            "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth", "source_information_url", "ids");

    /** The JSON fields of one entry this parser knows (the CSV columns, {@code id} for {@code _id}, and the API's extras). */
    private static final Set<String> JSON_FIELDS = Set.copyOf(new LinkedHashSet<>(List.of("id", "_id", "source", "entity_number", "type",
            "programs", "name", "title", "addresses", "federal_register_notice", "start_date", "end_date", "standard_order",
            "license_requirement", "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag",
            "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth",
            "source_information_url", "ids")));

    private final boolean json;
    private final Set<String> warnedFields = new LinkedHashSet<>();

    private CslParser(boolean json) {
        this.json = json;
    }

    static CslParser json() {
        return new CslParser(true);
    }

    static CslParser csv() {
        return new CslParser(false);
    }

    @Override
    public void parse(ParseContext ctx) throws IOException {
        ctx.source(new SourceRef("csl", null));
        if (json) {
            parseJson(ctx);
        } else {
            parseCsv(ctx);
        }
    }

    // ---- JSON ---------------------------------------------------------------------------------------------------

    private void parseJson(ParseContext ctx) throws IOException {
        ctx.checkSize(ctx.file());
        JsonFactory factory = OsJson.factory(ctx);
        int line = 1;
        try (Reader r = Files.newBufferedReader(ctx.file(), StandardCharsets.UTF_8); JsonParser p = factory.createParser(r)) {
            JsonToken t = p.nextToken();
            long total = -1;
            int count = 0;
            boolean sawResults = false;
            if (t == JsonToken.START_ARRAY) {
                sawResults = true;
                count = entries(ctx, p, "");
            } else if (t == JsonToken.START_OBJECT) {
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    line = p.currentLocation().getLineNr();
                    t = p.nextToken();
                    if (name.equals("results")) {
                        if (t != JsonToken.START_ARRAY) {
                            throw ctx.error("line " + line, "results", "is not an array");
                        }
                        sawResults = true;
                        count += entries(ctx, p, "results");
                    } else if (name.equals("total") && t == JsonToken.VALUE_NUMBER_INT) {
                        total = p.getLongValue();
                    } else {
                        p.skipChildren(); // the envelope's metadata: sources_used, search_performed_at, offset, ...
                    }
                }
                if (t != JsonToken.END_OBJECT) {
                    throw ctx.error("line " + p.currentLocation().getLineNr(), null, "malformed JSON: the top-level object does not close");
                }
            } else {
                throw ctx.error("line 1", null, "not CSL JSON: the file is neither an object with a results array nor an array of entries");
            }
            if (p.nextToken() != null) {
                throw ctx.error("line " + p.currentLocation().getLineNr(), null, "unexpected content after the JSON document");
            }
            if (!sawResults) {
                throw ctx.error(null, "results", "is missing: not a CSL file (consolidated.json has a results array)");
            }
            if (total > count) {
                ctx.refuse(new UntrustedListException("csl", String.format(Locale.ROOT, "%s holds %,d of the %,d entries its total gives: a page of the "
                        + "CSL API, not the whole list; download consolidated.json", ctx.fileName(), count, total)));
            }
        } catch (StreamConstraintsException e) {
            throw OsJson.tooBig(ctx, line, e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw ctx.error(where.isEmpty() ? null : where, null, "malformed JSON: " + e.getOriginalMessage());
        } catch (CharacterCodingException e) {
            throw ctx.error(null, null, "not valid UTF-8 (" + e + ")");
        }
    }

    /** Reads the entries of the array the parser is at; returns how many there were. */
    private int entries(ParseContext ctx, JsonParser p, String arrayName) throws IOException {
        int i = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw ctx.error("line " + p.currentLocation().getLineNr(), arrayName, "malformed JSON: the array does not close");
            }
            String field = (arrayName.isEmpty() ? "" : arrayName) + "[" + i + "]";
            String location = "line " + p.currentLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                ctx.reject(ctx.error(location, field, "is not an object"));
                p.skipChildren();
                i++;
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) OsJson.value(p);
            try {
                for (String k : o.keySet()) {
                    if (!JSON_FIELDS.contains(k) && warnedFields.add(k)) {
                        ctx.warn(location, field + "." + k, "a field the CSL format does not publish; not read", false);
                    }
                }
                ctx.emit(entity(ctx, location, field, new JsonEntry(o)));
            } catch (ListFormatException e) {
                ctx.reject(e);
            } catch (IllegalArgumentException e) {
                ctx.reject(ctx.error(location, field, e.getMessage()));
            }
            i++;
        }
        return i;
    }

    /** One entry's values by field name, whatever the form. */
    private interface Entry {
        /** The stripped value, or null when absent or blank. */
        String one(String field);

        /** The values of a list field. */
        List<String> many(String field);

        /** The addresses. */
        List<Address> addresses();

        /** The identifiers. */
        List<Identifier> ids();
    }

    private static final class JsonEntry implements Entry {
        private final Map<String, Object> o;

        JsonEntry(Map<String, Object> o) {
            this.o = o;
        }

        @Override
        public String one(String field) {
            Object v = o.get(field);
            if (v instanceof List<?> || v instanceof Map<?, ?>) {
                throw new IllegalArgumentException("field " + field + ": a list or object where the CSL gives one value");
            }
            return v instanceof String s && !s.isBlank() ? s.strip() : null;
        }

        @Override
        public List<String> many(String field) {
            Object v = o.get(field);
            if (v instanceof Map<?, ?>) {
                throw new IllegalArgumentException("field " + field + ": an object where the CSL gives a list of values");
            }
            List<String> out = OsJson.strings(o, field);
            if (v instanceof List<?> l && l.stream().anyMatch(x -> x instanceof Map<?, ?> || x instanceof List<?>)) {
                throw new IllegalArgumentException("field " + field + ": an object in a list of values");
            }
            return out;
        }

        @Override
        public List<Address> addresses() {
            List<Address> out = new ArrayList<>();
            for (Map<String, Object> a : OsJson.objects(o, "addresses")) {
                String country = OsJson.string(a, "country");
                String street = OsJson.string(a, "address");
                String city = OsJson.string(a, "city");
                String state = OsJson.string(a, "state") != null ? OsJson.string(a, "state") : OsJson.string(a, "state_or_province");
                String postal = OsJson.string(a, "postal_code");
                if (street == null && city == null && state == null && postal == null && country == null) {
                    continue;
                }
                out.add(new Address(null, street, city, postal, state, country));
            }
            return out;
        }

        @Override
        public List<Identifier> ids() {
            List<Identifier> out = new ArrayList<>();
            for (Map<String, Object> id : OsJson.objects(o, "ids")) {
                String number = OsJson.string(id, "number");
                if (number == null) {
                    continue;
                }
                out.add(identifier(OsJson.string(id, "type"), number, OsJson.string(id, "country")));
            }
            return out;
        }
    }

    // ---- CSV ----------------------------------------------------------------------------------------------------

    private void parseCsv(ParseContext ctx) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get();
        try (CsvLimit reader = CsvLimit.open(ctx, ctx.file(), ctx.fileName(), StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> it = csv.iterator();
            long line = 1;
            Map<String, Integer> header = null;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    String msg = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
                    throw ctx.error("line " + line, null, "malformed CSV: " + msg);
                }
                String location = "line " + line;
                line = csv.getCurrentLineNumber() + 1;
                reader.nextRecord(line);
                if (rec.size() > ctx.max(Limit.COLUMNS)) {
                    throw ctx.limit(location, null, Limit.COLUMNS, "the row has " + rec.size() + " cells");
                }
                if (header == null) {
                    header = header(ctx, location, rec);
                    continue;
                }
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue;
                }
                try {
                    if (rec.size() > header.size()) {
                        throw ctx.error(location, null, "the row has " + rec.size() + " cells, the header " + header.size()
                                + " (an unquoted comma?)");
                    }
                    ctx.emit(entity(ctx, location, null, new CsvEntry(header, rec)));
                } catch (ListFormatException e) {
                    ctx.reject(e);
                } catch (IllegalArgumentException e) {
                    ctx.reject(ctx.error(location, null, e.getMessage()));
                }
            }
            if (header == null) {
                throw ctx.error(null, null, "the file is empty: no CSL header line");
            }
        }
    }

    private Map<String, Integer> header(ParseContext ctx, String location, CSVRecord rec) {
        Map<String, Integer> h = new LinkedHashMap<>();
        for (int i = 0; i < rec.size(); i++) {
            String name = rec.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (h.put(name, i) != null) {
                throw ctx.error(location, name, "the column is given twice");
            }
        }
        for (String required : List.of("source", "name")) {
            if (!h.containsKey(required)) {
                throw ctx.error(location, required, "the column is missing: not the CSL header (" + String.join(",", CSV_COLUMNS) + ")");
            }
        }
        if (!h.containsKey("_id") && !h.containsKey("entity_number")) {
            throw ctx.error(location, "_id", "the column is missing, and entity_number too: no id for the entries");
        }
        for (String name : h.keySet()) {
            if (!CSV_COLUMNS.contains(name) && !name.isEmpty()) {
                ctx.warn(location, name, "a column the CSL format does not publish; not read", false);
            }
        }
        return h;
    }

    private static final class CsvEntry implements Entry {
        private final Map<String, Integer> header;
        private final CSVRecord rec;

        CsvEntry(Map<String, Integer> header, CSVRecord rec) {
            this.header = header;
            this.rec = rec;
        }

        @Override
        public String one(String field) {
            Integer i = header.get(field);
            if (i == null || i >= rec.size()) {
                return null;
            }
            String v = rec.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        @Override
        public List<String> many(String field) {
            return split(one(field));
        }

        @Override
        public List<Address> addresses() {
            List<Address> out = new ArrayList<>();
            for (String a : many("addresses")) {
                int comma = a.lastIndexOf(',');
                String last = comma < 0 ? null : a.substring(comma + 1).strip();
                out.add(Address.of(a, last != null && Countries.toCode(last) != null ? last : null));
            }
            return out;
        }

        @Override
        public List<Identifier> ids() {
            List<Identifier> out = new ArrayList<>();
            for (String part : many("ids")) {
                String[] f = part.split(",", -1);
                if (f.length >= 2 && !f[1].isBlank()) {
                    String country = f.length >= 3 ? f[2].strip() : null;
                    out.add(identifier(f[0].strip(), f[1].strip(), country == null || country.isEmpty() ? null : country));
                } else {
                    out.add(new Identifier(IdType.OTHER, part, null, "CSL id"));
                }
            }
            return out;
        }

        private static List<String> split(String cell) {
            List<String> out = new ArrayList<>();
            if (cell != null) {
                for (String p : cell.split(";")) {
                    if (!p.isBlank()) {
                        out.add(p.strip());
                    }
                }
            }
            return out;
        }
    }

    // ---- one entry ----------------------------------------------------------------------------------------------

    /**
     * The short code of a CSL list name: the letters in its parentheses ({@code "Entity List (EL) - Bureau of Industry
     * and Security"} gives {@code EL}, {@code "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department"}
     * {@code NS-MBS List}); a name without parentheses is its own code.
     */
    static String listCode(String source) {
        int open = source.indexOf('(');
        int close = open < 0 ? -1 : source.indexOf(')', open);
        return close > open + 1 ? source.substring(open + 1, close).strip() : source.strip();
    }

    private static Entity entity(ParseContext ctx, String location, String field, Entry e) {
        String prefix = field == null ? "" : field + ".";
        String id = e.one("id") != null ? e.one("id") : e.one("_id");
        String source = e.one("source");
        if (source == null) {
            throw ctx.error(location, prefix + "source", "is empty: every CSL entry names the list it comes from");
        }
        String code = listCode(source);
        if (id == null) {
            String number = e.one("entity_number");
            if (number == null) {
                throw ctx.error(location, prefix + "id", "is empty, and entity_number too: the entry has no id");
            }
            id = code + "-" + number;
        }
        String name = e.one("name");
        if (name == null) {
            throw ctx.error(location, prefix + "name", "is empty");
        }
        String type = e.one("type");
        Schema schema = type == null ? Schema.LEGAL_ENTITY : switch (type.toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "entity" -> Schema.ORGANIZATION;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> throw ctx.error(location, prefix + "type", "'" + type + "' is not Individual, Entity, Vessel or Aircraft");
        };
        Entity.Builder b = Entity.builder("csl:" + id, schema).source(new SourceRef("csl", null));
        b.name(name, OsJson.kindFor(name, NameKind.PRIMARY));
        for (String alt : e.many("alt_names")) {
            b.name(alt, OsJson.kindFor(alt, NameKind.ALIAS));
        }
        PartialDate start = date(ctx, location, prefix + "start_date", e.one("start_date"));
        b.sanction(new Sanction(code, e.many("programs"), start, source, e.one("license_requirement")));
        for (Address a : e.addresses()) {
            b.address(a);
            b.country(a.country());
        }
        for (Identifier i : e.ids()) {
            b.identifier(i);
        }
        for (String d : e.many("dates_of_birth")) {
            try {
                b.birthDate(DateRange.parse(d));
            } catch (IllegalArgumentException x) {
                b.remark("date of birth as published: " + d);
            }
        }
        e.many("places_of_birth").forEach(b::birthPlace);
        for (String n : e.many("nationalities")) {
            b.nationality(n);
        }
        for (String n : e.many("citizenships")) {
            b.nationality(n);
        }
        b.position(e.one("title"));
        b.remark("CSL list: " + source);
        String number = e.one("entity_number");
        if (number != null) {
            b.remark("entity number on the list: " + number);
        }
        remark(b, "license policy", e.one("license_policy"));
        remark(b, "Federal Register notice", e.one("federal_register_notice"));
        remark(b, "standard order", e.one("standard_order"));
        remark(b, "end date", e.one("end_date"));
        remark(b, null, e.one("remarks"));
        remark(b, "vessel", joinNonNull(e.one("vessel_type"), e.one("vessel_flag"), e.one("call_sign"), e.one("vessel_owner"),
                e.one("gross_tonnage"), e.one("gross_registered_tonnage")));
        if (e.one("call_sign") != null) {
            b.identifier(IdType.CALL_SIGN, e.one("call_sign"));
        }
        return b.build();
    }

    private static void remark(Entity.Builder b, String label, String value) {
        if (value != null) {
            b.remark(label == null ? value : label + ": " + value);
        }
    }

    private static String joinNonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null) {
                out.add(p);
            }
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static PartialDate date(ParseContext ctx, String location, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException x) {
            throw ctx.error(location, field, x.getMessage());
        }
    }

    /** An identifier of a CSL type label: passports, national ids, tax, registration and SWIFT/BIC are typed, the rest OTHER. */
    static Identifier identifier(String label, String number, String country) {
        String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
        IdType type = l.contains("passport") ? IdType.PASSPORT
                : l.contains("national id") || l.contains("cedula") || l.contains("identification number") ? IdType.NATIONAL_ID
                : l.contains("tax") ? IdType.TAX_ID
                : l.contains("registration") || l.contains("ogrn") ? IdType.REGISTRATION
                : l.contains("swift") || l.contains("bic") ? IdType.BIC
                : l.contains("imo") ? IdType.IMO
                : IdType.OTHER;
        String c = country;
        return new Identifier(type, number, c, type == IdType.OTHER ? (label == null ? "CSL id" : label) : null);
    }
}
