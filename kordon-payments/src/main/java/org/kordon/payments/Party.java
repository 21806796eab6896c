package org.kordon.payments;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A party or agent of a transaction, as the message names it.
 *
 * <p>{@code Party[role=debtor_agent, field=FIToFICstmrCdtTrf/CdtTrfTxInf/DbtrAgt, agent=true, name=null,
 * bic=SABRRUMMXXX, lei=null, account=null, identifiers=[], address=PostalAddress[...]]}
 *
 * @param role        what it is in the payment ({@code debtor}, {@code creditor_agent}, {@code ordering_customer}...)
 * @param field       where the message gives it: the ISO 20022 element path, or the MT tag ({@code 50K},
 *                    {@code B/59F} in the sequence B of a 202 COV)
 * @param agent       true for a bank (an agent, or an MT institution field), false for a customer party
 * @param name        the name, or null when the message gives none (an agent named by BIC only)
 * @param bic         the BIC as written (8 or 11 characters expected, checked by the screener), or null
 * @param lei         the LEI as written, or null
 * @param account     the account (IBAN or other id), or null
 * @param identifiers other identifiers the message gives (organisation or private ids, MT 50F/59F party identifier)
 * @param address     the address, possibly empty
 */
public record Party(String role, String field, boolean agent, @Nullable String name, @Nullable String bic, @Nullable String lei,
        @Nullable String account, List<String> identifiers, PostalAddress address) {
    public Party {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(address, "address");
        identifiers = List.copyOf(identifiers);
    }

    /** True when the message says nothing about it that could be screened. */
    public boolean isEmpty() {
        return name == null && bic == null && lei == null && account == null && identifiers.isEmpty() && address.isEmpty();
    }
}
