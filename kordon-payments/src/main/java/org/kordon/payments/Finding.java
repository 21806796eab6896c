package org.kordon.payments;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing found in a transaction: a row of findings.csv.
 *
 * <p>{@code Finding[verdict=BLOCK, field=FIToFICstmrCdtTrf/CdtTrfTxInf/CdtrAgt, role=creditor_agent, value=SABRRUMM012,
 * entityId=ofac-sdn:17018, score=1.0, explanation=BIC SABRRUMM012 is a branch of listed bank SABRRUMM ...]}
 *
 * @param verdict     what this finding alone asks for ({@code block} or {@code hold})
 * @param field       the element path or MT tag where the value stands
 * @param role        the party's role, or {@code free_text}, or "" for a message that could not be read
 * @param value       what was screened: a name, BIC, LEI, account, place or the words found in a text
 * @param entityId    the listed entity's id as {@code kordon screen} prints it ({@code ofac-sdn:17018}), a place's
 *                    code ({@code place:UA-43}), or "" when no entity is concerned
 * @param score       the name score, 1.0 for an exact identifier or place, null when there is none
 * @param explanation why, readable
 */
public record Finding(Verdict verdict, String field, String role, String value, String entityId, @Nullable Double score,
        String explanation) {
    public Finding {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(explanation, "explanation");
    }
}
