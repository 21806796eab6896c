package org.kordon.ownership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a stake gives its owner, spelled as in BODS 0.4 and the stakes.csv {@code type} column.
 *
 * <p>{@code StakeType.parse("votingRights")} is {@link #VOTING_RIGHTS}; matching ignores case.
 */
public enum StakeType {
    /** Shares of the capital: ownership under every regime. */
    SHAREHOLDING("shareholding"),
    /** Voting rights: control under EU (a majority held alone), ownership under UK (more than 50%), ignored by OFAC. */
    VOTING_RIGHTS("votingRights"),
    /** The right to appoint or remove (a majority of) the board: control under EU and UK. */
    APPOINTMENT_OF_BOARD("appointmentOfBoard"),
    /** Dominant influence by contract, articles or otherwise: control under EU and UK. */
    OTHER_INFLUENCE_OR_CONTROL("otherInfluenceOrControl");

    private final String code;

    StakeType(String code) {
        this.code = code;
    }

    /** The spelling in files: {@code shareholding}, {@code votingRights}, ... */
    @JsonValue
    public String code() {
        return code;
    }

    /** True for the two kinds of control without ownership. */
    public boolean isControl() {
        return this == APPOINTMENT_OF_BOARD || this == OTHER_INFLUENCE_OR_CONTROL;
    }

    /**
     * The stake type of a code, in any case.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code code} is none of them
     */
    @JsonCreator
    public static StakeType parse(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (StakeType t : values()) {
            if (t.code.toLowerCase(Locale.ROOT).equals(c)) {
                return t;
            }
        }
        throw new IllegalArgumentException("type must be shareholding, votingRights, appointmentOfBoard or otherInfluenceOrControl, got '"
                + code + "'");
    }
}
