package org.kordon.ownership;

import com.fasterxml.jackson.annotation.JsonValue;

/** The answer for one unlisted entity under one regime. */
public enum Status {
    /** Owned by listed persons to the regime's threshold, for every value inside the share intervals. */
    BLOCKED("blocked"),
    /** Not (surely) owned, but controlled: board appointment or dominant influence (EU, UK); for {@link Regime#BO}: a listed beneficial owner. */
    CONTROLLED("controlled"),
    /** Caught for some values inside the share intervals and not for others. */
    UNDETERMINED("undetermined"),
    /** Not caught, whatever the truth inside the intervals. */
    CLEAR("clear");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
