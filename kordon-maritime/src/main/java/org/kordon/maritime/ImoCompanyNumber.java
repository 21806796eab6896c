package org.kordon.maritime;

/**
 * An IMO unique company and registered owner identification number (registered owners, ship managers, ISM
 * managers): seven digits whose last is a check digit. Validated at construction.
 *
 * <p>The check digit is {@code (11 - s mod 11) mod 10}, where {@code s} is the sum of the first six digits
 * weighted 8, 6, 4, 2, 9, 7 (IMO Resolution MSC.160(78) scheme). {@code ImoCompanyNumber.parse("IMO 5731768")}
 * gives {@code ImoCompanyNumber[value=5731768]}: 5·8 + 7·6 + 3·4 + 1·2 + 7·9 + 6·7 = 201, 201 mod 11 = 3,
 * (11 − 3) mod 10 = 8. {@code parse("5731769")} throws {@code IllegalArgumentException: invalid IMO company
 * number '5731769': check digit is 8, not 9}.
 *
 * @param value the seven digits, without prefix
 */
public record ImoCompanyNumber(String value) {
    private static final int[] WEIGHTS = {8, 6, 4, 2, 9, 7};

    /** @throws IllegalArgumentException quoting the value when it is not seven digits or the check digit is wrong */
    public ImoCompanyNumber {
        value = ImoDigits.digits(value, "an IMO company number");
        int check = checkDigit(value);
        if (ImoDigits.at(value, 6) != check) {
            throw new IllegalArgumentException("invalid IMO company number " + ImoDigits.quote(value)
                    + ": check digit is " + check + ", not " + ImoDigits.at(value, 6));
        }
    }

    /**
     * Reads an IMO company number: {@code IMO 5731768}, {@code 5731768}, {@code imo:5731768}.
     *
     * @throws IllegalArgumentException quoting the text when it is no valid IMO company number
     */
    public static ImoCompanyNumber parse(String text) {
        return new ImoCompanyNumber(text);
    }

    /** True when {@code text} parses as a valid IMO company number. */
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
        return (11 - sum % 11) % 10;
    }

    /** {@code "IMO 5731768"}. */
    @Override
    public String toString() {
        return "IMO " + value;
    }
}
