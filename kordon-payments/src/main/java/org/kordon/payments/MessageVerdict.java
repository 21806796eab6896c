package org.kordon.payments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The verdict on one message: the strictest of its transactions' verdicts; {@code hold} for a message that could not
 * be read. {@link #rows()} gives the rows of findings.csv (and of the server's JSON), under {@link #COLUMNS}.
 *
 * @param messageId    the message's id (the file name when none could be read)
 * @param type         the message type ({@code pacs.008.001.08}), or "" when it could not be read
 * @param verdict      what to do with it
 * @param transactions the verdict per transaction
 */
public record MessageVerdict(String messageId, String type, Verdict verdict, List<TransactionVerdict> transactions) {
    /** The columns of findings.csv, a fixed contract. */
    public static final List<String> COLUMNS = List.of("message_id", "transaction_id", "verdict", "field", "role", "value",
            "entity_id", "score", "explanation");

    public MessageVerdict {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(verdict, "verdict");
        transactions = List.copyOf(transactions);
    }

    /** The verdict of {@code transactions}. */
    static MessageVerdict of(PaymentMessage m, List<TransactionVerdict> transactions) {
        Verdict v = Verdict.RELEASE;
        for (TransactionVerdict t : transactions) {
            v = v.max(t.verdict());
        }
        return new MessageVerdict(m.id(), m.type(), v, transactions);
    }

    /**
     * A message that could not be read: held, with one finding that says where and why.
     *
     * <pre>{@code
     * MessageVerdict.unreadable(new PaymentFormatException("broken.fin", 7, "block 4 ... is not closed")).rows()
     * // [[broken.fin, , hold, , , broken.fin line 7, , , not readable: block 4 ... is not closed]]
     * }</pre>
     */
    public static MessageVerdict unreadable(PaymentFormatException e) {
        String file = e.file() == null ? "" : e.file();
        String where = e.line() > 0 ? file + " line " + e.line() : file;
        Finding f = new Finding(Verdict.HOLD, "", "", where, "", null, "not readable: " + e.detail());
        return new MessageVerdict(file, "", Verdict.HOLD, List.of(new TransactionVerdict("", Verdict.HOLD, List.of(f), 0, 0)));
    }

    /**
     * One row per finding and one row with an empty {@code entity_id} per transaction released with no finding, each
     * with the values of {@link #COLUMNS}; the score with 4 decimals, or "".
     */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (TransactionVerdict t : transactions) {
            if (t.findings().isEmpty()) {
                rows.add(List.of(messageId, t.id(), t.verdict().csvName(), "", "", "", "", "",
                        "no finding in " + t.parties() + " parties and agents and " + t.texts() + " free-text field(s)"));
            }
            for (Finding f : t.findings()) {
                rows.add(List.of(messageId, t.id(), f.verdict().csvName(), f.field(), f.role(), f.value(), f.entityId(),
                        f.score() == null ? "" : String.format(Locale.ROOT, "%.4f", f.score()), f.explanation()));
            }
        }
        return rows;
    }
}
