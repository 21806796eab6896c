package org.kordon.ownership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A set of rules for when ownership and control by listed persons catch a company.
 *
 * <p>{@code Regime.parse("eu")} is {@link #EU}. Owning 50% exactly today: blocked under OFAC and EU, clear under UK
 * (which needs more than 50%). Each regime's test as it stood on a date, with its source, is in
 * {@code regime-rules.csv} ({@link StakeRules#rule}): OFAC added up the holdings of several blocked persons only from
 * 13 August 2014; the EU's test was more than 50% until 2 July 2024.
 *
 * <table>
 * <caption>The rules</caption>
 * <tr><th>regime</th><th>ownership test</th><th>aggregation</th><th>control</th></tr>
 * <tr><td>OFAC</td><td>shares &ge; 50%</td><td>across listed persons (from 13 August 2014); blocked intermediaries pass on their full stake</td><td>ignored</td></tr>
 * <tr><td>EU</td><td>shares &ge; 50% (from 3 July 2024; before, &gt; 50%)</td><td>across listed persons</td><td>board appointment, dominant influence, majority of votes held alone: {@code controlled}</td></tr>
 * <tr><td>UK</td><td>shares or votes &gt; 50%</td><td>per listed person only (joint arrangements count together)</td><td>board appointment, dominant influence: {@code controlled}</td></tr>
 * <tr><td>BO</td><td>product of shares along each path, summed over paths, &ge; 25%</td><td>across listed persons</td><td>none; AML view, not a sanctions rule</td></tr>
 * </table>
 */
public enum Regime {
    OFAC("ofac"),
    EU("eu"),
    UK("uk"),
    /** Beneficial ownership (AML view, the 25% UBO threshold); never a sanctions answer: it reports {@code controlled}, never {@code blocked}. */
    BO("bo");

    private final String code;

    Regime(String code) {
        this.code = code;
    }

    /** {@code ofac}, {@code eu}, {@code uk} or {@code bo}. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The regime of a code, in any case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    @JsonCreator
    public static Regime parse(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (Regime r : values()) {
            if (r.code.equals(c)) {
                return r;
            }
        }
        throw new IllegalArgumentException("regime must be ofac, eu, uk or bo, got '" + code + "'");
    }
}
