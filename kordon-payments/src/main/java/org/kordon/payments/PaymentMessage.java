package org.kordon.payments;

import java.util.List;
import java.util.Objects;

/**
 * A payment message read from a file.
 *
 * @param id           MsgId (ISO 20022; the camt.056 assignment id; else the BAH's BizMsgIdr) or field 20 (MT);
 *                     the file name when the message gives none
 * @param type         {@code pacs.008.001.08}, {@code pacs.009.001.08 COV}, {@code MT103 STP}, {@code MT202 COV}...
 * @param file         the file it came from (name only)
 * @param line         the line where it starts in that file (from 1)
 * @param transactions its transactions; never empty
 */
public record PaymentMessage(String id, String type, String file, int line, List<Transaction> transactions) {
    public PaymentMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(file, "file");
        transactions = List.copyOf(transactions);
        if (transactions.isEmpty()) {
            throw new IllegalArgumentException("message " + id + " has no transaction");
        }
    }
}
