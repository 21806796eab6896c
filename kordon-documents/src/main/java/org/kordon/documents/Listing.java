package org.kordon.documents;

import java.util.List;
import java.util.Objects;

/**
 * A listed entity a mention may name: who lists it, under which programmes, how well the mention's name scored.
 *
 * <p>Example (the mention "Vladimir Putin" against OFAC's SDN list):
 * {@code Listing[entityId=ofac-sdn:35096, caption=PUTIN, Vladimir Vladimirovich, schema=Person, score=0.97,
 * authorities=[OFAC], programs=[RUSSIA-EO14024], explanation=name 0.97 "Vladimir Putin" ~ "PUTIN, Vladimir Vladimirovich" (...)]}
 *
 * @param entityId    the entity's id in the lists, e.g. {@code ofac-sdn:35096}
 * @param caption     the entity's primary name as the list prints it
 * @param schema      FollowTheMoney schema name: {@code Person}, {@code Company}, {@code Vessel}...
 * @param score       the screener's score of the mention's name against this entity, in [0,1]; 1.0 for an IMO number
 * @param authorities who lists it ({@code OFAC}, {@code EU}, {@code UK}, {@code UN}...), without duplicates
 * @param programs    the programme codes, without duplicates; may be empty
 * @param explanation one line saying why it scored what it did
 */
public record Listing(String entityId, String caption, String schema, double score, List<String> authorities,
                      List<String> programs, String explanation) {
    public Listing {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(explanation, "explanation");
        authorities = List.copyOf(authorities);
        programs = List.copyOf(programs);
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0,1], got " + score);
        }
    }
}
