package org.kordon.payments;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one transaction: the strictest of its findings' verdicts, {@code release} when there is none.
 *
 * @param id       the transaction's id
 * @param verdict  what to do with it
 * @param findings what was found, in message order
 * @param parties  how many parties and agents were screened (said in a release row)
 * @param texts    how many free-text fields were screened
 */
public record TransactionVerdict(String id, Verdict verdict, List<Finding> findings, int parties, int texts) {
    public TransactionVerdict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
    }

    /** The verdict of {@code findings}. */
    static TransactionVerdict of(String id, List<Finding> findings, int parties, int texts) {
        Verdict v = Verdict.RELEASE;
        for (Finding f : findings) {
            v = v.max(f.verdict());
        }
        return new TransactionVerdict(id, v, findings, parties, texts);
    }
}
