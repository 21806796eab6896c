package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kordon.documents.DocumentScanner;
import org.kordon.payments.MessageVerdict;
import org.kordon.payments.Party;
import org.kordon.payments.PaymentFile;
import org.kordon.payments.PaymentFormatException;
import org.kordon.payments.PaymentMessage;
import org.kordon.payments.PaymentReader;
import org.kordon.payments.PaymentScreener;
import org.kordon.payments.Transaction;
import org.kordon.payments.Verdict;
import org.kordon.review.Workflow;
import org.kordon.store.Alert;
import org.kordon.store.AlertContribution;
import org.kordon.store.Payment;
import org.kordon.store.Store;
import org.kordon.store.Subject;

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
 * <p>{@code transactions} gives each transaction's parties and agents in message order ({@code role}, {@code field},
 * {@code agent}, {@code name}, {@code bic}, {@code country}), for the web page's route.
 *
 * <p>A message that cannot be read is answered 200 with verdict {@code hold} and a finding naming the line and the
 * reason (never a release); a body without {@code message} is a 400 problem. The screener is built from the lists in
 * force on first use and again after a reload. Read access; with {@code subject_id} write access, as {@code /screen}:
 * each transaction that is not released is recorded under the subject with one review alert per finding
 * ({@link Workflow#recordPayments}), and the answer adds {@code payments} (each with its {@code id}, {@code status} and
 * {@code alert_ids}) and {@code alert_ids}.
 *
 * <p>{@code GET /payments/{subject_id}}: the payments recorded under a subject, each with its status, alerts and audit
 * trail; 404 when the subject has none.
 */
public final class PaymentRoutes implements Routes {
    /** Where a message read from a request is said to come from, in its findings. */
    static final String SOURCE = "request";

    private final PerSnapshot<PaymentScreener> screeners;
    private final Workflow workflow;

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
        this.workflow = workflow;
        this.screeners = new PerSnapshot<>(workflow::snapshot,
                snapshot -> PaymentScreener.build(snapshot, workflow.resolved(), scanners.get()));
    }

    @Override
    public void register(Router r) {
        r.post("/payments/screen", Access.READ, this::screen);
        r.get("/payments/{subject_id}", Access.READ, c -> payments(c.path("subject_id")));
    }

    private Object screen(Call c) {
        JsonNode body = c.body();
        JsonNode m = body.get("message");
        if (m == null || !m.isTextual() || m.asText().isBlank()) {
            throw Problem.invalid("message", "is required: the message's text (ISO 20022 XML or SWIFT MT)");
        }
        String subjectId = null;
        if (body.has("subject_id")) {
            subjectId = Call.text(body, "", "subject_id", true, Subject.MAX_ID);
            if (!c.mayWrite()) {
                throw new Problem(403, "forbidden", "Read-only key", "subject_id", "subject_id: key '" + c.caller()
                        + "' is read-only; recording a payment and opening its alerts needs a write key (screen without subject_id to only read)");
            }
        }
        PaymentFile file = PaymentReader.read(SOURCE, m.asText().getBytes(StandardCharsets.UTF_8));
        PaymentScreener screener = screeners.get();
        List<MessageVerdict> verdicts = new ArrayList<>();
        for (PaymentFormatException e : file.unreadable()) {
            verdicts.add(MessageVerdict.unreadable(e));
        }
        List<Map<String, Object>> routes = new ArrayList<>();
        for (PaymentMessage pm : file.messages()) {
            verdicts.add(screener.screen(pm));
            for (Transaction t : pm.transactions()) {
                routes.add(route(pm, t));
            }
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
        out.put("transactions", routes);
        if (subjectId != null) {
            List<Payment> recorded;
            try {
                recorded = workflow.recordPayments(subjectId, m.asText(), verdicts, c.caller());
            } catch (IllegalArgumentException e) {
                throw Problem.invalid("subject_id", e.getMessage());
            }
            out.put("subject_id", subjectId);
            out.put("payments", recorded.stream().map(PaymentRoutes::paymentSummary).toList());
            out.put("alert_ids", recorded.stream().flatMap(p -> p.alertIds().stream()).toList());
        }
        return out;
    }

    /**
     * A transaction's parties and agents in message order, for drawing its route: {@code {"message_id",
     * "transaction_id", "parties": [{"role", "field", "agent", "name", "bic", "country"}]}}; a finding's {@code field}
     * and {@code role} name the party it is on.
     */
    private static Map<String, Object> route(PaymentMessage m, Transaction t) {
        List<Map<String, Object>> parties = new ArrayList<>();
        for (Party p : t.parties()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("role", p.role());
            x.put("field", p.field());
            x.put("agent", p.agent());
            x.put("name", p.name());
            x.put("bic", p.bic());
            x.put("country", p.address().country());
            parties.add(x);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("message_id", m.id());
        r.put("transaction_id", t.id());
        r.put("parties", parties);
        return r;
    }

    /** A recorded payment as {@code POST /payments/screen} answers it. */
    private static Map<String, Object> paymentSummary(Payment p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", p.id());
        x.put("message_id", p.messageId());
        x.put("transaction_id", p.transactionId());
        x.put("type", p.type());
        x.put("verdict", p.verdict());
        x.put("status", p.status().label());
        x.put("reason", p.reason());
        x.put("message_sha256", p.messageHash());
        x.put("list_version", p.versionId());
        x.put("screened_by", p.principal());
        x.put("screened_at", p.screenedAt());
        x.put("alert_ids", p.alertIds());
        return x;
    }

    /** {@code GET /payments/{subject_id}}: each payment with its alerts and audit trail. */
    private Object payments(String subjectId) {
        Store store = workflow.store();
        List<Payment> recorded = store.payments(subjectId);
        if (recorded.isEmpty()) {
            throw Problem.notFound("no payment recorded under subject '" + subjectId + "'");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Payment p : recorded) {
            Map<String, Object> x = paymentSummary(p);
            List<Map<String, Object>> alerts = new ArrayList<>();
            for (long id : p.alertIds()) {
                store.alert(id).ifPresent(a -> alerts.add(alertView(a)));
            }
            x.put("alerts", alerts);
            x.put("audit", store.paymentAudit(p));
            out.add(x);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject_id", subjectId);
        m.put("payments", out);
        return m;
    }

    private static Map<String, Object> alertView(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("status", a.status().label());
        m.put("entity_id", a.entityId());
        m.put("entity_caption", a.entityCaption());
        m.put("score", MatchRoutes.round(a.score()));
        m.put("value", a.matchedName());
        for (AlertContribution f : a.features()) {
            if (f.feature().equals("field") || f.feature().equals("role") || f.feature().equals("verdict")) {
                m.put(f.feature(), f.detail());
            }
        }
        m.put("explanation", a.explanation());
        m.put("created_at", a.createdAt());
        return m;
    }
}
