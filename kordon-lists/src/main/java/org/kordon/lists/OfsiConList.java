package org.kordon.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.kordon.model.VesselInfo;

/**
 * The rows of the OFSI Consolidated List ("ConList") turned into entities, whatever file form they came in
 * ({@link UkOfsiXlsxParser}, {@link UkOfsiCsvParser}). Feed it the preamble row, the header row, then every
 * data row; {@link #finish()} emits one entity per Group ID, in the order the groups first appear.
 *
 * <p>The ConList has one row per name variation, and the rows of one designation are not contiguous (the
 * file is sorted by name), so the groups are collected in memory until the end: about 4,700 builders for
 * the full list. Every row may add a birth date, an address or a regime to its group; all are kept.
 *
 * <p>A malformed row (bad date, unknown group type, no name) rejects its whole group: in strict mode the
 * load fails; in lenient mode the group is dropped, reported once, and its later rows are ignored.
 */
final class OfsiConList {
    static final String LIST = "uk-ofsi";

    static final List<String> COLUMNS = List.of("Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5",
            "Title", "Name Non-Latin Script", "Non-Latin Script Type", "Non-Latin Script Language", "DOB",
            "Town of Birth", "Country of Birth", "Nationality", "Passport Number", "Passport Details",
            "National Identification Number", "National Identification Details", "Position", "Address 1",
            "Address 2", "Address 3", "Address 4", "Address 5", "Address 6", "Post/Zip Code", "Country",
            "Other Information", "Group Type", "Alias Type", "Alias Quality", "Regime", "Listed On",
            "UK Sanctions List Date Designated", "Last Updated", "Group ID");

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MY = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern Y = Pattern.compile("\\d{4}");
    private static final Pattern LAST_UPDATED = Pattern.compile("(?i)last updated[\\s:,]*(\\d{1,2}/\\d{1,2}/\\d{4})?");

    /** The labels OFSI puts in "Other Information" as {@code (Label):value}. */
    private static final Pattern OTHER_LABEL = Pattern.compile("\\((UK Sanctions List Ref|UK Statement of Reasons"
            + "|UN Ref|Gender|Phone number|Tel|Fax|Email address|Website|Type of entity|Parent company|Subsidiaries"
            + "|Business Reg No|IMO number|Flag of ship|Previous flags|Type of ship|Tonnage of ship|Length of ship"
            + "|Year built|Current owners)\\):");

    private static final Map<String, String> LANGUAGES = languages();

    private final ParseContext ctx;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Set<String> rejected = new HashSet<>();
    private SourceRef source = new SourceRef(LIST, null);
    private int rows;

    OfsiConList(ParseContext ctx) {
        this.ctx = ctx;
        ctx.source(source);
    }

    /** One group being built from its rows. */
    private static final class Group {
        final Entity.Builder entity;
        final Map<String, String> vessel = new HashMap<>();

        Group(Entity.Builder entity) {
            this.entity = entity;
        }
    }

    /**
     * Reads the first row when it is the {@code Last Updated dd/mm/yyyy} preamble.
     *
     * @return true if the row was the preamble, false if it is something else (then it should be the header)
     */
    boolean preamble(String location, List<String> cells) {
        String first = cells.isEmpty() || cells.get(0) == null ? "" : cells.get(0).strip().replace("\uFEFF", "");
        Matcher m = LAST_UPDATED.matcher(first);
        if (!m.matches()) {
            return false;
        }
        String date = m.group(1);
        if (date == null && cells.size() > 1 && cells.get(1) != null) {
            date = cells.get(1).strip();
        }
        if (date != null && !date.isEmpty()) {
            try {
                PartialDate d = ukDate(date);
                if (!d.hasDay()) {
                    throw new IllegalArgumentException("not a full date");
                }
                source = new SourceRef(LIST, d.toString());
                ctx.source(source);
            } catch (IllegalArgumentException e) {
                throw ctx.error(location, "Last Updated", "bad publication date '" + date + "': " + e.getMessage());
            }
        }
        return true;
    }

    /** Reads the header row; a missing column fails the whole file. */
    void header(String location, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i) == null ? "" : cells.get(i).strip().replace("\uFEFF", "");
            if (!h.isEmpty()) {
                columns.putIfAbsent(h, i);
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ctx.error(location, missing.get(0), "not an OFSI ConList header: missing column(s) " + missing);
        }
    }

    boolean hasHeader() {
        return !columns.isEmpty();
    }

    /** Adds one data row; blank rows are ignored. */
    void row(String location, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        rows++;
        String gid = cell(cells, "Group ID");
        if (gid == null) {
            ctx.reject(ctx.error(location, "Group ID", "row has no Group ID"));
            return;
        }
        if (rejected.contains(gid)) {
            return;
        }
        try {
            try {
                addRow(location, gid, cells);
            } catch (IllegalArgumentException e) {
                // a value the model refuses (blank identifier, empty address): the row's fault, not the parser's
                throw ctx.error(location, null, e.getMessage());
            }
        } catch (ListFormatException e) {
            rejected.add(gid);
            groups.remove(gid);
            ctx.reject(e);
        }
    }

    /** Number of non-blank data rows seen. */
    int rows() {
        return rows;
    }

    /** Emits every complete group. */
    void finish() {
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            if (!g.vessel.isEmpty()) {
                g.entity.vessel(new VesselInfo(g.vessel.get("Flag of ship"), g.vessel.get("Type of ship"),
                        g.vessel.get("Tonnage of ship"), null, g.vessel.get("Current owners")));
            }
            Entity entity;
            try {
                entity = g.entity.source(source).build();
            } catch (IllegalArgumentException ex) {
                ctx.reject(ctx.error("Group ID " + e.getKey(), null, ex.getMessage()));
                continue;
            }
            ctx.emit(entity);
        }
        groups.clear();
    }

    private String cell(List<String> cells, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= cells.size() || cells.get(i) == null) {
            return null;
        }
        String v = cells.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private void addRow(String location, String gid, List<String> cells) {
        String type = cell(cells, "Group Type");
        Group g = groups.get(gid);
        if (g == null) {
            Schema schema;
            try {
                schema = Schema.parse(type);
            } catch (IllegalArgumentException e) {
                throw ctx.error(location, "Group Type", "unknown group type '" + type
                        + "' (expected Individual, Entity or Ship)");
            }
            g = new Group(Entity.builder("uk:" + gid, schema));
            groups.put(gid, g);
        }
        Entity.Builder b = g.entity;

        addNames(location, cells, b);
        String dob = cell(cells, "DOB");
        if (dob != null) {
            try {
                b.birthDate(DateRange.of(ukDate(dob)));
            } catch (IllegalArgumentException e) {
                throw ctx.error(location, "DOB", "bad date '" + dob + "': " + e.getMessage());
            }
        }
        addBirthPlaces(cells, b);
        for (String n : enumeration(cell(cells, "Nationality"))) {
            b.nationality(n);
        }
        addIdentifiers(cells, "Passport Number", "Passport Details", IdType.PASSPORT, b);
        addIdentifiers(cells, "National Identification Number", "National Identification Details",
                IdType.NATIONAL_ID, b);
        for (String p : enumeration(cell(cells, "Position"))) {
            b.position(p);
        }
        String title = cell(cells, "Title");
        if (title != null) {
            b.remark("Title: " + title);
        }
        addAddress(cells, b);
        String reason = addOtherInformation(cell(cells, "Other Information"), g);

        String regime = cell(cells, "Regime");
        PartialDate listed = fullDate(location, cells, "Listed On");
        PartialDate designated = fullDate(location, cells, "UK Sanctions List Date Designated");
        b.sanction(new Sanction("UK", regime == null ? List.of() : List.of(regime), listed, "Asset freeze", reason));
        if (designated != null) {
            b.remark("UK Sanctions List date designated: " + designated);
        }
    }

    private void addNames(String location, List<String> cells, Entity.Builder b) {
        StringBuilder full = new StringBuilder();
        for (String col : new String[] {"Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6"}) {
            String part = cell(cells, col);
            if (part != null) {
                full.append(full.isEmpty() ? "" : " ").append(part);
            }
        }
        String aliasType = cell(cells, "Alias Type");
        String quality = cell(cells, "Alias Quality");
        NameKind kind = nameKind(aliasType, quality);
        String script = cell(cells, "Name Non-Latin Script");
        if (full.isEmpty() && script == null) {
            throw ctx.error(location, "Name 6", "row has no name");
        }
        b.name(full.toString(), kind);
        if (script != null) {
            String lang = language(cell(cells, "Non-Latin Script Language"));
            if (lang == null) {
                lang = cell(cells, "Non-Latin Script Type");
            }
            if (lang == null) {
                lang = OsJson.nonLatinScript(script);
            }
            b.name(new org.kordon.model.Name(script, NameKind.ORIGINAL_SCRIPT, lang));
        }
    }

    /** "Primary name" is primary; a variation or AKA is an alias, weak if OFSI rates it low; FKA is previous. */
    static NameKind nameKind(String aliasType, String quality) {
        boolean low = quality != null && quality.toLowerCase(Locale.ROOT).startsWith("low");
        String t = aliasType == null ? "" : aliasType.strip().toLowerCase(Locale.ROOT);
        if (t.equals("primary name")) {
            return NameKind.PRIMARY;
        }
        if (t.equals("fka")) {
            return NameKind.PREVIOUS;
        }
        return low ? NameKind.WEAK_ALIAS : NameKind.ALIAS;
    }

    private void addBirthPlaces(List<String> cells, Entity.Builder b) {
        List<String> towns = enumeration(cell(cells, "Town of Birth"));
        List<String> countries = enumeration(cell(cells, "Country of Birth"));
        if (towns.size() == countries.size()) {
            for (int i = 0; i < towns.size(); i++) {
                b.birthPlace(towns.get(i) + ", " + countries.get(i));
            }
        } else {
            towns.forEach(b::birthPlace);
            countries.forEach(b::birthPlace);
        }
    }

    private void addIdentifiers(List<String> cells, String numberCol, String detailsCol, IdType type,
            Entity.Builder b) {
        List<String> numbers = enumeration(cell(cells, numberCol));
        List<String> details = enumeration(cell(cells, detailsCol));
        for (int i = 0; i < numbers.size(); i++) {
            String detail = details.size() == numbers.size() ? details.get(i)
                    : details.size() == 1 ? details.get(0) : null;
            b.identifier(new Identifier(type, numbers.get(i), countryIn(detail), detail));
        }
    }

    private void addAddress(List<String> cells, Entity.Builder b) {
        StringBuilder full = new StringBuilder();
        for (String col : new String[] {"Address 1", "Address 2", "Address 3", "Address 4", "Address 5",
            "Address 6", "Post/Zip Code", "Country"}) {
            String part = cell(cells, col);
            if (part != null) {
                full.append(full.isEmpty() ? "" : ", ").append(part);
            }
        }
        String country = cell(cells, "Country");
        boolean lines = false;
        for (String col : new String[] {"Address 1", "Address 2", "Address 3", "Address 4", "Address 5",
            "Address 6", "Post/Zip Code"}) {
            lines |= cell(cells, col) != null;
        }
        if (lines) {
            b.address(new Address(full.toString(), null, null, cell(cells, "Post/Zip Code"), null, country));
        }
        b.country(country);
    }

    /**
     * Splits "Other Information" at OFSI's {@code (Label):} markers and maps each part.
     *
     * @return the statement of reasons, or null
     */
    private String addOtherInformation(String text, Group g) {
        if (text == null) {
            return null;
        }
        Entity.Builder b = g.entity;
        Matcher m = OTHER_LABEL.matcher(text);
        int start = 0;
        String label = null;
        String reason = null;
        while (true) {
            boolean found = m.find();
            String value = text.substring(start, found ? m.start() : text.length()).strip();
            if (label == null) {
                b.remark(value.isEmpty() ? null : value);
            } else if (!value.isEmpty()) {
                String r = otherInformation(label, value, g);
                reason = r != null ? r : reason;
            }
            if (!found) {
                return reason;
            }
            label = m.group(1);
            start = m.end();
        }
    }

    private static String otherInformation(String label, String value, Group g) {
        Entity.Builder b = g.entity;
        switch (label) {
            case "UK Statement of Reasons" -> {
                return value;
            }
            case "UK Sanctions List Ref", "UN Ref" -> {
                // the reference is the first word; OFSI runs on with free text ("RUS1122. Financial sanctions…")
                int sp = value.indexOf(' ');
                String rest = sp < 0 ? null : value.substring(sp + 1);
                String v = trimDot(sp < 0 ? value : value.substring(0, sp));
                if (!v.isEmpty()) {
                    b.identifier(new Identifier(IdType.OTHER, v, null, label));
                }
                b.remark(rest);
            }
            case "Gender" -> b.gender(trimDot(value).toLowerCase(Locale.ROOT));
            case "Phone number", "Tel", "Fax" -> enumeration(value)
                    .forEach(v -> b.identifier(new Identifier(IdType.PHONE, trimDot(v), null, label)));
            case "Email address" -> enumeration(value).forEach(v -> b.identifier(IdType.EMAIL, trimDot(v)));
            case "Website" -> enumeration(value).forEach(v -> b.identifier(IdType.WEBSITE, trimDot(v)));
            case "Business Reg No" -> enumeration(value)
                    .forEach(v -> b.identifier(new Identifier(IdType.REGISTRATION, trimDot(v), null, label)));
            case "IMO number" -> b.identifier(IdType.IMO, trimDot(value));
            case "Flag of ship", "Type of ship", "Tonnage of ship", "Current owners" ->
                    g.vessel.putIfAbsent(label, trimDot(value));
            default -> b.remark(label + ": " + value);
        }
        return null;
    }

    private static String trimDot(String v) {
        String s = v.strip();
        while (s.endsWith(".") || s.endsWith(",") || s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private PartialDate fullDate(String location, List<String> cells, String column) {
        String v = cell(cells, column);
        if (v == null) {
            return null;
        }
        try {
            return ukDate(v);
        } catch (IllegalArgumentException e) {
            throw ctx.error(location, column, "bad date '" + v + "': " + e.getMessage());
        }
    }

    /**
     * Parses OFSI's dates: {@code dd/mm/yyyy} with {@code 00} for an unknown day or month, {@code mm/yyyy},
     * or {@code yyyy}. {@code ukDate("00/00/1952")} is 1952; {@code ukDate("00/05/1973")} is 1973-05.
     */
    static PartialDate ukDate(String text) {
        String v = text.strip();
        Matcher m = DMY.matcher(v);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (month == 0 && day != 0) {
                throw new IllegalArgumentException("day without month");
            }
            return new PartialDate(year, month, day);
        }
        m = MY.matcher(v);
        if (m.matches()) {
            return new PartialDate(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 0);
        }
        if (Y.matcher(v).matches()) {
            return PartialDate.ofYear(Integer.parseInt(v));
        }
        throw new IllegalArgumentException("expected dd/mm/yyyy, mm/yyyy or yyyy");
    }

    /**
     * Splits OFSI's numbered lists: {@code "(1) Uganda (2) Kenya"} gives [Uganda, Kenya]; text without a leading
     * {@code (1)} is one value. Only markers counting up from 1 split, so {@code "+7 (495) 123"} stays whole.
     */
    static List<String> enumeration(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String v = text.strip();
        if (!v.startsWith("(1)")) {
            out.add(v);
            return out;
        }
        int start = 3;
        for (int n = 2; ; n++) {
            int next = v.indexOf("(" + n + ")", start);
            String part = v.substring(start, next < 0 ? v.length() : next).strip();
            if (!part.isEmpty()) {
                out.add(part);
            }
            if (next < 0) {
                return out;
            }
            start = next + String.valueOf(n).length() + 2;
        }
    }

    /** A country named at the start of an identifier's details ("Tunisia number. Issued…"), or null. */
    static String countryIn(String detail) {
        if (detail == null) {
            return null;
        }
        String[] words = detail.replaceAll("[.,;:()]", " ").strip().split("\\s+");
        for (int n = Math.min(4, words.length); n >= 1; n--) {
            String code = Countries.toCode(String.join(" ", java.util.Arrays.copyOf(words, n)));
            if (code != null && !(n == 1 && words[0].length() <= 2)) {
                return code;
            }
        }
        return null;
    }

    /** An ISO 639-1 code for an English language name ("Russian" gives "ru"), or null. */
    static String language(String name) {
        if (name == null) {
            return null;
        }
        String first = name.split("[/,]")[0].strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.get(first);
    }

    private static Map<String, String> languages() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            m.putIfAbsent(Locale.of(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        m.put("farsi", "fa");
        return Map.copyOf(m);
    }
}
