package org.kordon.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kordon.payments.Finding;
import org.kordon.payments.MessageVerdict;
import org.kordon.payments.PaymentFormatException;
import org.kordon.payments.TransactionVerdict;
import org.kordon.payments.Verdict;
import org.kordon.store.Alert;
import org.kordon.store.AlertContribution;
import org.kordon.store.AlertStatus;
import org.kordon.store.AuditEntry;
import org.kordon.store.AuditVerification;
import org.kordon.store.Outcome;
import org.kordon.store.Payment;
import org.kordon.store.PaymentStatus;
import org.kordon.store.Store;
import org.kordon.store.StoreException;
import org.kordon.store.StoreTesting;

/**
 * Held payments in the review workflow, run against each database ({@link PaymentWorkflowH2Test},
 * {@link PaymentWorkflowPostgresTest}): a transaction that is not released is recorded with one alert per party hit,
 * and the analysts' decisions on those alerts release or reject it, every change audited.
 */
abstract class PaymentWorkflowContract {
    static final String MESSAGE = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\">...</Document>";
    static final String CDTR_AGT = "FIToFICstmrCdtTrf/CdtTrfTxInf/CdtrAgt";
    static final String CDTR = "FIToFICstmrCdtTrf/CdtTrfTxInf/Cdtr";

    private String url;
    private Store store;
    private Workflow wf;

    /** A JDBC URL of a new, empty database. */
    abstract String newDatabaseUrl();

    @BeforeEach
    void open() {
        url = newDatabaseUrl();
        store = Store.open(url);
        wf = Workflow.open(store, Fixtures.v1(), WorkflowContract.THRESHOLD);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A pacs.008 to Rosneft (ofac-17095) whose creditor agent's BIC is listed (block) and whose creditor's name holds. */
    static MessageVerdict blockedToRosneft(String messageId) {
        Finding bic = new Finding(Verdict.BLOCK, CDTR_AGT, "creditor_agent", "SABRRUMM012", "ofac-17095", 1.0,
                "BIC SABRRUMM012 (branch 012 of SABRRUMM) matches the BIC of a listed entity");
        Finding name = new Finding(Verdict.HOLD, CDTR, "creditor", "Rosneft Oil Co", "ofac-17095", 0.91,
                "name 'Rosneft Oil Co' matches 'ROSNEFT OIL COMPANY'");
        return new MessageVerdict(messageId, "pacs.008.001.08", Verdict.BLOCK,
                List.of(new TransactionVerdict("E2E-" + messageId, Verdict.BLOCK, List.of(bic, name), 4, 1)));
    }

    static MessageVerdict released(String messageId) {
        return new MessageVerdict(messageId, "pacs.008.001.08", Verdict.RELEASE,
                List.of(new TransactionVerdict("E2E-" + messageId, Verdict.RELEASE, List.of(), 4, 1)));
    }

    private Payment recordOne(MessageVerdict v) {
        List<Payment> p = wf.recordPayments("C-77", MESSAGE, List.of(v), "batch");
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    private List<AuditEntry> audit(Payment p, String action) {
        return store.paymentAudit(p).stream().filter(e -> e.action().equals(action)).toList();
    }

    @Test
    void recordPayments_blockedTransaction_opensOnePaymentAlertPerPartyHitLinkedToIt() {
        Payment p = recordOne(blockedToRosneft("MSG-1"));

        assertThat(p.status()).isEqualTo(PaymentStatus.BLOCKED);
        assertThat(p.messageId()).isEqualTo("MSG-1");
        assertThat(p.transactionId()).isEqualTo("E2E-MSG-1");
        assertThat(p.type()).isEqualTo("pacs.008.001.08");
        assertThat(p.messageHash()).isEqualTo(Hashes.sha256(MESSAGE));
        assertThat(p.principal()).isEqualTo("batch");
        assertThat(p.alertIds()).hasSize(2);
        Alert bic = store.alert(p.alertIds().get(0)).orElseThrow();
        assertThat(bic.kind()).isEqualTo(Alert.PAYMENT);
        assertThat(bic.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(bic.entityId()).isEqualTo("ofac-17095");
        assertThat(bic.entityCaption()).isEqualTo("ROSNEFT OIL COMPANY");
        assertThat(bic.explanation()).contains(CDTR_AGT, "creditor_agent", "SABRRUMM012", "ofac-17095", "ROSNEFT OIL COMPANY");
        assertThat(bic.features()).extracting(AlertContribution::feature)
                .containsExactly("message", "transaction", "field", "role", "value", "verdict");
        assertThat(store.paymentOfAlert(bic.id())).map(Payment::id).hasValue(p.id());
        assertThat(audit(p, "PAYMENT_BLOCKED")).singleElement().satisfies(e -> assertThat(e.detail())
                .startsWith("payment " + p.id() + ": block pacs.008.001.08 MSG-1 / E2E-MSG-1, 2 alert(s)"));
        assertThat(audit(p, "ALERT_OPENED")).hasSize(2);
    }

    @Test
    void recordPayments_releasedTransaction_isNotRecorded() {
        assertThat(wf.recordPayments("C-77", MESSAGE, List.of(released("MSG-2")), "batch")).isEmpty();
        assertThat(store.payments("C-77")).isEmpty();
        assertThat(store.subject("C-77")).isEmpty();
    }

    @Test
    void recordPayments_unknownSubject_isSavedInactiveSoItIsNotNameScreened() {
        recordOne(blockedToRosneft("MSG-1"));

        assertThat(store.subject("C-77")).hasValueSatisfying(s -> assertThat(s.active()).isFalse());
        assertThat(store.activeSubjects()).isEmpty();
    }

    @Test
    void recordPayments_unreadableMessage_isHeldWithItsReasonAndNoAlert() {
        MessageVerdict broken = MessageVerdict.unreadable(new PaymentFormatException("request", 1,
                "block 4 opened at line 1 is not closed (file ends inside it)"));

        Payment p = recordOne(broken);

        assertThat(p.status()).isEqualTo(PaymentStatus.HELD);
        assertThat(p.alertIds()).isEmpty();
        assertThat(p.type()).isEmpty();
        assertThat(p.reason()).contains("request line 1", "block 4 opened at line 1 is not closed");
        assertThat(audit(p, "PAYMENT_HELD")).singleElement().satisfies(e -> assertThat(e.detail()).contains("unreadable message", "not closed"));
    }

    @Test
    void decide_everyAlertFalsePositive_releasesThePaymentOnceAudited() {
        Payment p = recordOne(blockedToRosneft("MSG-1"));

        wf.decide(p.alertIds().get(0), Outcome.FALSE_POSITIVE, "anna", "SABRRUMM012 is not the listed bank's branch");
        assertThat(store.payment(p.id()).orElseThrow().status()).as("one alert still open").isEqualTo(PaymentStatus.BLOCKED);
        wf.decide(p.alertIds().get(1), Outcome.FALSE_POSITIVE, "anna", "a Spanish olive grower, not Rosneft");

        assertThat(store.payment(p.id()).orElseThrow().status()).isEqualTo(PaymentStatus.RELEASED);
        assertThat(audit(p, "PAYMENT_RELEASED")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("anna");
            assertThat(e.detail()).isEqualTo("payment " + p.id() + ": blocked -> released by the false_positive decision on alert "
                    + p.alertIds().get(1));
        });
        assertThat(store.verifyAudit().intact()).isTrue();
    }

    @Test
    void decide_oneTrueMatch_rejectsThePaymentWhateverTheOthers() {
        Payment p = recordOne(blockedToRosneft("MSG-1"));

        wf.decide(p.alertIds().get(1), Outcome.TRUE_MATCH, "anna", "Rosneft itself");
        assertThat(store.payment(p.id()).orElseThrow().status()).isEqualTo(PaymentStatus.REJECTED);
        wf.decide(p.alertIds().get(0), Outcome.FALSE_POSITIVE, "boris", "the BIC is another bank's");

        assertThat(store.payment(p.id()).orElseThrow().status()).isEqualTo(PaymentStatus.REJECTED);
        assertThat(audit(p, "PAYMENT_REJECTED")).hasSize(1);
        assertThat(audit(p, "PAYMENT_RELEASED")).isEmpty();
    }

    @Test
    void decide_escalated_keepsThePaymentBlocked() {
        Payment p = recordOne(blockedToRosneft("MSG-1"));

        wf.decide(p.alertIds().get(0), Outcome.ESCALATED, "anna", "for the head of compliance");
        wf.decide(p.alertIds().get(1), Outcome.FALSE_POSITIVE, "anna", "not Rosneft");

        assertThat(store.payment(p.id()).orElseThrow().status()).isEqualTo(PaymentStatus.BLOCKED);
    }

    @Test
    void reopen_keepsThePaymentStatusAndItsAlerts() {
        Payment p = recordOne(blockedToRosneft("MSG-1"));
        wf.decide(p.alertIds().get(0), Outcome.FALSE_POSITIVE, "anna", "not the listed branch");
        wf.decide(p.alertIds().get(1), Outcome.FALSE_POSITIVE, "anna", "not Rosneft");
        store.close();

        store = Store.open(url);
        wf = Workflow.open(store, Fixtures.v1(), WorkflowContract.THRESHOLD);

        assertThat(store.payments("C-77")).singleElement().satisfies(q -> {
            assertThat(q.status()).isEqualTo(PaymentStatus.RELEASED);
            assertThat(q.alertIds()).isEqualTo(p.alertIds());
        });
        assertThat(store.verifyAudit().intact()).isTrue();
    }

    @Test
    void twoPaymentsToOneListedEntity_eachOpensItsOwnAlerts() {
        Payment first = recordOne(blockedToRosneft("MSG-1"));
        Payment second = recordOne(blockedToRosneft("MSG-2"));

        assertThat(second.alertIds()).hasSize(2).doesNotContainAnyElementsOf(first.alertIds());
        assertThat(store.payments("C-77")).extracting(Payment::messageId).containsExactly("MSG-1", "MSG-2");
    }

    @Test
    void nameScreening_ofTheSubject_doesNotShowOrCollapsePaymentAlerts() {
        recordOne(blockedToRosneft("MSG-1"));

        Workflow.Screening s = wf.screen(WorkflowContract.person("C-77", "Jan de Vries"), "batch");

        assertThat(s.alerts()).isEmpty();
        assertThat(store.payments("C-77").get(0).status()).isEqualTo(PaymentStatus.BLOCKED);
    }

    @Test
    void listLoad_entityDelisted_leavesThePaymentAlertPending() {
        Payment p = recordOne(blockedToRosneft("MSG-1"));

        wf.load(Fixtures.load("v2", Fixtures.putin("v2"), Fixtures.lavrov("v2")), "lists");

        assertThat(p.alertIds()).allSatisfy(id -> assertThat(store.alert(id).orElseThrow().status()).isEqualTo(AlertStatus.OPEN));
        assertThat(store.payment(p.id()).orElseThrow().status()).isEqualTo(PaymentStatus.BLOCKED);
    }

    @Test
    void paymentRows_areAppendOnly() {
        Payment p = recordOne(blockedToRosneft("MSG-1"));

        assertThatThrownBy(() -> StoreTesting.executeUpdate(store, "UPDATE payment SET verdict = 'hold' WHERE id = " + p.id()))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> StoreTesting.executeUpdate(store, "DELETE FROM payment_alert WHERE payment_id = " + p.id()))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> StoreTesting.executeUpdate(store, "UPDATE alert SET kind = 'wire' WHERE id = " + p.alertIds().get(0)))
                .as("the alert-kind constraint").isInstanceOf(StoreException.class);
    }

    @Test
    void verifyAudit_paymentWrittenOutsideKordon_isAMissingEntry() {
        Payment p = recordOne(blockedToRosneft("MSG-1"));

        StoreTesting.executeUpdate(store, "INSERT INTO payment (subject_id, message_id, transaction_id, message_type, verdict, message_hash,"
                + " reason, version_id, principal, screened_at) SELECT subject_id, 'FORGED', 'FORGED-1', message_type, 'hold', message_hash,"
                + " '', version_id, principal, screened_at FROM payment WHERE id = " + p.id());

        AuditVerification v = store.verifyAudit();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBreak().kind()).isEqualTo(AuditVerification.MISSING_ENTRY);
        assertThat(v.firstBreak().detail()).contains("payment", "PAYMENT_HELD or PAYMENT_BLOCKED");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void decide_theTwoAlertsOfAPaymentFromTwoWorkflowsAtOnce_releasedAndAuditedOnce() throws Exception {
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            payments.add(recordOne(blockedToRosneft("RACE-" + i)));
        }
        try (Store other = Store.open(url)) {
            Workflow wf2 = Workflow.open(other, Fixtures.v1(), WorkflowContract.THRESHOLD);
            for (Payment p : payments) {
                CyclicBarrier start = new CyclicBarrier(2);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    Future<?> a = pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return wf.decide(p.alertIds().get(0), Outcome.FALSE_POSITIVE, "anna", "not the listed branch");
                    });
                    Future<?> b = pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return wf2.decide(p.alertIds().get(1), Outcome.FALSE_POSITIVE, "boris", "not Rosneft");
                    });
                    a.get(30, TimeUnit.SECONDS);
                    b.get(30, TimeUnit.SECONDS);
                } finally {
                    pool.shutdownNow();
                }
                assertThat(store.payment(p.id()).orElseThrow().status()).isEqualTo(PaymentStatus.RELEASED);
                assertThat(audit(p, "PAYMENT_RELEASED")).as("payment %d", p.id()).hasSize(1);
            }
        }
        assertThat(store.verifyAudit().intact()).isTrue();
    }
}
