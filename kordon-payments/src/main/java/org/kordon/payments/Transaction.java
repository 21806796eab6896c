package org.kordon.payments;

import java.util.List;
import java.util.Objects;

/**
 * One transaction of a message with every party and agent that concerns it (those the message names once for all
 * its transactions, such as a group header's instructing agent or a pain.001 payment's debtor, included).
 *
 * @param id      its id: TxId, else EndToEndId, else UETR (ISO 20022; recall and return ids for camt.056/pacs.004);
 *                field 20 (MT); else {@code #n}, its place in the message
 * @param parties parties and agents, in message order
 * @param texts   free-text fields, in message order
 */
public record Transaction(String id, List<Party> parties, List<FreeText> texts) {
    public Transaction {
        Objects.requireNonNull(id, "id");
        parties = List.copyOf(parties);
        texts = List.copyOf(texts);
    }
}
