package org.kordon.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kordon.model.Countries;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;

/**
 * OFAC's vocabulary shared by the legacy CSV and the Enhanced XML: identifier labels, the remarks mini-language
 * and its dates.
 *
 * <p>The legacy {@code sdn.csv} packs structured data into its Remarks column as {@code "; "}-separated
 * segments, {@code "DOB 07 Oct 1952; POB Leningrad, Russia; Passport 12345 (Russia); a.k.a. 'X'."}.
 * {@link #apply} reads the segments it knows into an {@link Entity.Builder}; the Enhanced XML names its
 * identity documents and features with the same labels ({@code "Tax ID No."}, {@code "SWIFT/BIC"}), so
 * {@link #idType} serves both parsers. Stateless and thread-safe.
 */
final class OfacRemarks {
    /*
     * Label table: OFAC writes an identifier as "<label> <value> (<issuing country>) issued <date>". Labels are
     * matched longest first, so "Diplomatic Passport" wins over "Passport" and "Registration Number HE 47364"
     * reads as label "Registration Number", value "HE 47364". The list was drawn from the labels that occur
     * in the real sdn.csv (2024) and CONS_ENHANCED.XML (2025); a label not in it stays in the remark text.
     */
    private static final Map<String, IdType> LABELS = Map.ofEntries(
            Map.entry("Passport", IdType.PASSPORT),
            Map.entry("Diplomatic Passport", IdType.PASSPORT),
            Map.entry("Passport Booklet", IdType.PASSPORT),
            Map.entry("Travel Document Number", IdType.PASSPORT),
            Map.entry("National ID No.", IdType.NATIONAL_ID),
            Map.entry("Cedula No.", IdType.NATIONAL_ID),
            Map.entry("D.N.I.", IdType.NATIONAL_ID),
            Map.entry("Identification Number", IdType.NATIONAL_ID),
            Map.entry("Personal ID Card", IdType.NATIONAL_ID),
            Map.entry("C.U.R.P.", IdType.NATIONAL_ID),
            Map.entry("C.U.R.P. #", IdType.NATIONAL_ID),
            Map.entry("C.U.I.", IdType.NATIONAL_ID),
            Map.entry("C.U.I.P.", IdType.NATIONAL_ID),
            Map.entry("Credencial electoral", IdType.NATIONAL_ID),
            Map.entry("I.F.E.", IdType.NATIONAL_ID),
            Map.entry("Electoral Registry No.", IdType.NATIONAL_ID),
            Map.entry("Turkish Identification Number", IdType.NATIONAL_ID),
            Map.entry("Numero de Identidad", IdType.NATIONAL_ID),
            Map.entry("Citizen's Card Number", IdType.NATIONAL_ID),
            Map.entry("Kenyan ID No.", IdType.NATIONAL_ID),
            Map.entry("National Foreign ID Number", IdType.NATIONAL_ID),
            Map.entry("Tazkira National ID Card", IdType.NATIONAL_ID),
            Map.entry("Refugee ID Card", IdType.NATIONAL_ID),
            Map.entry("Residency Number", IdType.NATIONAL_ID),
            Map.entry("SSN", IdType.NATIONAL_ID),
            Map.entry("Birth Certificate Number", IdType.NATIONAL_ID),
            Map.entry("Tax ID No.", IdType.TAX_ID),
            Map.entry("R.F.C.", IdType.TAX_ID),
            Map.entry("R.F.C. #", IdType.TAX_ID),
            Map.entry("RFC", IdType.TAX_ID),
            Map.entry("NIT #", IdType.TAX_ID),
            Map.entry("RUC #", IdType.TAX_ID),
            Map.entry("RIF #", IdType.TAX_ID),
            Map.entry("RTN", IdType.TAX_ID),
            Map.entry("V.A.T. Number", IdType.TAX_ID),
            Map.entry("C.U.I.T.", IdType.TAX_ID),
            Map.entry("US FEIN", IdType.TAX_ID),
            Map.entry("Italian Fiscal Code", IdType.TAX_ID),
            Map.entry("Fiscal Code", IdType.TAX_ID),
            Map.entry("Registration Number", IdType.REGISTRATION),
            Map.entry("Registration ID", IdType.REGISTRATION),
            Map.entry("Business Registration Number", IdType.REGISTRATION),
            Map.entry("Business Registration Document #", IdType.REGISTRATION),
            Map.entry("Business Number", IdType.REGISTRATION),
            Map.entry("Company Number", IdType.REGISTRATION),
            Map.entry("UK Company Number", IdType.REGISTRATION),
            Map.entry("Commercial Registry Number", IdType.REGISTRATION),
            Map.entry("Unified Social Credit Code (USCC)", IdType.REGISTRATION),
            Map.entry("United Social Credit Code Certificate (USCCC)", IdType.REGISTRATION),
            Map.entry("Economic Register Number (CBLS)", IdType.REGISTRATION),
            Map.entry("C.R. No.", IdType.REGISTRATION),
            Map.entry("Romanian C.R.", IdType.REGISTRATION),
            Map.entry("Trade License No.", IdType.REGISTRATION),
            Map.entry("Folio Mercantil No.", IdType.REGISTRATION),
            Map.entry("Matricula Mercantil No", IdType.REGISTRATION),
            Map.entry("Chamber of Commerce Number", IdType.REGISTRATION),
            Map.entry("Central Registration System Number", IdType.REGISTRATION),
            Map.entry("Istanbul Chamber of Comm. No.", IdType.REGISTRATION),
            Map.entry("Dubai Chamber of Commerce Membership No.", IdType.REGISTRATION),
            Map.entry("Enterprise Number", IdType.REGISTRATION),
            Map.entry("Branch Unit Number", IdType.REGISTRATION),
            Map.entry("Public Registration Number", IdType.REGISTRATION),
            Map.entry("Certificate of Incorporation Number", IdType.REGISTRATION),
            Map.entry("LE Number", IdType.REGISTRATION),
            Map.entry("Registered Charity No.", IdType.REGISTRATION),
            Map.entry("D-U-N-S Number", IdType.REGISTRATION),
            Map.entry("Government Gazette Number", IdType.REGISTRATION),
            Map.entry("SWIFT/BIC", IdType.BIC),
            Map.entry("Legal Entity Number", IdType.LEI),
            Map.entry("Vessel Registration Identification", IdType.IMO),
            Map.entry("MMSI", IdType.MMSI),
            Map.entry("Vessel Call Sign", IdType.CALL_SIGN),
            Map.entry("Aircraft Manufacturer's Serial Number (MSN)", IdType.AIRCRAFT_SERIAL),
            Map.entry("Aircraft Construction Number (also called L/N or S/N or F/N)", IdType.AIRCRAFT_SERIAL),
            Map.entry("Aircraft Tail Number", IdType.AIRCRAFT_TAIL),
            Map.entry("Email Address", IdType.EMAIL),
            Map.entry("Website", IdType.WEBSITE),
            Map.entry("Phone Number", IdType.PHONE),
            Map.entry("Telephone", IdType.PHONE),
            Map.entry("Telephone No.", IdType.PHONE),
            Map.entry("Fax", IdType.PHONE),
            Map.entry("Fax No.", IdType.PHONE),
            Map.entry("Driver's License No.", IdType.OTHER),
            Map.entry("BIK (RU)", IdType.OTHER),
            Map.entry("ISIN", IdType.OTHER),
            Map.entry("Aircraft Mode S Transponder Code", IdType.OTHER),
            Map.entry("Chinese Commercial Code", IdType.OTHER),
            Map.entry("VisaNumberID", IdType.OTHER),
            Map.entry("SRE Permit No.", IdType.OTHER),
            Map.entry("Permit Number", IdType.OTHER),
            Map.entry("License", IdType.OTHER),
            Map.entry("File Number", IdType.OTHER),
            Map.entry("Cartilla de Servicio Militar Nacional", IdType.OTHER));

    /** Labels by their first word, longest first, for prefix matching in remarks without trying all. */
    private static final Map<String, List<String>> LABELS_BY_FIRST_WORD = LABELS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(java.util.stream.Collectors.groupingBy(OfacRemarks::firstWord, java.util.stream.Collectors.toList()));
    private static final Map<String, IdType> LABELS_LOWER = LABELS.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(
                    e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));

    private static final String DIGITAL_CURRENCY = "Digital Currency Address - ";
    private static final Pattern DATE = Pattern.compile("(?:(\\d{1,2}) )?(?:([A-Za-z]{3})[a-z]* )?(\\d{4})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4}) ?- ?(\\d{4})");
    private static final Pattern ISSUED = Pattern.compile(" (?:issued|expires) ");
    private static final Pattern ALIAS = Pattern.compile("([afn])\\.k\\.a\\.,? '(.*)'");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private OfacRemarks() {
    }

    /** The identifier type for an OFAC label such as {@code "Tax ID No."}, or null when the label is not one. */
    static IdType idType(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip();
        if (l.startsWith(DIGITAL_CURRENCY)) {
            return IdType.OTHER;
        }
        return LABELS_LOWER.get(l.toLowerCase(Locale.ROOT));
    }

    /**
     * An identifier from an OFAC label and value; strips the {@code IMO} prefix of vessel IMO numbers
     * ({@code "IMO 9256858"} gives {@code "9256858"}). Null when the label is unknown or the value blank.
     */
    static Identifier identifier(String label, String value, String country) {
        IdType type = idType(label);
        if (type == null || value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (type == IdType.IMO && v.regionMatches(true, 0, "IMO", 0, 3)) {
            v = v.substring(3).strip();
            if (v.isEmpty()) {
                return null;
            }
        }
        return new Identifier(type, v, country, label.strip());
    }

    /** Splits an OFAC remarks text into its segments, without the closing full stop. */
    static List<String> segments(String remarks) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int len = remarks.length();
        while (start < len) {
            int semi = remarks.indexOf(';', start);
            int end = semi < 0 ? len : semi;
            String seg = remarks.substring(start, end).strip();
            if (semi < 0 && seg.endsWith(".")) {
                seg = seg.substring(0, seg.length() - 1).strip();
            }
            if (!seg.isEmpty()) {
                out.add(seg);
            }
            start = end + 1;
        }
        return out;
    }

    /**
     * Reads the structured segments of an OFAC remarks text into {@code b}: birth dates and places,
     * nationality and citizenship, gender, weak aliases ({@code a.k.a. 'X'}), former names ({@code f.k.a.}),
     * identifiers with their issuing country. Segments it does not know are left alone (the caller keeps
     * the whole text as a remark).
     *
     * @return the DOB segments whose date could not be read, as printed (empty when all were read)
     */
    static List<String> apply(String remarks, Entity.Builder b) {
        List<String> badDates = new ArrayList<>(0);
        for (String seg : segments(remarks)) {
            String s = seg.startsWith("alt. ") || seg.startsWith("Alt. ") ? seg.substring(5).strip() : seg;
            if (s.startsWith("DOB ")) {
                DateRange d = parseDate(s.substring(4));
                if (d == null) {
                    badDates.add(seg);
                } else {
                    b.birthDate(d);
                }
            } else if (s.startsWith("POB ")) {
                b.birthPlace(s.substring(4));
            } else if (s.startsWith("nationality ")) {
                b.nationality(s.substring(12));
            } else if (s.startsWith("citizen ")) {
                b.nationality(s.substring(8));
            } else if (s.startsWith("Nationality of Registration ")) {
                b.country(s.substring(28));
            } else if (s.startsWith("Gender ")) {
                b.gender(s.substring(7));
            } else if (s.length() > 8 && s.charAt(1) == '.' && s.startsWith(".k.a.", 1)) {
                alias(s, b);
            } else {
                Identifier id = identifier(s);
                if (id != null) {
                    b.identifier(id);
                }
            }
        }
        return badDates;
    }

    private static void alias(String s, Entity.Builder b) {
        Matcher m = ALIAS.matcher(s);
        if (m.matches()) {
            NameKind kind = switch (m.group(1)) {
                case "f" -> NameKind.PREVIOUS;
                case "n" -> NameKind.ALIAS;
                default -> NameKind.WEAK_ALIAS;
            };
            b.name(m.group(2), kind);
        }
    }

    /** An identifier segment {@code "<label> <value> (<country>) issued <date>"}, or null when it is none. */
    private static Identifier identifier(String s) {
        String label = null;
        if (s.startsWith(DIGITAL_CURRENCY)) {
            int sp = s.indexOf(' ', DIGITAL_CURRENCY.length());
            if (sp < 0) {
                return null;
            }
            label = s.substring(0, sp);
        } else {
            for (String l : LABELS_BY_FIRST_WORD.getOrDefault(firstWord(s), List.of())) {
                if (s.length() > l.length() + 1 && s.startsWith(l)
                        && (s.charAt(l.length()) == ' ' || s.charAt(l.length()) == ':')) {
                    label = l;
                    break;
                }
            }
        }
        if (label == null) {
            return null;
        }
        String rest = s.substring(label.length()).strip();
        if (rest.startsWith(":")) {
            rest = rest.substring(1).strip();
        }
        Matcher issued = ISSUED.matcher(rest);
        if (issued.find()) {
            rest = rest.substring(0, issued.start()).strip();
        }
        String country = null;
        if (rest.endsWith(")")) {
            int open = rest.lastIndexOf(" (");
            if (open > 0) {
                String inner = rest.substring(open + 2, rest.length() - 1);
                if (Countries.toCode(inner) != null || !inner.chars().anyMatch(Character::isDigit)) {
                    country = inner;
                    rest = rest.substring(0, open).strip();
                }
            }
        }
        if (label.equals("Identification Number") && rest.startsWith("IMO ")) {
            return identifier("Vessel Registration Identification", rest, null);
        }
        return identifier(label, rest, country);
    }

    /** The text up to the first space, without a trailing colon: {@code "Telephone: 123"} gives "Telephone". */
    private static String firstWord(String s) {
        int sp = s.indexOf(' ');
        String w = sp < 0 ? s : s.substring(0, sp);
        return w.endsWith(":") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * Parses an OFAC date text: {@code 07 Oct 1952}, {@code Oct 1952}, {@code 1952}, {@code circa 1960},
     * {@code 1960 to 1962}, {@code 07 Oct 1952 to 10 Oct 1952}, {@code circa 1960-1962}.
     *
     * @return the date, or null when the text is none of these or no real date
     */
    static DateRange parseDate(String text) {
        String t = text.strip();
        boolean circa = false;
        if (t.regionMatches(true, 0, "circa ", 0, 6)) {
            circa = true;
            t = t.substring(6).strip();
        }
        try {
            PartialDate from;
            PartialDate to;
            int sep = t.indexOf(" to ");
            Matcher years = YEAR_RANGE.matcher(t);
            if (sep > 0) {
                from = partial(t.substring(0, sep));
                to = partial(t.substring(sep + 4));
            } else if (years.matches()) {
                from = PartialDate.ofYear(Integer.parseInt(years.group(1)));
                to = PartialDate.ofYear(Integer.parseInt(years.group(2)));
            } else {
                from = partial(t);
                to = from;
            }
            if (from == null || to == null) {
                return null;
            }
            return new DateRange(from, to, circa);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static PartialDate partial(String s) {
        Matcher m = DATE.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        int month = 0;
        if (m.group(2) != null) {
            String mon = m.group(2).toLowerCase(Locale.ROOT);
            for (int i = 0; i < MONTHS.length; i++) {
                if (MONTHS[i].equals(mon)) {
                    month = i + 1;
                }
            }
            if (month == 0) {
                return null;
            }
        }
        int day = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        if (day != 0 && month == 0) {
            return null;
        }
        return new PartialDate(year, month, day);
    }
}
