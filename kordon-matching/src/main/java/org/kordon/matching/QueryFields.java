package org.kordon.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kordon.model.Countries;
import org.kordon.model.NationalIdCheck;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/**
 * A subject to screen from the fields of a queries.csv row ({@code id}, {@code name}, {@code schema},
 * {@code birth_date}, {@code country}, {@code identifier}), or of any table with those columns. One reading for every
 * door a batch of subjects comes in by: {@code kordon screen --input} and {@code kordon spark screen}.
 *
 * <p>The subject is screened on every field that is valid; each field that is not is left out and said
 * ({@link Subject#ignored()}), never the whole subject. Only a row without a usable name cannot be screened.
 *
 * <pre>{@code
 * QueryFields.read(Map.of("id", "q7", "name", "Ivan Petrov", "birth_date", "1948-13-16", "country", "zz")::get, () -> "line:2")
 * -> query  (q7, "Ivan Petrov", no birth date, no country)
 *    ignored ["ignored birth_date '1948-13-16' (month 13)",
 *             "ignored country 'zz' (not an ISO 3166-1 alpha-2 code such as ru or kz)"]
 * identifier "BIN 971240001314" -> no identifier,
 *    ignored ["ignored identifier 'BIN 971240001314' (BIN 971240001314: check digit 4, expected 5)"]
 * birth_date "1962-8-20"  -> birth date 1962-08-20, nothing ignored
 * id empty               -> query id "line:2" (from emptyId), idReplaced true
 * name empty             -> IllegalArgumentException "field name is empty"
 * }</pre>
 *
 * <p>Birth dates: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, and the same with a one-digit month or day
 * ({@code 1962-8-20} is 20 August 1962: year first with dashes cannot be read another way). A day-first or
 * month-first date ({@code 20.08.1962}, {@code 08/20/1962}) is ignored, not guessed.
 *
 * <p>Identifiers: one labelled as a Kazakh BIN or IIN or a Kyrgyz INN ({@code BIN 971240001315},
 * {@code KZ-IIN:811201401188}, {@code KG-INN 21505198000511}, {@code ИИН 811201401188}, or {@code INN} with 14 digits)
 * is checked by {@link NationalIdCheck} and ignored when invalid; a valid one is kept exactly as written. An
 * identifier without such a label is not checked: twelve digits alone may as well be a Russian INN.
 * Thread-safe (stateless).
 */
public final class QueryFields {
    /** The columns that are read; any other column of the input is not. */
    public static final List<String> COLUMNS = List.of("id", "name", "schema", "birth_date", "country", "identifier");
    /** Longest name screened, in characters; a longer value is not a name (a pasted document, a shifted column). */
    public static final int MAX_NAME_CHARS = 1_000;
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    /** A labelled Kazakh or Kyrgyz number: optional country, scheme, separators, digits. */
    private static final Pattern LABELLED_ID = Pattern.compile(
            "(?:(KZ|KG)[\\s_-]*)?(BIN|IIN|INN|БИН|ИИН|ИНН)[\\s:=#№-]*([0-9][0-9\\s-]*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private QueryFields() {
    }

    /**
     * A subject read from its fields.
     *
     * @param query      what is screened
     * @param ignored    one note per field left out, as it is shown on stderr and in the result's explanation
     * @param idReplaced true when the id was empty and the caller's stand-in ({@code line:17}) is the query's id
     */
    public record Subject(Query query, List<String> ignored, boolean idReplaced) {
        public Subject {
            ignored = List.copyOf(ignored);
        }

        /**
         * The explanation of a result row: the matcher's summary, then what was ignored of the query.
         *
         * <pre>{@code explain("name 1.00 ...")   // "name 1.00 ...; ignored birth_date '1948-13-16' (month 13)"}</pre>
         */
        public String explain(String summary) {
            return ignored.isEmpty() ? summary : summary + "; " + String.join("; ", ignored);
        }
    }

    /**
     * Reads a subject.
     *
     * @param field   a field's value, stripped, or null when the column is absent or the cell empty; it may throw
     *                {@link IllegalArgumentException} (a row whose values are shifted), which is passed on
     * @param emptyId what stands for an empty id, e.g. {@code line:17}; called only when the id is empty
     * @throws IllegalArgumentException naming the field when the row has no usable name: empty, over
     *                                  {@value #MAX_NAME_CHARS} characters, or without a letter or digit
     */
    public static Subject read(Function<String, String> field, Supplier<String> emptyId) {
        String name = field.apply("name");
        if (name == null) {
            throw new IllegalArgumentException("field name is empty");
        }
        if (name.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "field name: %,d characters, at most %,d in a name",
                    name.length(), MAX_NAME_CHARS));
        }
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("field name: '" + name + "' has no letter or digit to screen");
        }
        List<String> ignored = new ArrayList<>();
        String id = field.apply("id");
        boolean idReplaced = id == null;
        if (idReplaced) {
            id = emptyId.get();
        }
        Schema schema = null;
        String s = field.apply("schema");
        if (s != null) {
            try {
                schema = Schema.parse(s);
            } catch (IllegalArgumentException e) {
                ignored.add("ignored schema '" + s + "' (not Person, Organization, Company, LegalEntity, Vessel or Aircraft)");
            }
        }
        PartialDate birth = null;
        String b = field.apply("birth_date");
        if (b != null) {
            try {
                birth = birthDate(b);
            } catch (IllegalArgumentException e) {
                ignored.add("ignored birth_date '" + b + "' (" + e.getMessage() + ")");
            }
        }
        String country = null;
        String c = field.apply("country");
        if (c != null) {
            if (Countries.isCode(c)) {
                country = c.toLowerCase(Locale.ROOT);
            } else {
                ignored.add("ignored country '" + c + "' (not an ISO 3166-1 alpha-2 code such as ru or kz)");
            }
        }
        String ident = field.apply("identifier");
        if (ident != null) {
            String problem = identifierProblem(ident);
            if (problem != null) {
                ignored.add("ignored identifier '" + ident + "' (" + problem + ")");
                ident = null;
            }
        }
        return new Subject(new Query(id, name, schema, birth, country, ident == null ? List.of() : List.of(ident)), ignored, idReplaced);
    }

    /**
     * Why an identifier as a query gives it is invalid, or null when it is valid or has no rule here: a Kazakh BIN or
     * IIN, a Kyrgyz INN, labelled as such (see the class comment), checked by {@link NationalIdCheck}.
     *
     * <pre>{@code
     * identifierProblem("KZ-BIN 971240001314")  // "BIN 971240001314: check digit 4, expected 5"
     * identifierProblem("BIN 971240001315")     // null (valid)
     * identifierProblem("971240001314")         // null (no label: not checked)
     * }</pre>
     */
    public static @Nullable String identifierProblem(String value) {
        Matcher m = LABELLED_ID.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        String scheme = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "БИН" -> "BIN";
            case "ИИН" -> "IIN";
            case "ИНН" -> "INN";
            default -> m.group(2).toUpperCase(Locale.ROOT);
        };
        String country = m.group(1) == null ? null : m.group(1).toUpperCase(Locale.ROOT);
        boolean known = country == null || (country.equals("KZ") && !scheme.equals("INN")) || (country.equals("KG") && scheme.equals("INN"));
        if (!known) {
            return null; // KZ-INN, KG-BIN: no rule here
        }
        NationalIdCheck.Result r = NationalIdCheck.forScheme(country == null ? scheme : country + "-" + scheme, m.group(3));
        return r == null || r.valid() ? null : r.problem();
    }

    /**
     * A birth date as queries.csv and {@code kordon screen --birth-date} take it: {@code 1952}, {@code 1952-10},
     * {@code 1952-10-07}, {@code 1962-8-20}.
     *
     * @throws IllegalArgumentException with the reason alone, e.g. {@code month 13}, {@code no day 30 in 1962-02}
     */
    public static PartialDate birthDate(String value) {
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException("year " + m.group(1) + " outside 1000..2999");
        }
        if (m.group(2) != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month);
        }
        if (m.group(3) != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "no day %d in %04d-%02d", day, year, month));
            }
        }
        return new PartialDate(year, month, day);
    }
}
