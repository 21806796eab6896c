package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kordon.documents.DocumentScanner;
import org.kordon.payments.MessageVerdict;
import org.kordon.payments.PaymentFile;
import org.kordon.payments.PaymentFormatException;
import org.kordon.payments.PaymentMessage;
import org.kordon.payments.PaymentReader;
import org.kordon.payments.PaymentScreener;
import org.kordon.payments.Verdict;
import org.kordon.review.Workflow;

/**
 * {@code POST /payments/screen}: one payment message (ISO 20022 XML or SWIFT MT text) screened as
 * {@code kordon payments screen} screens it, answering the findings.csv rows as JSON objects.
 *
 * <pre>{@code
 * {"message": "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\">...</Document>"}
 * -> {"verdict": "block", "messages": [{"message_id": "MSG-1", "type": "pacs.008.001.08", "verdict": "block"}],
 *     "findings": [{"message_id": "MSG-1", "transaction_id": "E2E-1", "verdict": "block",
 *                   "field": "FIToFICstmrCdtTrf/CdtTrfTxInf/CdtrAgt", "role": "creditor_agent", "value": "SABRRUMM012",
 *                   "entity_id": "ofac-sdn:17018", "score": "1.0000", "explanation": "..."}]}
 * }</pre>
 *
 * <p>A message that cannot be read is answered 200 with verdict {@code hold} and a finding naming the line and the
 * reason (never a release); a body without {@code message} is a 400 problem. Opening review alerts for held payments
 * ({@code subject_id}) is not done yet and is refused rather than ignored. The screener is built from the lists in
 * force on first use and again after a reload. Read-only access.
 */
public final class PaymentRoutes implements Routes {
    /** Where a message read from a request is said to come from, in its findings. */
    static final String SOURCE = "request";

    private final PerSnapshot<PaymentScreener> screeners;

    /**
     * The route over the lists in force.
     *
     * @param workflow the lists in force and their resolution, as {@code /screen} uses them
     */
    public PaymentRoutes(Workflow workflow) {
        this(workflow, ScanRoutes.scanners(workflow));
    }

    /** As {@link #PaymentRoutes(Workflow)}, with the document scanner {@code POST /scan} uses (one index, not two). */
    PaymentRoutes(Workflow workflow, PerSnapshot<DocumentScanner> scanners) {
        this.screeners = new PerSnapshot<>(workflow::snapshot,
                snapshot -> PaymentScreener.build(snapshot, workflow.resolved(), scanners.get()));
    }

    @Override
    public void register(Router r) {
        r.post("/payments/screen", Access.READ, this::screen);
    }

    private Object screen(Call c) {
        JsonNode body = c.body();
        JsonNode m = body.get("message");
        if (m == null || !m.isTextual() || m.asText().isBlank()) {
            throw Problem.invalid("message", "is required: the message's text (ISO 20022 XML or SWIFT MT)");
        }
        if (body.has("subject_id")) {
            throw Problem.invalid("subject_id", "alerts for held payments are not available yet: screen without subject_id");
        }
        PaymentFile file = PaymentReader.read(SOURCE, m.asText().getBytes(StandardCharsets.UTF_8));
        PaymentScreener screener = screeners.get();
        List<MessageVerdict> verdicts = new ArrayList<>();
        for (PaymentFormatException e : file.unreadable()) {
            verdicts.add(MessageVerdict.unreadable(e));
        }
        for (PaymentMessage pm : file.messages()) {
            verdicts.add(screener.screen(pm));
        }
        Verdict overall = Verdict.RELEASE;
        List<Map<String, Object>> messages = new ArrayList<>();
        List<Map<String, Object>> findings = new ArrayList<>();
        for (MessageVerdict v : verdicts) {
            overall = overall.max(v.verdict());
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("message_id", v.messageId());
            x.put("type", v.type());
            x.put("verdict", v.verdict().csvName());
            messages.add(x);
            for (List<String> row : v.rows()) {
                Map<String, Object> f = new LinkedHashMap<>();
                for (int i = 0; i < MessageVerdict.COLUMNS.size(); i++) {
                    f.put(MessageVerdict.COLUMNS.get(i), row.get(i));
                }
                findings.add(f);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verdict", overall.csvName());
        out.put("messages", messages);
        out.put("findings", findings);
        return out;
    }
}
