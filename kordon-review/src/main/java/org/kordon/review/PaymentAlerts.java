package org.kordon.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kordon.model.Entity;
import org.kordon.payments.Finding;
import org.kordon.payments.MessageVerdict;
import org.kordon.payments.TransactionVerdict;
import org.kordon.store.Alert;
import org.kordon.store.AlertContribution;
import org.kordon.store.AlertStatus;

/**
 * The review alert of one party hit of a held payment transaction (kind {@link Alert#PAYMENT}).
 *
 * <p>For the creditor agent {@code SABRRUMM012} blocked on {@code ofac-sdn:17018}: entity {@code ofac-sdn:17018}, its
 * caption (else the value), score 1.0, matched name {@code SABRRUMM012}, explanation {@code "MSG-1 / E2E-1
 * FIToFICstmrCdtTrf/CdtTrfTxInf/CdtrAgt (creditor_agent) SABRRUMM012: block on ofac-sdn:17018 Sberbank: BIC ..."}, and
 * the message, transaction, field, role, value and verdict as its features, each with delta 0.
 */
final class PaymentAlerts {
    /** The entity id of a finding that concerns no listed entity (a BIC that is not well formed). */
    static final String UNIDENTIFIED = "unidentified";

    private PaymentAlerts() {
    }

    static Alert alert(String subjectId, MessageVerdict message, TransactionVerdict transaction, Finding f, long versionId,
                       String messageHash, Function<String, Optional<Entity>> listed, Map<String, String> entityHashes) {
        String entityId = f.entityId().isEmpty() ? UNIDENTIFIED : f.entityId();
        String caption = listed.apply(entityId).map(Entity::caption).orElse(f.value().isEmpty() ? entityId : f.value());
        String explanation = message.messageId() + " / " + transaction.id() + " " + f.field() + " (" + f.role() + ") " + f.value()
                + ": " + f.verdict().csvName() + " on " + entityId + (caption.equals(f.value()) ? "" : " " + caption) + ": " + f.explanation();
        List<AlertContribution> features = List.of(
                new AlertContribution("message", 0, message.messageId() + " (" + message.type() + ")"),
                new AlertContribution("transaction", 0, transaction.id()),
                new AlertContribution("field", 0, f.field()),
                new AlertContribution("role", 0, f.role()),
                new AlertContribution("value", 0, f.value()),
                new AlertContribution("verdict", 0, f.verdict().csvName()));
        String entityHash = entityHashes.getOrDefault(entityId, Hashes.sha256("payment finding\u0001" + entityId));
        return new Alert(0, Alert.PAYMENT, subjectId, entityId, caption, versionId, f.score() == null ? 0 : f.score(),
                f.value(), explanation, features, entityHash, messageHash, AlertStatus.OPEN, null);
    }
}
