package org.kordon.payments;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A party being read, by the ISO 20022 and MT readers alike; {@link #build()} gives the record. Not thread-safe. */
final class PartyBuilder {
    final String role;
    final String field;
    boolean agent;
    @Nullable String name;
    @Nullable String bic;
    @Nullable String lei;
    @Nullable String account;
    final List<String> identifiers = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    @Nullable String town;
    @Nullable String subdivision;
    @Nullable String country;

    PartyBuilder(String role, String field, boolean agent) {
        this.role = role;
        this.field = field;
        this.agent = agent;
    }

    /** The first value met wins: a later one of the same kind (a second name line) is kept as an address line. */
    void name(String s) {
        if (name == null) {
            name = s;
        } else {
            lines.add(s);
        }
    }

    Party build() {
        return new Party(role, field, agent, name, bic, lei, account, identifiers,
                new PostalAddress(lines, town, subdivision, country));
    }

    static @Nullable String clean(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
