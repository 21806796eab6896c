package org.kordon.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks the structure and check digit of Kazakh BIN/IIN and the structure of Kyrgyz INN numbers, as a user or a
 * register gives them.
 *
 * <pre>{@code
 * NationalIdCheck.kazakhIin("811201401188")    // Result[valid]
 * NationalIdCheck.kazakhBin("971240001315")    // Result[valid]
 * NationalIdCheck.kazakhBin("971240001314").problem()
 *     // "BIN 971240001314: check digit 4, expected 5"
 * NationalIdCheck.kyrgyzInn("21505198000511")  // Result[valid] (a person born 15 May 1980; structure only)
 * NationalIdCheck.forScheme("RU-INN", "7707083893")   // null: no rule for that scheme here
 * }</pre>
 *
 * <p><b>Kazakhstan</b> (BIN, business identification number; IIN, individual identification number; 12 digits, rules
 * of the Government decree of 22 May 2007 No. 406 "Rules for forming the identification number"): the check digit is
 * the sum of the first 11 digits weighted 1, 2, ..., 11, modulo 11; when that is 10, the sum weighted 3, 4, ..., 11, 1,
 * 2, modulo 11; when that too is 10 the number is not issued. IIN: digits 1-6 the birth date YYMMDD, digit 7 the
 * century and sex (1/2 born 1800-1899, 3/4 1900-1999, 5/6 2000-2099, odd male). BIN: digits 1-4 the registration
 * year and month YYMM, digit 5 the type (4 resident legal entity, 5 non-resident legal entity, 6 individual
 * entrepreneur in joint venture form). Published descriptions: the Kazakhstan IIN validator at
 * https://tools.gera.services/kazakhstan-iin-validator (structure and the two weight sequences), "ИИН. Алгоритм
 * расчета и проверки" at https://yvision.kz/post/114938 (both numbers, citing decree No. 406), whose example
 * numbers the tests use. The control digit itself is defined in the Law of 12 January 2007 No. 223 "On national
 * registers of identification numbers" (https://adilet.zan.kz/eng/docs/Z070000223_), which gives a BIN to legal
 * entities, their branches and to individual entrepreneurs in joint entrepreneurship only: any other individual
 * entrepreneur trades under the IIN, which registers then print as the BIN, so a number given as a BIN is accepted
 * with the IIN structure too.
 *
 * <p>Caveat: the Ministry of Justice said in 2019 (http://nomad.su/?a=3-201904050026) that since the Government
 * decree of 26 August 2013 No. 853 the IIN's digits are no longer tied to the holder's personal data, so an IIN need
 * not show the holder's real birth date. This class still requires digits 1-7 to read as a possible date and century
 * digit, as every published validator does; an issued IIN that does not is reported invalid with that reason.
 *
 * <p><b>Kyrgyzstan</b> (INN, 14 digits, the personal identification number PIN assigned by the civil registry,
 * https://grs.gov.kg/ru/subord/drnags/services/348-pin-piersonalnyi-idientifikatsionnyi-nomier/): first digit 1 or
 * 2 (the sex) for a person, followed by the birth date DDMMYYYY in digits 2-9; another first digit (0 for
 * most) an organisation, whose digits 2-14 are not checked. That page says who assigns the number, not its digit
 * layout; the layout here is the one commonly described, and no published source for it was found. No check digit is
 * published either, so none is checked: a Kyrgyz INN with a mistyped serial digit passes.
 *
 * <p>Stateless and thread-safe. Values are reduced to their digits only after removing spaces and dashes; any other
 * character makes the number invalid.
 */
public final class NationalIdCheck {
    private static final int[] KZ_WEIGHTS_1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] KZ_WEIGHTS_2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private NationalIdCheck() {
    }

    /**
     * The answer for one number.
     *
     * @param kind    {@code BIN}, {@code IIN} or {@code KG-INN}
     * @param number  the number as checked: digits only when it had only digits, spaces and dashes, else as given
     * @param problem why it is invalid, e.g. {@code BIN 971240001314: check digit 4, expected 5}; null when valid
     */
    public record Result(String kind, String number, @Nullable String problem) {
        public Result {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(number, "number");
        }

        /** True when the number has the structure (and, for Kazakhstan, the check digit) of its kind. */
        public boolean valid() {
            return problem == null;
        }

        @Override
        public String toString() {
            return problem == null ? "Result[valid]" : "Result[" + problem + "]";
        }
    }

    /**
     * The check for an identifier scheme as registers and users write it, or null when this class has no rule for
     * it: {@code BIN} and {@code KZ-BIN}, {@code IIN} and {@code KZ-IIN}, {@code KG-INN}; and {@code INN} when the
     * value has 14 digits (a Russian INN has 10 or 12, so a 14-digit INN is Kyrgyz). Case and surrounding blanks of
     * the scheme do not matter.
     */
    public static @Nullable Result forScheme(String scheme, String value) {
        String s = scheme.strip().toUpperCase(Locale.ROOT).replace('_', '-');
        return switch (s) {
            case "BIN", "KZ-BIN" -> kazakhBin(value);
            case "IIN", "KZ-IIN" -> kazakhIin(value);
            case "KG-INN" -> kyrgyzInn(value);
            case "INN" -> digits(value).length() == 14 ? kyrgyzInn(value) : null;
            default -> null;
        };
    }

    /** A Kazakh IIN: 12 digits, a birth date, a century and sex digit 1-6, the check digit. */
    public static Result kazakhIin(String value) {
        String n = digits(value);
        String p = twelveDigits("IIN", n);
        if (p == null) {
            p = iinStructure("IIN", n);
        }
        if (p == null) {
            p = checkDigit("IIN", n);
        }
        return new Result("IIN", n, p);
    }

    /**
     * A Kazakh BIN: 12 digits, a registration year and month with an entity type 4-6 in digit 5, or the structure of an
     * IIN (an individual entrepreneur's number); the check digit.
     */
    public static Result kazakhBin(String value) {
        String n = digits(value);
        String p = twelveDigits("BIN", n);
        if (p == null) {
            String bin = binStructure(n);
            if (bin != null && iinStructure("BIN", n) != null) {
                p = bin;
            }
        }
        if (p == null) {
            p = checkDigit("BIN", n);
        }
        return new Result("BIN", n, p);
    }

    /** A Kyrgyz INN: 14 digits; for a person (first digit 1 or 2) a real birth date DDMMYYYY in digits 2-9. */
    public static Result kyrgyzInn(String value) {
        String n = digits(value);
        String p = null;
        if (!n.matches("[0-9]{14}")) {
            p = "KG-INN " + n + ": " + (n.matches("[0-9]+") ? n.length() + " digits, expected 14" : "not 14 digits");
        } else if (n.charAt(0) == '1' || n.charAt(0) == '2') {
            int day = Integer.parseInt(n.substring(1, 3));
            int month = Integer.parseInt(n.substring(3, 5));
            int year = Integer.parseInt(n.substring(5, 9));
            if (!isDate(year, month, day)) {
                p = "KG-INN " + n + ": birth date " + n.substring(1, 9) + " (DDMMYYYY) is not a date";
            }
        }
        return new Result("KG-INN", n, p);
    }

    /** The value without spaces and dashes, or as given (stripped) when anything else is in it. */
    private static String digits(String value) {
        String v = value.strip();
        String d = v.replaceAll("[\\s\\-]", "");
        return d.matches("[0-9]*") ? d : v;
    }

    private static @Nullable String twelveDigits(String kind, String n) {
        if (n.matches("[0-9]{12}")) {
            return null;
        }
        return kind + " " + n + ": " + (n.matches("[0-9]+") ? n.length() + " digits, expected 12" : "not 12 digits");
    }

    private static @Nullable String iinStructure(String kind, String n) {
        int sex = n.charAt(6) - '0';
        if (sex < 1 || sex > 6) {
            return kind + " " + n + ": digit 7 is " + sex + ", expected a century and sex digit 1-6";
        }
        int year = (18 + (sex - 1) / 2) * 100 + Integer.parseInt(n.substring(0, 2));
        if (!isDate(year, Integer.parseInt(n.substring(2, 4)), Integer.parseInt(n.substring(4, 6)))) {
            return kind + " " + n + ": birth date " + n.substring(0, 6) + " (YYMMDD) is not a date";
        }
        return null;
    }

    private static @Nullable String binStructure(String n) {
        int month = Integer.parseInt(n.substring(2, 4));
        if (month < 1 || month > 12) {
            return "BIN " + n + ": month " + n.substring(2, 4) + " in the registration date (digits 3-4)";
        }
        int type = n.charAt(4) - '0';
        if (type < 4 || type > 6) {
            return "BIN " + n + ": digit 5 is " + type + ", expected an entity type 4-6";
        }
        return null;
    }

    private static @Nullable String checkDigit(String kind, String n) {
        int expected = weighted(n, KZ_WEIGHTS_1);
        if (expected == 10) {
            expected = weighted(n, KZ_WEIGHTS_2);
            if (expected == 10) {
                return kind + " " + n + ": no check digit exists for the first 11 digits (both weightings give 10)";
            }
        }
        int given = n.charAt(11) - '0';
        return given == expected ? null : kind + " " + n + ": check digit " + given + ", expected " + expected;
    }

    private static int weighted(String n, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (n.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
