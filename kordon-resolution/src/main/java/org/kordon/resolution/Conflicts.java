package org.kordon.resolution;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Schema;

/**
 * What tells two listings apart: if {@link #between} finds anything, they are two parties, however alike their
 * names or whatever identifier they share.
 *
 * <p>The rules, each a fact a list gives that one party cannot have twice:
 * <ul>
 *   <li>schema: a person is only ever a person; otherwise the schemata must be compatible (a LegalEntity may be a
 *       Company, never a Vessel);</li>
 *   <li>register: one list (one EU annex) designates a party once, so two listings of one register are two;</li>
 *   <li>birth dates: both give some and no two overlap (a date marked circa counts ± {@link #CIRCA_YEARS} years);</li>
 *   <li>nationality: both give some and share none; gender: both give one and they differ;</li>
 *   <li>jurisdiction: two organisations whose countries both lists give and which share none;</li>
 *   <li>identifiers held once: different IMO numbers, LEIs or Russian INNs (none shared).</li>
 * </ul>
 */
final class Conflicts {
    /** How far either way a birth date the list marks "circa" reaches. */
    static final int CIRCA_YEARS = 1;

    private static final Pattern EU_ANNEX = Pattern.compile("eu:([^-]+)-(.+)-[^-]+");

    private Conflicts() {
    }

    /** The first conflict between {@code a} and {@code b}, in words naming both listings, or null when none. */
    static String between(Entity a, Entity b) {
        String c = structural(a, b);
        return c != null ? c : data(a, b);
    }

    /**
     * A conflict of schema or register: the two cannot be one party whatever the lists say of them. A stated
     * reference (a UN or UK reference number) merges despite any other conflict, which is then a discrepancy
     * between two lists' records of one designation (a birth date one day apart, a nationality spelt out).
     */
    static String structural(Entity a, Entity b) {
        String schema = schema(a, b);
        if (schema != null) {
            return schema;
        }
        String register = register(a);
        if (register.equals(register(b))) {
            return "both listed by " + register + " (" + a.id() + ", " + b.id() + ")";
        }
        return null;
    }

    /**
     * A conflict of schema: a person with anything but a person, or schemata neither of which is the other (a Company
     * and a Vessel); null when compatible. Nothing, not even an analyst's join, puts such two listings in one entity.
     */
    static String schema(Entity a, Entity b) {
        if ((a.schema() == Schema.PERSON) != (b.schema() == Schema.PERSON) || !a.schema().compatibleWith(b.schema())) {
            return "schema " + a.schema().ftmName() + " (" + a.id() + ") vs " + b.schema().ftmName() + " (" + b.id() + ")";
        }
        return null;
    }

    /** A conflict of birth date, nationality, gender, jurisdiction or an identifier held once, or null. */
    static String data(Entity a, Entity b) {
        return data(a, b, true);
    }

    /**
     * True if {@code a} and {@code b} conflict only by birth dates of one year (1949-09-01 and 1949-01-09, a day
     * apart): the same name then makes them possibly the same, for an analyst to judge, never a merge.
     */
    static boolean onlyBirthDaySlip(Entity a, Entity b) {
        if (structural(a, b) != null || data(a, b, false) != null) {
            return false;
        }
        for (DateRange x : a.birthDates()) {
            for (DateRange y : b.birthDates()) {
                if (x.from().year() <= y.to().year() && y.from().year() <= x.to().year()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String data(Entity a, Entity b, boolean birthDates) {
        if (birthDates && !a.birthDates().isEmpty() && !b.birthDates().isEmpty() && !anyOverlap(a.birthDates(), b.birthDates())) {
            return "birth date " + a.birthDates() + " (" + a.id() + ") vs " + b.birthDates() + " (" + b.id() + ")";
        }
        if (disjoint(codes(a.nationalities()), codes(b.nationalities()))) {
            return "nationality " + a.nationalities() + " (" + a.id() + ") vs " + b.nationalities() + " (" + b.id() + ")";
        }
        if (a.gender() != null && b.gender() != null && gender(a.gender()) != gender(b.gender())) {
            return "gender " + a.gender() + " (" + a.id() + ") vs " + b.gender() + " (" + b.id() + ")";
        }
        if (a.schema() != Schema.PERSON && a.schema().isA(Schema.LEGAL_ENTITY) && disjoint(codes(a.countries()), codes(b.countries()))) {
            return "country " + a.countries() + " (" + a.id() + ") vs " + b.countries() + " (" + b.id() + ")";
        }
        for (IdType type : new IdType[] {IdType.IMO, IdType.LEI}) {
            List<String> x = a.identifiers(type).stream().map(Evidence::value).toList();
            List<String> y = b.identifiers(type).stream().map(Evidence::value).toList();
            if (disjoint(x, y)) {
                return type + " " + x + " (" + a.id() + ") vs " + y + " (" + b.id() + ")";
            }
        }
        if (disjoint(Evidence.inns(a), Evidence.inns(b))) {
            return "INN " + Evidence.inns(a) + " (" + a.id() + ") vs " + Evidence.inns(b) + " (" + b.id() + ")";
        }
        return null;
    }

    /**
     * The register a listing belongs to: its source list, and for the EU Official Journal transcriptions
     * ({@code eu:<celex>-<annex>-<record>}) the annex too, since a party can be in several annexes of one act; for
     * the UK lists the regime (programme), since the UK designates a party once per regime ({@code uk:IRN0039}
     * and {@code uk:SYR0089} are OFSI group 11788; Bortnikov is OFSI groups 13037 and 13972).
     */
    static String register(Entity e) {
        Matcher m = EU_ANNEX.matcher(e.id());
        if (m.matches()) {
            return e.source().list() + " annex " + m.group(2);
        }
        if (e.source().list().startsWith("uk-")) {
            return e.source().list() + " regime " + String.join("+", e.programs());
        }
        return e.source().list();
    }

    /** True if some birth date of one is a full day that some birth date of the other is too. */
    static String sameBirthDay(Entity a, Entity b) {
        for (DateRange x : a.birthDates()) {
            for (DateRange y : b.birthDates()) {
                if (x.isSingle() && !x.approximate() && x.from().hasDay() && x.equals(y)) {
                    return x.toString();
                }
            }
        }
        return null;
    }

    /**
     * A birth year both give as a year (one of them gives no day) and a nationality both give, as
     * {@code "born 1952, nationality iq"}, or null. Only asked of two listings that do not conflict.
     */
    static String sameBirthYearAndNationality(Entity a, Entity b) {
        String nationality = null;
        for (String c : codes(a.nationalities())) {
            if (b.nationalities().contains(c)) {
                nationality = c;
                break;
            }
        }
        if (nationality == null) {
            return null;
        }
        for (DateRange x : a.birthDates()) {
            for (DateRange y : b.birthDates()) {
                int year = x.from().year();
                if (x.to().year() == year && y.from().year() == year && y.to().year() == year
                        && !x.approximate() && !y.approximate()) {
                    return "born " + year + ", nationality " + nationality;
                }
            }
        }
        return null;
    }

    /** A country both give, or null. */
    static String sharedCountry(Entity a, Entity b) {
        for (String c : a.countries()) {
            if (b.countries().contains(c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean anyOverlap(List<DateRange> xs, List<DateRange> ys) {
        for (DateRange x : xs) {
            for (DateRange y : ys) {
                if (!earliest(x).isAfter(latest(y)) && !earliest(y).isAfter(latest(x))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LocalDate earliest(DateRange d) {
        LocalDate e = d.from().earliest();
        return d.approximate() ? e.minusYears(CIRCA_YEARS) : e;
    }

    private static LocalDate latest(DateRange d) {
        LocalDate l = d.to().latest();
        return d.approximate() ? l.plusYears(CIRCA_YEARS) : l;
    }

    /** The ISO 3166 codes among {@code countries}: a country the model could not recognise compares with nothing. */
    private static List<String> codes(List<String> countries) {
        return countries.stream().filter(c -> c.length() == 2).toList();
    }

    private static boolean disjoint(List<String> x, List<String> y) {
        return !x.isEmpty() && !y.isEmpty() && Collections.disjoint(x, y);
    }

    private static char gender(String g) {
        return g.strip().toLowerCase(Locale.ROOT).charAt(0);
    }
}
