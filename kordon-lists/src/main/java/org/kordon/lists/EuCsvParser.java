package org.kordon.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kordon.model.Address;
import org.kordon.model.Countries;
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
 * Reads the OpenSanctions "EU Journal sanctions" CSV transcription of EU legal-act annexes
 * ({@code datasets/eu/journal_sanctions}, described in its {@code FORMAT.md}).
 *
 * <p>Format: UTF-8, comma-separated, RFC 4180 quoting (quoted cells may span lines). The header is exact:
 * consolidated files ({@code 32014R0269.csv}) start with {@code celex,recordId,programKey,annex,…,notes};
 * amendment files with {@code amendedCelex,amendmentCelex,recordId,…}; 46 or 47 columns, same order, no
 * extras. One row is one designation in one legal context. Every entity column except {@code name} is
 * multi-valued, values separated by {@code ;} and CSV-quoted within the cell when a value itself holds
 * {@code ;} or {@code "}: {@code "Foo; Bar"; Baz} is two values.
 *
 * <p>Example row (abridged) and result:
 * <pre>
 * 32014R0269,1,EU-UKR,I.PERSONS,Asset freeze,17.3.2014,"Sergey Aksyonov was elected …",Person,
 *   Sergey Valeryevich AKSYONOV,Sergei Valerievich AKSENOV (Сергей Валерьевич АКСЁНОВ); Serhiy …,,,,,,
 *   26.11.1972,"Beltsy (Bălți), USSR (now Republic of Moldova)",,,male,…
 * </pre>
 * gives {@code eu:32014R0269-I.PERSONS-1}, a PERSON named "Sergey Valeryevich AKSYONOV" with two aliases,
 * birth date {@code 1972-11-26}, male, and sanction {@code EU / [EU-UKR] / 2014-03-17 / Asset freeze / reason}.
 *
 * <p>Mapping:
 * <ul>
 *   <li>id {@code eu:<celex>-<annex>-<recordId>} (the framework act: {@code celex}, or {@code amendedCelex} in
 *       amendment files, so amendment rows share ids with the consolidated snapshot that supersedes them;
 *       {@code recordId} restarts per annex). When the act prints no recordId the id is
 *       {@code eu:<celex>-<annex>-h<first 12 hex digits of SHA-256 of the NFC, lower-case name>}, stable
 *       across versions as long as the name is. Without an annex the middle part is left out.</li>
 *   <li>schema via {@link Schema#parse} (Person, LegalEntity, Organization, Company, Vessel, Asset);
 *       name → PRIMARY, alias → ALIAS, weakAlias → WEAK_ALIAS, previousName → PREVIOUS.</li>
 *   <li>birthDate is free text: {@code 7.10.1952}, {@code 1952}, {@code 4 Apr. 1944}, {@code March 1961},
 *       {@code 2.1.1961 or 3.1.1961} (each alternative a birth date), {@code Approximately 1952} /
 *       {@code possibly …} (circa). Text that is none of these is kept in remarks as
 *       {@code Date of birth: …} with a warning (a date at its start, as in {@code 7.10.1952 POB: Leningrad}, is
 *       still read), never dropped and never failing the load: a compliance user
 *       wants the record on the list with the printed text rather than lost.</li>
 *   <li>startDate (listing date) must be a date per FORMAT.md ({@code 28.2.2011}, {@code 2011-02-28},
 *       {@code 2 December 1985}, {@code 26 Feb. 2011}); a bad one rejects the record.</li>
 *   <li>identifiers: passportNumber → PASSPORT, idNumber → NATIONAL_ID, taxNumber → TAX_ID, innCode →
 *       TAX_ID (ru, "INN"), registrationNumber → REGISTRATION, ogrnCode → REGISTRATION (ru, "OGRN"),
 *       kppCode/okpoCode → OTHER (ru, "KPP"/"OKPO"), leiCode → LEI, swiftBic → BIC, ticker → OTHER
 *       ("ticker"), imoNumber → IMO, mmsi → MMSI, phone/email/website → PHONE/EMAIL/WEBSITE.</li>
 *   <li>nationality → nationalities as ISO codes: the annexes print adjectives ({@code Russian},
 *       {@code Ukrainian, Russian}), read with a small table; text with an unrecognised part is kept whole, and
 *       text with a bracketed comment is also kept in remarks; country and jurisdiction → countries; flag → {@link VesselInfo};
 *       address → addresses; birthPlace, position, gender (lower case) as such; incorporationDate,
 *       legalForm, sector, appearance, ethnicity, fatherName, motherName and notes → labelled remarks.</li>
 *   <li>{@code Sanction("EU", [programKey], startDate, measure, reason)}; the annex is kept in remarks as
 *       {@code Annex I.PERSONS of 32014R0269}. {@code SourceRef("eu-<celex>", null)}: the file carries no
 *       version (the consolidated version is pinned outside it).</li>
 * </ul>
 *
 * <p>Errors: a wrong header fails at once ({@code file line 1, field X: unexpected column}); so does a row
 * with the wrong number of cells or broken quoting, naming the line the record STARTS on. A row without a
 * name, with an unknown schema or a bad startDate is rejected (strict: fails; lenient: skipped and
 * reported). Same-id rows (one entity under two programmes) are emitted as they come and the loader keeps
 * the first. Not thread-safe; one instance per file.
 */
final class EuCsvParser implements ListParser {
    static final List<String> ENTITY_COLUMNS = List.of("recordId", "programKey", "annex", "measure", "startDate",
            "reason", "schema", "name", "alias", "weakAlias", "previousName", "country", "nationality", "jurisdiction",
            "birthDate", "birthPlace", "position", "passportNumber", "gender", "appearance", "ethnicity", "fatherName",
            "motherName", "incorporationDate", "legalForm", "sector", "registrationNumber", "taxNumber", "idNumber",
            "innCode", "ogrnCode", "kppCode", "okpoCode", "leiCode", "swiftBic", "ticker", "imoNumber", "mmsi", "flag",
            "address", "phone", "email", "website", "notes");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    /** Nationality adjectives seen in the EU annexes, to ISO 3166-1 alpha-2. */
    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("russian", "ru"), Map.entry("belarusian", "by"), Map.entry("belarussian", "by"),
            Map.entry("ukrainian", "ua"), Map.entry("iranian", "ir"), Map.entry("syrian", "sy"),
            Map.entry("north korean", "kp"), Map.entry("chinese", "cn"), Map.entry("azerbaijani", "az"),
            Map.entry("armenian", "am"), Map.entry("finnish", "fi"), Map.entry("israeli", "il"),
            Map.entry("moldovan", "md"), Map.entry("cypriot", "cy"), Map.entry("swiss", "ch"),
            Map.entry("serbian", "rs"), Map.entry("croatian", "hr"), Map.entry("kazakh", "kz"),
            Map.entry("kazakhstani", "kz"), Map.entry("georgian", "ge"), Map.entry("latvian", "lv"),
            Map.entry("estonian", "ee"), Map.entry("lithuanian", "lt"), Map.entry("german", "de"),
            Map.entry("british", "gb"), Map.entry("american", "us"), Map.entry("turkish", "tr"),
            Map.entry("uzbek", "uz"), Map.entry("tajik", "tj"), Map.entry("kyrgyz", "kg"), Map.entry("emirati", "ae"),
            Map.entry("indian", "in"), Map.entry("venezuelan", "ve"), Map.entry("italian", "it"),
            Map.entry("french", "fr"), Map.entry("greek", "gr"), Map.entry("bulgarian", "bg"),
            Map.entry("polish", "pl"), Map.entry("austrian", "at"), Map.entry("canadian", "ca"),
            Map.entry("lebanese", "lb"), Map.entry("iraqi", "iq"), Map.entry("turkmen", "tm"),
            Map.entry("mongolian", "mn"), Map.entry("slovak", "sk"), Map.entry("czech", "cz"),
            Map.entry("hungarian", "hu"), Map.entry("romanian", "ro"), Map.entry("dutch", "nl"),
            Map.entry("spanish", "es"), Map.entry("portuguese", "pt"), Map.entry("belgian", "be"),
            Map.entry("maltese", "mt"), Map.entry("montenegrin", "me"), Map.entry("egyptian", "eg"),
            Map.entry("saudi", "sa"), Map.entry("pakistani", "pk"), Map.entry("afghan", "af"),
            Map.entry("cuban", "cu"), Map.entry("nicaraguan", "ni"), Map.entry("japanese", "jp"),
            Map.entry("south african", "za"), Map.entry("vietnamese", "vn"), Map.entry("thai", "th"));
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4})\\.?");
    private static final Pattern WORDED = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}){0,2}");
    private static final Pattern CIRCA = Pattern.compile("(?i)^(approximately|approx\\.?|circa|ca\\.|about|possibly)\\s*:?\\s*");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s+or\\s+|\\s*\\(or\\s+|\\)\\s*$");

    @Override
    public void parse(ParseContext ctx) throws IOException {
        try (CsvLimit in = CsvLimit.open(ctx, ctx.file(), ctx.fileName(), StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = csv.iterator();
            long start = 1;
            CSVRecord header = next(ctx, it, start);
            if (header == null) {
                throw ctx.error("line 1", null, "file is empty: expected the EU journal CSV header");
            }
            boolean amendment = checkHeader(ctx, header);
            int width = header.size();
            while (true) {
                start = csv.getCurrentLineNumber() + 1;
                CSVRecord row = next(ctx, it, start);
                if (row == null) {
                    break;
                }
                in.nextRecord(csv.getCurrentLineNumber() + 1);
                if (row.size() != width) {
                    throw ctx.error("line " + start, null, "row has " + row.size() + " cells, the header has " + width);
                }
                try {
                    ctx.emit(map(ctx, row, amendment, start));
                } catch (ListFormatException e) {
                    ctx.reject(e);
                }
            }
        }
        if (ctx.source() == null) {
            ctx.source(new SourceRef("eu", null));
        }
    }

    private static CSVRecord next(ParseContext ctx, Iterator<CSVRecord> it, long startLine) throws IOException {
        try {
            return it.hasNext() ? it.next() : null;
        } catch (UncheckedIOException e) {
            throw ctx.error("line " + startLine, null, "broken CSV record starting here: " + e.getCause().getMessage());
        } catch (IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw ctx.error("line " + startLine, null, "broken CSV record starting here: " + cause.getMessage());
        }
    }

    /** Checks the exact header; returns true for an amendment file. */
    private static boolean checkHeader(ParseContext ctx, CSVRecord header) {
        List<String> got = new ArrayList<>();
        header.forEach(h -> got.add(got.isEmpty() ? h.replace("\uFEFF", "").strip() : h.strip()));
        boolean amendment = !got.isEmpty() && got.get(0).equals("amendedCelex");
        List<String> expected = new ArrayList<>(amendment ? List.of("amendedCelex", "amendmentCelex") : List.of("celex"));
        expected.addAll(ENTITY_COLUMNS);
        for (int i = 0; i < Math.max(got.size(), expected.size()); i++) {
            String g = i < got.size() ? got.get(i) : null;
            String e = i < expected.size() ? expected.get(i) : null;
            if (g == null) {
                throw ctx.error("line 1", e, "header ends after " + got.size() + " columns; missing column '" + e + "'");
            }
            if (!g.equals(e)) {
                throw ctx.error("line 1", g, "unexpected column '" + g + "' at position " + (i + 1)
                        + (e == null ? " (the header has " + expected.size() + " columns)" : ", expected '" + e + "'")
                        + "; not an EU journal sanctions CSV");
            }
        }
        return amendment;
    }

    private Entity map(ParseContext ctx, CSVRecord row, boolean amendment, long line) {
        String where = "line " + line;
        String celex = cell(row, amendment ? "amendedCelex" : "celex", 0);
        if (celex == null) {
            throw ctx.error(where, amendment ? "amendedCelex" : "celex", "CELEX is empty");
        }
        int offset = amendment ? 2 : 1;
        String name = cell(row, "name", offset);
        if (name == null) {
            throw ctx.error(where, "name", "name is empty");
        }
        Schema schema;
        try {
            schema = Schema.parse(cell(row, "schema", offset));
        } catch (IllegalArgumentException e) {
            throw ctx.error(where, "schema", e.getMessage());
        }
        if (ctx.source() == null) {
            String act = amendment ? cell(row, "amendmentCelex", 0) : null;
            ctx.source(new SourceRef("eu-" + (act != null ? act : celex), null));
        }
        String annex = cell(row, "annex", offset);
        String recordId = cell(row, "recordId", offset);
        String id = "eu:" + celex + (annex == null ? "" : "-" + annex) + "-" + (recordId != null ? recordId : nameHash(name));
        Entity.Builder b = Entity.builder(id, schema).source(ctx.source());
        b.name(name, NameKind.PRIMARY);
        Cells c = new Cells(ctx, row, offset, where);
        c.values("alias").forEach(v -> names(v).forEach(n -> b.name(n, NameKind.ALIAS)));
        c.values("weakAlias").forEach(v -> names(v).forEach(n -> b.name(n, NameKind.WEAK_ALIAS)));
        c.values("previousName").forEach(v -> names(v).forEach(n -> b.name(n, NameKind.PREVIOUS)));
        for (String v : c.values("nationality")) {
            List<String> codes = nationalityCodes(v);
            if (codes.isEmpty()) {
                b.nationality(v);
            } else {
                codes.forEach(b::nationality);
                if (v.indexOf('(') >= 0) {
                    b.remark("Nationality: " + v);
                }
            }
        }
        c.values("country").forEach(b::country);
        c.values("jurisdiction").forEach(b::country);
        for (String v : c.values("birthDate")) {
            List<DateRange> dates = freeDate(v);
            if (dates.isEmpty()) {
                DateRange leading = leadingDate(v);
                b.remark("Date of birth: " + v);
                if (leading != null) {
                    b.birthDate(leading);
                }
                ctx.warn(where, "birthDate", "date of birth '" + v + "' is not a date"
                        + (leading != null ? "; read its leading date " + leading + ", the text" : "") + " kept as a remark",
                        false);
            } else {
                dates.forEach(b::birthDate);
            }
        }
        c.values("birthPlace").forEach(b::birthPlace);
        c.values("position").forEach(b::position);
        List<String> genders = c.values("gender");
        if (!genders.isEmpty()) {
            b.gender(genders.get(0).toLowerCase(Locale.ROOT));
        }
        c.ids(b, "passportNumber", IdType.PASSPORT, null, null);
        c.ids(b, "idNumber", IdType.NATIONAL_ID, null, null);
        c.ids(b, "taxNumber", IdType.TAX_ID, null, null);
        c.ids(b, "innCode", IdType.TAX_ID, "ru", "INN");
        c.ids(b, "registrationNumber", IdType.REGISTRATION, null, null);
        c.ids(b, "ogrnCode", IdType.REGISTRATION, "ru", "OGRN");
        c.ids(b, "kppCode", IdType.OTHER, "ru", "KPP");
        c.ids(b, "okpoCode", IdType.OTHER, "ru", "OKPO");
        c.ids(b, "leiCode", IdType.LEI, null, null);
        c.ids(b, "swiftBic", IdType.BIC, null, null);
        c.ids(b, "ticker", IdType.OTHER, null, "ticker");
        c.ids(b, "imoNumber", IdType.IMO, null, null);
        c.ids(b, "mmsi", IdType.MMSI, null, null);
        c.ids(b, "phone", IdType.PHONE, null, null);
        c.ids(b, "email", IdType.EMAIL, null, null);
        c.ids(b, "website", IdType.WEBSITE, null, null);
        List<String> flags = c.values("flag");
        if (!flags.isEmpty()) {
            b.vessel(new VesselInfo(flags.get(0), null, null, null, null));
            flags.stream().skip(1).forEach(f -> b.remark("Flag: " + f));
        }
        c.values("address").forEach(v -> b.address(Address.of(v, null)));
        c.labelled(b, "incorporationDate", "Incorporation date");
        c.labelled(b, "legalForm", "Legal form");
        c.labelled(b, "sector", "Sector");
        c.labelled(b, "appearance", "Appearance");
        c.labelled(b, "ethnicity", "Ethnicity");
        c.labelled(b, "fatherName", "Father's name");
        c.labelled(b, "motherName", "Mother's name");
        c.values("notes").forEach(b::remark);
        if (annex != null) {
            b.remark("Annex " + annex + " of " + celex);
        }
        String program = cell(row, "programKey", offset);
        String start = cell(row, "startDate", offset);
        PartialDate listed = null;
        if (start != null) {
            List<DateRange> d = freeDate(start);
            if (d.size() != 1 || !d.get(0).isSingle() || d.get(0).approximate()) {
                throw ctx.error(where, "startDate", "listing date '" + start + "' is not a date");
            }
            listed = d.get(0).from();
        }
        b.sanction(new Sanction("EU", program == null ? List.of() : List.of(program), listed,
                cell(row, "measure", offset), cell(row, "reason", offset)));
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw ctx.error(where, null, e.getMessage());
        }
    }

    private static String cell(CSVRecord row, String column, int offset) {
        int i = column.equals("celex") || column.equals("amendedCelex") ? 0
                : column.equals("amendmentCelex") ? 1 : offset + ENTITY_COLUMNS.indexOf(column);
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /**
     * The names in one alias value. The annexes print a name in two languages as one alias joined by a spaced slash
     * ({@code Михаил Васильевич ЖЕЛТЯКОВ / Михайло Васильович ЖЕЛТЯКОВ}), sometimes without the spaces when both
     * sides are names of several words ({@code Владислав Леонидович БЕРДИЧЕВСКИЙ/Владiслав Леонiдович БЕРДIЧЕВСЬКИЙ}):
     * those are two names. A slash between single words ({@code ВТБ/Внешторгбанк}) is left alone: it can be
     * part of a name.
     */
    static List<String> names(String value) {
        List<String> out = new java.util.ArrayList<>();
        for (String part : value.split("\\s+/\\s+")) {
            String[] tight = part.split("/");
            boolean multiWord = tight.length > 1;
            for (String t : tight) {
                multiWord &= t.strip().contains(" ");
            }
            for (String t : multiWord ? tight : new String[] {part}) {
                if (!t.isBlank()) {
                    out.add(t.strip());
                }
            }
        }
        return out;
    }

    /** The cells of one row, split into values, with the row's place for error messages. */
    private record Cells(ParseContext ctx, CSVRecord row, int offset, String where) {
        List<String> values(String column) {
            String v = cell(row, column, offset);
            if (v == null) {
                return List.of();
            }
            try {
                return splitValues(v);
            } catch (IllegalArgumentException e) {
                ctx.warn(where, column, e.getMessage() + "; the cell is kept as one value", false);
                return List.of(v);
            }
        }

        void ids(Entity.Builder b, String column, IdType type, String country, String label) {
            for (String v : values(column)) {
                b.identifier(new Identifier(type, v, country, label));
            }
        }

        void labelled(Entity.Builder b, String column, String label) {
            values(column).forEach(v -> b.remark(label + ": " + v));
        }
    }

    /**
     * Splits a multi-valued cell on {@code ;}, honouring CSV quotes inside the cell ({@code "Foo; Bar"; Baz}
     * is two values; {@code ""} inside quotes is one quote). Values are trimmed; empty ones dropped.
     *
     * @throws IllegalArgumentException when a quoted value is not closed or has text after its closing quote
     */
    static List<String> splitValues(String cell) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = cell.length();
        while (i <= n) {
            while (i < n && cell.charAt(i) == ' ') {
                i++;
            }
            StringBuilder v = new StringBuilder();
            if (i < n && cell.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char ch = cell.charAt(i++);
                    if (ch == '"') {
                        if (i < n && cell.charAt(i) == '"') {
                            v.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        v.append(ch);
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("unterminated quoted value in '" + cell + "'");
                }
                while (i < n && Character.isWhitespace(cell.charAt(i))) {
                    i++;
                }
                if (i < n && cell.charAt(i) != ';') {
                    throw new IllegalArgumentException("text after a quoted value in '" + cell + "'");
                }
            } else {
                while (i < n && cell.charAt(i) != ';') {
                    v.append(cell.charAt(i++));
                }
            }
            String s = v.toString().strip();
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
            i++;
        }
        return out;
    }

    /**
     * The ISO codes of a nationality as the annexes print it: adjectives ({@code Russian}), country names,
     * several joined by {@code ,} or {@code and} ({@code Ukrainian, Russian (the Union does not recognise …)}:
     * bracketed comments are ignored). Empty when any part is not recognised, so the text is kept whole.
     */
    static List<String> nationalityCodes(String text) {
        String t = text.replaceAll("\\([^)]*\\)", " ").strip();
        List<String> codes = new ArrayList<>();
        for (String part : t.split("\\s*,\\s*|\\s+and\\s+")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String code = DEMONYMS.get(p.toLowerCase(Locale.ROOT));
            if (code == null) {
                code = Countries.toCode(p.replace('’', '\''));
            }
            if (code == null) {
                return List.of();
            }
            codes.add(code);
        }
        return codes;
    }

    /** {@code h} and the first 12 hex digits of SHA-256 of the NFC-normalised, lower-case name. */
    static String nameHash(String name) {
        String key = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Reads the free-form dates of the EU annexes: {@code 7.10.1952}, {@code 1952}, {@code 1952-10-07},
     * {@code 4 Apr. 1944}, {@code March 1961}, alternatives joined by {@code or}, and {@code Approximately …}
     * or {@code possibly …} as circa. Returns empty when any part is none of these.
     */
    static List<DateRange> freeDate(String text) {
        String t = text.strip();
        boolean circa = false;
        Matcher m = CIRCA.matcher(t);
        if (m.find()) {
            circa = true;
            t = t.substring(m.end());
        }
        List<DateRange> out = new ArrayList<>();
        for (String part : ALTERNATIVES.split(t)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            PartialDate d = oneDate(p);
            if (d == null) {
                return List.of();
            }
            out.add(new DateRange(d, d, circa));
        }
        return out;
    }

    private static final Pattern LEADING = Pattern.compile("^(\\d{1,2}\\.\\s*\\d{1,2}\\.\\s*\\d{4}|\\d{4})(?=\\s+\\D)");

    /**
     * The date at the start of a text that goes on with something else, as in
     * {@code 7.10.1952 POB: Leningrad …} or {@code 1964 (possibly: 21 April)}; null when there is none.
     */
    static DateRange leadingDate(String text) {
        Matcher m = LEADING.matcher(text.strip());
        if (!m.find()) {
            return null;
        }
        PartialDate d = oneDate(m.group(1));
        return d == null ? null : DateRange.of(d);
    }

    private static PartialDate oneDate(String s) {
        try {
            if (ISO.matcher(s).matches()) {
                return PartialDate.parse(s);
            }
            Matcher m = DOTTED.matcher(s);
            if (m.matches()) {
                return new PartialDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = WORDED.matcher(s);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
                if (month == null || !isMonthWord(m.group(2))) {
                    return null;
                }
                int day = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                return new PartialDate(Integer.parseInt(m.group(3)), month, day);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static boolean isMonthWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String full : new String[] {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "sept"}) {
            if (full.startsWith(w) && w.length() >= 3) {
                return true;
            }
        }
        return false;
    }
}
