package org.kordon.maritime;

/**
 * A ship's IMO number: seven digits whose last is a check digit. Validated at construction.
 *
 * <p>The check digit is the last digit of the sum of the first six digits weighted 7, 6, 5, 4, 3, 2
 * (IMO Resolution A.1117(30)). {@code ImoNumber.parse("IMO 9256858")}, {@code parse("9256858")} and
 * {@code parse("imo:9256858")} all give {@code ImoNumber[value=9256858]}, whose {@link #toString()} is
 * {@code "IMO 9256858"}: 9·7 + 2·6 + 5·5 + 6·4 + 8·3 + 5·2 = 158, and 8 is the last digit.
 * {@code parse("9256859")} throws {@code IllegalArgumentException: invalid IMO number '9256859': check digit
 * is 8, not 9}.
 *
 * @param value the seven digits, without prefix
 */
public record ImoNumber(String value) {
    private static final int[] WEIGHTS = {7, 6, 5, 4, 3, 2};

    /** @throws IllegalArgumentException quoting the value when it is not seven digits or the check digit is wrong */
    public ImoNumber {
        value = ImoDigits.digits(value, "an IMO number");
        int check = checkDigit(value);
        if (ImoDigits.at(value, 6) != check) {
            throw new IllegalArgumentException("invalid IMO number " + ImoDigits.quote(value) + ": check digit is "
                    + check + ", not " + ImoDigits.at(value, 6));
        }
    }

    /**
     * Reads an IMO number as people write it: {@code IMO 9256858}, {@code 9256858}, {@code imo:9256858}.
     *
     * @throws IllegalArgumentException quoting the text when it is no valid IMO number
     */
    public static ImoNumber parse(String text) {
        return new ImoNumber(text);
    }

    /** True when {@code text} parses as a valid IMO number. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ImoDigits.at(digits, i) * WEIGHTS[i];
        }
        return sum % 10;
    }

    /** {@code "IMO 9256858"}. */
    @Override
    public String toString() {
        return "IMO " + value;
    }
}
