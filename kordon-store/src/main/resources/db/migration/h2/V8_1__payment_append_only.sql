-- H2: payments and their alert links refuse UPDATE and DELETE (org.kordon.store.AppendOnlyTrigger throws); TRUNCATE
-- is refused by H2 for a table a foreign key references (payment by payment_alert; payment_alert by the guard below).
CREATE TRIGGER payment_append_only BEFORE UPDATE, DELETE ON payment FOR EACH ROW CALL 'org.kordon.store.AppendOnlyTrigger';
CREATE TRIGGER payment_alert_append_only BEFORE UPDATE, DELETE ON payment_alert FOR EACH ROW CALL 'org.kordon.store.AppendOnlyTrigger';
CREATE TABLE payment_alert_truncate_guard (
    payment_id BIGINT,
    alert_id   BIGINT,
    FOREIGN KEY (payment_id, alert_id) REFERENCES payment_alert (payment_id, alert_id),
    CHECK (payment_id IS NULL AND alert_id IS NULL)
);
-- One pending alert per subject, listed entity and kind holds for name and ownership alerts (V4_1), not for payment
-- alerts: each held payment has its own alerts, and two payments of one customer to one listed bank are two cases.
DROP INDEX alert_one_pending;
ALTER TABLE alert DROP COLUMN pending_key;
ALTER TABLE alert ADD COLUMN pending_key BOOLEAN GENERATED ALWAYS AS
    (CASE WHEN status IN ('OPEN', 'ESCALATED') AND kind <> 'payment' THEN TRUE END);
CREATE UNIQUE INDEX alert_one_pending ON alert (subject_id, entity_id, kind, pending_key);
